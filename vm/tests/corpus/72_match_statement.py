# Structural pattern matching.
def describe(value):
    match value:
        case None:
            return "none"
        case True | False:
            return f"bool {value}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float():
            return f"number {value}"
        case "":
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case [] :
            return "empty list"
        case [x]:
            return f"one element {x!r}"
        case [x, y]:
            return f"pair {x!r}, {y!r}"
        case [first, *rest]:
            return f"list starting {first!r} with {len(rest)} more"
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case {"type": t, **others}:
            return f"typed {t} with {sorted(others)}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case _:
            return f"something else: {type(value).__name__}"
tests = [None, True, 0, -5, 7, 2.5, "", "hello", [], [1], [1, 2], [1, 2, 3, 4],
         {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3, "c": 0}, (1, 2, 3), {1, 2}]
for t in tests:
    print(repr(t), "->", describe(t))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on x axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=x, y=y):
            return f"at {x},{y}"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9)]:
    print(where(p))
def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return f"unknown: {cmd!r}"
for c in ["go north", "go west", "take key lamp", "take", "exit", "dance"]:
    print(command(c))
match 42:
    case 41 | 42 as hit:
        print("matched", hit)
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping pattern ignores extra keys")
