import sys
# Call argument errors: missing, extra, unexpected keywords.
def f(a, b, c=3):
    return a + b + c

def g(x, /, y, *, z):
    return x, y, z

def h(*args, key):
    return args, key

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("f()", lambda: f())
attempt("f(1)", lambda: f(1))
attempt("f(1,2,3,4)", lambda: f(1, 2, 3, 4))
attempt("f(1,2,d=5)", lambda: f(1, 2, d=5))
attempt("f(1,2,a=5)", lambda: f(1, 2, a=5))
attempt("g(1,2,3)", lambda: g(1, 2, 3))
attempt("g(x=1,y=2,z=3)", lambda: g(x=1, y=2, z=3))
attempt("g(1,2)", lambda: g(1, 2))
attempt("g(1)", lambda: g(1))
attempt("h(1,2)", lambda: h(1, 2))
attempt("h(key=1, other=2)", lambda: h(key=1, other=2))
attempt("Point(1)", lambda: Point(1))
attempt("Point(1,2,3)", lambda: Point(1, 2, 3))
attempt("Point(1,2).move()", lambda: Point(1, 2).move())
attempt("Point(1,2).move(1,2,3)", lambda: Point(1, 2).move(1, 2, 3))
attempt("Point(1,2).move(q=2)", lambda: Point(1, 2).move(q=2))
attempt("lambda", lambda: (lambda a: a)())
attempt("lambda kw", lambda: (lambda a: a)(1, b=2))
attempt("f(*[1],**{'a':2})", lambda: f(*[1], **{'a': 2}))
attempt("f(**{1:2})", lambda: f(**{1: 2}))
attempt("f(*5)", lambda: f(*5))
attempt("f(**5)", lambda: f(**5))
attempt("len()", lambda: len())
attempt("len(1,2)", lambda: len([1], [2]))
attempt("len(obj=1)", lambda: len(obj=[1]))
attempt("abs(1,2)", lambda: abs(1, 2))
attempt("int(1,2,3)", lambda: int('1', 2, 3))
attempt("[].append()", lambda: [].append())
attempt("[].append(1,2)", lambda: [].append(1, 2))
attempt("{}.get()", lambda: {}.get())
attempt("'a'.split(1)", lambda: 'a'.split(1))
attempt("sorted(key=1)", lambda: sorted([2, 1], key=1))
attempt("sorted(1,2)", lambda: sorted([2, 1], None))
attempt("print(sep=1)", lambda: print('a', sep=1))
attempt("'x'()", lambda: 'x'())
attempt("5()", lambda: (5)())
attempt("[]()", lambda: [1]())
attempt("Point.move()", lambda: Point.move())
attempt("divmod(1)", lambda: divmod(1))
attempt("isinstance()", lambda: isinstance(1))
attempt("zip(1)", lambda: zip(1))
attempt("map(None, 1)", lambda: list(map(None, 1)))
attempt("enumerate(5)", lambda: enumerate(5))
attempt("object(1)", lambda: object(1))
attempt("Exception(x=1)", lambda: Exception(x=1))
attempt("f(1, 2, b=3)", lambda: f(1, 2, b=3))

a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("unpack:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("unpack:", e)
try:
    a, b = 5
except TypeError as e:
    print("unpack:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("unpack:", e)
try:
    a, b = "xyz"
except ValueError as e:
    print("unpack:", e)
try:
    (a, b), c = (1, 2), 3
    (a, b), c = 1, 3
except TypeError as e:
    print("unpack:", e)
try:
    a, b = {1: 2, 3: 4, 5: 6}
except ValueError as e:
    print("unpack:", e)
print(f(1, 2), g(1, 2, z=3), h(1, 2, key=3))
class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return "not an int"
    def __index__(self):
        return 2.5
attempt("int(Meters)", lambda: int(Meters(1)))
attempt("[1,2,3][Meters]", lambda: [1, 2, 3][Meters(1)])
attempt("type bases", lambda: type('X', (1,), {}))
for code in [None, 0, 2, (3,), (1, 2), "msg"]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("exit", repr(code), "->", e.args, repr(e.code))
Point(1, 2).move(1, 2, 3, 4)
