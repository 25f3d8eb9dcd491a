class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print("deleting")
        del self._x
    ro = property(lambda self: 42)
p = P()
p.x = 5
print(p.x, P.x.__doc__, type(P.x).__name__, P.x.fget.__name__)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError:", e)
class NoGet:
    w = property(None, lambda self, v: None)
try:
    NoGet().w
except AttributeError as e:
    print("AttributeError:", e)
class C:
    count = 0
    @classmethod
    def make(cls, *a):
        return cls, a
    @staticmethod
    def util(x):
        return x * 2
class D(C):
    pass
print(C.make(1), D.make(), D().make(2)[0].__name__, C.util(3), C().util(4))
print(type(C.__dict__["make"]).__name__, type(C.__dict__["util"]).__name__, C.__dict__["util"].__func__(5))
print(isinstance(C.make, type(C().util)), C.make.__self__ is C, D.make.__self__ is D)
class Base:
    def __init__(self, v):
        self.v = v
    def show(self):
        return f"Base({self.v})"
    @classmethod
    def create(cls, v):
        return cls(v)
class Mid(Base):
    def show(self):
        return "Mid+" + super().show()
    @classmethod
    def create(cls, v):
        obj = super().create(v * 10)
        return obj
class Leaf(Mid):
    def __init__(self, v):
        super().__init__(v + 1)
    def show(self):
        return "Leaf+" + super(Leaf, self).show()
l = Leaf.create(1)
print(type(l).__name__, l.v, l.show())
s = super(Mid, l)
print(s.show(), type(s).__name__)
print(repr(super(Leaf, l))[:40])
try:
    super(int, l)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, l)
except TypeError as e:
    print("TypeError:", e)
class WithClassRef:
    def who(self):
        return __class__.__name__
print(WithClassRef().who())
def f():
    super()
try:
    f()
except RuntimeError as e:
    print("RuntimeError:", e)
class Q:
    def m():
        return super()
try:
    Q.m()
except RuntimeError as e:
    print("RuntimeError:", e)
class Init:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class Sub(Init, tag="t1"):
    pass
print(Sub.tag)
try:
    class Bad(object, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return f"<{self.name} of {type(obj).__name__}>"
class Host:
    attr = Named()
print(Host().attr, Host.attr.name)
class Desc:
    def __get__(self, obj, owner):
        return "desc-get"
    def __set__(self, obj, value):
        print("desc-set", value)
class H2:
    d = Desc()
h = H2()
h.d = 5
h.__dict__["d"] = "inst"
print(h.d)
class Eq:
    def __eq__(self, other):
        return True
try:
    hash(Eq())
except TypeError as e:
    print("TypeError:", e)
print(Eq.__hash__)
class EqHash(Eq):
    __hash__ = object.__hash__
print(type(hash(EqHash())).__name__)
print(Leaf.__base__.__name__, Base.__base__, object.__base__, Leaf.__doc__, Named.__module__)
class Doc:
    "docstring"
print(Doc.__doc__, Doc().__doc__)
T = type("T", (Base,), {"x": 1, "show": lambda self: "T!"})
print(T.__name__, T.__qualname__, T.__module__, T(3).show(), T(3).v, T.x, T.__bases__)
print(type(T), type(type), type(3)(4))
class Slots:
    __slots__ = ("a",)
try:
    Slots().b = 1
except AttributeError as e:
    print("AttributeError:", e)
x = Slots()
x.a = 3
print(x.a)
class Meta(type):
    pass
print(type.__name__, Meta.__name__, Meta.__mro__[1].__name__)
print(object().__class__.__name__, object.__name__)
class Ctor:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, a):
        print("init", a)
Ctor(1)
class Other:
    def __new__(cls):
        return 42
print(Other())
try:
    object.__new__(Ctor, 1)
    print("ok new with args")
except TypeError as e:
    print("TypeError:", e)
class Empty: pass
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
try:
    class B2(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Empty, Empty): pass
except TypeError as e:
    print("TypeError:", e)
print(C.__dict__["count"], "make" in C.__dict__, len(vars(Empty)) > 0, sorted(vars(Empty)))
