def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in g():
    break
print("after")
z = g()
next(z)
def f():
    w = g()
    next(w)
    return 5
print(f())
print("end")
