import sys

def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[m][n], "".join(reversed(out))

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def knapsack(items, cap):
    best = [0] * (cap + 1)
    choice = [[] for _ in range(cap + 1)]
    for name, w, v in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
                choice[c] = choice[c - w] + [name]
    return best[cap], choice[cap]

def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@memo
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    fewest = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and fewest[a - c] + 1 < fewest[a]:
                fewest[a] = fewest[a - c] + 1
    return ways[amount], fewest[amount]

def lis(xs):
    tails, parent, idx = [], [None] * len(xs), []
    for i, x in enumerate(xs):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if xs[tails[mid]] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0:
            parent[i] = tails[lo - 1]
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(xs[k]); k = parent[k]
    return out[::-1]

for a, b in [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    print(f"{a!r:12} {b!r:12} lcs={lcs(a, b)} edit={edit_distance(a, b)}")
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print(knapsack(items, 200))
print(knapsack(items, 10), knapsack([], 5))
print([fib(i) for i in range(15)], fib(90), len(fib.cache), fib.__name__)
print(fib(300))
print([partitions(n, n) for n in range(1, 20)], partitions(100, 100))
print(coin_change([1, 5, 10, 25], 63), coin_change([2], 3), coin_change([3, 7], 11))
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]), lis([]), lis([5, 4, 3]))
tri = [[1]]
for _ in range(9):
    row = tri[-1]
    tri.append([1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1])
width = len(" ".join(map(str, tri[-1])))
for row in tri:
    print(" ".join(map(str, row)).center(width).rstrip())
grid = [[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8], [9, 7, 9, 3]]
R, C = len(grid), len(grid[0])
cost = [[0] * C for _ in range(R)]
for r in range(R):
    for c in range(C):
        up = cost[r - 1][c] if r else None
        left = cost[r][c - 1] if c else None
        cands = [x for x in (up, left) if x is not None]
        cost[r][c] = grid[r][c] + (min(cands) if cands else 0)
print(cost, cost[-1][-1])
print(max(max(row) for row in grid), [sum(col) for col in zip(*grid)], [list(r) for r in zip(*grid)][::-1])
print(sys.getrecursionlimit() >= 1000)
def count_calls():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = count_calls()
print(c(), c(), c())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
sys.setrecursionlimit(100)
try:
    deep(200)
except RecursionError as e:
    print("RecursionError:", e)
