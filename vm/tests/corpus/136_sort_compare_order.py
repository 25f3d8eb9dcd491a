# Sorting: which comparisons run, in which order (CPython's run detection and
# binary insertion for short lists), stability, key and reverse.
log = []
class C:
    def __init__(self, v, tag=""):
        self.v, self.tag = v, tag
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self):
        return f"C({self.v}{self.tag})"
def run(vals, **kw):
    log.clear()
    items = [C(v, t) for v, t in vals]
    out = sorted(items, **kw)
    print(out, len(log), log[:12])
run([(3, ""), (1, ""), (2, ""), (5, ""), (4, "")])
run([(1, "a"), (1, "b"), (0, ""), (1, "c")])
run([(5, ""), (4, ""), (3, ""), (2, ""), (1, "")])
run([(2, "a"), (2, "b"), (1, ""), (1, "x"), (0, "")])
run([(1, ""), (2, ""), (3, ""), (0, ""), (4, "")], reverse=True)
run([(i * 7 % 10, str(i)) for i in range(10)])
run([(i % 3, str(i)) for i in range(12)], reverse=True)
run([(3, ""), (3, "b"), (2, ""), (2, "b"), (5, "")])
data = [C(v) for v in [4, 2, 9, 1]]
log.clear(); data.sort(key=lambda c: -c.v); print(data, log)
log.clear(); print(max(data), min(data), log)
class Boom:
    def __lt__(self, o):
        raise ValueError("no order")
try:
    sorted([1, Boom()])
except ValueError as e:
    print("ValueError:", e)
lst = [3, Boom(), 1]
try:
    lst.sort()
except ValueError as e:
    print("ValueError:", e, len(lst))
try:
    sorted([1, 2, "x", 3])
except TypeError as e:
    print("TypeError:", e)
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
big = [(i * 7919) % 257 for i in range(300)]
print(sorted(big)[:8], sorted(big, reverse=True)[:8], sorted(big) == sorted(big, key=lambda x: x))
pairs = [(i % 5, i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0])[:12])
