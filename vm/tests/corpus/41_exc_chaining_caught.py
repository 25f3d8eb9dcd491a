# Exception chaining inspected without letting it escape.
def show(e):
    print(f"{type(e).__name__}: {e}")
    print("  cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    show(e)
    print("  cause is context:", e.__cause__ is e.__context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("no context") from None
except TypeError as e:
    show(e)
try:
    try:
        raise OSError("first")
    except OSError as first:
        try:
            raise KeyError("second")
        except KeyError:
            raise IndexError("third")
except IndexError as e:
    show(e)
    show(e.__context__)
    print("  chain:", [type(x).__name__ for x in (e, e.__context__, e.__context__.__context__)])
try:
    raise ValueError("explicit") from TypeError("cause obj")
except ValueError as e:
    show(e)
try:
    raise ValueError("from class") from KeyError
except ValueError as e:
    show(e)
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    show(e)
e1 = ValueError("manual")
e1.__cause__ = KeyError("set by hand")
print(repr(e1.__cause__), e1.__suppress_context__)
try:
    try:
        raise ValueError("a")
    finally:
        print("finally runs; exception pending")
except ValueError as e:
    show(e)
def cleanup_fails():
    try:
        raise KeyError("original")
    finally:
        raise RuntimeError("cleanup")
try:
    cleanup_fails()
except RuntimeError as e:
    show(e)
try:
    try:
        raise ValueError("inner")
    except ValueError as err:
        raise err
except ValueError as e:
    show(e)
