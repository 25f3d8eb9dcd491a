# set and frozenset of small ints (ordering is deterministic for them).
s = {3, 1, 2}
print(s, len(s), type(s).__name__, 2 in s, 5 not in s)
s.add(4); s.add(1)
print(s)
s.discard(10); s.discard(3)
print(s)
s.remove(4)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [8]), a.intersection([1, 2, 9]), a.difference({1}), a.symmetric_difference(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {5}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = set(a)
c |= {10}; print(c)
c &= {1, 2, 3, 10}; print(c)
c -= {1}; print(c)
c ^= {2, 99}; print(c)
c.update([5, 6], (7,)); print(c)
c.intersection_update({5, 6, 7, 3}); print(c)
c.difference_update({5}); print(c)
c.symmetric_difference_update({6, 8}); print(c)
print(c.pop() in {3, 7, 8}, len(c))
c.clear(); print(c, set(), repr(set()))
print(set([1, 1, 2, 2, 3]), set(range(5)), set((0, 0)), set("aaa"))
fs = frozenset([3, 1, 2])
print(fs, type(fs).__name__, fs | {4}, fs & {1, 9}, frozenset(), repr(frozenset([1])))
print(hash(fs) == hash(frozenset({1, 2, 3})), {fs: "ok"}[frozenset((1, 2, 3))], fs == {1, 2, 3})
print(type(fs | {4}).__name__, type({4} | fs).__name__)
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)})
print(sorted({10, -1, 5, 0}), max({3, 8, 1}), sum({1, 2, 3}))
seen = set()
dups = []
for n in [1, 4, 2, 4, 1, 5, 6, 2]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(seen, dups)
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == frozenset(), {0, False, 0.0}, {1, True})
print(len({(1, 2), (1, 2), (2, 1)}), {frozenset({1}), frozenset({1})})
