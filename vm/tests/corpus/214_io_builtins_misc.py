import sys

print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print(" continued")
print(sep="x")
print()
print(1, 2, sep="")
print("to stderr", 42, file=sys.stderr)
print("err", "parts", sep=", ", end=" <end>\n", file=sys.stderr)
n = sys.stdout.write("written directly\n")
print(n, sys.stderr.write("direct err\n"))
print(*[1, 2, 3], sep="\n")
print("x", None, True, 3.0, [None], sep=" | ")
print("flush", flush=True)
try:
    line = input()
    print("got", repr(line))
except EOFError as e:
    print("EOFError:", repr(e))
try:
    input("prompt> ")
except EOFError:
    print("\nEOF after prompt")
data = sys.stdin.read()
print(repr(data))
r = range(2, 30, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], 11 in r, 12 in r, r.index(14), r.count(5), list(range(5, 0, -2)), range(0))
print(range(10)[::2][1:3], list(range(-3)), bool(range(0)), range(1, 2) == range(1, 2, 5), sum(range(1, 101)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
print(bool(0), bool(""), bool([]), bool([0]), bool(None), bool(0.0), bool(-1), bool({}), bool(" "))
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(print).__name__, type(len))
print(isinstance(1, (str, int)), isinstance("s", str), issubclass(bool, int), callable(len), callable(1), hasattr("s", "upper"), getattr(1, "real"), getattr(1, "nope", "dflt"))
print(len("héllo"), len([1, [2, 3]]), len({}), len(range(0, 100, 7)), len(b"ab"), len((1,)))
print(list("abc"), tuple([1, 2]), list({"a": 1}), set([1, 1, 2]), str(123), str(b"x"), repr("a'b"), int("7") + 1)
print(abs(-3), round(3.14159, 3), pow(2, 8), divmod(100, 7), hex(255), oct(8), bin(5), chr(65) + chr(0x263A), ord("Z"))
it = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(it), 0)))
print(sorted({3: "c", 1: "a"}.items()), list(enumerate(["x", "y"])), list(zip([1, 2], "ab", (True, False))))
print(min("hello"), max([3, 7, 2]), min(4, 2, key=lambda v: -v), max([], default=0), sum(range(5), start=100))
print(id(1) == id(1), hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)), type(hash(3.5)))
print(repr(None), str(None), repr(...), Ellipsis, NotImplemented, repr(print)[:20], repr(len))
print(all(isinstance(x, int) for x in [1, True, 2]), any(isinstance(x, str) for x in [1, 2]))
print(vars(type("K", (), {"a": 1}))["a"], dir([])[:3] if False else "skip", "upper" in dir(""))
values = [5, 3, 8, 1]
print(sorted(values), values, list(reversed(values)), values[::-1], values.sort(), values)
t = (1, 2, 3, 2, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:4], (1,) * 3, tuple(), (), ((),), t < (1, 3))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
try:
    {}["k"]["j"]
except KeyError as e:
    print("KeyError:", e)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
try:
    "abc".nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].foo()
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2, 3][1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print("TypeError:", e)
try:
    list(1)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    -"x"
except TypeError as e:
    print("TypeError:", e)
try:
    [] < ()
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    {1, [2]}
except TypeError as e:
    print("TypeError:", e)
try:
    assert 1 > 2, "math broke"
except AssertionError as e:
    print("AssertionError:", e)
print("abc".__len__(), [1].__len__(), (3).__add__(4), (3).__mul__(2.0), (2.5).__round__(), "s".__repr__(), [1].__repr__())
print((7).__floordiv__(2), (1).__radd__(2), (5).__index__(), (5).__float__(), "ab".__mul__(2), [1].__add__([2]), {1}.__or__({2}))
print(str.__len__("abcd"), int.__add__(1, 2), (1).__sub__(1.5), (3).__format__("05"), "x".__format__(">3"), (5).__divmod__(2))
print((1).__lt__(2), (1).__gt__(1.5), "a".__lt__("b"), (1, 2).__eq__((1, 2)), [1].__eq__([1]), (1).__eq__("a"), "abc".__hash__() == hash("abc"))
print((2).__rpow__(3), (5).__rsub__(10), (5.5).__floor__(), (5.5).__trunc__(), (-5.5).__ceil__(), (5).__neg__(), (-2.0).__abs__(), (0).__bool__())
print(list.__hash__, [].__hash__, {}.__hash__, (1, 2).__hash__() == hash((1, 2)), "abc".__contains__("b"), "abc".__getitem__(-1))
words = ["pear", "fig", "banana"]
d = {"a": 3, "b": 1, "c": 2}
print(sorted(words, key=str.__len__), max(d, key=d.__getitem__), sorted(d, key=d.get), list(map(int.__neg__, [1, 2])))
print(repr(exit), repr(quit))
print(sys.stdin.readline() == "", sys.stdin.readlines(), list(sys.stdin), sys.stdin.closed)
try:
    exit(3)
except SystemExit as e:
    print("SystemExit:", e.code, sys.stdin.closed)
try:
    sys.stdin.read()
except ValueError as e:
    print("ValueError:", e)
sys.stdout.flush()
sys.exit("fatal: giving up")
