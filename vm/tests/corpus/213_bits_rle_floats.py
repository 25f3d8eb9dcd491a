def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbb"]:
    e = rle_encode(s)
    print(repr(e), rle_decode(e) == s)

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

for n in (0, 1, 7, 8, 255, 1023, 2**31 - 1, 2**64 + 5, -1 & 0xFF):
    print(n, bin(n), popcount(n), n & -n, n.bit_length(), n >> 1, n << 3, ~n, n ^ 0xAA, f"{n:#010b}", f"{n & 0xFFFF:04x}")
print(-5 >> 1, -5 << 2, -1 >> 100, 1 << 100, ~0, ~-1, -8 & 7, -8 | 7, -8 ^ 7, 5 & -2, (1 << 64) - 1 & -(1 << 32))
print(bin(-10), hex(-255), oct(-8), int("-0b1010", 2), 0b1111_0000, 0o777, 0xDEAD_BEEF)
def bits_set(n):
    return [i for i in range(n.bit_length()) if n >> i & 1]
print(bits_set(0b1011001), bits_set(2**70 + 1))
def gray(n): return n ^ (n >> 1)
print([gray(i) for i in range(8)], [f"{gray(i):03b}" for i in range(8)])
def reverse_bits(n, width=8):
    return int(f"{n:0{width}b}"[::-1], 2)
print([reverse_bits(i) for i in (1, 2, 3, 128, 255)])
mask = 0
for flag in (1, 4, 16):
    mask |= flag
print(mask, mask & 4 != 0, bool(mask & 2), mask & ~4)
subsets = [[x for j, x in enumerate("abc") if i >> j & 1] for i in range(1 << 3)]
print(subsets)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)

inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(float("-nan"), float("  1.5  "), float("1e-3"), float("-0"), float("infinity"), float("-Infinity"), float("1_0.5"))
print(-0.0, 0.0 == -0.0, str(-0.0), repr(0.0 * -1), 1 / inf, -1 / inf, abs(-0.0), min(0.0, -0.0), max(-0.0, 0.0))
print(1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.0001, 0.00001, 1e22, 1e21, 9.999999999999999e22, 2.0 ** 60)
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1 - 0.9, 100 * 1.1, 0.3 - 0.1, 4.35 * 100, 1.23456789e-300 * 1e-10)
print(float.fromhex("0x1.8p1"), (0.5).hex(), (1.0).as_integer_ratio(), (0.75).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
print(int(1e20), int(-1e20), int(2.5e-3), float(2**63), float("0.1") == 0.1, 1e308 * 10, -1e308 * 10)
print(nan in [nan], [nan] == [nan], nan is nan, {nan: 1}.get(nan), sorted([3, 1.5, 2]), max(1, 1.0), min(1.0, 1))
print(1 == 1.0, 1 is not 1.0 if False else "skip", 2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 10**400 > 1e308, 10**400 > inf, -10**400 < -inf)
print(hash(-1), hash(-2), hash(1e300) == hash(int(1e300)), hash(2.0) == hash(2), hash(-0.0))
print(round(inf) if False else "skip", round(2.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(5e-324, 400), round(-0.4))
for v in (inf, nan):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float("")
except ValueError as e:
    print("ValueError:", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (-8) ** 0.5 + 1
    print((-8) ** 0.5)
except ValueError as e:
    print("ValueError:", e)
print(complex(1, 2), 1j * 1j, (1 + 2j).conjugate(), abs(3 + 4j), complex("1+2j"), (1 + 2j) * (3 - 1j), -0j, complex(-0.0, -0.0))
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10), round(total, 2) == 1.0, f"{total:.20f}")
x = 1.0
steps = 0
while x + 1 != x:
    x *= 2
    steps += 1
print(steps, x, x + 1, x + 2)
print(float.__name__, type(1e5), type(10 ** 5), isinstance(True, int), True + True, True * 3.5, -True)
print(int("1" * 5000) % 97 if False else len(str(2 ** 10000)))
print(str(10 ** 5000))
