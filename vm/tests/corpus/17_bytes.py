# bytes: literals, repr, methods, indexing.
b = b"Hello, bytes"
print(b, repr(b), type(b).__name__, len(b))
print(b[0], b[-1], b[0:5], b[::-1], b[::2], list(b[:4]))
print(b"\x00\x01\x7f\x80\xff", b"tab\tnl\ncr\r", b"quote'", b'dq"', b"both'\"", b"\\")
print(bytes(5), bytes([65, 66, 67]), bytes(range(3)), bytes("héllo", "utf-8"), bytes())
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"b"), b.count(b"l"))
print(b.startswith(b"Hell"), b.endswith(b"s"), b.strip(b"Hs"), b"  x ".strip(), b.index(b","))
print(b"-".join([b"a", b"b", b"c"]), b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 97 in b"abc")
print(b.hex(), b.hex(":"), bytes.fromhex("48 65 6c 6c 6f"), b"\xde\xad".hex())
print(b.decode(), b"h\xc3\xa9llo".decode("utf-8"), b"\xe9".decode("latin-1"), b.decode("ascii"))
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"a", b"a" == "a", b"abc"[1:] == b"bc")
print(b"abc".isalpha(), b"123".isdigit(), b"a b".isspace(), b"Title Case".istitle())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"x\ny".splitlines(), b"k=v".partition(b"="))
print(b"abc".center(7, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."), b"%d-%s" % (5, b"x"))
print(bytes([i for i in range(0x20, 0x30)]))
print(sorted(b"hello"), max(b"az"), sum(b"\x01\x02\x03"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".title(), b"AbC".swapcase())
for data in [b"\xff", b"\xc3"]:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("x")
except TypeError as e:
    print("TypeError:", e)
try:
    b[100]
except IndexError as e:
    print("IndexError:", e)
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "big"), bytes(b"copy"))
print(str(b"x'y"), repr(b"\x1b[0m"), b"%5b|" % b"ab", b"%x" % 255)
