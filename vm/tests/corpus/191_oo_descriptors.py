class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        print(f"__set_name__ {owner.__name__}.{name}")
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)

    def __repr__(self):
        return f"<Typed {self.name}: {self.kind.__name__}>"


class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")


class Item:
    name = Typed(str, "?")
    price = Positive(float)
    qty = Positive(int)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"


print("class built")
it = Item("apple", 0.5, 10)
print(it, Item.name, Item.qty)
print(sorted(vars(it).items()))
for bad in (lambda: setattr(it, "qty", "many"), lambda: setattr(it, "qty", -1), lambda: Item(3, 1.0, 1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del it.name
print(it.name)


class Lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.attr)
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        """Area of the circle."""
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, Circle.area.__doc__)


class Counter:
    count = 0

    def __init__(self):
        type(self).count += 1

    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count}"

    @staticmethod
    def helper(x, y=2):
        return x * y

    @property
    def double(self):
        """twice the count"""
        return self.count * 2


class SubCounter(Counter):
    pass


Counter(); Counter(); SubCounter()
print(Counter.how_many(), SubCounter.how_many(), Counter().how_many())
print(Counter.helper(3), Counter().helper(4, y=5), SubCounter.helper(x=1))
print(Counter().double, Counter.double.__doc__)
try:
    Counter().double = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Counter().double
except AttributeError as e:
    print(type(e).__name__, e)
cm = Counter.__dict__["how_many"]
print(type(cm).__name__, cm.__func__.__name__, cm.__get__(None, SubCounter)())
sm = Counter.__dict__["helper"]
print(type(sm).__name__, sm(2), sm.__func__(3))
bound = Counter().how_many
print(bound.__self__ is Counter, bound.__name__)
m = Counter().__init__
print(type(m).__name__, m.__func__ is Counter.__init__)


class Const:
    def __get__(self, obj, owner):
        return 42


class NonData:
    x = Const()


nd = NonData()
print(nd.x, NonData.x)
nd.__dict__["x"] = "shadow"
print(nd.x)


class DataDesc:
    def __get__(self, obj, owner):
        return "from descriptor"

    def __set__(self, obj, value):
        print("set ignored", value)


class HasData:
    x = DataDesc()


hd = HasData()
hd.__dict__["x"] = "instance"
print(hd.x)
hd.x = 9
print(hd.x, hd.__dict__)


class Temperature:
    def __init__(self):
        self._c = 0

    def get_f(self):
        return self._c * 9 / 5 + 32

    def set_f(self, value):
        self._c = (value - 32) * 5 / 9

    fahrenheit = property(get_f, set_f, doc="temp in F")
    celsius = property(lambda self: self._c)


t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__)
try:
    t.celsius = 5
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
try:
    p.__get__(t, Temperature)
except AttributeError as e:
    print(type(e).__name__, e)


class Ro:
    @property
    def value(self):
        return 1


try:
    Ro().value = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Ro().value
except AttributeError as e:
    print(type(e).__name__, e)
class Empty:
    pass


for call in (lambda: Empty(1), lambda: Empty(a=1), lambda: object.__new__(Empty, 1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


class OnlyNew:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj


print(OnlyNew(5).x)
try:
    OnlyNew()
except TypeError as e:
    print(type(e).__name__, e)


class OnlyInit:
    def __init__(self, x):
        self.x = x


try:
    OnlyInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class NewReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(NewReturnsOther())


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.registered = True
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def describe(cls):
        return f"class {cls.__name__}"


class Model(metaclass=Meta, table="models"):
    field = 1

    def __init__(self, v):
        self.v = v


m = Model(3)
print(m.v, Model.registered, Model.describe(), type(Model).__name__, isinstance(Model, Meta))
try:
    m.describe()
except AttributeError as e:
    print(type(e).__name__, e)


class Sub(Model):
    pass


print(Sub(1).v, type(Sub).__name__)


class Multi:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append("-" + name)
        super().__delattr__(name)


mm = Multi()
mm.a = 1
mm.b = 2
del mm.a
print(mm.log, vars(mm))
try:
    del mm.zz
except AttributeError as e:
    print(type(e).__name__, e)


class Wrapper:
    def __init__(self, obj):
        self._obj = obj

    def __getattr__(self, name):
        attr = getattr(self._obj, name)
        if callable(attr):
            def wrapped(*a, **k):
                print("calling", name, a)
                return attr(*a, **k)
            return wrapped
        return attr


w = Wrapper("hello world")
print(w.upper(), w.split(" ", 1), w.__class__.__name__)
try:
    len(w)
except TypeError as e:
    print(type(e).__name__, e)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == getattr(other, "v", other)

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Cmp({self.v})"


print(Cmp(1) == 1, 1 == Cmp(1), Cmp(1) in [1, 2], [1, 2].index(Cmp(2)), {Cmp(1): "a"}.get(1), {1: "b"}.get(Cmp(1)))
print(Cmp(3) != 3, 3 != Cmp(4), [Cmp(1), Cmp(2)].count(2), (Cmp(5), 1) == (5, 1))
s = {Cmp(1), 1, Cmp(2)}
print(len(s))


class Parent:
    def hello(self):
        return "parent hello"


class KidA(Parent):
    def hello(self):
        return "A " + super().hello()


class KidB(Parent):
    def hello(self):
        return "B " + super().hello()


class Grand(KidA, KidB):
    def hello(self):
        return "G " + super().hello()


print(Grand().hello(), [c.__name__ for c in Grand.__mro__])
print(super(KidA, Grand()).hello(), super(Grand, Grand).hello(Grand()))
print(Grand.mro() == list(Grand.__mro__), Grand.__base__.__name__)


class Frozen:
    __slots__ = ()

    def __setattr__(self, k, v):
        raise TypeError("immutable")


try:
    Frozen().x = 1
except TypeError as e:
    print(type(e).__name__, e)


class Desc:
    def __get__(self, obj, objtype=None):
        return (type(obj).__name__, objtype.__name__)


class HasDesc:
    d = Desc()


print(HasDesc.d, HasDesc().d)


class Chain:
    def __init__(self):
        self.ops = []

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self.ops.append(name)
        return self

    def __call__(self, *args):
        self.ops.append(args)
        return self


ch = Chain()
ch.select("a").where.limit(3)
print(ch.ops)
print(hasattr(ch, "_private"), getattr(ch, "_x", "dflt"))
