# Bitwise operations on ints, including negatives.
vals = [0, 1, 5, 12, 255, -1, -6, 1023]
for a in vals:
    print(a, bin(a), hex(a), oct(a), ~a, a << 3, a >> 1)
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0xF0F0, 0x0FF0)]:
    print(a, b, a & b, a | b, a ^ b)
print(1 << 0, 1 << 1, 1 << 31, 1 << 32, 1 << 63, 1 << 64)
print(-1 >> 10, -1024 >> 3, -1025 >> 3, 7 >> 10)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
mask = 0
for bit in [0, 3, 5, 7]:
    mask |= 1 << bit
print(mask, bin(mask), [b for b in range(8) if mask & (1 << b)])
x = 0b10110110
print(x & -x, x & (x - 1), bin(x ^ (x >> 1)))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print([(i).bit_count() for i in range(17)])
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print(reverse_bits(0b0001, 4), reverse_bits(0b1101, 8), reverse_bits(1, 16))
print(True << 4, False | 2, 6 & True)
print(0xFF & ~0x0F, ~0 & 0xFFFFFFFF, -5 & 0xFF, (-5) % 256)
print(format(-5 & 0xFF, "08b"), format(37, "#010b"), format(255, "#x"))
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" | 2
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.0
except TypeError as e:
    print("TypeError:", e)
