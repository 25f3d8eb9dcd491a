# Iterator protocol, starred assignment targets, chained assignment, augmented assignment on containers.
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
first, *middle, last = "abcdef"
print(first, middle, last)
(p, q), r = "pq", "r"
print(p, q, r)
[m, n] = (10, 20)
print(m, n)
for i, (ch, *rest) in enumerate(["abc", "de", "f"]):
    print(i, ch, rest)
d = {"k": [1, 2]}
d["k"][0] += 10
d["k"] += [3]
print(d)
lst = [1, 2, 3]
lst[1] *= 5
lst[-1] **= 2
print(lst)
class Counter:
    def __init__(self):
        self.value = 0
obj = Counter()
obj.value += 5
obj.value -= 2
print(obj.value)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
class Pairs:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
k1, k2 = Pairs("x", "y")
print(k1, k2, list(Pairs(1, 2, 3)), [*Pairs(4, 5)], dict(Pairs(("a", 1), ("b", 2))))
it = iter(range(5))
print(list(zip(it, it)), list(it))
it = iter([1, 2, 3])
for v in it:
    print("loop got", v)
    if v == 1:
        print("skipping", next(it))
nested = [[1, [2, 3]], [4, [5, 6]]]
for a1, (b1, c1) in nested:
    print(a1 + b1 + c1)
values = list(range(10))
values[::2], values[1::2] = values[1::2], values[::2]
print(values)
s1, s2, *s3 = range(2)
print(s1, s2, s3)
try:
    e1, e2 = iter([1])
except ValueError as e:
    print("ValueError:", e)
try:
    e1, = []
except ValueError as e:
    print("ValueError:", e)
try:
    e1, e2 = 5
except TypeError as e:
    print("TypeError:", e)
g = (i * i for i in range(4))
print(next(g), *g)
print(*map(str.upper, "abc"), sep="")
i = 0
data = [10, 20, 30]
i, data[i] = 1, 99
print(i, data)
