# The math module: constants, rounding, powers, logs, trigonometry, integers, errors.
import math
from math import sqrt, pi

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 30))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print(math.floor(7), math.ceil(10 ** 20), type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.pow(2, 10), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(100, 10))
print(round(math.sin(pi / 2), 12), round(math.cos(0), 12), round(math.tan(pi / 4), 12))
print(math.atan2(1, 1), math.asin(1), math.acos(1), math.atan(1))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.degrees(pi), math.radians(180))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(7), math.lcm(4, 6), math.gcd())
print(math.factorial(10), math.factorial(25), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0), math.isfinite(math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.25), math.modf(-2.5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.dist((0, 0), (3, 4)))
print(math.sqrt(math.nan), math.log2(math.nan), math.asin(math.nan), math.comb(5, 10), math.perm(3, 5))
for label, f in [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("floor(nan)", lambda: math.floor(math.nan)),
    ("acos(2)", lambda: math.acos(2)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("nosuch", lambda: math.nosuch),
]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
