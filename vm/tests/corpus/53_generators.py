# Simple generator functions and generator expressions.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)), tuple(count_up(0)))
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, "done"))
try:
    next(g)
except StopIteration:
    print("StopIteration after exhaustion")
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib_gen()
print([next(gen) for _ in range(15)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(10, fib_gen()), take(3, "abcdef"))
def squares_of_evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x * x
print(list(squares_of_evens(range(10))))
def with_return():
    yield 1
    yield 2
    return "finished"
w = with_return()
print(next(w), next(w))
try:
    next(w)
except StopIteration as e:
    print("StopIteration value:", e.value)
def lines():
    for word in ["alpha", "beta", "gamma"]:
        print("  producing", word)
        yield word.upper()
for item in lines():
    print("consumed", item)
ge = (x * 3 for x in range(5))
print(type(ge).__name__, list(ge), list(ge))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), any(c.isdigit() for c in "ab3"))
print(list(x for x in "hello" if x not in "l"), sorted((n % 4 for n in range(10)), reverse=True))
print(dict((k, v) for k, v in zip("abc", count_up(3))), set(x % 3 for x in range(9)))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", count_up(2))))
def pipeline():
    nums = (n for n in range(1, 20))
    odds = (n for n in nums if n % 2)
    cubes = (n ** 3 for n in odds)
    return list(cubes)
print(pipeline())
def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  generator cleanup")
for v in gen_with_finally():
    print("got", v)
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(12, primes()))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def enumerate_gen(seq, start=0):
    i = start
    for x in seq:
        yield i, x
        i += 1
print(list(enumerate_gen("xyz", 1)))
