def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        code, _, _ = line.partition("#")
        if code.strip():
            yield code.rstrip()

def parse(lines):
    for line in lines:
        key, sep, value = line.partition("=")
        if not sep:
            yield ("error", line.strip())
            continue
        yield key.strip(), value.strip()

CONFIG = """# settings
name = demo
 count=  42
ratio = 0.75   # trailing
bad line here

path = /usr/local/bin
empty =
"""
pipeline = parse(strip_comments(read_lines(CONFIG)))
print(pipeline.__class__.__name__)
for k, v in pipeline:
    print(f"{k:>8} = {v!r}")
print(list(pipeline))

def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(take(15, primes())))
print(list(take(5, "ab")))
evens = (x for x in naturals() if x % 2 == 0)
squares = (x * x for x in evens)
print(list(take(6, squares)))
print(sum(x for x in range(101)), sum(x * x for x in range(10) if x % 3), max((len(w), w) for w in "a bb ccc dd".split()))

def running_avg():
    total, count = 0.0, 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count

gen = running_avg()
print(next(gen))
for v in (10, 20, 30, 45):
    print(gen.send(v))
try:
    gen.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

def chain(*its):
    for it in its:
        yield from it

def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(chain([1, 2], "ab", range(3), {"k": 1})))
print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]]])))

def delegator():
    result = yield from sub()
    yield f"sub returned {result}"

def sub():
    yield 1
    yield 2
    return "done"
print(list(delegator()))

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen_with_finally()
print(next(g))
g.close()
print(list(g))

def windows(seq, n):
    it = iter(seq)
    win = [next(it) for _ in range(n)]
    yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)
print(list(windows(range(7), 3)))
print(list(zip(*[iter(range(9))] * 3)))
print(list(zip("abc", range(5))), list(zip()), dict(zip("xyz", [1, 2, 3])))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("xyz", 10)), list(map(pow, [2, 3], [5, 2])), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(str.upper, ["a", "b"])), list(filter(str.isdigit, "a1b2c3")))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), any([]), all([]))
counter = {}
def tally(word):
    counter[word] = counter.get(word, 0) + 1
    return word
list(map(tally, "a b a c b a".split()))
print(counter)
gen2 = (i for i in range(3))
print(list(gen2), list(gen2))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([f for f in take(20, fib()) if f % 2 == 0])
it2 = iter(range(3))
print(next(it2), next(it2), next(it2))
print(next(it2))
