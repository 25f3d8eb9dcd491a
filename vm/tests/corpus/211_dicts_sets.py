inventory = {"apple": 3, "banana": 0, "cherry": 7}
print(inventory.get("apple"), inventory.get("kiwi"), inventory.get("kiwi", -1), "banana" in inventory, 0 in inventory.values())
print(inventory.setdefault("date", 5), inventory.setdefault("apple", 100), inventory)
print(inventory.pop("banana"), inventory.pop("zzz", "gone"), inventory)
print(inventory.popitem(), inventory)
inventory.update({"elder": 1}, fig=2)
inventory.update([("grape", 9), ("apple", 4)])
print(inventory, len(inventory))
d2 = dict.fromkeys("abc")
d3 = dict.fromkeys(["x", "y"], [])
d3["x"].append(1)
print(d2, d3, dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": 1}, k=2), dict(zip(range(3), "abc")))
keys = inventory.keys()
print(keys, inventory.values(), inventory.items())
print(keys & {"apple", "zzz"}, sorted(keys | {"new"}), sorted(keys - {"apple"}), sorted(keys ^ {"apple", "q"}), sorted(keys), list(reversed(keys)))
print(inventory.items() & {("apple", 4), ("fig", 0)}, ("fig", 2) in inventory.items(), len(keys), "fig" in keys)
inventory["zebra"] = 0
print(keys, list(inventory.values())[-1])
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
merged |= {"d": 5}
print(merged, {**merged, "a": 0, **{"e": 6}})
print({k: v for k, v in merged.items() if v % 2}, {v: k for k, v in merged.items()})
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), max(counts.values()))
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
del counts["a"]
print(counts, list(counts), list(counts.items())[0])
try:
    counts["a"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    del counts["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    for k in counts:
        counts[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, sorted(grid)[-2:], sum(grid.values()))
print({(1, "a"): [1], (2, ("b", 3)): {4}, frozenset({1}): None, 1.0: "float one", True: "true"})
print({1: "a", 1.0: "b", True: "c"}, {0: 1, False: 2, 0.0: 3}, hash(1) == hash(1.0) == hash(True))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a.isdisjoint({9}), a.issuperset({1, 2}), a.issubset(range(10)))
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
c = set(a)
c.add(10); c.discard(99); c.discard(1); c.remove(2)
c |= {11}; c &= {3, 4, 10, 11, 12}; c -= {4}; c ^= {3, 20}
print(c, len(c), sorted(c), 10 in c, c.pop() in {10, 11, 20}, len(c))
try:
    c.remove(99)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
fs = frozenset("hello")
print(sorted(fs), fs | {"z"} == frozenset("heloz"), type(fs | {"z"}).__name__, type({"z"} | fs).__name__, {fs: 1}[frozenset("leoh")])
print(set("abc") == {"a", "b", "c"}, set() == frozenset(), {1, 2} == {2, 1}, [1, 2] == [2, 1])
print({x % 4 for x in range(20)}, {c for c in "mississippi"} == set("misp"), set(range(3)) | set(), {*range(2), *"ab"} >= {0})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter, {k: len(v) for k, v in by_letter.items()})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [x for row in matrix for x in row if x % 2], [[x * y for x in range(1, 4)] for y in range(1, 4)])
print({i: {j: i * j for j in range(i)} for i in range(4)})
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
head, *rest = [1]
(a1, b1), *others = [(1, 2), (3, 4), (5, 6)]
print(init, tail, head, rest, a1, b1, others)
x, (y, *z), w = 1, (2, 3, 4), 5
print(x, y, z, w)
for i, (k, v) in enumerate(sorted(merged.items())):
    print(i, k, v, end="; ")
print()
print(*range(3), *"ab", sep="|")
print([*range(3), *[9]], (*"xy",), {**{"a": 1}}, {*()})
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2]
lst.append(lst)
print(lst, repr(lst))
dd = {"self": None}
dd["self"] = dd
print(dd)
s_in_l = [[], {}]
s_in_l[0].append(s_in_l)
s_in_l[1]["me"] = s_in_l
print(s_in_l)
print(len(lst), lst[2][2][2][0], lst == lst)
print(inventory["missing"])
