# enumerate, zip, map, filter, sorted, reversed, iter, next.
seq = ["a", "b", "c"]
print(list(enumerate(seq)), list(enumerate(seq, 1)), list(enumerate("xy", start=-1)))
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcd")), list(zip()), list(zip([1])))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("kv", [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, (-1, -2))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda n: n % 2, range(10))))
print(sorted([3, 1, 2]), list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
print(list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
e = enumerate("ab")
print(next(e), next(e), type(e).__name__)
m = map(int, "123")
print(next(m), list(m), list(m))
z = zip("ab", "cd")
print(type(z).__name__, next(z), list(z))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
print(sum(x for x in range(5)), list(iter("hi")), list(iter((1,))))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(1)
except TypeError as e:
    print("TypeError:", e)
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages)):
    print(f"{i}: {n:<4} {a}")
print(sorted(zip(ages, names)), max(zip(ages, names)), list(map(len, names)))
pairs = list(zip(range(3), map(lambda x: x * x, range(3)), filter(lambda x: x > 0, range(-1, 5))))
print(pairs)
print(list(zip(*zip(*[[1, 2, 3], [4, 5, 6]]))))
it2 = iter(range(10))
print(list(zip(it2, it2)))
print(all(map(str.isdigit, ["1", "22"])), any(map(str.isupper, "abC")))
print(list(enumerate(reversed(["x", "y"]))), list(reversed(list(enumerate("pq")))))
