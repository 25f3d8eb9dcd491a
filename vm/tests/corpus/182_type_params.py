# PEP 695 type parameters: generic functions and classes.

def ident[T](x: T) -> T:
    return x

print(ident(3), ident("s"))
print(ident.__type_params__)
(T,) = ident.__type_params__
print(repr(T), str(T), type(T), T.__name__)
print(T.__bound__, T.__constraints__, T.__default__, T.has_default())
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(T.__module__, type(T).__name__, type(T).__module__)
print(T.evaluate_bound, T.evaluate_constraints, T.evaluate_default)
print(ident.__name__, ident.__qualname__)

def plain(x):
    return x
print(plain.__type_params__)

# bounds and constraints are evaluated lazily, once
log = []
def bound_of(name):
    log.append(name)
    return int

def bounded[B: bound_of("B"), C: (int, str)](a: B, c: C):
    pass

print(log)
B, C = bounded.__type_params__
print(repr(B), repr(C))
print(B.__bound__, B.__constraints__, log)
print(B.__bound__, log)
print(C.__bound__, C.__constraints__)
print(type(B.evaluate_bound).__name__, B.evaluate_bound())

def lazy[L: Undefined]():
    pass
(L,) = lazy.__type_params__
try:
    L.__bound__
except NameError as e:
    print("NameError:", e)
Undefined = float
print(L.__bound__)

# ParamSpec and TypeVarTuple
def variadic[*Ts, **P](*args: *Ts, **kwargs: P.kwargs):
    pass
Ts, P = variadic.__type_params__
print(repr(Ts), repr(P), type(Ts), type(P))
print(Ts.__name__, Ts.__default__, Ts.has_default())
print(P.__name__, P.__bound__, P.__default__, P.has_default())
print(P.__covariant__, P.__contravariant__, P.__infer_variance__)
print(P.args, P.kwargs, type(P.args), type(P.kwargs))
print(P.args.__origin__ is P, P.args == P.args, P.args == P.kwargs)
print(list(Ts), type(next(iter(Ts))))
print(next(iter(Ts)).__args__)

# defaults (PEP 696)
def with_defaults[X = int, *Ys = *tuple[str, ...], **Q = [int, str]]():
    pass
X, Ys, Q = with_defaults.__type_params__
print(X.__default__, X.has_default(), Q.__default__, Q.has_default())
print(Ys.has_default())

# generic classes
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

print(Box.__type_params__)
print(Box.__mro__)
print(Box.__bases__)
print(Box.__parameters__)
print(Box.__orig_bases__)
b = Box(5)
print(b.get(), isinstance(b, Box))
(BT,) = Box.__type_params__
print(BT is T, BT == T, BT.__name__)

print(Box[int], repr(Box[str]), type(Box[int]))
print(Box[int].__origin__, Box[int].__args__, Box[int].__parameters__)
print(Box[int] == Box[int], Box[int] == Box[str], Box[int] != Box[str])
print(hash(Box[int]) == hash(Box[int]))
print(Box[None], Box[...], Box[list[int]], Box[Box[int]], Box[int | None])
print(Box[BT], Box[BT].__parameters__, Box[BT][float])
bi = Box[int](7)
print(bi.get(), type(bi), bi.__orig_class__)
print(Box[int].__name__)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Box[int][str]
except TypeError as e:
    print("TypeError:", e)

class Multi[K: str, *Vs, **Ps]:
    pass
print(Multi.__type_params__, Multi.__parameters__)
print(Multi.__orig_bases__)
print(Multi[str, int, float, [int, str]])
print(Multi[str, [bytes]])
print(Multi[str, int, ...])
try:
    Multi[str]
except TypeError as e:
    print("TypeError:", e)

class Pair[A, B = int]:
    pass
print(Pair[str], Pair[str, str])
try:
    Pair[()]
except TypeError as e:
    print("TypeError:", e)

# subclasses of generic classes
class IntBox(Box[int]):
    pass
print(IntBox.__mro__)
print(IntBox.__orig_bases__, IntBox.__parameters__)
try:
    IntBox[int]
except TypeError as e:
    print("TypeError:", e)

class Sub[U](Box[U]):
    pass
print(Sub.__mro__)
print(Sub.__orig_bases__, Sub.__parameters__, Sub[bytes])

class Plain(Box):
    pass
print(Plain.__mro__, Plain.__parameters__)

Generic = Box.__bases__[0]
print(Generic, Generic.__name__, Generic.__module__, type(Generic))
print(Generic[T], Generic[T, Ts.__iter__().__next__()] if False else Generic[T].__args__)
for bad in [int, (), (T, T)]:
    try:
        Generic[bad]
    except TypeError as e:
        print("TypeError:", e)
try:
    class Bare(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[T][int]
except TypeError as e:
    print("TypeError:", e)

# methods and nested scopes
class Outer:
    def method[M](self, x: M) -> M:
        return x
    class Inner[I]:
        pass
print(Outer.method.__type_params__, Outer().method(9))
print(Outer.Inner.__type_params__, Outer.Inner[int])

def outer():
    def inner[Z](z: Z) -> Z:
        return z
    return inner
print(outer().__type_params__, outer()(4))

# type parameters cannot be subclassed or called on
try:
    class Bad(T):
        pass
except TypeError as e:
    print("TypeError:", e)
for op in [lambda: T + 1, lambda: T(), lambda: P[int]]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
for attr in ["__name__", "__bound__", "__default__"]:
    try:
        setattr(T, attr, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    T.nope
except AttributeError as e:
    print("AttributeError:", e)

# __type_params__ of functions can be replaced
def g():
    pass
g.__type_params__ = (T,)
print(g.__type_params__)
