# Exception chaining, notes and args formatting, ending with a chained traceback.
class AppError(Exception):
    pass

class DetailedError(Exception):
    def __init__(self, code, detail, extra=None):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
        self.extra = extra

for exc in [Exception(), Exception("one"), Exception("a", 2), Exception(("t",)),
            ValueError(3.5), KeyError("k"), KeyError(), KeyError(1, 2),
            DetailedError(404, "not found"), AppError(None), OSError("disk full"),
            StopIteration(7), SystemExit(4), UnicodeError("u")]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)

def explicit():
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("lookup failed") from e

def implicit():
    try:
        int("zz")
    except ValueError:
        raise AppError("conversion failed")

def hidden():
    try:
        [][0]
    except IndexError:
        raise AppError("clean") from None

for fn in (explicit, implicit, hidden):
    try:
        fn()
    except AppError as e:
        print(fn.__name__, repr(e), type(e.__cause__).__name__,
              type(e.__context__).__name__, e.__suppress_context__)

err = ValueError("bad value")
err.add_note("first note")
err.add_note("second\nmultiline note")
try:
    raise err
except ValueError as e:
    print("notes:", e.__notes__)

try:
    err.add_note(5)
except TypeError as e:
    print("add_note:", e)

def stage_one(x):
    try:
        return stage_two(x)
    except ZeroDivisionError as e:
        e.add_note(f"while processing {x!r}")
        raise DetailedError(500, "stage one failed", extra=x) from e

def stage_two(x):
    return 10 // x

def where(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

try:
    stage_one(0)
except DetailedError as e:
    print("lines", where(e), where(e.__cause__))
    e.__traceback__ = None
    print("cleared", e.__traceback__, where(e))
    try:
        raise e
    except DetailedError as again:
        print("fresh", where(again))

def run():
    try:
        stage_one(0)
    except DetailedError as e:
        print("run caught", e.code, e.detail, e.extra, e)
        raise RuntimeError("run aborted")

run()
