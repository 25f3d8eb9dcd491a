# Coroutines and async generators that are dropped while suspended get
# closed; an exception escaping an async generator inside `async for`
# while another is being handled ends the program with a chained traceback.


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


print("-- dropped while suspended")


async def cleanup(name):
    try:
        await Suspend(name)
    finally:
        print("  cleanup of", name)


c = cleanup("dropped coroutine")
print(c.send(None))
del c
print("after del")


async def agen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  agen finally")


async def take_one():
    ag = agen_cleanup()
    async for v in ag:
        print("  took", v)
        break
    print("  leaving take_one")
    return ag


ag = run(take_one())
print(type(ag).__name__, ag.ag_running)
del ag
print("after agen del")

print("-- await chain introspection")


async def leaf():
    await Suspend("leaf")


async def branch():
    await leaf()


b = branch()
b.send(None)
inner = b.cr_await
print(type(inner).__name__, inner.__name__, type(inner.cr_await).__name__)
print(inner.cr_await.cr_await if hasattr(inner.cr_await, "cr_await") else "generator at the bottom")
b.close()
print(b.cr_await, inner.cr_await)

print("-- yield values pass through nested async generators")


async def numbers():
    for i in range(3):
        await Suspend(("numbers awaits", i))
        yield i


async def doubled():
    async for n in numbers():
        yield n * 2


async def collect():
    return [d async for d in doubled()]


print(run(collect()))

print("-- uncaught")


async def broken_source():
    yield "a"
    await Suspend("source suspends")
    yield {}["missing"]


async def consumer():
    seen = []
    try:
        async for item in broken_source():
            seen.append(item)
    except KeyError as e:
        print("  consumer saw KeyError", e, "after", seen)
        raise ValueError("consumer could not finish")


async def entry():
    return await consumer()


run(entry())
