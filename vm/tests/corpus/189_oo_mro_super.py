class Base:
    def __init__(self, **kwargs):
        print("Base.__init__", sorted(kwargs))
        self.base = True

    def greet(self):
        return "Base"

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)


class Left(Base, tag="L"):
    def __init__(self, left=0, **kwargs):
        print("Left.__init__", left)
        self.left = left
        super().__init__(**kwargs)

    def greet(self):
        return "Left>" + super().greet()


class Right(Base, tag="R"):
    def __init__(self, right=0, **kwargs):
        print("Right.__init__", right)
        self.right = right
        super().__init__(**kwargs)

    def greet(self):
        return "Right>" + super().greet()


class Diamond(Left, Right):
    def __init__(self, **kwargs):
        print("Diamond.__init__")
        super().__init__(**kwargs)

    def greet(self):
        return "Diamond>" + super().greet()


d = Diamond(left=1, right=2, extra=3)
print(d.greet())
print(Diamond.__mro__)
print([c.__name__ for c in Diamond.mro()])
print(Diamond.tag, Left.tag, Right.tag, Base.__dict__.get("tag"))
print(sorted(vars(d).items()))
print(super(Left, d).greet())
print(super(Diamond, d).greet.__qualname__)
print(Diamond.__bases__, Diamond.__base__, Base.__base__)
print(Left.__subclasses__(), Base.__subclasses__())


class A:
    def who(self):
        return "A"


class B(A):
    pass


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


print(D().who(), [k.__name__ for k in D.__mro__])

try:
    class E(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class F(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class G(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class H(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Shape:
    sides = 0

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def describe(self):
        return f"{self.__class__.__name__} with {self.sides} sides and area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    def __repr__(self):
        return f"Square({self.w})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

    def __repr__(self):
        return "Circle(%r)" % self.r


class Blob(Shape):
    pass


shapes = [Rect(2, 5), Square(3), Circle(1), Circle(2.5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.sides))
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(isinstance(Square(1), Rect), type(Square(1)) is Rect, type(Square(1)).__mro__[1])
print(Square.area is Rect.area, Square.__init__ is Rect.__init__)
print(Square.area.__qualname__, Square.__init__.__qualname__, Square.__repr__.__name__)
print(Shape.__lt__(Square(2), Rect(1, 5)))


class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"


class WithMeta(metaclass=Meta):
    pass


print(WithMeta, type(WithMeta), type(WithMeta).__mro__)


class Outer:
    class Inner:
        def method(self):
            pass

    def make(self):
        class Local:
            pass
        return Local


print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().make().__qualname__)
print(Outer.Inner.__name__, str(Outer.Inner().method).split(" of ")[0])
print(repr(Outer().make()).split(" at ")[0])


class Super2(Left):
    def greet(self):
        return super(Left, self).greet()


print(Super2(left=5).greet())
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)


class NoArgSuper:
    def f():
        return super().f()


try:
    NoArgSuper.f()
except RuntimeError as e:
    print(type(e).__name__, e)
print(super(B, D()).who.__func__.__qualname__)
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


print(list(Fib(50)), sum(Fib(10)), max(Fib(20)))
f = Fib(3)
for x in f:
    if x == 1:
        break
print(next(f), list(f), next(f, "end"))
try:
    next(f)
except StopIteration as e:
    print("StopIteration", e.args, e.value)


class Dice:
    def __init__(self, rolls):
        self.rolls = iter(rolls)

    def __call__(self):
        return next(self.rolls)


print(list(iter(Dice([3, 4, 6, 1, 2]), 6)))


class Paginator:
    def __init__(self, items, size):
        self.items = items
        self.size = size

    def __iter__(self):
        for i in range(0, len(self.items), self.size):
            yield Page(self.items[i:i + self.size], i // self.size + 1)

    def __len__(self):
        return -(-len(self.items) // self.size)


class Page:
    def __init__(self, items, number):
        self.items = items
        self.number = number

    def __repr__(self):
        return f"<Page {self.number}: {self.items}>"

    def __bool__(self):
        return bool(self.items)


p = Paginator(list(range(7)), 3)
print(len(p), list(p), [pg.number for pg in p if pg])
gen = iter(p)
print(type(gen).__name__, next(gen), gen.__next__())


class Echo:
    def __init__(self):
        self.log = []

    def coroutine(self):
        total = 0
        while True:
            x = yield total
            if x is None:
                return total
            self.log.append(x)
            total += x


e = Echo()
co = e.coroutine()
print(next(co), co.send(5), co.send(10))
try:
    co.send(None)
except StopIteration as si:
    print("returned", si.value, e.log)


class Lines:
    def __init__(self, text):
        self.text = text

    def __iter__(self):
        yield from self.text.splitlines()

    def __reversed__(self):
        yield from reversed(self.text.splitlines())

    def __contains__(self, word):
        return any(word in line for line in self)


ln = Lines("alpha beta\ngamma\ndelta epsilon")
print(list(ln), list(reversed(ln)), "gam" in ln, "zeta" in ln, dict(enumerate(ln)))
print(sorted(ln, key=len), [w for line in ln for w in line.split()])


class Tokens:
    def __init__(self, s):
        self.parts = s.split()
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        try:
            tok = self.parts[self.i]
        except IndexError:
            raise StopIteration from None
        self.i += 1
        return tok

    def peek(self):
        return self.parts[self.i] if self.i < len(self.parts) else None


t = Tokens("let x = 5")
print(next(t), t.peek(), list(t), t.peek())
a, b, *c = Tokens("a b c d")
print(a, b, c)
print(list(zip(Tokens("1 2 3"), Tokens("x y"))))
print(list(map(str.upper, Tokens("q r"))), "-".join(Tokens("j o i n")))
