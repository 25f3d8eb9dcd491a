# Error messages of the coroutine and async generator protocols, and an
# uncaught exception raised deep inside awaited coroutines (its traceback
# goes through every coroutine frame).


class Suspend:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


def run(coro):
    while True:
        try:
            yielded = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  loop saw:", repr(yielded))


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


async def simple():
    await Suspend("simple")
    return "simple result"


async def agen():
    yield 1
    yield 2


print("-- argument errors")
c = simple()
attempt("send()", c.send)
attempt("send(1, 2)", c.send, 1, 2)
attempt("throw()", c.throw)
attempt("throw(1)", c.throw, 1)
attempt("throw(str)", c.throw, str)
attempt("throw(ValueError)", c.throw, ValueError)
attempt("send after throw", c.send, None)
c2 = simple()
attempt("close(1)", c2.close, 1)
attempt("__await__(1)", c2.__await__, 1)
c2.close()

a = agen()
attempt("asend()", a.asend)
attempt("aclose(1)", a.aclose, 1)
attempt("__anext__(1)", a.__anext__, 1)


def drive(awaitable):
    return run(awaitable.__await__())


attempt("athrow() awaited", drive, a.athrow())
attempt("athrow(1) awaited", drive, agen().athrow(1))
attempt("athrow(KeyError) awaited", drive, agen().athrow(KeyError))

print("-- throw into awaiting coroutine")


async def inner():
    try:
        await Suspend("inner waiting")
    except ValueError as e:
        print("  inner caught", repr(e))
        return "inner handled"


async def outer():
    r = await inner()
    print("  outer got", r)
    await Suspend("outer waiting")
    return "outer done"


o = outer()
print(o.send(None))
print(o.throw(ValueError("thrown")))
attempt("finish", o.send, None)

print("-- throw a StopIteration into a coroutine awaiting a generator")


class GenAwait:
    def __await__(self):
        try:
            yield "gen-await"
        except KeyError:
            return "gen returned after KeyError"


async def awaits_gen():
    r = await GenAwait()
    return "awaited: " + r


g = awaits_gen()
print(g.send(None))
attempt("throw KeyError", g.throw, KeyError("x"))

print("-- close while awaiting")


class Closable:
    def __init__(self):
        self.closed = False

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return "closable step"

    def close(self):
        print("  Closable.close called")
        self.closed = True


async def awaits_closable():
    try:
        await Closable()
    finally:
        print("  awaits_closable finally")


ac = awaits_closable()
print(ac.send(None))
print(ac.send(None))
print(ac.close())


class ThrowLess:
    def __await__(self):
        return self

    def __next__(self):
        return "throwless step"


async def awaits_throwless():
    try:
        await ThrowLess()
    except ValueError as e:
        return "caught directly: " + str(e)


at = awaits_throwless()
print(at.send(None))
attempt("throw into ThrowLess", at.throw, ValueError("v"))

print("-- send non-None to a custom awaitable without send")
at2 = awaits_throwless()
at2.send(None)
attempt("send(5)", at2.send, 5)

print("-- exception context inside coroutines")


async def context_chain():
    try:
        await Suspend("before error")
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError as e:
            return repr(e.__context__)


print(run(context_chain()))


async def agen_raises():
    yield "one"
    raise IndexError("agen broke")


async def consume_agen():
    out = []
    try:
        async for v in agen_raises():
            out.append(v)
    except IndexError as e:
        out.append("caught " + str(e))
    return out


print(run(consume_agen()))

print("-- uncaught")


async def level3(x):
    await Suspend(("level3", x))
    return 10 / x


async def level2(x):
    values = [await level3(i) for i in range(x, -1, -1)]
    return values


async def level1():
    try:
        return await level2(2)
    except ZeroDivisionError:
        raise RuntimeError("level1 failed") from None


async def main():
    async with Guard():
        return await level1()


class Guard:
    async def __aenter__(self):
        print("  guard enter")

    async def __aexit__(self, t, v, tb):
        print("  guard exit with", t.__name__)
        return False


print(run(main()))
