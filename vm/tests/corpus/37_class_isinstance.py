# isinstance / issubclass / type checks.
class A: pass
class B(A): pass
class C(B): pass
class Other: pass
a, b, c = A(), B(), C()
print(isinstance(c, A), isinstance(c, B), isinstance(a, B), isinstance(b, (Other, A)), isinstance(a, ()))
print(issubclass(C, A), issubclass(A, C), issubclass(B, B), issubclass(C, (Other, B)), issubclass(C, object))
print(type(c) is C, type(c) == B, type(c).__mro__[1].__name__)
for v in [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, 1j, range(1), len]:
    print(f"{type(v).__name__:>25}", isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(int, float))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(RecursionError, RuntimeError))
print([cls.__name__ for cls in ZeroDivisionError.__mro__])
print([cls.__name__ for cls in bool.__mro__], [cls.__name__ for cls in UnicodeDecodeError.__mro__])
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (str, bytes)):
        return "text"
    if isinstance(x, (list, tuple)):
        return f"seq[{len(x)}]"
    return "other"
print([kind(v) for v in [True, 3, "x", b"y", [1, 2], (), 2.0]])
print(type(5)(7), type("x")(12), type([])("ab"), type(A()).__name__)
Dyn = type("Dyn", (A,), {"val": 42, "get": lambda self: self.val})
d = Dyn()
print(Dyn.__name__, d.get(), isinstance(d, A), [k.__name__ for k in Dyn.__mro__])
print(type(None).__name__, type(NotImplemented).__name__, type(Ellipsis).__name__, ...)
print(A.__subclasses__()[0].__name__, len(A.__subclasses__()))
