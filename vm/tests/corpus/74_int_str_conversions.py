# Converting between ints, strings and other bases.
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 1, 7, 10, 255, -255, 1000, 2 ** 32, -(3 ** 40)]:
    conv = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    back = [int(s, b) for s, b in zip(conv, (2, 3, 8, 16, 36))]
    print(n, conv, back == [n] * 5)
print(int("0b1010", 0), int("0o17", 0), int("0x1f", 0), int("42", 0), int("-0x10", 0))
print(int("Z", 36), int("zz", 36), int(" +12 "), int("\t-7\n"), int("0_1", 0) if False else "skip")
print(int("١٢٣"), int("１２"), float("１.５"))
print(str(10 ** 20), repr(-10 ** 20), f"{10 ** 20:,}", format(10 ** 20, "e"))
print(int(str(2 ** 200)) == 2 ** 200, len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(int("1" * 50), int("-" + "9" * 40) + 1)
for s, b in [("", 10), ("0x", 16), ("12", 2), ("1.0", 10), ("08", 0), ("_1", 10), ("1_", 10), ("--1", 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print(hex(2 ** 5000)[:10], len(hex(2 ** 5000)))
print(int(True), int(False), int(-0.9), int(1e3), int("0"), int("-0"), int(" 0 "))
print(bin(1023), oct(1023), hex(1023), f"{1023:b} {1023:o} {1023:x}", int("1" * 10, 2))
print(ascii(12), repr(12), str(-0), "%d" % -0, "%s" % 10 ** 30)
print((12345).__str__(), (12345).__repr__(), (255).__format__("x"), int.__str__(7))
digits = [int(c) for c in str(2 ** 100)]
print(digits, sum(digits))
print(sum(int(c) for c in str(3 ** 100)), str(7 ** 77).count("7"))
n = 1234567890
print(str(n)[::-1], int(str(n)[::-1]), "".join(sorted(str(n))), str(n).zfill(15), str(-n).rjust(14, "0"))
