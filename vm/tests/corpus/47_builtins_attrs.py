# getattr/setattr/hasattr/delattr, callable, vars, dir, id comparisons, hash of ints.
class Config:
    debug = False
    def __init__(self):
        self.host = "localhost"
        self.port = 8080
    def url(self):
        return f"http://{self.host}:{self.port}"
c = Config()
print(getattr(c, "host"), getattr(c, "debug"), getattr(c, "missing", "dflt"), getattr(c, "url")())
setattr(c, "port", 9000)
setattr(c, "new_attr", [1, 2])
print(c.port, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "nope"), hasattr(Config, "url"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"), vars(c))
try:
    delattr(c, "new_attr")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
for name in ["host", "port", "debug"]:
    print(name, "=", getattr(c, name))
print(callable(len), callable(Config), callable(c), callable(c.url), callable(5), callable(lambda: 0), callable("s"))
print(vars(c), vars(Config)["debug"], "url" in vars(Config), type(vars(Config)).__name__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Simple:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
s = Simple()
print([n for n in dir(s) if not n.startswith("__")])
print([n for n in dir(Simple) if not n.startswith("__")])
print(dir(s) == sorted(dir(s)), "__init__" in dir(s), "__class__" in dir(s))
class Tiny:
    pass
print(dir(Tiny()))
print(sorted(n for n in dir(1) if not n.startswith("_"))[:8])
a = [1, 2]
b = a
c2 = [1, 2]
print(id(a) == id(b), id(a) == id(c2), a is b, a is c2, a == c2)
x = None
print(id(x) == id(None), id(True) == id(1 == 1))
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(12345), hash(-100), hash(2 ** 20))
print(hash(True), hash(False), hash(1.0), hash(2.0), hash(-3.0), hash((1, 2)) == hash((1, 2)))
print(hash(()) == hash(tuple()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(10 ** 20) == hash(float(10 ** 20)))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
obj = type("Obj", (), {})()
obj.__dict__["direct"] = "via dict"
print(obj.direct, vars(obj))
print(getattr([], "append").__name__, getattr("abc", "upper")(), getattr(int, "from_bytes")(b"\x02", "big"))
