# Coroutines driven by hand: send/throw/close, awaitables with __await__,
# a tiny event loop, and the errors of misuse.


class Suspend:
    """An awaitable that suspends once, handing `value` to the loop."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return ("resumed", self.value, got)


class Ready:
    """An awaitable that never suspends."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        return iter(())


class ReadyWithValue:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        if False:
            yield
        return self.value


def run(coro, sends=None):
    """Drive a coroutine to completion, printing what it yields."""
    sends = list(sends or [])
    value = None
    steps = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            print("  finished:", repr(e.value), "after", steps, "steps")
            return e.value
        steps += 1
        print("  yielded:", repr(yielded))
        value = sends.pop(0) if sends else None


async def add(a, b):
    return a + b


async def nested():
    x = await add(1, 2)
    y = await add(x, 10)
    r = await Suspend("first")
    print("  nested got", r)
    z = await Ready(5)
    print("  Ready gives", z)
    w = await ReadyWithValue("rv")
    print("  ReadyWithValue gives", w)
    return x, y


print("-- basic")
c = add(2, 3)
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object add at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)

print("-- nested")
print(run(nested(), ["sent-in"]))


class Outer:
    async def method(self, n):
        total = 0
        for i in range(n):
            total += (await Suspend(i))[2]
        return total

    def __repr__(self):
        return "Outer()"


print("-- method")
m = Outer().method(3)
print(m.__qualname__, m.__name__)
print(run(m, [10, 20, 30]))

print("-- states")


async def stateful():
    print("  stateful started")
    await Suspend("s1")
    await Suspend("s2")
    return "done"


s = stateful()
print(s.cr_running, s.cr_suspended, s.cr_await, s.cr_code.co_name, s.cr_origin)
print(s.send(None))
print(s.cr_running, s.cr_suspended, type(s.cr_await).__name__)
print(s.send(None))
try:
    s.send(None)
except StopIteration as e:
    print("stop", e.value)
print(s.cr_running, s.cr_suspended, s.cr_await, s.cr_frame)
try:
    s.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s.throw(ValueError("late"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(s.close())

print("-- just started")
j = add(1, 1)
try:
    j.send(5)
except TypeError as e:
    print("TypeError:", e)
print(j.send.__name__)
try:
    j.send(None)
except StopIteration as e:
    print("stop", e.value)

print("-- throw")


async def catcher():
    try:
        await Suspend("waiting")
    except KeyError as e:
        print("  caught", repr(e))
        await Suspend("after-catch")
        return "recovered"
    return "normal"


t = catcher()
print(t.send(None))
print(t.throw(KeyError("k")))
try:
    t.send(None)
except StopIteration as e:
    print("stop", e.value)

t2 = catcher()
print(t2.send(None))
try:
    t2.throw(ValueError("not caught"))
except ValueError as e:
    print("propagated", repr(e))

t3 = catcher()
try:
    t3.throw(KeyError("before start"))
except KeyError as e:
    print("thrown before start", repr(e))
try:
    t3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

print("-- close")


async def closer():
    try:
        await Suspend("c")
    finally:
        print("  finally runs")


cl = closer()
cl.send(None)
print(cl.close())
print(cl.close())
cl2 = closer()
print(cl2.close())
try:
    cl2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def stubborn():
    try:
        await Suspend(1)
    except GeneratorExit:
        await Suspend(2)


st = stubborn()
st.send(None)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def returns_on_close():
    try:
        await Suspend(1)
    except GeneratorExit:
        return "closing value"


rc = returns_on_close()
rc.send(None)
print("close returned", rc.close())

print("-- __await__ wrapper")
w = add(20, 22).__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)

w2 = stateful().__await__()
print(next(w2))
print(w2.send(None))
try:
    w2.send(None)
except StopIteration as e:
    print("wrapper stop", e.value)


class UsesCoroutine:
    def __await__(self):
        return add(3, 4).__await__()


async def via_wrapper():
    return await UsesCoroutine()


print(run(via_wrapper()))

print("-- awaiting twice")


async def await_twice():
    inner = add(1, 2)
    print("  first", await inner)
    try:
        await inner
    except RuntimeError as e:
        print("  RuntimeError:", e)
    return "ok"


print(run(await_twice()))

print("-- errors")


class NotAwaitable:
    pass


class BadAwait:
    def __await__(self):
        return 42


class CoroAwait:
    def __await__(self):
        self.made = self.make()
        return self.made

    async def make(self):
        return 1


async def await_it(x):
    return await x


for obj in [1, "s", NotAwaitable(), BadAwait(), None, [1]]:
    try:
        run(await_it(obj))
    except TypeError as e:
        print("TypeError:", e)

co = CoroAwait()
try:
    run(await_it(co))
except TypeError as e:
    print("TypeError:", e)
co.made.close()

unused = add(1, 2)
try:
    iter(unused)
except TypeError as e:
    print("TypeError:", e)
try:
    next(unused)
except TypeError as e:
    print("TypeError:", e)


def gen_yield_from():
    yield from unused


try:
    list(gen_yield_from())
except TypeError as e:
    print("TypeError:", e)
unused.close()

print("-- awaited already")


async def waiter(inner):
    return await inner


inner = stateful()
outer1 = waiter(inner)
print(outer1.send(None))
print(outer1.cr_await is inner, inner.cr_await is not None)
outer2 = waiter(inner)
try:
    outer2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(run(outer1))

print("-- exceptions propagate")


async def raiser():
    await Suspend("r")
    raise ValueError("from coroutine")


async def middle():
    try:
        return await raiser()
    except ValueError as e:
        return "handled " + str(e)


print(run(middle()))


async def stop_inside():
    raise StopIteration("bad")


try:
    run(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

print("-- comprehension with await")


async def squares(n):
    return [await add(i, i) for i in range(n)]


async def dict_of(n):
    return {i: await add(i, 1) for i in range(n)}


print(run(squares(4)))
print(run(dict_of(3)))


async def lambdas():
    fs = [lambda x, i=i: x * i for i in range(3)]
    return [f(await Suspend(i)) for i, f in enumerate(fs)]


print(run(lambdas(), [5, 6, 7]))
print("-- running check")


async def self_ref():
    try:
        me.send(None)
    except ValueError as e:
        print("  ValueError:", e)
    return 1


me = self_ref()
print(run(me))
