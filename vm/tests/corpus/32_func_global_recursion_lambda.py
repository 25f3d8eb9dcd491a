# global, recursion, lambdas, function attributes.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def make_global():
    global created
    created = "I exist"
make_global()
print(created)
def read_global():
    return counter * 10
print(read_global())
def local_shadow():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
local_shadow()
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(25))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(hanoi(3, "A", "C", "B", []), len(hanoi(10, "A", "C", "B", [])))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(301))
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(permutations([1, 2, 3]), len(permutations(list(range(6)))))
square = lambda x: x * x
add = lambda a, b=1: a + b
print(square(9), add(1), add(1, 2), (lambda: "nullary")(), (lambda *a, **k: (a, k))(1, z=2))
print(square.__name__, add.__defaults__, (lambda x: x).__code__.co_argcount)
print(sorted([3, -1, 2], key=lambda v: abs(v)), list(map(lambda s: s[::-1], ["ab", "cd"])))
def documented(a: int, b: str = "x") -> str:
    """Return a string."""
    return b * a
print(documented.__doc__, documented.__name__, documented.__qualname__, documented(3))
print(documented.__annotations__)
def outer_fn():
    def inner_fn():
        pass
    return inner_fn
print(outer_fn().__qualname__, outer_fn.__module__)
documented.custom = "attr"
print(documented.custom, callable(documented), type(documented).__name__)
def recurse_sum(lst):
    if not lst:
        return 0
    head, *tail = lst
    return head + recurse_sum(tail)
print(recurse_sum(list(range(50))))
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))
