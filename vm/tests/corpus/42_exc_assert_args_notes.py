# assert, exception args/str/repr, add_note, builtin exception attributes.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x
for v in [5, -1, 2.5]:
    try:
        print("ok", check(v))
    except AssertionError as e:
        print("AssertionError:", repr(e), "args:", e.args, "str:", str(e))
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args, repr(str(e)))
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(repr(e), e.args)
for exc in [Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("k"),
            KeyError(), KeyError("a", "b"), IndexError(5), OSError(12345, "Custom failure"),
            StopIteration(7), SystemExit(3), SystemExit(), UnicodeError("u")]:
    print(f"{type(exc).__name__:>15} | str={str(exc)!r} | repr={exc!r} | args={exc.args}")
print(StopIteration(7).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
ose = OSError(12345, "Custom failure", "x.txt")
print(ose.errno, ose.strerror, ose.filename, str(ose), type(ose).__name__)
print(type(OSError(12345, "x")).__name__, FileNotFoundError.__mro__[1].__name__, OSError("plain").errno)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError str:", str(e), "args:", e.args)
try:
    raise ValueError("base message")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e, e.__notes__)
try:
    ValueError().add_note(42)
except TypeError as e:
    print("TypeError:", e)
e = Exception("mutable")
e.args = ("changed", 1)
print(e, repr(e), e.args)
class Detailed(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
d = Detailed("A", "B")
print(d, d.args, d.b, repr(d))
err = AttributeError("attr msg", name="nm", obj=None)
print(err.name, err.obj, str(err))
ne = NameError("name msg", name="xyz")
print(ne.name, repr(ne))
try:
    undefined_variable
except NameError as e:
    print("NameError:", e, "| name attr:", e.name)
try:
    (1).nothing
except AttributeError as e:
    print("AttributeError:", e, "| name attr:", e.name, "| obj:", e.obj)
try:
    raise ExceptionGroup("group", [ValueError("v1"), TypeError("t1")])
except ExceptionGroup as eg:
    print(repr(eg), eg.message, [repr(x) for x in eg.exceptions])
print(BaseException("b").with_traceback(None).args, Exception.__name__, Warning.__mro__[1].__name__)
