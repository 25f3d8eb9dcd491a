# An uncaught exception group nested deeper than the traceback shows
# (max_group_depth), with more members than it lists (max_group_width), and
# members that carry a context chain and a cause.


def fail(i):
    raise ValueError(f"member {i}")


def wide():
    members = []
    for i in range(18):
        try:
            fail(i)
        except ValueError as e:
            members.append(e)
    return ExceptionGroup("wide", members)


def deep(levels):
    eg = ExceptionGroup("level 0", [KeyError(0)])
    for i in range(1, levels):
        eg = ExceptionGroup(f"level {i}", [eg, IndexError(i)])
    return eg


def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise LookupError("during handling")
    except LookupError as e:
        try:
            raise RuntimeError("explicit cause") from e
        except RuntimeError as r:
            return r


w = wide()
print(len(w.exceptions), w)
d = deep(13)
print(d)
c = chained()
print(repr(c), repr(c.__cause__), repr(c.__cause__.__context__))
base = BaseExceptionGroup("base", [KeyboardInterrupt(), c])
print(type(base).__name__, base)
try:
    raise ExceptionGroup("top", [w, d, base.exceptions[1]])
except ExceptionGroup as top:
    print("caught", top)
    raise BaseExceptionGroup("final", [top, KeyboardInterrupt("kbd")]) from TypeError("why")
