# min, max, sum, any, all, abs, round, pow, divmod, hex, oct, bin, int conversions.
data = [4, -2, 9, 0, 7]
print(min(data), max(data), min(3, 1, 2), max("apple", "pear", "fig"), min("hello"))
print(max(data, key=abs), min(data, key=lambda v: (v % 3, v)), max([], default="empty"), min((), default=None))
print(max([1, 5], [1, 6]), max((2, "a"), (2, "b")), min([3.5, 2, 2.0]), max(2, 2.0), max(2.0, 2))
print(sum(data), sum(data, 100), sum([0.1] * 3), sum([[1], [2]], []), sum(range(1, 101)), sum([]))
print(sum([1, 2.5, True]), sum((x * x for x in range(4)), -1))
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 5 for x in data), all(x < 10 for x in data))
print(abs(-5), abs(3.5), abs(-0.0), abs(-2 ** 70), abs(True), abs(3 - 4j))
print(round(3.14159, 2), round(2.5), round(-2.5), round(7, -1), round(1.23456e5, -3), round(0.5 + 1e-9))
print(pow(2, 8), pow(2, 8, 5), pow(2.0, -1), pow(-1, 0.5) if False else "skip", pow(9, 0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 3))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(int("ff", 16), int(hex(1234), 16), int(bin(99), 2), int(oct(77), 8))
print(float(3), int(3.99), int(-3.99), complex(1, 2), bool(0.0), str(3) + "3")
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1], "")
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, 2], [3], key=len, default=0)
except TypeError as e:
    print("TypeError:", e)
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max({1: "x", 5: "y"}))
print(sorted(data, key=abs), sum(map(abs, data)), round(sum(v / 3 for v in data), 4))
