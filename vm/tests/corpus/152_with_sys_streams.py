import sys
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, type(tb).__name__)
        return self.suppress
def gen_with():
    with CM("g"):
        yield 1
        yield 2
print(list(gen_with()))
def nested():
    with CM("a") as a, CM("b", suppress=True) as b:
        raise ValueError("x")
    return "after"
print(nested())
try:
    with CM("c"):
        with CM("d", suppress=True):
            raise KeyError(1)
        raise IndexError(2)
except IndexError as e:
    print("outer", repr(e))
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
class StaticEnter:
    @staticmethod
    def __enter__():
        return "static"
    @classmethod
    def __exit__(cls, *a):
        print("cls exit", cls.__name__, len(a))
with StaticEnter() as s:
    print(s)
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            break
def ret():
    with CM("r"):
        try:
            return 1
        finally:
            print("finally")
print(ret())
try:
    with CM("e"):
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("converted")
except TypeError as e:
    print("caught", e, repr(e.__context__))
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
print(sys.exception(), sys.argv[0].endswith(".pyc"), type(sys.stdout).__name__)
n = sys.stdout.write("direct\n")
print(n)
print("to stderr", file=sys.stderr)
sys.stderr.write("raw stderr\n")
print("flushed", flush=True)
class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
b = Buf()
print("a", "b", sep="-", end="!", file=b)
print(b.parts)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("MNF:", e, e.name)
try:
    from sys import nothing
except ImportError as e:
    print("ImportError:", e)
from sys import maxsize as m
print(m == sys.maxsize)
import sys as s2
print(s2 is sys, sys.getrecursionlimit())
sys.setrecursionlimit(200)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    sys.exit("bye")
except SystemExit as e:
    print("exit", e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
