class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value!r})"


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for item in iterable:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1

    def __len__(self):
        return self._len

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("LinkedList index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def __setitem__(self, index, value):
        cur = self.head
        for _ in range(index):
            cur = cur.next
        cur.value = value

    def __delitem__(self, index):
        if index == 0:
            self.head = self.head.next
        else:
            cur = self.head
            for _ in range(index - 1):
                cur = cur.next
            cur.next = cur.next.next
        self._len -= 1

    def __contains__(self, value):
        print(f"  (contains {value!r})")
        return any(v == value for v in self)

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return type(self) is type(other) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __iadd__(self, other):
        for v in other:
            self.append(v)
        return self


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), bool(ll), bool(LinkedList()))
print(list(reversed(ll)), ll[0], ll[-1], ll[1:4])
print(4 in ll, 9 not in ll)
ll[2] = 40
del ll[0]
print(ll, len(ll))
ll2 = ll
ll += [9, 2]
print(ll is ll2, ll)
print(ll + LinkedList("ab"))
print(sorted(ll), max(ll), sum(ll), list(enumerate(ll))[:2])
print(ll == LinkedList([1, 40, 1, 5, 9, 2]), ll != ll2)
try:
    ll[100]
except IndexError as e:
    print(type(e).__name__, e)
a, b, *rest = ll
print(a, b, rest)
print(dict(zip(ll, "abcdef")))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self) > 0

    def __repr__(self):
        return f"Stack({self._items})"


s = Stack()
for ch in "([{}])":
    if ch in "([{":
        s.push(ch)
    else:
        top = s.pop()
        print(top, ch)
print(s, bool(s), len(s))
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c), list(c))
print([x * 2 for x in Countdown(4)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares())
for i, sq in zip(range(3), Squares()):
    print(i, sq)


class Queue:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


q = Queue(1, 2)
print(len(q), bool(q), bool(Queue()))
try:
    iter(q)
except TypeError as e:
    print(type(e).__name__, e)
try:
    q[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    q[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del q[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in q
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(q)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Stack)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(q)
except TypeError as e:
    print(type(e).__name__, e)


class BadLen:
    def __len__(self):
        return -1


class FloatLen:
    def __len__(self):
        return 2.5


class BadBool:
    def __bool__(self):
        return 1


for obj in (BadLen(), FloatLen()):
    try:
        len(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadLen():
        pass
except ValueError as e:
    print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 5


try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class A:
    """Doc of A."""
    x: int = 1
    y: str
    items = [i * 2 for i in range(3)]
    total = 0
    for i in range(4):
        total += i
    del i

    def __init__(self):
        self.a = 1
        self.b = 2
        self._c = 3

    def method(self):
        """Method doc."""
        def inner():
            pass
        self.d = 4
        return inner

    @property
    def prop(self):
        return self.a


print(list(A.__dict__))
print(A.__static_attributes__, A.__firstlineno__)
print(A.__annotations__, A.__doc__, A.method.__doc__, A.items, A.total)
print(A().method().__qualname__, A.method.__qualname__, A.prop.fget.__qualname__)
print(A.__module__, A.__name__, repr(A), str(A))
print(A.__dict__["x"], type(A.__dict__).__name__, "method" in A.__dict__)
try:
    class B:
        v = 10
        doubled = [v * k for k in range(3)]
except NameError as e:
    print(type(e).__name__, e)


class C:
    v = 10
    doubled = [k for k in range(v)]


print(C.doubled)
print(dir(A()) == sorted(dir(A())), [n for n in dir(A()) if not n.startswith("__")])
print([n for n in dir(A) if not n.startswith("__")])
try:
    setattr(A(), 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(A(), "zz")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    bool(NotImplemented)
except TypeError as e:
    print(type(e).__name__, e)


class SelfIter:
    def __iter__(self):
        return self


try:
    iter(SelfIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in SelfIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class KeyGet:
    def __getitem__(self, k):
        raise KeyError(k)


try:
    for _ in KeyGet():
        pass
except KeyError as e:
    print(type(e).__name__, e)


class NoCmp:
    def __eq__(self, o):
        return NotImplemented

    def __lt__(self, o):
        return NotImplemented


a, b = NoCmp(), NoCmp()
print(a == a, a == b, a != b)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= b
except TypeError as e:
    print(type(e).__name__, e)


class Shared:
    tags = []

    def add(self, t):
        self.tags.append(t)


s1, s2 = Shared(), Shared()
s1.add("x")
print(s2.tags, Shared.tags, s1.tags is s2.tags)


class OnlyRepr:
    def __repr__(self):
        return "R"


class OnlyStr:
    def __str__(self):
        return "S"


print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}", str(OnlyStr()), [OnlyStr()][0].__str__())
print(repr([OnlyStr()])[:20])


class Temperature:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or "") + "F"
        return format(self.c, spec) + "C"


t = Temperature(21.5)
print(f"{t}", f"{t:.1f}", f"{t:F}", f"{t:.2F}", "{:>8.1f}".format(t), format(t, "06.2f"))
try:
    format(object(), ">5")
except TypeError as e:
    print(type(e).__name__, e)
print(format(object(), "")[:8])


class Cnt:
    n = 0

    def __init__(self):
        Cnt.n += 1
        self.id = Cnt.n

    def __del__(self):
        print("del", self.id)


c1 = Cnt()
c2 = Cnt()
del c1
c2 = None
print("end of dels")


class Level:
    LOW, MID, HIGH = range(3)
    names = {LOW: "low", MID: "mid", HIGH: "high"}

    @classmethod
    def name_of(cls, v):
        return cls.names.get(v, "?")


print(Level.name_of(Level.HIGH), Level.name_of(7), Level.MID)


class Vec(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))

    def __repr__(self):
        return "Vec" + super().__repr__()


v = Vec(1, 2) + Vec(3, 4)
print(v, len(v), v[0], isinstance(v, tuple), v == (4, 6), hash(v) == hash((4, 6)), tuple(v))


class Str(str):
    def shout(self):
        return self.upper() + "!"


s = Str("hey")
print(s.shout(), s + "x", type(s + "x").__name__, s * 2, s[1:], type(s[1:]).__name__, s == "hey", len(s))
print(f"{s:>6}|", repr(s), str(s), type(str(s)).__name__)


class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)


d = D()
d["A"] = 1
print(d["a"], d["A"], d, d.get("A"), "a" in d)
d.update(B=2)
print(d)
