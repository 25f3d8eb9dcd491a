# Recursion errors with frame compression in the traceback.
import sys

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(50))

def ping(n):
    return pong(n + 1)

def pong(n):
    if n > 20:
        raise RuntimeError(f"gave up at {n}")
    return ping(n + 1)

try:
    ping(0)
except RuntimeError as e:
    print("caught:", e)

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

def countdown(n):
    if n == 0:
        return {}["end"]
    return countdown(n - 1)

countdown(12)
