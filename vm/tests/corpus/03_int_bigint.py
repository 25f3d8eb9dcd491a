# Arbitrary precision integers.
big = 2 ** 100
print(big)
print(big + 1, big - 1)
print(big * big)
print(-big, abs(-big))
print(big // 3, big % 3)
print(big // -7, big % -7)
print(-big // 7, -big % 7)
print(divmod(big, 12345678901234567890))
print(big >> 50, big << 10)
print(big.bit_length(), (big - 1).bit_count())
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(f)), str(f)[:10])
fact50 = 1
for i in range(1, 51):
    fact50 *= i
print("50! =", fact50)
print(fact50 // f)
print(fact50 % 1000000007)
print(pow(3, 200))
print(pow(3, 200, 1000000007))
print(10 ** 40 - 1)
print(hex(2 ** 64), oct(2 ** 64), bin(2 ** 70))
print(int("123456789012345678901234567890") * 2)
print(int("-99999999999999999999999999999") - 1)
print((2 ** 64).to_bytes(9, "big"))
print(int.from_bytes(b"\xff" * 12, "big"))
print(2 ** 63, -2 ** 63, 2 ** 63 - 1, 2 ** 64 - 1)
print((2 ** 63) * (2 ** 63), (2 ** 62 + 2 ** 62) - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387904 * 2, 4611686018427387904 * -2)
print(1 << 200)
print((1 << 200) - (1 << 199) == 1 << 199)
print(-(1 << 100) >> 3, -(1 << 100) >> 200)
print((1 << 100) & ((1 << 100) - 1), (1 << 100) | 1, (1 << 100) ^ (1 << 99))
print(~(1 << 70), -(1 << 70) & 0xFFFF, -(1 << 70) | 5)
a = 123456789 ** 5
b = 987654321 ** 3
print(a, b, a // b, a % b, a > b, a == a + 0)
print(float(2 ** 80), 2 ** 80 / 2 ** 40, 2 ** 1000 / 2 ** 999)
print(round(2 ** 70, -10), abs(-(3 ** 90)))
print(sum(range(10 ** 6)))
print(max(2 ** 100, 3 ** 60, 5 ** 40), min(-2 ** 100, -3 ** 60))
fib = [0, 1]
for i in range(150):
    fib.append(fib[-1] + fib[-2])
print("fib(150) =", fib[150])
print(fib[150] * fib[149] - fib[151] * fib[148])
n = 10 ** 30 + 7
print(n % 97, n // 97, -n // 97, -n % 97)
print(str(2 ** 333)[-20:], repr(-(2 ** 99)))
print(int(1e20), int(-1.5e25), int(2.0 ** 70))
print(10 ** 18 == int("1" + "0" * 18), 2 ** 100 > 1.0e30, 2 ** 100 < 1.3e30)
