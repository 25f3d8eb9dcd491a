class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("A.eq")
        return NotImplemented
    def __lt__(self, o):
        print("A.lt")
        return NotImplemented
class B:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("B.eq")
        return isinstance(o, A) and o.v == self.v
    def __gt__(self, o):
        print("B.gt")
        return self.v < o.v
print(A(1) == B(1))
print(A(1) != B(2))
print(A(1) < B(2))
try:
    A(1) <= B(2)
except TypeError as e:
    print("TypeError:", e)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, int): return N(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return N(o + self.v + 1000)
    def __repr__(self): return f"N({self.v})"
    def __neg__(self): return N(-self.v)
    def __pos__(self): return self
    def __invert__(self): return N(~self.v)
    def __index__(self): return self.v
    def __len__(self): return 3
    def __bool__(self): return self.v != 0
print(N(1) + 2, 3 + N(1), -N(5), +N(2), ~N(0), bool(N(0)), bool(N(1)), len(N(0)))
print("")
try:
    N(1) + "s"
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
print(list(Seq()), 4 in Seq(), 5 in Seq(), [x for x in Seq()], sorted(Seq(), reverse=True))
it = iter(Seq())
print(next(it), next(it), next(it), next(it, "end"), type(it).__name__)
class Cnt:
    def __contains__(self, x): return x == "yes"
print("yes" in Cnt(), "no" in Cnt(), "no" not in Cnt())
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))
class R:
    def __repr__(self): return "R-repr"
print(R(), str(R()), [R()], f"{R()}", f"{R()!r}", "%s" % R())
class S:
    def __str__(self): return "S-str"
print(S(), repr(S()).startswith("<__main__.S object"))
class F:
    def __format__(self, spec): return f"F[{spec}]"
print(format(F(), "x>5"), f"{F():abc}")
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
class H:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, H) and o.k == self.k
    def __hash__(self): return hash(self.k)
d = {H(1): "one"}
print(d[H(1)], H(1) in d, H(2) in d)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5: pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class GetA:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
g = GetA()
print(g.xy, hasattr(g, "zz"), getattr(g, "zz", "dflt"))
class SetA:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print("del", k)
        object.__delattr__(self, k)
sa = SetA()
sa.x = 1
del sa.x
print(vars(sa))
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ord(3), Ord(1), Ord(2)]), max(Ord(1), Ord(5)), min([Ord(4), Ord(2)]))
print(Ord(1) > Ord(0))
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
x = IAdd()
x += 1
x += 2
print(x.items)
class Cmp:
    def __eq__(self, other): return "truthy"
print(Cmp() == 1, Cmp() != 1)
print(object() == object(), object() != object())
o = object()
print(o == o, o != o)
