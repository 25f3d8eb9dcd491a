# Closures, nonlocal, cell variables.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_adders():
    return [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in make_adders()])
def make_multiplier(m):
    def mul(x):
        return x * m
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7), double(triple(2)))
print(double.__closure__[0].cell_contents, double.__code__.co_freevars, make_multiplier.__code__.co_cellvars)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    def reset():
        nonlocal total
        total = []
    return add, reset
add, reset = accumulator()
print(add(1), add(2), add(3))
reset()
print(add(10))
def fib_memo():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
fib = fib_memo()
print([fib(i) for i in range(15)], fib(80))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
sq = lambda x: x * x
print(compose(inc, sq)(3), compose(sq, inc)(3), compose()(5))
def nested_nonlocal():
    a = 1
    def level1():
        nonlocal a
        a += 10
        def level2():
            nonlocal a
            a *= 2
        level2()
    level1()
    return a
print(nested_nonlocal())
def unbound():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = 5
    return read()
print(unbound())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
def cells_in_loop():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [f() for f in fns]
print(cells_in_loop())
