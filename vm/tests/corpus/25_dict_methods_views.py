# dict methods and views.
d = {"one": 1, "two": 2, "three": 3}
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("one"), d.get("four"), d.get("four", 4))
print(d.setdefault("two", 99), d.setdefault("four", 4), d)
print(d.pop("four"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d["three"] = 3
c = d.copy()
c["one"] = -1
print(d, c)
keys = d.keys()
vals = d.values()
items = d.items()
d["five"] = 5
print(keys, len(keys), "five" in keys, 5 in vals, ("five", 5) in items)
print(keys & {"one", "zzz"}, sorted(keys | {"x"}), sorted(keys - {"one"}), keys ^ {"one", "q"} == {"two", "three", "five", "q"})
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
print(d.keys() == {"one", "two", "three", "five"}, items == {("one", 1), ("two", 2), ("three", 3), ("five", 5)})
for k, v in d.items():
    print(f"{k:>6} -> {v}")
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
d.clear()
print(d, keys, items)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("x")
except KeyError as e:
    print("KeyError:", e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
src = {"b": 1, "a": 2}
print(dict(sorted(src.items())), {v: k for k, v in src.items()}, dict(src, c=3))
it = iter({"x": 1, "y": 2})
print(next(it), next(it), list(it))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(len({}.keys()), bool({}.items()), list({1: 2}.items())[0])
