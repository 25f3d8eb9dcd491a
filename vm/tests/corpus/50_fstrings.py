# f-strings: conversions, =, nesting, expressions.
name = "World"
n = 42
pi = 3.14159265
items = ["a", "b"]
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{n=}", f"{name=}", f"{pi=:.2f}", f"{items=}", f"{n = }", f"{ n = }")
print(f"{pi:.3f}", f"{pi:10.4f}|", f"{n:08b}", f"{n:#x}", f"{name:>10}|", f"{name:^11}|", f"{name:*<8}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|", f"{name:>{width}}|", f"{n:{'>'}{width}}|")
print(f"{items[0]}{items[-1]}", f"{len(items)}", f"{ {'k': 'v'}['k'] }", f"{(lambda x: x * 2)(4)}")
print(f"{'nested ' + f'{n}'}", f"{f'{f"{n}"}'}", f"{'quote'!r:>10}")
print(f"{{literal braces}}", f"{{{n}}}", f"{'{'}{'}'}")
print(f"{n if n > 40 else 0}", f"{[x * x for x in range(4)]}", f"{ {x for x in (1, 1, 2)} }")
print(f"{3.0:g}", f"{1e10:g}", f"{1 / 3:.5}", f"{-1:+d}", f"{2 ** 100}")
multi = (f"first {n} "
         f"second {name}")
print(multi)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}"
        return str(self)
p = Point(3, 4)
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:polar}", f"{p=}", f"{p=!s}", f"{p = :polar}")
d = {"a": 1, "b": 2}
print(f"{d['a']} {d["b"]}", f"{'-'.join(str(v) for v in d.values())}")
val = None
print(f"{val}", f"{val!r}", f"{True}", f"{b'x'}", f"{3 + 4j}", f"{-0.0}")
print(f"{'tab':\t>5}" if False else "skip", f"{'new\nline'}", f"{"\\"}")
print(f"result: {sum(x for x in range(10)):>6,}")
for i in range(1, 4):
    print(f"{i:>2} {i ** 2:>3} {i ** 3:>4} {'#' * i}")
try:
    f"{n:q}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError:", e)
x = 10
print(f"{x:{'^' if x > 5 else '<'}{x}}|")
print(F"upper F {x}", rf"raw \n {x}", fr"{x}\t")
