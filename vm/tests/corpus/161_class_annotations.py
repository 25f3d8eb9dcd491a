class A:
    x: int = 1
    y: str
    def m(self) -> None: pass
print(A.__annotations__, A.x)
print(sorted(k for k in vars(A) if k.startswith("__ann")))
z: int = 5
print(__annotations__ if "__annotations__" in dir() else "none")
import sys
print(sys.modules[__name__].__annotations__)
def f(a: int) -> str: pass
print(f.__annotations__)
class B(A):
    pass
print(B.__annotations__, A.__annotations__)
class Gen:
    def m(self): pass
print(Gen.__annotations__)
