# Async generators: async for, asend/athrow/aclose, __anext__ awaitables
# driven by hand, async comprehensions and generator expressions.


class Suspend:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


def run(coro, sends=()):
    sends = list(sends)
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  loop saw:", repr(yielded))
        value = sends.pop(0) if sends else None


async def counter(n):
    for i in range(n):
        yield i


async def ticking(n):
    for i in range(n):
        got = await Suspend(("tick", i))
        yield (i, got)


print("-- types")
ag = counter(2)
print(type(ag).__name__, ag.__name__, ag.__qualname__)
print(repr(ag).startswith("<async_generator object counter at 0x"))
print(ag.__aiter__() is ag)
print(ag.ag_running, ag.ag_await, ag.ag_code.co_name, ag.ag_suspended)
an = ag.__anext__()
print(type(an).__name__, an.__await__() is an, iter(an) is an)
try:
    an.send(None)
except StopIteration as e:
    print("first value via StopIteration:", e.value, e.args)
try:
    an.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
an2 = ag.__anext__()
try:
    next(an2)
except StopIteration as e:
    print("second:", e.value)
an3 = ag.__anext__()
try:
    an3.send(None)
except StopAsyncIteration as e:
    print("exhausted:", repr(e))
an4 = ag.__anext__()
try:
    an4.send(None)
except StopAsyncIteration as e:
    print("still exhausted:", repr(e))

print("-- async for")


async def consume(agen):
    out = []
    async for x in agen:
        out.append(x)
    else:
        out.append("else")
    return out


print(run(consume(counter(4))))
print(run(consume(ticking(3)), ["a", "b", "c"]))


async def breaking():
    async for x in counter(10):
        if x == 3:
            break
        print("  x =", x)
    return "broke"


print(run(breaking()))


async def with_continue():
    total = 0
    async for x in counter(6):
        if x % 2:
            continue
        total += x
    return total


print(run(with_continue()))

print("-- async iterator classes")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await Suspend(("countdown", self.n))
        return self.n


print(run(consume(Countdown(3))))


class ManualAnext:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration("done")
        return Ready(self.i * 100)


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


print(run(consume(ManualAnext())))

print("-- asend")


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            print("  echo received", v)
    finally:
        print("  echo finally, received", received)


async def drive_echo():
    e = echo()
    print("  first:", await e.__anext__())
    print("  asend a:", await e.asend("a"))
    print("  asend b:", await e.asend("b"))
    print("  anext:", await e.__anext__())
    await e.aclose()
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("  closed echo is exhausted")
    return "echo done"


print(run(drive_echo()))

e2 = echo()
try:
    e2.asend("x").send(None)
except TypeError as e:
    print("TypeError:", e)

print("-- athrow")


async def resilient():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print("  resilient caught", repr(e))
            yield "recovered"


async def drive_athrow():
    r = resilient()
    print("  ", await r.__anext__())
    print("  ", await r.athrow(ValueError("boom")))
    print("  ", await r.__anext__())
    try:
        await r.athrow(KeyError("k"))
    except KeyError as e:
        print("  KeyError escaped", e)
    try:
        await r.__anext__()
    except StopAsyncIteration:
        print("  exhausted after uncaught athrow")
    return "athrow done"


print(run(drive_athrow()))


async def drive_athrow_before_start():
    r = resilient()
    try:
        await r.athrow(ValueError("early"))
    except ValueError as e:
        print("  early athrow propagates", repr(e))
    try:
        await r.__anext__()
    except StopAsyncIteration:
        print("  and the generator is finished")


run(drive_athrow_before_start())

print("-- aclose")


async def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup; awaiting in finally")
        got = await Suspend("cleanup-await")
        print("  cleanup await got", got)


async def drive_aclose():
    w = with_cleanup()
    print("  ", await w.__anext__())
    r = await w.aclose()
    print("  aclose returned", r)
    print("  second aclose:", await w.aclose())
    return "aclose done"


print(run(drive_aclose(), ["X"]))


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def drive_ignore():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("  RuntimeError:", e)


run(drive_ignore())

fresh = counter(3)
cl = fresh.aclose()
try:
    cl.send(None)
except StopIteration as e:
    print("aclose of fresh generator:", repr(e))
try:
    cl.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

print("-- async comprehensions")


async def comps():
    a = [x async for x in counter(5)]
    b = [x * 2 async for x in counter(5) if x % 2 == 0]
    c = {x: str(x) async for x in counter(3)}
    d = {x % 2 async for x in counter(5)}
    e = [await Suspend(x) async for x in counter(2)]
    f = [(x, y) async for x in counter(2) for y in "ab"]
    return a, b, c, d, e, f


print(run(comps(), ["s0", "s1"]))


async def genexp():
    g = (x * 10 async for x in counter(3))
    print("  genexp type:", type(g).__name__)
    return [v async for v in g]


print(run(genexp()))


async def genexp_await():
    g = (await Suspend(x) for x in range(2))
    print("  awaiting genexp type:", type(g).__name__)
    return [v async for v in g]


print(run(genexp_await(), ["g0", "g1"]))

print("-- return and errors inside")


async def early_return():
    yield "only"
    return
    yield "never"


print(run(consume(early_return())))


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def drive_raises_stop():
    try:
        async for x in raises_stop():
            print("  got", x)
    except RuntimeError as e:
        print("  RuntimeError:", e, "| cause:", repr(e.__cause__))


run(drive_raises_stop())


async def raises_stopiter():
    yield 1
    raise StopIteration(5)


async def drive_raises_stopiter():
    try:
        async for x in raises_stopiter():
            print("  got", x)
    except RuntimeError as e:
        print("  RuntimeError:", e)


run(drive_raises_stopiter())


async def raises_value():
    yield 1
    raise ValueError("inside agen")


async def drive_raises_value():
    try:
        async for x in raises_value():
            print("  got", x)
    except ValueError as e:
        print("  ValueError:", e)


run(drive_raises_value())

print("-- anext and aiter builtins")


async def builtins_demo():
    it = aiter(counter(3))
    print("  ", await anext(it))
    print("  ", await anext(it, "default"))
    print("  ", await anext(it))
    print("  ", await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("  StopAsyncIteration from anext")
    cd = Countdown(1)
    print("  ", await anext(cd, "d1"))
    print("  ", await anext(cd, "d2"))
    return "builtins done"


print(run(builtins_demo()))
for bad in [1, [1, 2]]:
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("TypeError:", e)

print("-- ag_running")


async def watcher():
    yield w.ag_running
    await Suspend("inside")
    yield w.ag_running


async def drive_watcher():
    print("  before:", w.ag_running)
    async for v in w:
        print("  during:", v, w.ag_running)


w = watcher()
run(drive_watcher())
