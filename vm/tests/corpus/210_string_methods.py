s = "  Hello, World! Hello again.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" .H")))
print(s.split(), s.split(","), s.split("Hello"), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 3))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "".split(), "".split(","), "  ".split(" "))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(map(str, range(5))), "x".join("abc"))
print(s.replace("Hello", "Bye"), s.replace("Hello", "Bye", 1), "aaa".replace("a", "bb", 2), "abc".replace("", "-"))
print(s.find("World"), s.find("world"), s.find("l", 5), s.find("l", 5, 8), s.rfind("l"), s.index("!"), s.rindex("Hello"))
print(s.count("l"), s.count("Hello", 5), "".count(""), "abc".count(""), "aaaa".count("aa"))
print("filename.tar.gz".startswith(("file", "dir")), "x.py".endswith((".py", ".pyc")), "abc".startswith("b", 1), "abc".endswith("b", 0, 2))
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("hi".center(7, "*"), "hi".center(6, "-"), "odd".center(6), "|" + "x".ljust(4, "_") + "|" + "y".rjust(3, "0") + "|")
print("hello world foo-bar o'neil".title(), "HELLO wORLD".capitalize(), "Hello World".swapcase(), "ǆemal".title())
print("ÉCOLE".casefold(), "ﬀ".casefold(), "Σίσυφος".upper(), "ΣΑΣ".lower())
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6".expandtabs(4)), repr("x\ny\tz".expandtabs(2)))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb".splitlines(True), "\x0bv\x0cf\x1cx\u2028y".splitlines())
for t in ["123", "١٢٣", "12.5", "", "²", "½", "abc", "ABC", "Abc", "a b", " ", "Title Case", "x1", "_id", "if", "\t\n"]:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isupper(), t.islower(),
          t.istitle(), t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"))
print("%s is %d years and %.1f%% done, %r %x %o %e %5s|%-5s|%05d %+d %c" % ("Al", 30, 99.5, "q", 255, 8, 12345.678, "r", "l", 42, 3, 65))
print("%(name)s has %(n)03d items" % {"name": "Box", "n": 7}, "%%", "%s" % [1, 2], "%s" % ((1, 2),), "%-8.3s|" % "abcdef")
print("{} {} {}".format(1, "two", 3.0), "{1} {0} {1}".format("a", "b"), "{name}-{0}".format(5, name="n"))
print("{0[1]} {0[key]} {1.real} {1.imag}".format({1: "one", "key": "val"}, 3 + 4j), "{:>{w}.{p}f}".format(3.14159, w=10, p=2))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{{literal}} {}".format(1), "{:*^15,}".format(1234567), "{:x<4d}".format(7))
class P:
    x = 3
    items = [10, 20]
print("{p.x} {p.items[1]} {p.__class__.__name__}".format(p=P()))
n, f, w = 1234567.891, 0.000123, "wide"
print(f"{n:,.2f} {n:_.1f} {n:e} {n:.3g} {n:15.2f}| {n:<15,.0f}| {f:.2e} {f:%} {f:.1%} {0.5:.0%}")
print(f"{42:b} {42:o} {42:x} {42:X} {42:#b} {42:#X} {42:c} {42:+} {-42: } {42: } {42:=+8} {42:08.2f}")
print(f"{w:>10}|{w:<10}|{w:^10}|{w:.2}|{w!r:>8}|{w=}|{n=:.1f}|{ w = }")
width, prec = 12, 3
print(f"{n:{width}.{prec}f}|{w:{'*'}^{width}}|{3.5:{''}>{5}}|")
print(f"{'nested ' + str(len(w)):>{width + 2}}", f"{[1, 2]!s:>10}", f"{None!r}", f"{True:d}", f"{True}", f"{1e100:.0f}"[:20])
print(f"{-0.0}", f"{-0.0:+.1f}", f"{0.0:+}", f"{float('nan'):5}", f"{float('inf'):+08.2f}", f"{-1e-20:.2f}")
print(format(1234.5, ",.1f"), format(-1234, "_"), format(0.1, ".17g"), format(1/3, ".50f")[:30], format("s", "^5"))
print(format(10**25, ","), format(3, "05"), format(-3, "05"), format(2.5, "g"), format(1e-5, "g"), format(123456789, "g"))
print(format(1.0, ""), format(1.0, "g"), format(100.0, ".2g"), format(1e6, "g"), format(1e16, ""), format(1.5, "n"), format(12, "n"))
print("abc" * 0, "ab" * -1, "-" * 10, "a" < "b", "a" < "B", "abc" < "abd", "Z" < "a", "" < "a", "10" < "9")
print(ord("a"), ord("€"), ord("😀"), chr(97), chr(8364), chr(128512), chr(0x10FFFF).encode("utf-8"), hex(ord("日")))
print("é".encode(), "é".encode("latin-1"), b"\xc3\xa9".decode(), "日本".encode("utf-8"), len("日本".encode()))
print("x".encode("ascii", "replace"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("latin-1"), b"ab\xff".decode("ascii", "ignore"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    f"{1:x<}"
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", ",")
except ValueError as e:
    print("ValueError:", e)
try:
    "".center(3, "ab")
except TypeError as e:
    print("TypeError:", e)
print("x".split(""))
