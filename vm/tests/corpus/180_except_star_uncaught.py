# What escapes an except* statement, printed as an uncaught exception: new
# exceptions raised by the clauses combined with the unhandled rest, each
# raised exception chained to the part of the group its clause handled, and
# a bare exception wrapped by except* as a context.


def parse(items):
    errors = []
    for item in items:
        try:
            int(item)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("parse errors", errors + [KeyError("unhandled")])


def wrapped():
    try:
        raise OSError("bare")
    except* OSError:
        raise RuntimeError("replaced a bare exception")


def handle(items):
    try:
        parse(items)
    except* ValueError as eg:
        print("handling", repr(eg))
        raise TypeError(f"{len(eg.exceptions)} bad values")
    except* KeyError:
        print("re-raising the key error")
        raise


def main():
    try:
        wrapped()
    except RuntimeError as e:
        print("wrapped:", repr(e), repr(e.__context__))
    try:
        handle(["1", "x", "2", "y"])
    except* TypeError as tg:
        print("outer handled", repr(tg))
        raise


main()
