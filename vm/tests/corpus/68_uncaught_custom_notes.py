# Ends with an uncaught custom exception carrying notes and args.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field!r} is invalid: {problem}")
        self.field = field

def validate(record):
    for field in ("name", "age"):
        if field not in record:
            err = ValidationError(field, "missing")
            err.add_note(f"record keys: {sorted(record)}")
            err.add_note("hint: every record needs a name and an age")
            raise err
    return True

print(validate({"name": "x", "age": 3}))
records = [{"name": "a", "age": 1}, {"name": "b"}]
for r in records:
    print("validating", r)
    validate(r)
