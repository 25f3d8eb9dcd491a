def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0

class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        g = gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g

    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__

    def __sub__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        return self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

    def __format__(self, spec):
        return format(str(self), spec)

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), lcm(4, 6), lcm(0, 5), lcm(21, 6))
a, b = Frac(1, 3), Frac(1, 6)
print(a + b, a - b, a * b, a / b, -a, repr(a + b))
h = sum(Frac(1, k) for k in range(1, 11))
print(h, float(h), f"[{h:>12}]", f"{float(h):.6f}")
print(sorted([Frac(3, 4), Frac(1, 2), Frac(5, 8), Frac(-1, 3)]))
print(Frac(2, 4) == Frac(1, 2), Frac(3, -6), Frac(0, 5), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
print(Frac(1, 2) == 0.5 if False else Frac(4, 2) == 2)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a.x = 5
except AttributeError as e:
    print("AttributeError:", e)

def egyptian(f):
    parts = []
    n, d = f.n, f.d
    while n:
        c = -(-d // n)
        parts.append(c)
        n, d = n * c - d, d * c
        g = gcd(n, d)
        if g:
            n, d = n // g, d // g
    return parts
print(egyptian(Frac(4, 13)), egyptian(Frac(5, 6)))

def cont_frac(n, d):
    out = []
    while d:
        q, r = divmod(n, d)
        out.append(q)
        n, d = d, r
    return out
print(cont_frac(415, 93), cont_frac(355, 113), cont_frac(-7, 3))

def to_decimal(n, d, digits=30):
    q, r = divmod(n, d)
    s, seen = [], {}
    while r and r not in seen and len(s) < digits:
        seen[r] = len(s)
        q2, r = divmod(r * 10, d)
        s.append(str(q2))
    if r in seen:
        i = seen[r]
        return f"{q}." + "".join(s[:i]) + "(" + "".join(s[i:]) + ")"
    return f"{q}." + ("".join(s) or "0")
for n, d in [(1, 3), (1, 7), (22, 7), (1, 8), (5, 1), (1, 97), (3227, 555)]:
    print(f"{n}/{d} = {to_decimal(n, d)}")

primes = [p for p in range(2, 60) if all(p % q for q in range(2, int(p ** 0.5) + 1))]
print(primes)
def factorize(n):
    fs, p = {}, 2
    while p * p <= n:
        while n % p == 0:
            fs[p] = fs.get(p, 0) + 1
            n //= p
        p += 1
    if n > 1:
        fs[n] = fs.get(n, 0) + 1
    return fs
for n in (360, 97, 1001, 2**10 * 3**5, 600851475143):
    fs = factorize(n)
    print(n, fs, " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in fs.items()))
print(Frac(1, 2) < Frac(1, 3), Frac(1, 2) > Frac(1, 3), max(Frac(1, 2), Frac(2, 3)))
print(Frac(1, 2) <= Frac(1, 3))
