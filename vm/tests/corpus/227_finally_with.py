# Exceptions in finally blocks and in a context manager's __exit__.
class Resource:
    def __init__(self, name, fail_exit=False):
        self.name = name
        self.fail_exit = fail_exit

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        if self.fail_exit:
            raise RuntimeError(f"cleanup of {self.name} failed")
        return exc_type is KeyError

with Resource("a") as r:
    print("inside", r.name)
with Resource("b"):
    raise KeyError("suppressed")
print("after b")

try:
    with Resource("c", fail_exit=True):
        raise ValueError("body failed")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))

def cleanup_fails():
    try:
        raise ValueError("original")
    finally:
        print("in finally")
        raise TypeError("from finally")

try:
    cleanup_fails()
except TypeError as e:
    print("finally error:", e, "| context:", e.__context__)

def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError as e:
        print("outer caught", e)
        return "recovered"
    finally:
        print("outer finally")

print(nested())

try:
    with Resource("d") as d:
        d.missing_method()
except AttributeError as e:
    print("attr in with:", e)

with Resource("e", fail_exit=True) as e:
    values = [1, 2, 3]
    print(values[3])
