# Errors inside comprehensions, lambdas and generators.
rows = [{"a": 1, "b": 2}, {"a": 3}, {"a": 5, "b": 6}]
print([r["a"] for r in rows])
key_of = lambda r: r["a"] * 10 + r.get("b", 0)
print(sorted(rows, key=key_of))

def gen_values(items):
    for i, item in enumerate(items):
        print("yielding", i)
        yield 100 // item

total = 0
for v in gen_values([5, 4]):
    total += v
print("total", total)

try:
    print({k: 10 / v for k, v in {"x": 1, "y": 0}.items()})
except ZeroDivisionError as e:
    print("dict comp:", e)

try:
    print(list(map(lambda s: s.upper(), ["a", 1])))
except AttributeError as e:
    print("lambda:", e)

def consume():
    g = gen_values([2, 0, 1])
    return sum(x for x in g)

pairs = [(r["a"], r["b"]) for r in rows]
