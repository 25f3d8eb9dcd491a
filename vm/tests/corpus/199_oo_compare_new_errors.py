class Point:
    def __init__(self, x, y, *, label=None):
        self.x = x
        self.y = y
        self.label = label

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        print("Point.__eq__")
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __gt__(self, other):
        print("Point.__gt__")
        return NotImplemented

    def __lt__(self, other):
        print("Point.__lt__")
        return (self.x, self.y) < (other.x, other.y)


class Point3(Point):
    def __init__(self, x, y, z=0, **kw):
        super().__init__(x, y, **kw)
        self.z = z

    def __eq__(self, other):
        print("Point3.__eq__")
        return NotImplemented

    def __gt__(self, other):
        print("Point3.__gt__")
        return True


p, q = Point(1, 2), Point3(1, 2)
print(p == q)
print(p < q)
print(p != q)
print(Point3.__hash__, Point.__hash__)
for call in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, lbl=3), lambda: Point(1, x=2),
             lambda: Point3(1, 2, 3, 4), lambda: Point.__init__(), lambda: p.__init__(1, 2, 3),
             lambda: Point(), lambda: Point3(y=1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print("{0.x}-{0.y} {1[k]} {0!r:>12}|".format(p, {"k": "v"}))
print(f"{p!s:>10}|{p!r:<10}|")
try:
    "{0.z}".format(p)
except AttributeError as e:
    print(type(e).__name__, e)


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("init with", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class PositiveInt(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError("negative!")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"PositiveInt({int(self)})"


n = PositiveInt(5)
print(n, repr(n), n + 1, type(n + 1).__name__, isinstance(n, int), n * n)
try:
    PositiveInt(-1)
except ValueError as e:
    print(e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s[::-1], type(s[::-1]).__name__, s + [4], type(s + [4]).__name__)
print(isinstance(s, list), Stack.__mro__, s == [1, 2, 3])


class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


dd = DefaultDict(list, a=[1])
dd["b"].append(2)
dd["a"].append(3)
print(dd, sorted(dd.items()), "c" in dd, dd.get("c"), len(dd))
print(dd.factory, type(dd).__name__)


class Temp:
    def __init__(self):
        self.reading = 5

    def show(self):
        return reading


try:
    Temp().show()
except NameError as e:
    print(type(e).__name__, e)


class Unpack:
    def __iter__(self):
        return iter([1, 2, 3])


try:
    x, y = Unpack()
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z, w = Unpack()
except ValueError as e:
    print(type(e).__name__, e)


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


data = list(range(10))
print(data[Idx(2):Idx(8):Idx(2)], data[Idx(-1)], "abcdef"[Idx(1):], (1, 2, 3)[Idx(0)])


class HashBad:
    def __hash__(self):
        return "x"


try:
    hash(HashBad())
except TypeError as e:
    print(type(e).__name__, e)


class EqWeird:
    def __eq__(self, other):
        return "yes"


print(EqWeird() == 1, EqWeird() in [1, 2], [EqWeird()] == [3])


class ContainsWeird:
    def __contains__(self, x):
        return [x]


print(5 in ContainsWeird(), 5 not in ContainsWeird())


class Base:
    def __init__(self):
        print("Base init", type(self).__name__, __class__.__name__)

    @classmethod
    def create(cls):
        print("create via", cls.__name__)
        return cls()


class Derived(Base):
    @classmethod
    def create(cls):
        print("Derived.create")
        return super().create()


d = Derived.create()
print(type(d).__name__)
print(callable(staticmethod(len)), callable(classmethod(len)), callable(property()))
class AppError(Exception):
    code = 500

    def __init__(self, message, *, code=None):
        self.message = message
        if code is not None:
            self.code = code


class NotFound(AppError):
    code = 404


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


e = AppError("boom")
print(repr(e), str(e), e.args, e.code, e.message)
n = NotFound("missing", code=410)
print(repr(n), n.args, n.code, NotFound.code, isinstance(n, AppError))
ns = NoSuper(1, 2)
print(repr(ns), str(ns), ns.args, ns.a)
try:
    raise NoSuper(3, 4)
except NoSuper as ex:
    print("caught", ex.a, ex.b, ex.args, ex)


class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"


print(repr(WithRepr(1)), str(WithRepr(1)), [WithRepr()])


class KeyErr(KeyError):
    pass


print(str(KeyErr("k")), repr(KeyErr("k")), str(KeyError("a", "b")), str(KeyErr()))


class MyErr(ValueError):
    def __init__(self, value):
        super().__init__(f"bad value {value}")
        self.value = value


try:
    try:
        int("x")
    except ValueError as err:
        raise MyErr("x") from err
except MyErr as err:
    print(err, err.value, type(err.__cause__).__name__, err.__cause__)
    print(err.__context__ is err.__cause__, err.__suppress_context__)

errors = [AppError("a"), NotFound("b"), MyErr(1), KeyErr("z"), NoSuper(1, 2)]
for ex in errors:
    try:
        raise ex
    except (NotFound, KeyError) as c:
        print("specific", type(c).__name__)
    except AppError as c:
        print("app", type(c).__name__)
    except Exception as c:
        print("general", type(c).__name__, c)

print(NotFound.__mro__)
print(issubclass(KeyErr, LookupError), KeyErr.__bases__, AppError.__base__)
print([cls.__name__ for cls in AppError.__subclasses__()])


class Retry(Exception):
    def __init__(self, attempts):
        super().__init__(attempts)
        self.attempts = attempts

    def __str__(self):
        return f"gave up after {self.attempts} attempts"


def flaky(n):
    for i in range(n):
        try:
            if i < 5:
                raise ConnectionError(f"attempt {i}")
        except ConnectionError as ce:
            last = ce
            continue
    raise Retry(n) from last


try:
    flaky(3)
except Retry as r:
    print(r, repr(r), r.args, r.__cause__)
e = Exception("a", 1)
e.extra = "x"
print(e.extra, vars(e), e.args)
e2 = AppError("m")
e2.add_note("note 1")
print(e2.__notes__, vars(e2))
print(BaseException.__subclasses__()[:3] if False else "ok")
try:
    raise AppError
except AppError as x:
    print("raised class without args")
except TypeError as x:
    print(type(x).__name__, x)
flaky(2)
