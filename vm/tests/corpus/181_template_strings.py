# Template strings (PEP 750): t"..." literals, string.templatelib.
from string.templatelib import Template, Interpolation, convert

name = "World"
t = t"Hello {name}!"
print(type(t))
print(repr(t))
print(t.strings)
print(t.interpolations)
print(t.values)
print(list(t))

i = t.interpolations[0]
print(type(i), i)
print(i.value, i.expression, i.conversion, repr(i.format_spec))

# conversions and format specs (including nested fields and "=")
x = 3.14159
width = 10
t2 = t"{x:>{width}.2f} and {x=} and {x!s} and {x!a:} {name:^9}"
print(t2.strings)
for item in t2.interpolations:
    print(" ", item.value, repr(item.expression), item.conversion, repr(item.format_spec))
print(list(t2))

# iteration skips empty strings
print(list(t"{name}{name}"))
print(t"{name}{name}".strings)
empty = t""
print(repr(empty), list(empty), empty.values)
print(list(t"just text"))

# expressions are evaluated eagerly, in order
calls = []
def f(v):
    calls.append(v)
    return v * 2
t3 = t"{f(1)} + {f(2)} = {f(1) + f(2)}"
print(calls, t3.values)
print([it.expression for it in t3.interpolations])

# rendering a template by hand
def render(template):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            value = convert(part.value, part.conversion)
            out.append(format(value, part.format_spec))
    return "".join(out)

print(render(t))
print(render(t2))
amount = 1234.5
print(render(t"Total: {amount:,.2f} ({amount!r})"))

# concatenation
class Foo:
    pass

both = t + t2
print(both.strings)
print(len(both.interpolations), both.values)
print(repr(t"a{1}" + t"{2}b"))
try:
    t + "text"
except TypeError as e:
    print("TypeError:", e)
try:
    "text" + t
except TypeError as e:
    print("TypeError:", e)
for other in [1, None, Foo()]:
    try:
        t + other
    except TypeError as e:
        print("TypeError:", e)
try:
    1 + t
except TypeError as e:
    print("TypeError:", e)
try:
    t * 2
except TypeError as e:
    print("TypeError:", e)

# constructors
print(repr(Template()))
print(repr(Template("a", "b", Interpolation(1, "x"), "c", Interpolation(2), Interpolation(3))))
print(repr(Template(Interpolation(1), "a", "b")))
print(list(Template("x", Interpolation(5, "five"), "y")))
print(repr(Interpolation(1)))
print(repr(Interpolation(1, "a", "r", "x")))
print(repr(Interpolation(1, "a", conversion="s", format_spec=">4")))
print(repr(Interpolation(value=[1, 2], expression="lst")))
for args in [(Foo(),), ("a", 1.5), (None,)]:
    try:
        Template(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Template("a", b=1)
except TypeError as e:
    print("TypeError:", e)
for args, kwargs in [
    ((1, 2, 3, 4, 5), {}),
    ((), {}),
    ((1, 2), {}),
    ((1, "a", 1), {}),
    ((1, "a", "z"), {}),
    ((1, "a", ""), {}),
    ((1, "a", None, 3), {}),
    ((1,), {"value": 2}),
    ((1,), {"bogus": 2}),
]:
    try:
        print(repr(Interpolation(*args, **kwargs)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# convert()
print(convert(3, None), convert(3, "s"), convert("a", "r"), convert("é", "a"))
try:
    convert(3, "x")
except ValueError as e:
    print("ValueError:", e)

# pattern matching
print(Interpolation.__match_args__)
for part in t2:
    match part:
        case str() as s:
            print("str", repr(s))
        case Interpolation(value, expr, "r", spec):
            print("repr conversion", value, expr, repr(spec))
        case Interpolation(value, expr, conv):
            print("other", value, expr, conv)

# attributes are read-only
for obj, attr in [(t, "strings"), (t, "interpolations"), (i, "value"), (i, "format_spec")]:
    try:
        setattr(obj, attr, None)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    t.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)

# identity semantics and types
print(t == t, t == t"Hello {name}!", isinstance(t, Template), isinstance(i, Interpolation))
print(Template.__name__, Template.__module__, Interpolation.__qualname__)
print(str(t) == repr(t), bool(empty))
try:
    iter(i)
except TypeError as e:
    print("TypeError:", e)

import string.templatelib as tl
print(tl.__name__, tl.Template is Template)
import string
print(string.templatelib is tl, string.ascii_lowercase, string.digits)
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
from string import templatelib
print(templatelib is tl)
try:
    from string.templatelib import Missing
except ImportError as e:
    print("ImportError:", type(e).__name__, e.name)
try:
    import string.missing
except ImportError as e:
    print("ImportError:", type(e).__name__, e)
