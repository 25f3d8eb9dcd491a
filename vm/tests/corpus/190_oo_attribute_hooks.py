class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._log.append(("set", name))
        self._fields[name] = value

    def __delattr__(self, name):
        self._log.append(("del", name))
        del self._fields[name]

    def __dir__(self):
        return list(self._fields) + ["extra"]


r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
print(r.c, r._fields)
del r.a
try:
    r.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    r._hidden = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.zzz
except KeyError as e:
    print(type(e).__name__, e)
print(r._log)
print(dir(r))
print(getattr(r, "b"), getattr(r, "nope", "default"), hasattr(r, "c"), hasattr(r, "q"))
setattr(r, "d", 4)
print(r.d)
delattr(r, "d")
print(hasattr(r, "d"))


class Traced:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  getattribute", name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        print("  getattr fallback", name)
        return name.upper()

    def method(self):
        return self.x + 1


t = Traced()
print(t.x)
print(t.method())
print(t.missing)
print(getattr(t, "other"))


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __repr__(self):
        return f"Proxy({self._target!r})"


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p, p.count(1), p.index(3))
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)


class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def __repr__(self):
        return f"Frozen(x={self.x}, y={self.y})"

    def __eq__(self, other):
        return isinstance(other, Frozen) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((Frozen, self.x, self.y))


f = Frozen(1, 2)
for action in (lambda: setattr(f, "x", 3), lambda: delattr(f, "y")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(f, {f: "ok"}[Frozen(1, 2)])


class Plain:
    cls_attr = "shared"

    def __init__(self):
        self.inst = 1
        self._private = 2

    def meth(self):
        return 0


pl = Plain()
print([n for n in dir(pl) if not n.startswith("__")])
print([n for n in dir(Plain) if not n.startswith("__")])
print(vars(pl), sorted(vars(Plain).keys()))
print(pl.__dict__ is vars(pl), type(Plain.__dict__).__name__)
pl.__dict__["dyn"] = 7
print(pl.dyn, pl.__class__, pl.__class__.__name__)
try:
    Plain.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pl.nosuch
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Plain.nosuch
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(pl, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del pl.inst
    del pl.inst
except AttributeError as e:
    print(type(e).__name__, e)
try:
    pl.meth.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)


def func():
    pass


func.attr = 42
print(func.attr, func.__dict__, func.__name__, func.__qualname__)
pl.cls_attr = "mine"
print(pl.cls_attr, Plain.cls_attr)
Plain.cls_attr = "changed"
print(Plain().cls_attr, pl.cls_attr)
Plain.new_method = lambda self: "added later"
print(pl.new_method())
print(pl.inst2)
