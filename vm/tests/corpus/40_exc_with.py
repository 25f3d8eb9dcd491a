# with statements and context managers.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress
with Resource("a") as r:
    print("inside", r.name)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)
with Resource("quiet", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Resource("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def early_return():
    with Resource("ret"):
        return "returned"
print(early_return())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        print("body", n)
class Timer:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("start")
        return self.log
    def __exit__(self, *args):
        self.log.append("stop")
        return False
t = Timer()
with t as log:
    log.append("work")
print(t.log)
class Transaction:
    def __init__(self, data):
        self.data = data
    def __enter__(self):
        self.snapshot = dict(self.data)
        return self.data
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.data.clear()
            self.data.update(self.snapshot)
            print("rolled back because", ev)
            return True
        print("committed")
account = {"balance": 100}
with Transaction(account) as acc:
    acc["balance"] -= 30
print(account)
with Transaction(account) as acc:
    acc["balance"] -= 500
    if acc["balance"] < 0:
        raise ValueError("insufficient funds")
print(account)
with Resource("multi-line") as (r):
    pass
with (Resource("p1") as p1,
      Resource("p2") as p2):
    print("parenthesized", p1.name, p2.name)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with EnterFails():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("exit failed")
try:
    with ExitRaises():
        raise ValueError("body error")
except OSError as e:
    print("OSError:", e, "| context:", repr(e.__context__))
