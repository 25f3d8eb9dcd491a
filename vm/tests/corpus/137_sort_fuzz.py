# Sorting fuzz: comparison counts and order (galloping merges, powersort), the list after a failing comparison, stability.
class Rand:
    def __init__(self, seed): self.x = seed
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 8) % n
random = Rand(5)
n = [0]
log = []
class C:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        n[0] += 1
        if len(log) < 3000: log.append(self.v * 1000 + o.v)
        if n[0] == LIMIT[0]: raise ValueError("stop")
        return self.v < o.v
    def __repr__(self): return str(self.v)
LIMIT = [-1]
h = 0
for size in [2, 3, 10, 63, 64, 65, 127, 128, 129, 300, 777, 1500]:
    for dup in [3, 50, 1000]:
        vals = [random.randrange(dup) for _ in range(size)]
        n[0] = 0; log.clear()
        out = sorted([C(v) for v in vals])
        h = (h * 31 + sum(log) + n[0]) % 1000000007
        print(size, dup, n[0], hash(tuple(log)) % 1000003 if False else sum(i * x for i, x in enumerate(log)) % 999983, [c.v for c in out] == sorted(vals))
        for r in [True]:
            n[0] = 0; log.clear()
            out = sorted([C(v) for v in vals], reverse=r)
            print(" rev", n[0], sum(i * x for i, x in enumerate(log)) % 999983)
for size in [10, 70, 200]:
    vals = [random.randrange(100) for _ in range(size)]
    for lim in [1, 5, 40, 150, 600]:
        items = [C(v) for v in vals]
        n[0] = 0; LIMIT[0] = lim
        try:
            items.sort()
        except ValueError:
            pass
        print(size, lim, [c.v for c in items][:40])
LIMIT[0] = -1
# stability with key
pairs = [(random.randrange(10), i) for i in range(500)]
print(sorted(pairs, key=lambda p: p[0])[:30])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:30])
