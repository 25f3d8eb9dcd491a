# tuples: packing, unpacking, methods, comparisons.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], type(t).__name__)
print((), (1,), (1, 2) + (3,), (0,) * 3, tuple("abc"), tuple([4, 5]), tuple(range(3)))
print(repr(()), repr((1,)), repr(("a", "b")), str((None, True)))
a, b, c = t
print(a, b, c)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = "xyz"
print(init, last)
x, (y, z), w = 1, (2, 3), 4
print(x, y, z, w)
a, b = b, a
print(a, b)
head, *mid, tail = range(6)
print(head, mid, tail)
_, *empty = (1,)
print(empty)
print(t.count(2), t.index(3), (1, 2, 1, 1).count(1), 2 in t, 5 not in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, "a") == (1, "a"), () < (0,))
print(max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, 1), (1, 2), (1, 1)]))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[1])
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 3, 9, 1])
print(lo, hi, minmax("hello"))
tl = ([1], [2])
tl[0].append(99)
print(tl)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError:", e)
try:
    t.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    t[3]
except IndexError as e:
    print("IndexError:", e)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(tuple(x * x for x in range(5)), sum((1, 2, 3)), any(()), all(()))
