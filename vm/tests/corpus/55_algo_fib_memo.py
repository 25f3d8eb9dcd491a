# Fibonacci with a memo dict, plus other dynamic programming.
memo = {0: 0, 1: 1}
calls = 0
def fib(n):
    global calls
    calls += 1
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(20)])
print(fib(100), calls)
print(fib(300))
print(len(memo), max(memo), str(memo[300])[:12])
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib_iter(i) == fib(i) for i in range(200)))
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
    return ways[amount]
print(coin_change([1, 2, 5], 11), coin_change([1, 5, 10, 25, 50, 100], 300), coin_change([2], 3))
def min_coins(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    for v in range(1, amount + 1):
        for c in coins:
            if c <= v and best[v - c] + 1 < best[v]:
                best[v] = best[v - c] + 1
    return best[amount] if best[amount] != INF else -1
print(min_coins([1, 3, 4], 6), min_coins([2], 3), min_coins([1, 5, 10, 25], 63))
def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, ca in enumerate(a, 1):
        for j, cb in enumerate(b, 1):
            table[i][j] = table[i - 1][j - 1] + 1 if ca == cb else max(table[i - 1][j], table[i][j - 1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return table[-1][-1], "".join(reversed(out))
print(lcs("ABCBDAB", "BDCABA"), lcs("kitten", "sitting"), lcs("", "abc"))
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"), edit_distance("", "abc"))
pascal = [[1]]
for _ in range(10):
    row = pascal[-1]
    pascal.append([1] + [row[k] + row[k + 1] for k in range(len(row) - 1)] + [1])
for row in pascal:
    print(" ".join(f"{v:>3}" for v in row).center(50).rstrip())
collatz_cache = {1: 1}
def collatz_len(n):
    path = []
    while n not in collatz_cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = collatz_cache[n]
    for m in reversed(path):
        length += 1
        collatz_cache[m] = length
    return collatz_cache[path[0]] if path else length
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best), collatz_len(27))
