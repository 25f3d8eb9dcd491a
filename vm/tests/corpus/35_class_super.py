# super() in single and cooperative multiple inheritance.
class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x
    def describe(self):
        return f"Base(x={self.x})"
class Child(Base):
    def __init__(self, x, y):
        print("Child.__init__", x, y)
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Child+" + super().describe()
c = Child(1, 2)
print(c.describe(), c.x, c.y)
class Root:
    def hello(self, trail):
        trail.append("Root")
        return trail
class Left(Root):
    def hello(self, trail):
        trail.append("Left")
        return super().hello(trail)
class Right(Root):
    def hello(self, trail):
        trail.append("Right")
        return super().hello(trail)
class Bottom(Left, Right):
    def hello(self, trail):
        trail.append("Bottom")
        return super().hello(trail)
print(Bottom().hello([]))
print(Left().hello([]))
print(super(Left, Bottom()).hello([]))
class KwBase:
    def __init__(self, **kwargs):
        print("KwBase leftover", kwargs)
class A(KwBase):
    def __init__(self, a=None, **kwargs):
        print("A gets", a)
        super().__init__(**kwargs)
class B(KwBase):
    def __init__(self, b=None, **kwargs):
        print("B gets", b)
        super().__init__(**kwargs)
class AB(A, B):
    def __init__(self, **kwargs):
        print("AB start")
        super().__init__(**kwargs)
AB(a=1, b=2, c=3)
class Counter:
    def __init__(self):
        self.n = 0
    def add(self, k):
        self.n += k
        return self
class LoggingCounter(Counter):
    def add(self, k):
        print(f"adding {k}")
        return super().add(k)
lc = LoggingCounter()
print(lc.add(2).add(3).n)
class Meta:
    @classmethod
    def make(cls):
        return f"made {cls.__name__}"
class SubMeta(Meta):
    @classmethod
    def make(cls):
        return "sub: " + super().make()
print(SubMeta.make(), Meta.make())
class Str(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"
s = Str("quiet")
print(s, s.shout(), type(s).__name__, isinstance(s, str), len(s))
class MyList(list):
    def append(self, v):
        super().append(v * 2)
ml = MyList([1])
ml.append(5)
print(ml, type(ml).__name__, sum(ml))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Point3(Point):
    def __init__(self, x, y, z):
        super(Point3, self).__init__(x, y)
        self.z = z
    def __repr__(self):
        return super().__repr__()[:-1] + f", {self.z})"
print(Point3(1, 2, 3))
def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()
