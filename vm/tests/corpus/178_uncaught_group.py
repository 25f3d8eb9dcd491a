# An uncaught exception group: CPython's tree traceback on stderr, with
# members raised in functions, a nested group, chained members and notes.


def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    if value == 0:
        raise ZeroDivisionError("zero")
    return 10 // value


def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError(f"cannot convert {text!r}") from e


def collect(values):
    errors = []
    for v in values:
        try:
            print("checked", check(v))
        except Exception as e:
            e.add_note(f"while checking {v}")
            errors.append(e)
    return errors


errors = collect([5, -1, 0, 2])
print("errors:", errors)
inner = []
for text in ["12", "x1", "3"]:
    try:
        print("converted", convert(text))
    except TypeError as e:
        inner.append(e)
try:
    {}["missing"]
except KeyError as e:
    inner.append(e)
group = ExceptionGroup("conversion problems", inner)
group.add_note("inner group note")
eg = ExceptionGroup("batch failed", errors + [group])
eg.add_note("first note\nspans two lines")
eg.add_note("second note")
print(repr(eg))
print(eg)
raise eg
