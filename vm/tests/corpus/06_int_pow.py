# Power: ints, negative exponents, three-argument pow with modulus.
print(2 ** 10, (-2) ** 3, -2 ** 2, (-2) ** 2, 2 ** -2, (-2) ** -3)
print(10 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(2, 10), pow(2, -1), pow(-8, 3), pow(7, 0))
print(pow(2, 10, 1000), pow(3, 4, 5), pow(10, 100, 7), pow(-3, 3, 7))
print(pow(5, 3, -7), pow(-5, 3, -7), pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 17), pow(38, -1, 97))
for b in range(1, 11):
    print(b, pow(b, 3), pow(b, 3, 11), pow(b, 5, 13))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(pow(0, 0), pow(0.0, 0), 0.0 ** 0.0)
def modpow(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
for b, e, m in [(2, 100, 1000000007), (7, 12345, 97), (12, 0, 5), (99, 99, 1)]:
    print(b, e, m, modpow(b, e, m), pow(b, e, m), modpow(b, e, m) == pow(b, e, m))
print(pow(2, 1000) % 10 ** 10, pow(2, 1000, 10 ** 10))
print(sum(pow(i, 2) for i in range(10)))
