# dict comprehensions and grouping.
print({x: x * x for x in range(6)})
print({x: x ** 3 for x in range(10) if x % 2})
print({k: v for k, v in zip("abcde", range(5))})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
words = "alpha beta gamma delta epsilon zeta eta theta".split()
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({n: len(ws) for n, ws in sorted(by_len.items())})
print({w[0]: w for w in words})
print({w: {c: w.count(c) for c in w if w.count(c) > 1} for w in words if len(set(w)) < len(w)})
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid)
print({k: v for k, v in grid.items() if k[0] == k[1]})
print(sum(grid.values()), max(grid, key=grid.get), grid[(2, 1)])
squares = {i: i * i for i in range(-3, 4)}
print(squares, {v for v in squares.values()})
nested = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(nested, nested[2][3])
letters = {}
for ch in "mississippi":
    letters[ch] = letters.get(ch, 0) + 1
print(letters, sorted(letters.items(), key=lambda kv: -kv[1]))
print(dict((i, str(i)) for i in range(3)), {i: None for i in ()})
scores = {"ann": [90, 85, 77], "ben": [60, 75], "cat": [88]}
avg = {name: sum(s) / len(s) for name, s in scores.items()}
print(avg)
print({name: ("pass" if a >= 70 else "fail") for name, a in avg.items()})
x = "outer"
print({x: 1 for x in range(2)}, x)
