class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return other < self

    def __ge__(self, other):
        return not self < other

    def __hash__(self):
        return hash(self.parts)


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs), sorted(set(vs)))
print(Version("1.0") <= Version("1.0"), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0.1"))
print(vs.count(Version("1.2.3")), vs.index(Version("1.2")), Version("1.2") in vs)
print({Version("1.0"): "a"}.get(Version("1.0")))
print(Version("1") == "1", Version("1") != "1")
try:
    Version("1") < "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(Version("1"), 3)
except TypeError as e:
    print(type(e).__name__, e)


class Product:
    __slots__ = ("sku", "name", "price", "stock")

    def __init__(self, sku, name, price, stock=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.stock = stock

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price:.2f}, stock={self.stock})"

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Warehouse:
    def __init__(self, name):
        self.name = name
        self._products = {}

    def __setitem__(self, sku, product):
        if not isinstance(product, Product):
            raise TypeError(f"expected Product, got {type(product).__name__}")
        self._products[sku] = product

    def __getitem__(self, sku):
        try:
            return self._products[sku]
        except KeyError:
            raise KeyError(f"no product {sku!r} in {self.name}") from None

    def __delitem__(self, sku):
        del self._products[sku]

    def __contains__(self, sku):
        return sku in self._products

    def __iter__(self):
        return iter(sorted(self._products.values(), key=lambda p: p.sku))

    def __len__(self):
        return len(self._products)

    def __missing__(self, key):
        return "never called"

    def value(self):
        return sum(p.price * p.stock for p in self)

    def restock(self, **amounts):
        for sku, n in amounts.items():
            self[sku].stock += n


w = Warehouse("main")
w["B2"] = Product("B2", "bolt", 0.1, 500)
w["A1"] = Product("A1", "anvil", 99.5, 2)
w["C3"] = Product("C3", "chain", 12.25)
print(list(w), len(w), "A1" in w, "Z9" in w)
print(f"{w.value():.2f}")
w.restock(C3=4, A1=1)
print(w["C3"], w["A1"].stock)
try:
    w["Z9"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    w["X"] = "not a product"
except TypeError as e:
    print(type(e).__name__, e)
try:
    w.restock(Q=1)
except KeyError as e:
    print(type(e).__name__, e.args[0])
del w["B2"]
print([p.name for p in w], sorted(p.price for p in w))
try:
    Product("a", "b", 1).color = "red"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Product("a", "b", 1).__dict__
except AttributeError as e:
    print(type(e).__name__, e)
p = Product("a", "b", 1)
del p.stock
try:
    p.stock
except AttributeError as e:
    print(type(e).__name__, e)
print(Product.__slots__, hasattr(p, "stock"), hasattr(p, "price"))
print(sorted(w, key=lambda p: -p.price))
cheapest = min(w, key=lambda p: p.price)
print(cheapest.name, {p: p.name for p in w}[Product("A1", "", 0)])
print(sorted([(p.stock, p.name) for p in w], reverse=True))


class Ordered:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        print(f"  lt {self.k} {other.k}")
        return self.k < other.k

    def __repr__(self):
        return f"O{self.k}"


print(sorted([Ordered(3), Ordered(1), Ordered(2)]))
print(max([Ordered(3), Ordered(5), Ordered(4)]))
print(Ordered(1) > Ordered(2))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print(type(e).__name__, e)
class Shape:
    __match_args__ = ("kind",)

    def __init__(self, kind):
        self.kind = kind


class Circle(Shape):
    __match_args__ = ("r",)

    def __init__(self, r):
        super().__init__("circle")
        self.r = r


class Rect(Shape):
    __match_args__ = ("w", "h")

    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h


def describe(s):
    match s:
        case Circle(0):
            return "dot"
        case Circle(r) if r > 10:
            return f"big circle {r}"
        case Circle(r=r):
            return f"circle {r}"
        case Rect(w, h) if w == h:
            return f"square {w}"
        case Rect(w, h=hh):
            return f"rect {w}x{hh}"
        case Shape(kind="blob"):
            return "blob"
        case int() | float():
            return "number"
        case {"kind": k}:
            return f"dict {k}"
        case [Circle(), *rest]:
            return f"list starting with circle, {len(rest)} more"
        case _:
            return "unknown"


for s in [Circle(0), Circle(11), Circle(2), Rect(3, 3), Rect(2, 5), Shape("blob"), 4, 2.5, {"kind": "x"}, [Circle(1), 2, 3], "s"]:
    print(describe(s))
try:
    match Rect(1, 2):
        case Rect(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        print("Base setter")
        self._v = x


class Child(Base):
    @Base.v.setter
    def v(self, x):
        print("Child setter")
        Base.v.fset(self, x * 2)


c = Child()
c.v = 5
print(c.v, type(Child.v).__name__, Child.v.fget is Base.v.fget)


class Slotted:
    __slots__ = ("a", "b")


class SlottedChild(Slotted):
    __slots__ = ("c",)


class Open(Slotted):
    pass


sc = SlottedChild()
sc.a = 1
sc.c = 3
print(sc.a, sc.c, hasattr(sc, "b"))
try:
    sc.d = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(sc)
except TypeError as e:
    print(type(e).__name__, e)
o = Open()
o.z = 26
o.a = 1
print(o.z, o.a)
print([n for n in dir(sc) if not n.startswith("__")])
print(type(Slotted.a).__name__, Slotted.a, SlottedChild.__slots__)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@add_repr
class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)


print(Config(a=1, b="two"), Config())


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch

    def __len__(self):
        return 1 + sum(len(c) for c in self.children)

    def __repr__(self):
        if not self.children:
            return f"Tree({self.value!r})"
        return f"Tree({self.value!r}, {', '.join(map(repr, self.children))})"

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)


t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(t, list(t), len(t), t.depth(), sum(t), 4 in t, 5 in t)
it = iter(t)
print(next(it), next(it), type(it).__name__)


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * 10


print(list(reversed(Seq(4))), Seq(3)[-1], list(Seq(2)), sorted(Seq(3), reverse=True))


class Reg:
    items = []

    def __class_getitem__(cls, key):
        return (cls.__name__, key)


print(Reg[int], Reg["a", "b"], Reg[...])


class Account:
    def __init__(self, owner):
        self.owner = owner

    def __repr__(self):
        return f"Account({self.owner!r})"

    def __enter__(self):
        print("open", self.owner)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.owner, et.__name__ if et else None, type(tb).__name__)
        return isinstance(ev, KeyError)


with Account("a") as acc:
    print("using", acc)
with Account("b"):
    {}["missing"]
try:
    with Account("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)


class Node:
    def __init__(self, v):
        self.v = v
        self.me = self
        self.items = [self]

    def __repr__(self):
        return f"Node({self.v}, items={self.items})"


try:
    repr(Node(1))
except RecursionError as e:
    print(type(e).__name__)
lst = [1]
lst.append(lst)
d = {"k": lst}
d["self"] = d
print(lst, d)


class Counter:
    def __init__(self):
        self.counts = {}

    def __getitem__(self, k):
        return self.counts.get(k, 0)

    def __setitem__(self, k, v):
        self.counts[k] = v

    def __iadd__(self, word):
        self[word] += 1
        return self


cnt = Counter()
for w in "a b a c a b".split():
    cnt += w
print(cnt.counts, cnt["a"], cnt["z"])
