# Sieve of Eratosthenes and friends.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]
primes = sieve(200)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:], sum(sieve(1000)))
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins)
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(max(gaps), gaps.index(max(gaps)), primes[gaps.index(max(gaps))])
def goldbach(n, pset):
    for p in sorted(pset):
        if n - p in pset:
            return p, n - p
pset = set(sieve(1000))
print([goldbach(n, pset) for n in range(4, 40, 2)])
def totient(n):
    result = n
    for p in set(factorize(n)):
        result = result // p * (p - 1)
    return result
print([totient(n) for n in range(1, 25)])
def segmented_count(lo, hi):
    base = sieve(int(hi ** 0.5) + 1)
    flags = [True] * (hi - lo)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            flags[m - lo] = False
    return sum(1 for i, f in enumerate(flags) if f and lo + i > 1)
print(segmented_count(1, 1000), segmented_count(1000, 2000), segmented_count(10 ** 6, 10 ** 6 + 1000))
