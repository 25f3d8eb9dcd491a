def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: {}[[1]])
t(lambda: [1] in {})
t(lambda: {}.get([1]))
t(lambda: {}.pop([1]))
t(lambda: {}.setdefault([1]))
t(lambda: dict.fromkeys([[1]]))
t(lambda: {[1]: 2})
t(lambda: {**{}, [1]: 2})
t(lambda: dict([([1], 2)]))
t(lambda: {1: 2} | {[1]: 1})
t(lambda: dict([1, 2]))
t(lambda: dict([[1, 2]]))
t(lambda: dict(["ab"]))
t(lambda: dict([(1,), (2,)]))
t(lambda: {}.update([(1, 2), (3,)]))
t(lambda: {1: 2}.keys() & {1})
t(lambda: {1: 2}.keys() | [[1]])
t(lambda: {1: 2}.items() | [[1]])
t(lambda: [1] in {1: 2}.keys())
t(lambda: [1] in {1: 2}.items())
t(lambda: ([1], 2) in {1: 2}.items())
t(lambda: {1: 2}.keys() == {1: 2}.keys())
t(lambda: {1: 2}.values() == {1: 2}.values())
t(lambda: {1: 2}.items() == {(1, 2)})
t(lambda: {1: 2}.keys() <= {1, 2})
t(lambda: {1: 2}.keys() < {1, 2})
t(lambda: {1, 2} > {1: 2}.keys())
t(lambda: {1: 2}.keys().isdisjoint({3}))
t(lambda: list(reversed({1: 2, 3: 4}.keys())))
t(lambda: list(reversed({1: 2, 3: 4}.values())))
t(lambda: list(reversed({1: 2, 3: 4}.items())))
t(lambda: hash({1: 2}.keys()))
t(lambda: {}.pop())
t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
t(lambda: {}.setdefault())
t(lambda: {}.update(1, 2))
t(lambda: dict.fromkeys())
t(lambda: {}.popitem(1))
t(lambda: {}.keys(1))
t(lambda: dict(1, 2))
t(lambda: dict({1: 2}, x=3))
t(lambda: dict(x=1, y=2))
t(lambda: {}.fromkeys("ab"))
t(lambda: dict.fromkeys(range(3), []))
t(lambda: {1: 2} | [(3, 4)])
d = {1: 2}; d |= [(3, 4)]; print(d)
t(lambda: {1: 2} == [(1, 2)])
t(lambda: {1: 2} < {1: 3})
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print(repr(k), str(v), list(i))
del d["b"]
print(k, v, i)
print(type(k).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(reversed(d)).__name__, type(reversed(v)).__name__)
print(k & {"a", "z"}, k - {"a"}, sorted(k | {"q"}), sorted(k ^ {"a", "q"}))
print(i & {("a", 1)}, {"a"} & k, {"a"} | k == {"a", "c"}, ["a"] & k if False else 0)
try:
    for x in d: d["new"] = 1
except RuntimeError as e: print("RuntimeError:", e)
d = {1: 1, 2: 2}
try:
    for x in d: del d[x]
except RuntimeError as e: print("RuntimeError:", e)
print(d)
d = {1: 1, 2: 2}
try:
    for x in d.values(): d.pop(1)
except RuntimeError as e: print("RuntimeError:", e)
d = {1: 1, 2: 2}
it = iter(d); next(it); d[3] = 3
try: next(it)
except RuntimeError as e: print("RuntimeError:", e)
try: next(it)
except RuntimeError as e: print("RuntimeError again:", e)
except StopIteration: print("stop")
d = {1: 1, 2: 2, 3: 3}
it = iter(d); next(it); del d[2]; d[4] = 4
try: print(list(it))
except RuntimeError as e: print("RuntimeError:", e)
s = {1, 2}
try:
    for x in s: s.add(x + 10)
except RuntimeError as e: print("RuntimeError:", e)
d = {}
for i in range(100): d[i] = i
for i in range(0, 100, 2): del d[i]
print(list(d)[:10], len(d), d.popitem(), d.popitem())
d = {1: "a"}; print(d.setdefault(2), d, d.pop(2), d.pop(5, None), d)
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"K({self.v})"
d = {K(1): "one"}
print(d[K(1)], K(1) in d, d.get(K(2)), {K(1), K(1), K(2)})
d[K(1)] = "uno"; print(d)
del d[K(1)]; print(d)
print({1: 2}.__len__(), {1: 2}.__contains__(1), dict.__getitem__({1: 2}, 1))
print({1: 1, True: 2, 1.0: 3}, {0: "a", False: "b"}, {(1, 2): 1, (1, 2): 2})
x = {}
x["b"] = 1; x["a"] = 2; x.update(b=3, c=4); print(x, list(x.items()))
print(dict(zip("abc", range(3))), dict({"a": 1}.items()), dict([("a", 1)], a=2))
