import sys

def trace(fn):
    depth = [0]
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"{'  ' * depth[0]}-> {fn.__name__}({', '.join(parts)})")
        depth[0] += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth[0] -= 1
        print(f"{'  ' * depth[0]}<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

def repeat(times=2, sep=None):
    def deco(fn):
        def inner(*a, **kw):
            results = [fn(*a, **kw) for _ in range(times)]
            return results if sep is None else sep.join(map(str, results))
        return inner
    return deco

@trace
def add(a, b=10, *rest, scale=1, **extra):
    """Add things."""
    return (a + b + sum(rest)) * scale + len(extra)

print(add(1))
print(add(1, 2, 3, 4, scale=2, flag=True))
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(4)

@repeat(3, sep="-")
@repeat(2)
def greet(name="x"):
    return name.upper()
print(greet("bob"), greet())

def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    counter.reset = reset
    return counter

c1, c2 = make_counter(), make_counter(100, -10)
print(c1(), c1(), c2(), c2(), c1())
c1.reset()
print(c1(), c1.__closure__ is not None, len(c1.__closure__), c1.__code__.co_freevars)
adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), (lambda: 0).__name__, inc.__name__)

def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return call
p = partial(add.__wrapped__, 1, scale=3)
print(p(2), p(2, 3, scale=1), p(b=5))

def kwonly(a, /, b, *, c=3):
    return a, b, c
print(kwonly(1, 2), kwonly(1, b=2, c=4))
for call in (lambda: kwonly(a=1, b=2), lambda: kwonly(1, 2, 3), lambda: kwonly(1), lambda: kwonly(1, 2, d=5), lambda: add(), lambda: add(1, a=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def defaults(a, items=[]):
    items.append(a)
    return items
print(defaults(1), defaults(2), defaults(3, []), defaults.__defaults__)

def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show(), show(1, *[2, 3], x=1, **{"y": 2}), show(*"ab", **dict(z=0)))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)

registry = {}
def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco
@register()
def alpha(): return "A"
@register("b")
def beta(): return "B"
print(sorted(registry), [registry[k]() for k in sorted(registry)])

def cached_property_like(fn):
    store = {}
    def get(key):
        if key in store:
            return store[key], "hit"
        store[key] = fn(key)
        return store[key], "miss"
    return get
sq = cached_property_like(lambda k: k * k)
print([sq(k) for k in (3, 4, 3, 3)])

def gen_decorator(fn):
    def wrapper(*a):
        for x in fn(*a):
            yield x * 10
    return wrapper
@gen_decorator
def upto(n):
    yield from range(n)
print(list(upto(4)))
x = 10
def outer():
    x = 20
    def inner():
        global x
        x += 1
        return x
    return inner(), x
print(outer(), x)
def scope_error():
    print(y_local)
    y_local = 1
try:
    scope_error()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_error():
    def inner():
        return z_free
    inner_result = None
    try:
        inner_result = inner()
    except NameError as e:
        print("NameError:", e)
    z_free = 1
    return inner_result
print(free_error())
print(add("a", "b"), file=sys.stderr)
