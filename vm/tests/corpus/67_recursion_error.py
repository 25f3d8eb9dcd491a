# Unbounded recursion raises RecursionError; caught and reported.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(type(e).__name__, isinstance(e, RuntimeError))
def deep_ok(n):
    return 0 if n == 0 else 1 + deep_ok(n - 1)
print(deep_ok(500))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
chain = None
for _ in range(300):
    chain = Node(chain)
print(chain.length())
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
print("recovered; limit is", sys.getrecursionlimit())
print(deep_ok(100))
