print(complex(1j, 1j))
for i in range(2):
    print(complex(2, 3j), complex(1+1j, 2))
print(complex(1j))
import sys
fi = sys.float_info
print(fi)
print(fi.max, fi.epsilon, fi.dig, fi[0], len(fi), fi.min, type(fi).__name__, isinstance(fi, tuple))
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info < (4,), tuple(sys.version_info)[:3])
print(sys.version_info)
major, minor, *rest = sys.version_info
print(major, minor, rest, sys.version_info.releaselevel, sys.version_info == (3, 14, 2, 'final', 0))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2, -fi.max * 2, fi.min / 2 > 0, sys.int_info.default_max_str_digits)
print(repr(sys.float_info)[:40], str(sys.version_info)[:20], f"{sys.float_info.max:.3e}", list(sys.version_info)[3:])
print(hash(sys.version_info) == hash(tuple(sys.version_info)), type(sys.version_info))
import math
vals = [0.5, 1, 1.5, 2, 2.5, 3, 4.2, 5, 7.7, 10, 20.5, 23, 24, 30.3, 100, 141.5, 170.5, 171.7, 0.001, 1e-25, -0.5, -1.5, -2.5, -10.1, -150.3, -250.5, 3.14159, 50, 60.6]
for v in vals:
    for f in (math.gamma, math.lgamma, math.erf):
        try:
            print(f.__name__, v, repr(f(v)))
        except Exception as e:
            print(f.__name__, v, type(e).__name__, e)
for v in [0, -1, -2.0, 0.0, -0.0, float('inf'), float('-inf'), float('nan'), 200, 1e308, -1e308, 180]:
    for f in (math.gamma, math.lgamma, math.erf):
        try:
            print(f.__name__, v, repr(f(v)))
        except Exception as e:
            print(f.__name__, v, type(e).__name__, e)
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([1.5, 2], [2, 3]), math.sumprod([], []), math.sumprod([2**70], [3]))
for t in [lambda: math.sumprod([1], [1, 2]), lambda: math.sumprod([1e308, 1e308], [10, -10]), lambda: math.sumprod(['a'], [2]), lambda: math.sumprod([1, 2.5], [True, 3])]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.fsum([1e308, 1e308, -1e308]) if False else '', math.fsum([float('inf'), 1]), math.fsum([1, float('nan')]))
for t in [lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([1e308, 1e308, -1e308]), lambda: math.fsum([0.1, 0.2, 0.3, -0.6]), lambda: math.fsum([1e-16, 1, -1e-16]), lambda: math.fsum([-0.0, -0.0]), lambda: math.fsum([])]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [2**1100, 10**400, 2**1024 - 1, 3**700, 2**63 + 1, 10**20]:
    print(repr(math.log(v)), repr(math.log2(v)), repr(math.log10(v)), repr(math.log(v, 3)), repr(math.log(v, 2**1050)))
for t in [lambda: math.log(-1.5), lambda: math.log2(-1.0), lambda: math.log10(0.0), lambda: math.log2(0), lambda: math.log(10, -2), lambda: math.log(1.0, 1.0), lambda: math.log10(-2**2000), lambda: math.log(float('inf')), lambda: math.log(float('nan'))]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print([f"{math.erfc(v):.12g}" for v in (-1, 0, 0.5, 2, 10)])
import sys, math
tests = [
 lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.acos(2),
 lambda: math.isqrt(-1), lambda: math.comb(3, 5), lambda: math.comb(-1, 2), lambda: math.gcd(), lambda: math.gcd(0, 0), lambda: math.lcm(), lambda: math.ceil(float('inf')), lambda: math.floor(float('nan')),
 lambda: math.fsum([1e308, 1e308]), lambda: math.dist([0, 0], [3, 4]), lambda: math.prod([]), lambda: math.prod([2, 3], start=2), lambda: math.fmod(1, 0), lambda: math.remainder(7, 2), lambda: math.trunc(2**70 + 0.5),
 lambda: math.log2(1024), lambda: math.log1p(1e-10), lambda: math.expm1(1e-10), lambda: math.sumprod([1, 2], [3, 4]), lambda: math.cbrt(27), lambda: math.exp2(10), lambda: math.nextafter(1, 2), lambda: math.ulp(1.0),
 lambda: math.degrees(math.pi), lambda: math.radians(180), lambda: math.atan2(1, 1), lambda: math.sin(math.pi / 2), lambda: math.tan(0.5), lambda: math.cosh(1), lambda: math.erf(0.5), lambda: math.gamma(5.5), lambda: math.lgamma(10),
 lambda: math.floor(-0.5), lambda: math.ceil(2**60 + 0.5), lambda: math.isclose(1, 1.0000000001), lambda: math.isclose(0, 1e-10, abs_tol=1e-9), lambda: math.copysign(3, -0.0), lambda: math.hypot(), lambda: math.hypot(1, 2, 2),
 lambda: math.pi.hex(), lambda: math.inf - math.inf, lambda: math.inf * 0, lambda: math.nan ** 0, lambda: 1 ** math.nan, lambda: math.sqrt(2) ** 2 == 2, lambda: math.factorial(25), lambda: math.perm(5), lambda: math.log(2**2000),
 lambda: math.log10(10**400), lambda: math.sqrt(10**400), lambda: math.isqrt(10**40 + 1), lambda: math.floor(1e300), lambda: math.gcd(2**100, 6**50), lambda: math.lcm(2**70, 3), lambda: math.fabs(-2**70), lambda: math.ldexp(1, 2000),
 lambda: math.frexp(0.0), lambda: math.modf(float('inf')), lambda: math.e ** 2, lambda: round(math.pi, 3), lambda: f"{math.tau:.10f}", lambda: math.pow(2, 0.5), lambda: math.pow(-8, 1/3), lambda: math.sqrt(True),
 lambda: math.floor('x'), lambda: math.sqrt('4'), lambda: math.log(8, 0), lambda: math.log(8, 1), lambda: math.fsum('ab'), lambda: math.isnan(1j), lambda: math.trunc(None), lambda: math.comb(10**5, 2),
]
for i, f in enumerate(tests):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
