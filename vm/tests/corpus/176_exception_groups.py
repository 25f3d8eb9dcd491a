# BaseExceptionGroup and ExceptionGroup: construction, attributes, str/repr,
# split, subgroup, derive and subclasses.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "raised", type(e).__name__ + ":", e)


print("--- hierarchy")
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__name__, BaseExceptionGroup.__qualname__, ExceptionGroup.__module__)

print("--- construction")
eg = ExceptionGroup("many", [ValueError(1), TypeError("two"), KeyError(3)])
print(repr(eg))
print(str(eg))
print(eg.message, eg.args)
print(eg.exceptions, type(eg.exceptions).__name__, len(eg.exceptions))
print(isinstance(eg, ExceptionGroup), isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
one = ExceptionGroup("one", (ValueError("only"),))
print(repr(one), "|", one, "|", one.args)
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
print(type(beg).__name__, repr(beg), beg)
auto = BaseExceptionGroup("auto", [ValueError(1), OSError(2)])
print(type(auto).__name__, repr(auto))
print(type(BaseExceptionGroup("b", [SystemExit(0)])).__name__)
print(ExceptionGroup("", [ValueError()]))
print(repr(ExceptionGroup("quote's\n", [ValueError()])))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
print(repr(nested))
print(nested)
print(nested.exceptions[1].message, nested.exceptions[1].exceptions)


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i < 2:
            return [IndexError(i), LookupError(i)][i]
        raise IndexError(i)


custom = ExceptionGroup("custom seq", Seq())
print(custom.exceptions, custom)

print("--- constructor errors")
attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("kwargs", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("message not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("message bytes", lambda: BaseExceptionGroup(b"m", [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", 1))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("a dict", lambda: ExceptionGroup("m", {1: 2}))
attempt("a generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: BaseExceptionGroup("m", ()))
attempt("item 0", lambda: ExceptionGroup("m", [1]))
attempt("item 2", lambda: ExceptionGroup("m", [ValueError(), TypeError(), "x"]))
attempt("a class", lambda: ExceptionGroup("m", [ValueError]))
attempt("a string", lambda: ExceptionGroup("m", "ab"))
attempt("nest base", lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("nest base group", lambda: ExceptionGroup("m", [BaseExceptionGroup("b", [SystemExit()])]))
attempt("new", lambda: BaseExceptionGroup.__new__(ExceptionGroup, "n", [ValueError(7)]))
attempt("new base", lambda: ExceptionGroup.__new__(BaseExceptionGroup, "n", [GeneratorExit()]))
attempt("new not subtype", lambda: BaseExceptionGroup.__new__(ValueError, "n", [ValueError()]))
attempt("new not a type", lambda: BaseExceptionGroup.__new__(5, "n", [ValueError()]))

print("--- readonly attributes")


def set_message():
    eg.message = "other"


def set_exceptions():
    eg.exceptions = ()


attempt("set message", set_message)
attempt("set exceptions", set_exceptions)
eg.extra = 42
print(eg.extra, eg.__dict__)

print("--- __init__ and args")
g = ExceptionGroup("m", [ValueError(1)])
g.__init__("changed", 4, 5)
print(g.args, g.message, str(g), repr(g))
g.args = ("x",)
print(g.args, g, repr(g))

print("--- split")
eg = ExceptionGroup(
    "eg",
    [
        ValueError(1),
        TypeError(2),
        ExceptionGroup("inner", [ValueError(3), OSError(4)]),
        ExceptionGroup("only types", [TypeError(5)]),
    ],
)
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print(eg.split(TypeError))
print(eg.split((OSError, TypeError)))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(KeyError)[0], eg.split(KeyError)[1] is eg)
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
print(eg.split(ExceptionGroup))
print(eg.split(BaseExceptionGroup)[0] is eg)
calls = []


def record(e):
    calls.append(type(e).__name__)
    return False


eg.split(record)
print(calls)
attempt("split int", lambda: eg.split(1))
attempt("split list", lambda: eg.split([ValueError]))
attempt("split tuple with int", lambda: eg.split((ValueError, 1)))
attempt("split class not exception", lambda: eg.split(int))
attempt("split no args", lambda: eg.split())
attempt("split two args", lambda: eg.split(ValueError, TypeError))
attempt("split unbound", lambda: BaseExceptionGroup.split(5, ValueError))
attempt("split unbound ok", lambda: ExceptionGroup.split(eg, OSError))


def boom(e):
    raise RuntimeError("predicate failed")


attempt("split predicate raises", lambda: eg.split(boom))

print("--- subgroup")
print(repr(eg.subgroup(ValueError)))
print(eg.subgroup(TypeError))
print(eg.subgroup(KeyError))
print(eg.subgroup(lambda e: True) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, OSError))))
attempt("subgroup no args", lambda: eg.subgroup())
attempt("subgroup str", lambda: eg.subgroup("ValueError"))

print("--- derive")
d = eg.derive([KeyError("k")])
print(type(d).__name__, repr(d), d.__traceback__, d.__cause__, d.__context__)
d = eg.derive([KeyboardInterrupt()])
print(type(d).__name__, repr(d))
attempt("derive empty", lambda: eg.derive([]))
attempt("derive int", lambda: eg.derive(5))
attempt("derive none", lambda: eg.derive())

print("--- metadata copied by split")
try:
    try:
        raise KeyError("context")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("first note")
    caught.add_note("second note")
    m, r = caught.split(ValueError)
    for part in (caught, m, r):
        print(repr(part), repr(part.__cause__), repr(part.__context__), part.__suppress_context__)
        print("  notes", part.__notes__, part.__traceback__ is not None)
    print(m.__notes__ == caught.__notes__, m.__notes__ is caught.__notes__)
    m.add_note("only on match")
    print(caught.__notes__, m.__notes__, r.__notes__)
    print(m.__traceback__.tb_lineno == caught.__traceback__.tb_lineno)
    print(m.exceptions[0] is caught.exceptions[0])
    print(caught.__dict__, r.__dict__)

plain = ExceptionGroup("no tb", [ValueError(1), TypeError(2)])
m, r = plain.split(ValueError)
print(m.__traceback__, m.__context__, m.__cause__, m.__suppress_context__)
print(hasattr(m, "__notes__"), m.__dict__)
odd = ExceptionGroup("odd notes", [ValueError(1), TypeError(2)])
odd.__notes__ = "not a list"
print(repr(odd.split(ValueError)[0].__dict__))
odd.__notes__ = ("a", "tuple")
m, r = odd.split(ValueError)
print(m.__notes__, r.__notes__, type(r.__notes__).__name__)

print("--- subclasses")


class MyGroup(ExceptionGroup):
    pass


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(type(mg).__name__, repr(mg), str(mg), isinstance(mg, ExceptionGroup))
m, r = mg.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
attempt("subclass nests base", lambda: MyGroup("m", [KeyboardInterrupt()]))


class MyBaseGroup(BaseExceptionGroup):
    pass


print(repr(MyBaseGroup("b", [ValueError()])), repr(MyBaseGroup("b", [SystemExit()])))


class Derived(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return Derived(self.message, excs, self.code)


dg = Derived("with code", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3)])], 42)
print(repr(dg), dg.code, dg.args)
m, r = dg.split(ValueError)
print(type(m).__name__, repr(m), m.code)
print(type(r).__name__, repr(r), r.code)
print(type(m.exceptions[1]).__name__, repr(m.exceptions[1]))


class WithInit(ExceptionGroup):
    def __init__(self, message, excs, tag="none"):
        super().__init__(message, excs)
        self.tag = tag

    def __str__(self):
        return f"<{self.message} tagged {self.tag}>"


wi = WithInit("init", [ValueError(1)], tag="t1")
print(repr(wi), str(wi), wi.tag, wi.args)
wi2 = WithInit("init", [ValueError(1)])
print(wi2.tag, type(wi2.split(ValueError)[0]).__name__)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 7


attempt("bad derive", lambda: BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError))
print(BadDerive("bad", [ValueError(1)]).split(BadDerive)[0].message)
