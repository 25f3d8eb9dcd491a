# except*: matching leaves and nested groups, wrapping of bare exceptions,
# the unhandled rest, exceptions raised or re-raised in the clauses, and the
# invalid clause types.


def show(label, e):
    print(label, type(e).__name__, repr(e))


def run(label, f):
    try:
        f()
        print(label, "returned")
    except BaseException as e:
        show(label + " escaped", e)


print("--- leaves and nested groups")


def leaves():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
    except* ValueError as e:
        show("  value:", e)
        print("  handled in clause:", e.exceptions)
    except* TypeError as e:
        show("  type:", e)
    except* KeyError as e:
        show("  key:", e)
        print("  inner message:", e.exceptions[0].message)


run("leaves", leaves)


def rest_reraised():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
    except* ValueError as e:
        show("  value:", e)


run("rest", rest_reraised)


def nothing_matches():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError:
        print("  not reached")


run("no match", nothing_matches)


def whole_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        print("  same object:", e is whole_group.eg if hasattr(whole_group, "eg") else "n/a", repr(e))


run("whole", whole_group)


def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* (ValueError, OSError) as e:
        show("  tuple:", e)
    except* Exception as e:
        show("  rest:", e)


run("tuple", tuple_types)

print("--- bare exceptions are wrapped")


def bare():
    try:
        raise ValueError("bare")
    except* ValueError as e:
        show("  caught:", e)
        print("  message:", repr(e.message), "args:", e.args, "members:", e.exceptions)
        print("  has traceback:", e.__traceback__ is not None)


run("bare", bare)


def bare_no_match():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  not reached")


run("bare no match", bare_no_match)


def bare_second_clause():
    try:
        raise OSError("os")
    except* ValueError:
        print("  not reached")
    except* OSError as e:
        show("  second clause:", e)


run("bare second", bare_second_clause)


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def wrapped_lines():
    for i in range(3):
        try:
            with Quiet():
                if i == 0:
                    raise KeyError(i)
                if i == 1:
                    raise OSError(i)
                raise IndexError(i)
        except* KeyError as e:
            tb = e.__traceback__
            print("  key clause line", tb.tb_lineno, tb.tb_next)
        except* (ValueError, OSError) as e:
            print("  os clause line", e.__traceback__.tb_lineno)
        except* LookupError as e:
            print("  lookup clause line", e.__traceback__.tb_lineno, repr(e))


run("wrapped lines", wrapped_lines)


def bare_reraise():
    try:
        raise TypeError("t")
    except* TypeError:
        raise


run("bare reraise", bare_reraise)


def from_call():
    def inner():
        raise ZeroDivisionError("deep")

    try:
        inner()
    except* ArithmeticError as e:
        show("  from call:", e)


run("from call", from_call)

print("--- raising in clauses")


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


run("raise new with rest", raise_new)


def raise_new_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("alone")


try:
    raise_new_only()
except KeyError as e:
    show("raise alone ->", e)
    show("  context:", e.__context__)


def raise_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from value")
    except* TypeError:
        raise IndexError("from type")


try:
    raise_two()
except ExceptionGroup as e:
    show("raise two ->", e)
    for sub in e.exceptions:
        show("  sub:", sub)
        show("    context:", sub.__context__)


def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
    except* ValueError:
        raise
    except* KeyError:
        raise


run("reraise keeps structure", reraise_all)


def reraise_and_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("new one")


try:
    reraise_and_raise()
except ExceptionGroup as e:
    show("mixed ->", e)
    show("  first:", e.exceptions[0])
    show("  second:", e.exceptions[1])


def raise_group_in_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("replacement", [TypeError(9)])


run("group raised in clause", raise_group_in_clause)


def raise_from_bare():
    try:
        raise ValueError("bare")
    except* ValueError:
        raise TypeError("replaced")


try:
    raise_from_bare()
except TypeError as e:
    show("bare replaced ->", e)
    show("  context:", e.__context__)


def raise_caught_member():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e.exceptions[0]


run("raise member", raise_caught_member)

print("--- handled exceptions")


def handled_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError as k:
            print("  inner handled:", repr(k), repr(k.__context__))
    except* TypeError as t:
        show("  type:", t)


run("handled inside", handled_inside)


def nested_star():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError as v:
            show("  inner value:", v)
            raise
    except* ValueError as v2:
        show("  outer value:", v2)
    except* TypeError as t:
        show("  outer type:", t)


run("nested", nested_star)


def star_in_loop():
    results = []
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup("odd", [ValueError(i)])
            raise TypeError(i)
        except* ValueError as e:
            results.append(("value", e.exceptions[0].args[0]))
        except* TypeError as e:
            results.append(("type", repr(e)))
    print(" ", results)


run("loop", star_in_loop)


def finally_runs():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  value handled")
    finally:
        print("  finally ran")


run("finally", finally_runs)


def else_runs():
    try:
        x = 1
    except* ValueError:
        print("  not reached")
    else:
        print("  else ran, x =", x)


run("else", else_runs)

print("--- sys.exc_info inside except*")
import sys


def exc_info():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  exc_info:", repr(sys.exc_info()[1]))
        print("  exception():", repr(sys.exception()))
    except* TypeError:
        print("  exc_info:", repr(sys.exc_info()[1]))
    print("  after:", sys.exception())


run("exc_info", exc_info)

print("--- invalid clause types")


def catch_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        print("  not reached")


run("except* ExceptionGroup", catch_group)


def catch_base_group_in_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        print("  not reached")


run("except* tuple with group", catch_base_group_in_tuple)


def catch_not_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        print("  not reached")


run("except* int", catch_not_exception)


def catch_instance():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError(1):
        print("  not reached")


run("except* instance", catch_instance)


def no_exception():
    try:
        print("  body ran")
    except* ValueError:
        print("  not reached")


run("no exception", no_exception)

print("--- subclass groups through except*")


class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def derive(self, excs):
        return Tagged(self.message, excs, self.tag)


def tagged():
    try:
        raise Tagged("tagged", [ValueError(1), TypeError(2)], "T")
    except* ValueError as e:
        print("  match:", type(e).__name__, repr(e), e.tag)


try:
    tagged()
except Tagged as e:
    print("rest:", type(e).__name__, repr(e), e.tag)


class CustomSplit(ExceptionGroup):
    def split(self, cond):
        print("  custom split called with", cond.__name__)
        return super().split(cond)


def custom_split():
    try:
        raise CustomSplit("cs", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        show("  match:", e)
    except* TypeError as e:
        show("  match:", e)


run("custom split", custom_split)


class BadSplit(ExceptionGroup):
    def split(self, cond):
        return "nope"


def bad_split():
    try:
        raise BadSplit("bs", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  not reached")


run("bad split", bad_split)


class ShortSplit(ExceptionGroup):
    def split(self, cond):
        return (None,)


def short_split():
    try:
        raise ShortSplit("ss", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  not reached")


run("short split", short_split)

print("--- base exceptions")


def base():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        show("  kbd:", e)


run("base", base)


def base_bare():
    try:
        raise SystemExit(3)
    except* SystemExit as e:
        show("  exit:", e)


run("base bare", base_bare)
print("done")
