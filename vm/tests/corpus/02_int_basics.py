# int arithmetic basics, conversions and comparisons.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, abs(-a), ~a)
print(a == 17, a != b, a < b, a <= 17, a > b, a >= 18)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
print(type(a / b).__name__, 10 / 2, 7 / 7, 1 / 3)
print(int("42"), int("-17"), int("  12  "), int("+5"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("777", 8), int("101", 2), int("10", 3))
print(int(3.9), int(-3.9), int(True), int(0.0), int(-0.5))
print(str(12345), repr(-12345), str(0), str(-0))
print(0x1F, 0o777, 0b1010, 1_000_000, 0xDEAD_BEEF)
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (1024).bit_length())
print((13).bit_count(), (-1).bit_count(), (255).bit_count())
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((10).as_integer_ratio(), (7).is_integer())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 0b1000000; print(x)
x &= 0xF0; print(x)
x ^= 0xFF; print(x)
print(int(), int("0"), int("-0"), int("000"))
for s in ["12a", "", "1.5", "0x10", " ", "1__0"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
print(max(3, 9, 2), min(3, 9, 2), sum([1, 2, 3, 4]))
print(7 == 7.0, 7 != None, 2 ** -1, 2 ** 0, 0 ** 0)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(int.__name__, type(5) is int, isinstance(5, (float, int)))
print(1 if 0 else 2, [n * n for n in range(-3, 4)])
