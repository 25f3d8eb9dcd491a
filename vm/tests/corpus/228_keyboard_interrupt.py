# KeyboardInterrupt raised explicitly, BaseException handling.
import sys

def worker(steps):
    for i in range(steps):
        print("step", i)
        if i == 2:
            raise KeyboardInterrupt

try:
    worker(5)
except Exception:
    print("not reached")
except BaseException as e:
    print("base caught", type(e).__name__, repr(e), isinstance(e, Exception))

try:
    raise GeneratorExit("bye")
except BaseException as e:
    print(type(e).__mro__[1].__name__, e)

print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))

def loop():
    n = 0
    while True:
        n += 1
        if n > 3:
            raise KeyboardInterrupt("stopped by user")

try:
    loop()
finally:
    print("finally before exit", file=sys.stderr)
