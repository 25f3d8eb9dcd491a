# Floor division and modulo with negative operands (Python floors).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5),
         (-1, 5), (5, 5), (-5, 5), (13, 4), (-13, 4), (13, -4), (-13, -4),
         (100, 7), (-100, 7), (100, -7), (-100, -7), (2, 3), (-2, 3)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>5} // {b:>3} = {q:>4}   {a:>5} % {b:>3} = {r:>3}   divmod={divmod(a, b)}   check={q * b + r == a}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.5), (1.0, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 / 2, 7 / -2, -7.0 // 2, -0.0 % 5)
print(int(-7 / 2), -(7 // 2), -7 // 2)
for a in range(-6, 7):
    print(a, a % 3, a // 3, a % -3, a // -3)
big = -10 ** 25
print(big // 3, big % 3, big // -3, big % -3)
for b in (0, 0.0):
    for op in ("//", "%", "/"):
        try:
            if op == "//":
                 5 // b
            elif op == "%":
                 5 % b
            else:
                 5 / b
        except ZeroDivisionError as e:
            print(op, type(b).__name__, "ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod ZeroDivisionError:", e)
