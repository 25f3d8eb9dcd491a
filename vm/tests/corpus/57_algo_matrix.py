# Matrix operations with nested lists.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def show(name, m):
    print(name)
    for row in m:
        print("  " + " ".join(f"{v:>6}" for v in row))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show("A", A)
show("B", B)
show("A x B", matmul(A, B))
show("B x A", matmul(B, A))
show("A^T", transpose(A))
print(matmul(identity(3), B) == B, matmul(A, identity(3)) == A)
def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
F = [[1, 1], [1, 0]]
print("fib via matrix:", [matpow(F, n)[0][1] for n in range(15)], matpow(F, 90)[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det:", det(M), det(identity(4)), det([[1, 2], [2, 4]]))
def scale(m, k):
    return [[v * k for v in row] for row in m]
def add(a, b):
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]
show("2M + I", add(scale(M, 2), identity(3)))
show("M / 4", [[round(v / 4, 2) for v in row] for row in M])
def solve(a, b):
    n = len(a)
    aug = [list(map(float, row)) + [float(bv)] for row, bv in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(n):
            if r != col:
                factor = aug[r][col] / aug[col][col]
                aug[r] = [x - factor * y for x, y in zip(aug[r], aug[col])]
    return [round(aug[i][n] / aug[i][i], 6) for i in range(n)]
print("solution:", solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
spiral = []
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
g = [row[:] for row in grid]
while g:
    spiral += g.pop(0)
    g = [list(row) for row in zip(*g)][::-1]
print("spiral:", spiral)
print("diag:", [grid[i][i] for i in range(4)], "anti:", [grid[i][3 - i] for i in range(4)])
print("row sums:", [sum(r) for r in grid], "col sums:", [sum(c) for c in zip(*grid)])
rot = [list(row) for row in zip(*grid[::-1])]
show("rotated", rot)
