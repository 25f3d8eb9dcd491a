import math


class Vector:
    """A 2D vector."""
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec.endswith("p"):
            r = abs(self)
            th = math.atan2(self.y, self.x)
            inner = spec[:-1]
            return f"<{format(r, inner)}, {format(th, inner)}>"
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x


v = Vector(3, 4)
w = Vector(1, -2)
print(v, w, repr(v))
print(v + w, v - w, v * 2, 3 * v, v * w, v @ w)
print(-v, +v, abs(v), bool(v), bool(Vector()))
print(v / 2)
print(f"{v:.2f}|{w:5}|{v:.3p}|{v}")
print(format(v, "+d"))
print(sum([v, w, Vector(10, 10)]))
print(v == Vector(3, 4), v != w, v == (3, 4))
print(hash(v) == hash(Vector(3, 4)))
print(len({v, Vector(3, 4), w}))
x, y = v
print(x, y, list(v), tuple(w))
try:
    v.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(v.__dict__)
except AttributeError as e:
    print(type(e).__name__, e)
print(Vector.__slots__, Vector.__doc__, Vector.__name__, Vector.__qualname__, Vector.__module__)
print(type(Vector.x).__name__)
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 - v
except TypeError as e:
    print(type(e).__name__, e)
try:
    v * "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    v < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    v ** 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    v += 1
except TypeError as e:
    print(type(e).__name__, e)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @staticmethod
    def zeros(n, m):
        return Matrix([[0] * m for _ in range(n)])

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self.rows[i][j]
        return self.rows[idx]

    def __setitem__(self, idx, val):
        i, j = idx
        self.rows[i][j] = val

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        out = Matrix.zeros(self.n, other.m)
        for i in range(self.n):
            for j in range(other.m):
                out[i, j] = sum(self[i, k] * other[k, j] for k in range(self.m))
        return out

    def __imatmul__(self, other):
        res = self @ other
        self.rows = res.rows
        self.m = res.m
        return self

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(width) for x in r) for r in self.rows)

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def __len__(self):
        return self.n

    def __contains__(self, item):
        return any(item in r for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6, 7], [8, 9, 10]])
print(a @ b)
print(repr(a.transpose()))
print(a @ Matrix.identity(2) == a, len(a), 4 in a, 11 in a)
c = a
c @= a
print(c is a, a)
print(a[1], a[0, 1], a[-1][-1])
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b @ b
except ValueError as e:
    print(type(e).__name__, e)
try:
    {a: 1}
except TypeError as e:
    print(type(e).__name__, e)
print(Matrix.__hash__, type(Matrix.identity), type(Matrix.__dict__["identity"]).__name__)
print(type(Matrix.__dict__["zeros"]).__name__, Matrix.zeros(1, 2))
print(sorted(k for k in Matrix.__dict__ if not k.startswith("__")))
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]

    def __getitem__(self, key):
        print("getitem", key)
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice):
                return [row[c] for row in self.cells[r]]
            return self.cells[r][c]
        if key is Ellipsis:
            return "all"
        return self.cells[key]

    def __setitem__(self, key, value):
        print("setitem", key, value)
        r, c = key
        if isinstance(c, slice):
            self.cells[r][c] = value
        else:
            self.cells[r][c] = value

    def __delitem__(self, key):
        print("delitem", key)


g = Grid(3, 2)
g[0, 1] = 5
g[1, 0:2] = [7, 8]
print(g[0, 1], g[1], g[:, 0], g[...], g[0:1, ::2])
del g[1:2]
del g[1, ::-1]


class Money:
    def __init__(self, c):
        self.c = c

    def __repr__(self):
        return f"M{self.c}"

    def __radd__(self, other):
        return Money(other + self.c) if isinstance(other, int) else NotImplemented

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.c + other.c)
        if isinstance(other, int):
            return Money(self.c + other)
        return NotImplemented

    def __bool__(self):
        return self.c != 0

    def __pow__(self, e, mod=None):
        return Money(pow(self.c, e, mod))

    def __ipow__(self, e):
        self.c **= e
        return self

    def __complex__(self):
        return complex(self.c, 0)

    def __bytes__(self):
        return str(self.c).encode()

    def __invert__(self):
        return Money(-self.c)

    def __round__(self, nd=None):
        return Money(round(self.c, nd if nd is not None else -1))

    def __floor__(self):
        return "floor"

    def __lshift__(self, n):
        return Money(self.c << n)


ms = [Money(3), Money(0), Money(5)]
print(sum(ms), sum(ms, 10), any(ms), all(ms), list(filter(None, ms)), [bool(m) for m in ms])
print(pow(Money(3), 2), pow(Money(3), 2, 5), Money(2) ** 3, complex(Money(4)), bytes(Money(12)), ~Money(1))
print(round(Money(17)), round(Money(17), -1), Money(1) << 3)
m = Money(2)
m **= 5
print(m)
print(max(ms, key=lambda m: m.c), min(ms, key=lambda m: -m.c), sorted(ms, key=lambda m: m.c))
print(min([], default="empty"), max([Money(1)], key=lambda m: m.c))


class KV:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k.upper()


print(dict(KV()), {**KV()})
d = {}
d.update(KV())
print(d)


def f(**kw):
    return kw


print(f(**KV()))


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __eq__(self, other):
        return isinstance(other, Bag) and sorted(self.items) == sorted(other.items)

    __hash__ = None


b = Bag(3, 1, 2)
print(2 in b, 9 in b, list(zip(b, "abc")), list(enumerate(b, 1)), sorted(b), set(b), tuple(b))
print(Bag(1, 2) == Bag(2, 1), [Bag(1)].index(Bag(1)), Bag(1) in [Bag(2), Bag(1)])
lst = [Bag(1), Bag(2)]
lst.remove(Bag(2))
print(len(lst), "x".join(map(str, b)), [*b, *b], {*b})
a, *rest = b
print(a, rest)
try:
    {Bag(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Bag.__hash__, type(None)))


class Accum:
    def __init__(self):
        self.total = 0

    def __call__(self, x):
        self.total += x
        return self.total


acc = Accum()
print(list(map(acc, [1, 2, 3])), acc.total)
print(sorted(["bb", "a", "ccc"], key=len), sorted([Money(2), Money(1)], key=lambda m: m.c, reverse=True))


class Range3:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i


print(list(Range3()), list(reversed(Range3())), len(Range3()), 2 in Range3())
