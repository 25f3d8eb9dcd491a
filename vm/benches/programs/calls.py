# Call-heavy: recursion and many small function calls.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def add(a, b):
    return a + b


def apply(f, x, y):
    return f(x, y)


total = 0
for i in range(300000):
    total = apply(add, total, i)
print(fib(27), total)
