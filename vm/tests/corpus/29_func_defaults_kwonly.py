# Default arguments, keyword-only and positional-only parameters.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))

def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))

counter = 10
def show_default(v=counter):
    return v
counter = 20
print(show_default(), greet.__defaults__, show_default.__defaults__)

def kwonly(a, *, b, c=3):
    return (a, b, c)
print(kwonly(1, b=2), kwonly(1, c=5, b=4), kwonly.__kwdefaults__)

def posonly(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)
print(posonly(1, 2, 3), posonly(1, 2, c=3), posonly(1, 2, 3, 4, e=6))

def mixed(p, /, q, *args, r, **kw):
    return p, q, args, r, kw
print(mixed(1, 2, 3, 4, r=5, s=6), mixed(1, q=2, r=3), mixed(1, 2, r=0, p=9))

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
attempt(kwonly, 1, 2)
attempt(kwonly, 1)
attempt(posonly, a=1, b=2, c=3)
attempt(posonly, 1, 2)
attempt(greet)
attempt(greet, "a", "b", "c", "d")
attempt(greet, "a", name="b")
attempt(greet, "a", unknown=1)
attempt(mixed, 1, 2)
attempt(kwonly, 1, b=2, d=4)
attempt(posonly, 1, 2, 3, 4, 5)

def many(a, b=2, *args, c, d=4, **kwargs):
    print(f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}")
many(1, c=3)
many(1, 2, 3, 4, c=5, e=6)
many(*[1, 2, 3], **{"c": 4, "z": 26})
print(many.__code__.co_argcount, many.__code__.co_kwonlyargcount, many.__code__.co_posonlyargcount)
print(posonly.__code__.co_posonlyargcount, many.__name__, many.__code__.co_varnames[:6])
def noargs():
    return "none"
print(noargs(), noargs.__defaults__, kwonly.__defaults__)
attempt(noargs, 1)
