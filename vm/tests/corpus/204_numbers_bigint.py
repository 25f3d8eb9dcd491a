import math

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 20, 21, 25, 50):
    f = fact(n)
    print(n, f, len(str(f)), f.bit_length(), hex(f)[:20], f % 1000007)
f100 = fact(100)
print(f100)
print(sum(int(d) for d in str(f100)), str(f100).count("0"), len(str(f100)) - len(str(f100).rstrip("0")))
print(math.factorial(30) == fact(30), math.comb(50, 25), math.perm(10, 3))
print(2 ** 64, 2 ** 64 - 1, -2 ** 63, (-2) ** 63, 2 ** -2, (-8) ** (1 / 3) if False else 0)
big = 3 ** 200
print(big)
print(hex(big), oct(big)[:30], bin(big)[:40])
print(f"{big:,}"[:50], f"{2**40:_x}", f"{2**40:#o}", f"{-255:#x}", f"{255:08b}")
print(big // 7 ** 50, big % 7 ** 50, divmod(big, -10 ** 30))
print(-big // 10 ** 90, -big % 10 ** 90)
print(pow(2, 1000, 10 ** 9 + 7), pow(3, -1, 7), pow(-2, 3), pow(2, 0.5), pow(10, -3))
print(pow(12345678901234567890, 98765, 1000000007))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(7, 0.5))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, 7 % -2.5)
print(math.fmod(-7, 2), math.remainder(7, 2), math.copysign(3, -0.0))
print(int("ff", 16), int("0xff", 16), int("0o17", 0), int("0b101", 0), int("z", 36), int("  -42  "), int("1_000_000"))
print(int("10", 2), int("777", 8), int("-0x1F", 16), int(" +12 "), int(3.99), int(-3.99), int(True))
for bad in ["", "12a", "0x", "1__0", "١٢٣", "abc"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(125, -1), round(135, -1), round(-125, -1))
print(round(1234567, -3), round(0.1 + 0.2, 10), round(1e300, 2), round(7), type(round(7.0)), round(7.0, 0))
print(abs(-5), abs(-5.5), abs(-0.0), abs(True), -(-(2 ** 63)))
print(max(3, 1, 2), min([4, 2, 8]), max("apple", "Banana", key=str.lower), min([], default="none"))
print(max([1, -5, 3], key=abs), min((), default=None), max({1: "a", 5: "b"}), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], start=[]))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.lcm(4, 6), math.lcm(3, 5, 7), math.gcd(2**100, 6**50))
print(math.isqrt(10**20 + 1), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.hypot(3, 4))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.degrees(math.pi), math.radians(180), math.sin(0), math.cos(0), math.atan2(1, 1))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_count() if hasattr(int, "bit_count") else 0)
print((-1).bit_length(), (0).bit_length(), (12).bit_count(), (2**100).bit_length())
print(10 ** 20 / 3, 2 ** 53 + 1.0, float(2 ** 53 + 1), 1 / 7, 22 / 7, 10 / 2)
try:
    print(math.pow(2.0, 10000))
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(1 / 0)
