class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, type(Config).__name__, isinstance(Config, Singleton), type(a).__name__)
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def describe(cls):
        return f"<{cls.__name__} via {type(cls).__name__}>"
class Base(metaclass=Registry):
    x = 1
class Child(Base, tag="t"):
    @classmethod
    def __init_subclass__(cls, **kw):
        pass
    def m(self): pass
print(Registry.classes, Child.describe(), type(Child) is Registry, Child.x)
class Meta2(type):
    def __repr__(cls):
        return f"<Meta2 class {cls.__name__}>"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class W(metaclass=Meta2):
    pass
print(W.upper_name, type(W).__mro__)
D = Registry("D", (), {"y": 2})
print(D.y, type(D).__name__)
def func_meta(name, bases, ns):
    print("func_meta", name)
    return 42
class F(metaclass=func_meta):
    pass
print(F)
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"injected": True}
class O(metaclass=Ordered):
    pass
print(O.injected)
try:
    class X(Base, W): pass
except TypeError as e:
    print("TypeError:", e)
print(repr(W), str(W), [W], repr(Base))
