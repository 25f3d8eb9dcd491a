#!/usr/bin/env bash
# Fetches a native CPython 3.14 for benchmarks, on a Debian machine whose own
# Python is older: Debian sid's binary packages of python3.14, with sid's glibc
# (the interpreter needs a newer one than the system's), unpacked under
# tools/.cpython314/ and run through sid's dynamic loader. Nothing is
# installed into the system and no apt configuration is changed.
#
#   tools/fetch-cpython314.sh      # then: tools/.cpython314/python3.14 prog.py
set -euo pipefail
cd "$(dirname "$0")"
dest=$PWD/.cpython314
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
echo "deb http://deb.debian.org/debian sid main" >"$work/sources.list"
apt_opts=(
  -o "Dir::Etc::SourceList=$work/sources.list"
  -o "Dir::Etc::SourceParts=-"
  -o "Dir::State::Lists=$work/lists"
  -o "Dir::Cache=$work/cache"
  -o "APT::Sandbox::User=root"
)
apt-get "${apt_opts[@]}" -qq update
(cd "$work/debs" && apt-get "${apt_opts[@]}" -qq download \
  python3.14-minimal libpython3.14-minimal libpython3.14-stdlib \
  libc6 libexpat1 zlib1g libffi8)
rm -rf "$dest"
mkdir -p "$dest/root"
for deb in "$work"/debs/*.deb; do dpkg -x "$deb" "$dest/root"; done
cat >"$dest/python3.14" <<'RUN'
#!/bin/sh
root=$(cd "$(dirname "$0")" && pwd)/root
lib=$root/usr/lib/x86_64-linux-gnu
PYTHONHOME=$root/usr exec "$lib/ld-linux-x86-64.so.2" --library-path "$lib" "$root/usr/bin/python3.14" "$@"
RUN
chmod +x "$dest/python3.14"
"$dest/python3.14" -c 'import sys; print("CPython", sys.version.split()[0], "in tools/.cpython314/python3.14")'
