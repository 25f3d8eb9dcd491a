from __future__ import annotations
class A:
    x: int = 1
    y: "List[int]"
def f(a: Undefined) -> Nope: pass
print(A.__annotations__, f.__annotations__)
z: int = 3
print(__annotations__)
