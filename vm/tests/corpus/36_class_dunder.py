# Special methods: repr/str/eq/hash/len/getitem/iter/next/contains/bool/call/ops.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"Vec({', '.join(map(repr, self.xs))})"
    def __str__(self):
        return "<" + " ".join(str(x) for x in self.xs) + ">"
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __hash__(self):
        return hash(tuple(self.xs))
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(x * x for x in self.xs) ** 0.5
    def __bool__(self):
        return any(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __lt__(self, other):
        return abs(self) < abs(other)
v = Vec(3, 4)
w = Vec(1, 2)
print(v, repr(v), str(w), [v, w], f"{v} {v!r}")
print(v == Vec(3, 4), v != w, v == 5, hash(v) == hash(Vec(3, 4)), len({v, Vec(3, 4), w}))
print(len(v), v[0], v[-1], v[0:1], 3 in v, 7 in v, bool(v), bool(Vec(0, 0)))
print(v + w, v * 2, 3 * w, -v, abs(v), sorted([v, w, Vec(0, 1)]))
v[1] = 40
print(v, max(v), list(v), [x for x in w])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), [x * 2 for x in Countdown(3)])
cd = Countdown(2)
print(next(cd), next(cd), next(cd, "done"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print(list(r), list(r), 2 in r, tuple(zip(r, "abcd")))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), iter(Seq()).__next__())
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        return format(str(self), spec)
    def __iadd__(self, other):
        self.cents += other.cents
        return self
m = Money(150)
m += Money(275)
print(m, m == Money(425), m == 425, Money(1) < Money(2), Money(3) >= Money(2), f"[{m:>10}]")
print(sorted([Money(5), Money(1), Money(3)]), min(Money(9), Money(4)))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __init__(self, v):
        self.v = v
    def __getattr__(self, name):
        return f"<missing {name}>"
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
b = Box(21)
print(b.v, b.anything, getattr(b, "other"))
try:
    Vec(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    len(Countdown(3))
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) + Money(2)
except TypeError as e:
    print("TypeError:", e)
