import sys


class Timer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Timer("a") as t:
    print("inside", t.name)
with Timer("b", suppress=True):
    raise ValueError("boom")
print("after b")
try:
    with Timer("c"), Timer("d", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))


class NotCM:
    pass


try:
    with NotCM():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5(1, scale=2, other=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotCM()()
except TypeError as e:
    print(type(e).__name__, e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"], Box[int, str])


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        return format(str(self), spec)

    def __int__(self):
        return self.cents

    def __float__(self):
        return self.cents / 100

    def __index__(self):
        return self.cents

    def __round__(self, n=None):
        return Money(round(self.cents, -2))

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __iadd__(self, other):
        print("iadd")
        self.cents += other.cents
        return self

    def __add__(self, other):
        print("add")
        return Money(self.cents + other.cents)


m = Money(1234)
print(m, repr(m), str(m), f"{m}", f"{m!r}", f"{m:>10}|", f"{m:cents}", "{:<8}|".format(m))
print(int(m), float(m), round(m), bin(Money(5)), hex(Money(255)), [10, 20, 30, 40][Money(2)])
print("%s and %r" % (m, m), "%d" % Money(7))
print(m > Money(5), m >= Money(1234), Money(1) > Money(2))
print(sorted([Money(3), Money(1), Money(2)]), max(Money(3), Money(9)))
print(list(range(Money(3))), "ab" * Money(2))
x = m
x += Money(1)
print(x is m, m)
y = Money(0)
z = y + Money(5)
print(y, z)


class WithoutHash:
    def __eq__(self, other):
        return True


print(WithoutHash.__hash__, WithoutHash() == 5)
try:
    hash(WithoutHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {WithoutHash()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {WithoutHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)


class Default:
    pass


d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, d1 != d2, hash(d1) == hash(d1), len({d1, d2, d1}))
print(str(d1) == repr(d1), repr(d1).startswith("<__main__.Default object at 0x"))
try:
    d1 < d2
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([d1, d2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    -d1
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(d1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(d1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(d1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][d1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(d1, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    d1 + d2
except TypeError as e:
    print(type(e).__name__, e)
try:
    d1 % 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(d1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d1[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(d1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~d1
except TypeError as e:
    print(type(e).__name__, e)
print(format(d1, "") == str(d1))


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        print("radd", o)
        return Num(o + self.v)

    def __rsub__(self, o):
        return Num(o - self.v)

    def __rpow__(self, o):
        return Num(o ** self.v)

    def __rtruediv__(self, o):
        return Num(o / self.v)

    def __rfloordiv__(self, o):
        return Num(o // self.v)

    def __rmod__(self, o):
        return Num(o % self.v)

    def __rlshift__(self, o):
        return Num(o << self.v)

    def __rand__(self, o):
        return Num(o & self.v)

    def __ror__(self, o):
        return Num(o | self.v)

    def __rxor__(self, o):
        return Num(o ^ self.v)

    def __rdivmod__(self, o):
        return (o // self.v, o % self.v)


n = Num(3)
print(1 + n, 10 - n, 2 ** n, 9 / n, 10 // n, 10 % n, 1 << n, 7 & n, 4 | n, 5 ^ n, divmod(10, n))
print(sum([Num(1), Num(2)]), sum([Num(1)], Num(10)))


class SubNum(Num):
    def __radd__(self, o):
        print("SubNum radd wins")
        return Num(-1)


print(Num(1) + SubNum(2))
sys.stdout.write("done\n")
class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyErr(Exception):
    pass


class MySet(set):
    pass


print(MyList([1, 2]), MyDict(a=1), MyInt(5), MyStr("s"), repr(MyStr("s")), MyErr("x"), repr(MyErr("x")), MySet([1]))
print(type(MyList([1]) + [2]).__name__, type(MyInt(2) + 1).__name__, type(MyStr("a") + "b").__name__, type(MyDict(a=1) | {"b": 2}).__name__)
print(MyList([1]) == [1], MyInt(3) == 3, hash(MyInt(3)) == hash(3), MyStr("a") in {"a": 1}, {MyInt(1): "x"}[1])


class Unit(float):
    def __new__(cls, value, unit):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __init__(self, value, unit):
        self.note = f"{value}{unit}"

    def __repr__(self):
        return f"{float(self)}{self.unit}"

    def __add__(self, other):
        if isinstance(other, Unit) and other.unit != self.unit:
            raise ValueError(f"unit mismatch: {self.unit} vs {other.unit}")
        return Unit(float(self) + float(other), self.unit)


a = Unit(1.5, "m")
b = Unit(2, "m")
print(a, b, a + b, a * 2, a.note, vars(a), isinstance(a, float), round(a + b, 0))
try:
    a + Unit(1, "s")
except ValueError as e:
    print(type(e).__name__, e)


class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)

    @property
    def parts(self):
        return self.split("/")


p = Path("/usr") / "local" / "bin"
print(p, repr(p), p.parts, p.upper(), type(p.upper()).__name__, p.startswith("/usr"), len(p))


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] += 1
        return self

    def most_common(self):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))


c = Counter()
for ch in "mississippi":
    c.add(ch)
print(c, c.most_common()[:2], c["z"], len(c), "z" in c)


class Stack(list):
    def __init__(self, *items):
        super().__init__(items)

    def push(self, x):
        self.append(x)
        return self


s = Stack(1, 2)
print(s.push(3), s, len(s), s.pop(), s, Stack(), bool(Stack()))


class Flags(int):
    names = {1: "READ", 2: "WRITE", 4: "EXEC"}

    def __repr__(self):
        return "|".join(n for v, n in self.names.items() if self & v) or "NONE"

    def __or__(self, other):
        return Flags(int(self) | int(other))


rw = Flags(1) | Flags(2)
print(rw, repr(Flags(0)), [Flags(7)], int(rw), rw + 1, f"{rw}", f"{rw!r}", str(rw), "%d" % rw)
