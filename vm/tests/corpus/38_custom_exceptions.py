# Custom exception classes.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"no such key {self.key!r}"
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
try:
    raise AppError("basic failure")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, "|", e, "|", e.field, "|", e.message, "|", e.args)
try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, "|", e, "|", repr(e), "|", e.args, "|", e.key)
try:
    raise WithRepr("x")
except Exception as e:
    print(str(e), repr(e))
def validate(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, not {type(age).__name__}")
    if age < 0:
        raise ValidationError("age", f"{age} < 0")
    return age
for value in [5, -3, "7", 0]:
    try:
        print("ok", validate(value))
    except ValidationError as e:
        print("validation:", e)
    except TypeError as e:
        print("type:", e)
print(issubclass(ValidationError, Exception), [c.__name__ for c in ValidationError.__mro__])
print(repr(AppError()), str(AppError()), repr(AppError(1, 2)), str(AppError(1, 2)), str(AppError("only")))
class CodeError(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code
e = CodeError(404, "not found")
print(e, e.code, e.args, repr(e))
errors = []
for exc_type in [AppError, ValidationError, NotFound, KeyError, ValueError]:
    try:
        if exc_type is ValidationError:
            raise exc_type("f", "m")
        raise exc_type("arg")
    except AppError as caught:
        errors.append(("app", type(caught).__name__))
    except LookupError as caught:
        errors.append(("lookup", type(caught).__name__))
    except Exception as caught:
        errors.append(("other", type(caught).__name__))
print(errors)
class Retry(Exception):
    attempts = 0
def flaky():
    Retry.attempts += 1
    if Retry.attempts < 3:
        raise Retry(f"attempt {Retry.attempts}")
    return "success"
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying after", r)
try:
    raise AppError
except AppError as e:
    print("raised class:", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except NotAnException:
        pass
    raise ValueError("v")
except ValueError as e:
    print("ValueError:", e)
