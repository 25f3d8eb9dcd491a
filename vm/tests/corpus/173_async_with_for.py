# async with (context managers with __aenter__/__aexit__) and async for over
# hand-written async iterators, with a small round-robin event loop.


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


class Resource:
    def __init__(self, name, suppress=False, suspend=False):
        self.name = name
        self.suppress = suppress
        self.suspend = suspend

    async def __aenter__(self):
        print("  enter", self.name)
        if self.suspend:
            await Suspend(("entering", self.name))
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print(
            "  exit",
            self.name,
            exc_type.__name__ if exc_type else None,
            repr(exc),
            tb is not None,
        )
        if self.suspend:
            await Suspend(("exiting", self.name))
        return self.suppress


print("-- basic async with")


async def basic():
    async with Resource("a") as r:
        print("  body with", r)
    return "basic done"


print(run(basic()))


async def suspending():
    async with Resource("s", suspend=True) as r:
        print("  body with", r)
        await Suspend("in body")
    return "suspending done"


print(run(suspending()))

print("-- exceptions")


async def suppressed():
    async with Resource("sup", suppress=True):
        raise ValueError("swallowed")
    return "after suppressed"


print(run(suppressed()))


async def not_suppressed():
    try:
        async with Resource("nosup", suspend=True):
            raise KeyError("escapes")
    except KeyError as e:
        return "caught " + repr(e)


print(run(not_suppressed()))


async def nested():
    async with Resource("outer") as o, Resource("inner", suppress=True) as i:
        print("  both:", o, i)
        raise RuntimeError("inner suppresses")
    return "nested done"


print(run(nested()))


async def return_inside():
    async with Resource("ret"):
        return "returned from body"


print(run(return_inside()))


async def loop_inside():
    out = []
    for i in range(3):
        async with Resource("loop%d" % i):
            if i == 1:
                continue
            out.append(i)
    return out


print(run(loop_inside()))

print("-- plain (non-async) __aexit__ returning awaitables")


class ManualManager:
    def __aenter__(self):
        return Suspend("manual enter")

    def __aexit__(self, *args):
        print("  manual exit args:", [type(a).__name__ for a in args])
        return Suspend("manual exit")


async def manual():
    async with ManualManager() as m:
        print("  manual body got", m)
    return "manual done"


print(run(manual()))

print("-- errors")


class NoAenter:
    async def __aexit__(self, *a):
        pass


class NoAexit:
    async def __aenter__(self):
        pass


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class BadEnter:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        pass


class BadExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return "not awaitable"


async def use(cm):
    async with cm:
        print("  inside", type(cm).__name__)


for cm in [NoAenter(), NoAexit(), SyncOnly(), BadEnter(), BadExit(), 42]:
    try:
        run(use(cm))
    except TypeError as e:
        print("TypeError:", e)


async def with_sync_cm():
    try:
        with Resource("x"):
            pass
    except TypeError as e:
        print("  TypeError:", e)


run(with_sync_cm())


class NoAiter:
    pass


class AiterNoAnext:
    def __aiter__(self):
        return self


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class OnlyAnext:
    def __anext__(self):
        return 1


async def iterate(x):
    async for i in x:
        print("  item", i)


for obj in [NoAiter(), AiterNoAnext(), AnextNotAwaitable(), OnlyAnext(), [1, 2], None]:
    try:
        run(iterate(obj))
    except TypeError as e:
        print("TypeError:", e, "| cause:", repr(e.__cause__))

print("-- round robin scheduler")


class Sleep:
    def __await__(self):
        yield "sleep"


async def worker(name, n, log):
    for i in range(n):
        log.append((name, i))
        await Sleep()
    return name + " finished"


def round_robin(coros):
    results = {}
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[c.__name__ + str(len(results))] = e.value
        else:
            queue.append(c)
    return results


log = []
print(round_robin([worker("A", 3, log), worker("B", 1, log), worker("C", 2, log)]))
print(log)


class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Sleep()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def tick_consumer(name, n, log):
    async for t in Ticker(n):
        log.append(name + str(t))
    return len(log)


log2 = []
print(round_robin([tick_consumer("x", 2, log2), tick_consumer("y", 3, log2)]))
print(log2)

print("-- async with + async for together")


async def source():
    async with Resource("src"):
        for i in range(3):
            yield i
            await Suspend(("produced", i))


async def combined():
    total = 0
    async with Resource("consumer") as c:
        async for v in source():
            total += v
    return c, total


print(run(combined()))


async def partial():
    agen = source()
    async for v in agen:
        print("  partial got", v)
        break
    await agen.aclose()
    return "partial done"


print(run(partial()))
