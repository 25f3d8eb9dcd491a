# *args and **kwargs, unpacking in calls.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, *[2, 3], 4, *(5,), x=1, **{"y": 2}, z=3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def describe(**info):
    return ", ".join(f"{k}={v!r}" for k, v in info.items())
print(describe(name="x", size=3, tags=["a"]))
print(describe(**{"b": 2, "a": 1}))
def point(x, y, z=0):
    return f"({x}, {y}, {z})"
coords = [1, 2]
print(point(*coords), point(*coords, 3), point(**{"x": 5, "y": 6}), point(*[1], **{"y": 9}))
def wrapper(*args, **kwargs):
    print("calling with", args, kwargs)
    return point(*args, **kwargs)
print(wrapper(7, 8, z=9))
try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3), first_rest(*"abc"))
def kw_and_args(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(kw_and_args(1, 2, 3), kw_and_args(1, 2, sep="+"), kw_and_args())
a = [1, 2]
b = {"k": 3}
print([*a, *a], {**b, "j": 4}, (*a,), {*a, 3}, [*"hi", *range(2)])
print(*a, *b, sep=" | ")
def apply(func, *args, **kwargs):
    return func(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
def counter(*args, **kwargs):
    return len(args), sorted(kwargs)
print(counter(*range(5), **dict.fromkeys(["q", "p"], 0)))
