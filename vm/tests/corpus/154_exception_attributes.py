e = ValueError("a", 1)
print(e.args, str(e), repr(e))
e.args = ["x"]
print(e.args, str(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("k", 2)), str(KeyError()))
print(StopIteration().value, StopIteration(1, 2).value, SystemExit(1, 2).code)
s = StopIteration(3)
s.value = 9
print(s.value, s.args)
o = OSError(12345, "No such file")
print(type(o).__name__, o.errno, o.strerror, o.filename, str(o))
o2 = OSError("just msg")
print(o2.errno, o2.strerror, str(o2), o2.args)
print(OSError(1, "a", "f", None, "g").filename2, str(OSError(1, "a", "f", None, "g")))
try:
    ValueError(x=1)
except TypeError as e:
    print("TypeError:", e)
a = AttributeError("m", name="n", obj=3)
print(a.name, a.obj, a.args)
try:
    AttributeError("m", foo=1)
except TypeError as e:
    print("TypeError:", e)
n = NameError("x")
print(n.name)
ie = ImportError("msg", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
e = Exception("with notes")
e.add_note("n1")
print(e.__notes__)
try:
    e.add_note(1)
except TypeError as err:
    print("TypeError:", err)
try:
    Exception().__notes__
except AttributeError as err:
    print("AttributeError:", err)
def tb_demo():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        tb = exc.__traceback__
        print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
        return exc
exc = tb_demo()
print(exc.with_traceback(None).__traceback__)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
    def __str__(self):
        return f"MyErr[{self.code}]"
m = MyErr(5)
print(m, repr(m), m.args, vars(m))
class Plain(Exception):
    pass
p = Plain(1, 2)
p.extra = "x"
print(p, repr(p), vars(p), p.__dict__)
print(Exception.__init__ is BaseException.__init__, dir(Exception())[:3])
class WithKw(Exception):
    def __init__(self, msg, *, level=0):
        super().__init__(msg)
        self.level = level
w = WithKw("m", level=3)
print(w, w.level, w.args)
try:
    raise WithKw("boom", level=2)
except WithKw as e:
    print(e.level, e)
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, str(eg), repr(eg))
print(isinstance(eg, Exception), ExceptionGroup.__mro__)
class E2(Exception):
    def __repr__(self):
        return "E2!"
print(repr(E2()), str(E2("s")))
print(BaseException().__context__, BaseException().__cause__, BaseException().__suppress_context__)
try:
    try:
        raise ValueError(1)
    except ValueError as v:
        raise TypeError(2) from v
except TypeError as t:
    print(repr(t.__cause__), repr(t.__context__), t.__suppress_context__)
print(hash(ValueError()) is not None, ValueError() == ValueError())
