# Messages of common built-in exceptions raised by the interpreter itself.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
class Thing:
    attr = 1
    def method(self):
        return self.missing_attr
def use_before_assign():
    print(value)
    value = 1
def use_deleted():
    item = 1
    del item
    return item
show(lambda: undefined_name)
show(use_before_assign)
show(use_deleted)
show(lambda: Thing().nothing)
show(lambda: Thing().method())
show(lambda: Thing.missing)
show(lambda: "text".missing)
show(lambda: [1, 2, 3][10])
show(lambda: (1, 2)[-5])
show(lambda: "abc"[3])
show(lambda: {"a": 1}["b"])
show(lambda: {1: 1}[2])
show(lambda: {(1, 2): 0}[(3, 4)])
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: int("12x"))
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: 2 ** 10000 * 1.0)
show(lambda: [1, 2] + 3)
show(lambda: 3 + [1])
show(lambda: {} + {})
show(lambda: "a" - "b")
show(lambda: 5 @ 5)
show(lambda: None + 1)
show(lambda: len(None))
show(lambda: Thing()())
show(lambda: Thing() < Thing())
show(lambda: iter(Thing()))
show(lambda: next(Thing()))
show(lambda: [x for x in 5])
show(lambda: dict.fromkeys(5))
show(lambda: "abc".index("d"))
show(lambda: [1, 2].index(5))
show(lambda: (1, 2).index(5))
show(lambda: "x" * -1 + "ok" + 1)
show(lambda: object().__setattr__("a", 1))
show(lambda: Thing.method())
show(lambda: Thing().method(1))
show(lambda: int.__new__(str))
show(lambda: 1 in 5)
show(lambda: "a" in 5)
show(lambda: 5 in "abc")
show(lambda: abs(-5, 2))
show(lambda: list.append())
show(lambda: str.upper(5))
show(lambda: slice(1, 2)[0])
small_set = {1, 2}
show(lambda: small_set[0])
show(lambda: {}.keys()[0])
show(lambda: range(3)[5])
show(lambda: (lambda a: a)())
show(lambda: (lambda a: a)(1, 2))
show(lambda: (lambda *, k: k)(1))
show(lambda: (lambda a: a)(b=1))
