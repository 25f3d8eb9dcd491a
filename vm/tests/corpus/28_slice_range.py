# slice objects and range objects.
r = range(10)
print(r, range(2, 8), range(0, 20, 5), range(5, 0, -1), list(range(5, 0, -1)))
print(len(r), len(range(3, 20, 4)), len(range(10, 0)), len(range(0, -10, -3)))
print(r[3], r[-1], r[2:5], r[::-1], r[::3], list(r[1:8:2]))
print(5 in r, 10 in r, 3.0 in r, "a" in r, range(0, 10, 2).count(4), range(0, 10, 2).index(6))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 4) == range(1, 5), list(range(-3, 3)))
print(range(1, 10, 3).start, range(1, 10, 3).stop, range(1, 10, 3).step, bool(range(0)), bool(range(1)))
print(list(range(0, 1, 10)), list(range(10, 0, -3)), sum(range(101)), max(range(7)))
big = range(0, 10 ** 20, 7)
print(big[10 ** 18], len(big) if False else "big len skipped", big[-1], 7 * 10 ** 17 in big)
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    r.index(42)
except ValueError as e:
    print("ValueError:", e)
s = slice(2, 10, 3)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print(s.indices(7), s.indices(100), slice(None, None, -2).indices(6), slice(-3, None).indices(10))
data = list(range(20))
print(data[s], data[slice(None, 5)], data[slice(-3, None)], data[slice(None, None, -4)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
for i in range(3, -4, -2):
    print("i =", i)
for i, v in zip(range(100, 0, -25), "abcd"):
    print(i, v)
print(list(range(-1)), list(range(-5, -1)), list(range(2, -2, -1)))
print(r.count(3), range(5).__len__(), tuple(range(3)), set(range(4)))
