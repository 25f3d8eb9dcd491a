# inf and nan behaviour.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan), str(-inf))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == float("inf"))
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(nan + 1, nan * 0, -nan, abs(-inf), abs(nan))
print(max(1, inf), min(-inf, 0), max(nan, 1), max(1, nan))
print(inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, 2 ** inf, 0.5 ** inf, 2 ** -inf)
print(inf % 2 if False else "x", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(float("-nan"), float("NaN"), float("INF"), float("infinity"), float("+inf"))
print(inf.is_integer(), nan.is_integer(), (-inf).hex(), nan.hex())
print(hash(inf), hash(-inf), hash(nan) == hash(nan) or True)
lst = [3.0, nan, 1.0]
print(nan in lst, lst.count(nan), lst.index(nan) if nan in lst else -1)
print([x == x for x in lst])
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
print(round(inf, 2), round(nan, 2), round(-inf, 0))
print(f"{inf:f} {inf:e} {-inf:g} {nan:f} {nan:.3e} {inf:10}| {nan:<6}|")
print("%f %e %g %.1f" % (inf, -inf, nan, nan))
print(sorted([3.0, -inf, 1.0, inf, 0.0]))
print(sum([inf, -inf]), sum([inf, 1.0]), 1e308 + 1e308)
print(inf != -inf, -inf == -1 * inf, 0.0 * -1, -0.0 == 0.0)
print(format(-0.0, ".1f"), repr(-0.0 + 0.0), repr(-0.0 * 1), repr(0.0 * -1))
