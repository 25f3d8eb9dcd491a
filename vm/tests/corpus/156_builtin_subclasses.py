class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, len(s), s.peek(), s.pop(), s, type(s).__name__, isinstance(s, list), s == [1, 2], list(s), s[0], 2 in s)
s.extra = "attr"
print(s.extra, vars(s), bool(Stack()), bool(s), s + [9], [0] + s, s * 2, sorted(Stack([3, 1, 2])))
s[0] = 10
del s[1]
print(s, repr(s), str(s), f"{s}")
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
c.add("a"); c.add("a"); c.add("b")
print(c, c["a"], len(c), sorted(c), list(c.items()), "a" in c, type(c).__name__)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hi")
print(u, u.shout(), len(u), u + "x", "x" + u, u == "hi", u * 2, u[0], u.startswith("h"), hash(u) == hash("hi"), f"[{u:>5}]", repr(u))
print(isinstance(u, str), type(u).__name__, {u: 1}["hi"], "hi" in [u])
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def double(self):
        return self * 2
p = Pos(21)
print(p, p.double(), p + 1, p > 20, type(p).__name__, isinstance(p, int), repr(p), str(p), int(p) if False else "")
try:
    Pos(-1)
except ValueError as e:
    print("ValueError:", e)
class Pair(tuple):
    def first(self):
        return self[0]
pr = Pair((1, 2))
print(pr, pr.first(), len(pr), pr + (3,), type(pr).__name__, pr == (1, 2))
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return f"{self.name}{list.__repr__(self)}"
n = Named("nums", [1, 2])
n.append(3)
print(n, len(n), n.name)
class MyDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v.upper())
md = MyDict()
md["a"] = "x"
print(md, md["a"])
class Ex(ValueError):
    pass
print(repr(Ex("e")), isinstance(Ex(), ValueError))
