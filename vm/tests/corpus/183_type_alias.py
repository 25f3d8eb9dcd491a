# The `type` statement (TypeAliasType), builtin generic aliases and unions.

type Simple = int
print(Simple, repr(Simple), type(Simple))
print(Simple.__name__, Simple.__module__, Simple.__value__, Simple.__type_params__)
print(Simple.__parameters__)

# the value is evaluated lazily, on first access, once
log = []
def compute():
    log.append("computed")
    return list[str]
type Lazy = compute()
print(log)
print(Lazy.__value__, log)
print(Lazy.__value__, log)
print(type(Lazy.evaluate_value).__name__)

type Forward = NotYetDefined
try:
    Forward.__value__
except NameError as e:
    print("NameError:", e)
NotYetDefined = bytes
print(Forward.__value__)

# generic aliases
type ListOf[T] = list[T]
print(ListOf, ListOf.__type_params__, ListOf.__parameters__)
print(ListOf.__value__, type(ListOf.__value__))
(T,) = ListOf.__type_params__
print(repr(T), T.__infer_variance__)
print(ListOf[int], type(ListOf[int]))
print(ListOf[int].__origin__ is ListOf, ListOf[int].__args__)
print(ListOf.__value__.__parameters__, ListOf.__value__[int])

type Mapping[K, V = int] = dict[K, list[V]]
print(Mapping.__type_params__, Mapping.__value__)
print(Mapping[str, float], Mapping.__value__[str, float])
K, V = Mapping.__type_params__
print(V.__default__, V.has_default(), K.has_default())

type Callback[**P, R] = tuple[P, R]
type Variadic[*Ts] = tuple[*Ts]
print(Callback.__type_params__, Variadic.__type_params__, Variadic.__parameters__)
print(Variadic.__value__, Variadic.__value__[int, str])

try:
    Simple[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Simple()
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(Simple):
        pass
except TypeError as e:
    print("TypeError:", e)
for attr in ["__name__", "__value__"]:
    try:
        setattr(Simple, attr, 1)
    except AttributeError as e:
        print("AttributeError:", e)

# builtin generic aliases
print(list[int], dict[str, int], tuple[int, ...], tuple[()], set[bytes], frozenset[str])
print(type[int], list[list[int]], dict[str, list[tuple[int, float]]])
print(type(list[int]), list[int].__origin__, list[int].__args__, list[int].__parameters__)
print(list[int] == list[int], list[int] == list[str], list[int] == list)
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(list[int](), list[int]((1, 2)), dict[str, int](a=1))
print(list[[int, str]], list[...], list[None], list[3], list["x"])
class Point:
    pass
def func():
    pass
print(list[Point], list[func], dict[Point, ListOf])
print(list[int].__name__, list[int].append is list.append if False else list[int].__name__)
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)
print(list[T][int], dict[str, T][bytes], dict[T, T][int])
try:
    list[T][int, str]
except TypeError as e:
    print("TypeError:", e)
for bad in [int, Point, 5]:
    try:
        bad[int]
    except TypeError as e:
        print("TypeError:", e)

class Custom:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Custom[int], Custom[1, 2])
class MyList(list):
    pass
print(MyList[int], MyList[int]([1]))

# unions
print(int | str, int | None, None | int, type(int | str))
print((int | str).__args__, (int | None).__args__)
print(int | str | float, (int | str) | (float | bytes))
print(int | int, (int | str) | int, int | str == str | int)
print(hash(int | str) == hash(str | int))
print(list[int] | None, ListOf | None, T | None, (T | int).__parameters__)
print(Simple | int)
for bad in [lambda: int | 3, lambda: 3 | int, lambda: int | "str"]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

type Opt[X] = X | None
print(Opt.__value__, Opt[int])
