def init(self, x):
    self.x = x


Point = type("Point", (), {"__init__": init, "__repr__": lambda self: f"Point({self.x})", "dims": 1})
p = Point(4)
print(p, Point.__name__, Point.__qualname__, Point.dims, Point.__bases__, type(Point))
print(Point.__module__, sorted(k for k in Point.__dict__ if not k.startswith("__")))
Sub = type("Sub", (Point,), {})
print(Sub(1), Sub.__mro__, isinstance(Sub(1), Point))
print(type(5), type("s"), type(None), type(type), type(Point(1)) is Point)
try:
    type("X", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)

Empty = type("Empty", (object,), {"__doc__": "An empty class", "__slots__": ()})
print(Empty.__doc__)
try:
    Empty().a = 1
except AttributeError as e:
    print(type(e).__name__, e)

print(isinstance(3, (str, (float, int))), isinstance("a", ()), isinstance(True, int))
print(issubclass(bool, (int,)), issubclass(int, object), issubclass(type, object), isinstance(type, type))
print(isinstance(object, type), isinstance(int, object))
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(3, (int, "s"))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(3, (int, "s")) if False else "skip")


class Registry:
    plugins = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Registry.plugins[name or cls.__name__.lower()] = cls


class CsvPlugin(Registry, name="csv"):
    pass


class JsonPlugin(Registry):
    pass


print(Registry.plugins)
try:
    class Bad(Registry, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Animal:
    sound = "..."
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __str__(self):
        return self.speak()


class Dog(Animal):
    sound = "woof"


class Cat(Animal):
    sound = "meow"

    def speak(self):
        return super().speak() + "!"


zoo = [Dog("rex"), Cat("tom"), Animal("thing")]
for a in zoo:
    print(a)
print(Animal.count, Dog.count, zoo[0].count)
Dog.sound = "WOOF"
print(zoo[0].speak())
zoo[0].sound = "yip"
print(zoo[0].speak(), Dog.sound)
del Dog.sound
print(zoo[0].speak(), Dog("x").speak())
print(Dog.speak.__qualname__, Dog.speak is Animal.speak)
print(zoo[0].speak.__func__ is Animal.speak, zoo[0].speak.__self__ is zoo[0])
print(type(zoo[0].speak).__name__, type(Animal.speak).__name__)
print(Animal.speak(zoo[1]))
try:
    Animal.speak()
except TypeError as e:
    print(type(e).__name__, e)

print(Animal.__init__.__code__.co_varnames, Animal.__init__.__code__.co_argcount)
print(Animal.__dict__["count"], "speak" in Animal.__dict__, "speak" in Dog.__dict__)
print(object.__name__, int.__qualname__, list.__module__, Animal.__module__)
print(int.__mro__, bool.__mro__, object.__bases__, bool.__base__)
print(type.__name__, type(int).__name__, type(Animal.__dict__).__name__)
print(Animal.__doc__, Dog.__doc__)
print(sorted(set(dir(Dog)) - set(dir(object))))
print(sorted(set(dir(zoo[0])) - set(dir(object))))
print(sorted(set(dir(Cat)) - set(dir(Animal))))
print(dir(object()) == sorted(dir(object())), "__class__" in dir(object))
print([a for a in dir(int) if not a.startswith("_")][:6])
print(getattr(Dog, "__name__"), getattr(zoo[0], "__class__").__name__)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Dog.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del str.upper
except TypeError as e:
    print(type(e).__name__, e)
Dog.sound = "woof"
print(Dog("z").speak(), vars(Dog)["sound"])
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


Dyn = type("Dyn", (), {"f": Field(), "g": Field(), "__init__": lambda self, v: setattr(self, "f", v)})
d = Dyn(3)
print(d.f, d.g, Dyn.__qualname__, Dyn.__module__)


class Base:
    @classmethod
    def __init_subclass__(cls, prefix="", **kw):
        print("init_subclass", cls.__name__, repr(prefix))
        cls.prefix = prefix


Derived = type("Derived", (Base,), {}, prefix="dyn")
print(Derived.prefix)


class Late:
    pass


Late.f = Field()
Late.f.__set_name__(Late, "f")
obj = Late()
obj.f = 9
print(obj.f, vars(obj))
Late.h = Field()
Late.h.__set_name__(Late, "h")
print(obj.h)


def describe(self):
    return f"{type(self).__name__} at level {self.level}"


def make_class(name, level):
    return type(name, (object,), {"level": level, "describe": describe})


classes = [make_class(f"L{i}", i) for i in range(3)]
print([c().describe() for c in classes], [c.__name__ for c in classes])


def singleton(cls):
    instances = {}

    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    get.__name__ = cls.__name__
    return get


@singleton
class Conf:
    def __init__(self, v):
        self.v = v


print(Conf(1).v, Conf(2).v, Conf(1) is Conf(3), Conf.__name__, type(Conf).__name__)


def auto_repr(cls):
    fields = [k for k in cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]]

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({args})"

    def __eq__(self, other):
        return type(other) is type(self) and all(getattr(self, f) == getattr(other, f) for f in fields)

    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls


@auto_repr
class User:
    def __init__(self, name, email, age=0):
        self.name = name
        self.email = email
        self.age = age


u = User("ann", "a@x", 3)
print(u, u == User("ann", "a@x", 3), u == User("bob", "b", 1), User.__hash__)
try:
    hash(u)
except TypeError as e:
    print(type(e).__name__, e)


class Plugin:
    def run(self):
        return "base"


def run_override(self):
    return "patched " + Plugin.run(self)


class P2(Plugin):
    pass


P2.run = run_override
print(P2().run(), Plugin().run())
P2.run = lambda self: super(P2, self).run() + "!"
print(P2().run())


def bad_super(self):
    return super().run()


P2.bad = bad_super
try:
    P2().bad()
except RuntimeError as e:
    print(type(e).__name__, e)
print(getattr(P2, "missing", None), getattr(P2(), "run").__name__)
