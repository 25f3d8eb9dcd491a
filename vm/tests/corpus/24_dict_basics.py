# dict basics: insertion order, access, update, deletion.
d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), d["a"], type(d).__name__)
d["d"] = 4
d["b"] = 20
print(d, list(d))
del d["a"]
print(d)
d["a"] = 100
print(d, "a" in d, "z" in d, 20 in d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict(zip("abc", range(3))))
print(dict({"a": 1}, b=2), {1: "int", 1.0: "float"}, {True: "t", 1: "one"})
print({(1, 2): "tuple", None: "none", 3.5: "f", -1: "neg", "": "empty"})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} != {1: 2})
e = {}
for i in range(10):
    e[i * i % 7] = i
print(e)
for k in list(e):
    if k % 2:
        del e[k]
print(e)
e.update({9: 9}, ten=10)
print(e)
try:
    for k in e:
        e[k + 100] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
order = {}
order["z"] = 1
order["y"] = 2
order["x"] = 3
del order["y"]
order["y"] = 4
print(order, list(order.values()))
print(repr({"quote'": "q\"", 1: [None]}), str({}))
m = {"a": 1} | {"b": 2, "a": 3}
print(m)
m |= {"c": 4}
print(m)
print({k: k * 2 for k in "ab"}, dict.fromkeys("xyz", 0), dict.fromkeys([1, 2]))
