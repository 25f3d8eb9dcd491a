# List comprehensions, nested, with conditions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(8)])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print([c.upper() for c in "hello" if c != "l"])
print([len(w) for w in "a bb ccc dddd".split()])
print([i for i in range(5)][::-1], [str(i) * i for i in range(4)])
words = ["apple", "bob", "kayak", "level", "python", "noon"]
print([w for w in words if w == w[::-1]])
print([(i, w) for i, w in enumerate(words) if len(w) > 4])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
x = 100
print([x for x in range(3)], x)
funcs = [lambda n, i=i: n + i for i in range(3)]
print([f(10) for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])
print(sum([i * i for i in range(101)]), max([abs(v) for v in (-5, 3, -9, 2)]))
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat)
print([[j for j in range(i)] for i in range(5)])
print([(lambda v: v * 2)(v) for v in range(4)])
print([y for y in [x * 2 for x in range(5)] if y > 3])
print([w for w in (v.strip() for v in [" a", "b ", " "]) if w])
def gen_squares(n):
    return [i ** 2 for i in range(n)]
print(gen_squares(6), [ch for ch in ""], [None for _ in range(2)])
