# chr, ord, repr, ascii, format, str/bytes conversions, len.
print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F40D), repr(chr(10)), repr(chr(0)))
print(ord("A"), ord("z"), ord("0"), ord("€"), ord("\U0001F40D"), ord(b"a"), ord(bytearray(b"b")))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
for v in ["text", "it's", 42, 3.5, None, [1, "a"], {"k": (1,)}, b"b\x01", "é😀", ("t",), {1}, frozenset(), range(3), 1j, True, ...]:
    print(repr(v), ascii(v), str(v))
print(format(123), format(123, "x"), format(3.14159, ".2f"), format("s", ">4"), format(0.5, "%"), format(1234567, ","))
print(format(True, "d"), format(True), format(None, ""), format([1], ""), format(-7, "+05d"))
try:
    format(None, "d")
except TypeError as e:
    print("TypeError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "s")
except ValueError as e:
    print("ValueError:", e)
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""))
print(str(), str(1), str(b"x", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"))
print(bytes("abc", "ascii"), "abc".encode(), bytes([0, 255]), b"x".decode(), bytearray("hi", "utf-8"))
print(int("42"), float("4.2"), list("abc"), tuple("ab"), repr(str(repr("q"))))
class R:
    def __repr__(self):
        return "R()"
print(repr(R()), str(R()), ascii(R()), format(R(), ""), f"{R()}", [R()])
class S:
    def __str__(self):
        return "S-str"
print(str(S()), format(S(), ""), "{}".format(S()), f"{S()!s}")
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
