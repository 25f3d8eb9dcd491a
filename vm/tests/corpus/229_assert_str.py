# assert, custom __str__ behaviours, and a __str__ that raises.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2

def check_plain(x):
    assert x
    return x

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("assert:", e, e.args)
try:
    check_plain([])
except AssertionError as e:
    print("plain assert:", repr(e), e.args)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print("tuple msg:", e)

class Weird(Exception):
    def __str__(self):
        return "weird: " + ", ".join(map(str, self.args))

class Bad(Exception):
    def __str__(self):
        raise ValueError("no str for you")

class NonStr(Exception):
    def __str__(self):
        return 42

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"

print(str(Weird(1, 2)), repr(Weird(1, 2)))
try:
    str(NonStr())
except TypeError as e:
    print("non-str:", e)
try:
    print(Bad("x"))
except ValueError as e:
    print("bad str:", e)
print(repr(WithRepr("a")), str(WithRepr("a")))

class Validation(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")

try:
    raise Validation("email", "missing @")
except Validation as v:
    print(v, v.args, v.field)

def validate(user):
    if "@" not in user.get("email", ""):
        raise Bad("invalid", user)

import sys

def hook(exc_type, exc, tb):
    print("hook got", exc_type.__name__, type(tb).__name__, tb.tb_lineno)
    sys.__excepthook__(exc_type, exc, tb)
    print("hook done")

print(sys.excepthook is sys.__excepthook__)
sys.excepthook = hook
validate({"email": "a@b"})
print("first ok")
validate({"email": "nope"})
