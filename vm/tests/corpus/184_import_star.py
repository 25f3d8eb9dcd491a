# from module import *: public names (or __all__) into the module namespace.
before = set(globals())

from math import *

print(sqrt(16.0), floor(2.5), ceil(2.5), pi, e)
print(factorial(5), gcd(12, 18), isclose(0.1 + 0.2, 0.3))
new = set(globals()) - before - {"before"}
print("sqrt" in new, "pi" in new, "inf" in new)
print(sorted(n for n in new if n.startswith("_")))
print(all(not n.startswith("_") for n in new))

# names already defined are overwritten
def floor(x):
    return "mine"
print(floor(1.5))
from math import *
print(floor(1.5))

from string.templatelib import *
print(Template, Interpolation, convert.__name__)
print(convert(1, "r"))

from string import *
print(ascii_uppercase, hexdigits, octdigits)
print(repr(whitespace), len(printable), punctuation)
print(capwords("star imports work"))

import math
print(math.__name__, "sqrt" in dir(math))

# a module's __all__ decides what is imported
del pi, tau, sqrt
math.__all__ = ["pi", "_private"]
math._private = "underscore names listed in __all__ are imported"
from math import *
print(pi, _private)
print("tau" in globals(), "sqrt" in globals())
math.__all__ = ("e",)
e = 0
from math import *
print(e)

math.__all__ = ["pi", 3]
try:
    from math import *
except TypeError as exc:
    print("TypeError:", exc)
math.__all__ = ["nothing_here"]
try:
    from math import *
except AttributeError as exc:
    print("AttributeError:", exc)
del math.__all__
math.__dict__[1] = "not a str key"
try:
    from math import *
except TypeError as exc:
    print("TypeError:", exc)
del math.__dict__[1]
from math import *
print(tau)

try:
    from nonexistent import *
except ModuleNotFoundError as exc:
    print("ModuleNotFoundError:", exc)
