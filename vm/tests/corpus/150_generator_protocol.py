def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return "done"
g = gen()
print(next(g))
print(g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)
g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
def catcher():
    while True:
        try:
            v = yield
            print("value", v)
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("boom")))
next(c)
c.send(2)
print(c.close())
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = fin()
print(next(f))
f.close()
print("closed")
try:
    next(f)
except StopIteration:
    print("stopped after close")
def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def inner():
    a = yield "i1"
    print("inner got", a)
    b = yield "i2"
    print("inner got", b)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
o = outer()
print(next(o))
print(o.send("x"))
print(o.send("y"))
try:
    next(o)
except StopIteration as e:
    print("outer done", e.value)
def thrower():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "after"
t = thrower()
next(t)
print(t.throw(KeyError("k")))
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
def selfref():
    yield next(s)
s = selfref()
try:
    next(s)
except ValueError as e:
    print("ValueError:", e)
g = (x * x for x in range(3))
print(type(g).__name__, g.__name__, g.__qualname__, list(g), list(g))
def qual():
    def inner_gen():
        yield 1
    return inner_gen()
print(qual().__qualname__, repr(qual()).split(" at ")[0])
print(gen().gi_running, iter(g) is g)
def raiser():
    yield 1
    1 / 0
r = raiser()
next(r)
try:
    next(r)
except ZeroDivisionError as e:
    print("zde", e)
try:
    next(r)
except StopIteration:
    print("exhausted after error")
def yf_list():
    r = yield from [1, 2, 3]
    return r
print(list(yf_list()))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
def genexc():
    try:
        raise KeyError("inside")
    except KeyError:
        yield 1
        raise
ge = genexc()
next(ge)
try:
    next(ge)
except KeyError as e:
    print("reraised", e)
print(sum(x for x in range(5) if x % 2), max((len(s), s) for s in ["a", "bbb", "cc"]))
def early():
    return
    yield
print(list(early()))
def nested_yield_from():
    yield from (yield from [1, 2]) or [9]
print(list(nested_yield_from()))
