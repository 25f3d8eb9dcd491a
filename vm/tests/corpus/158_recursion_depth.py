def walk(n):
    if n:
        yield n
        yield from walk(n - 1)
print(sum(walk(300)))
def deep(n):
    if n == 0:
        return 0
    return 1 + sum(x for x in [deep(n - 1)])
print(deep(150))
class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None
Node(400)
print("ok")
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print(e)
def grec(n):
    yield from grec(n + 1)
try:
    list(grec(0))
except RecursionError as e:
    print("gen", e)
class R:
    def __init__(self, n):
        R(n + 1)
try:
    R(0)
except RecursionError as e:
    print("init", e)
