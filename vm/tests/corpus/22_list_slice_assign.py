# Slice assignment and deletion on lists.
a = list(range(10))
print(a)
a[2:5] = ["x", "y"]
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
a[:] = [0, 1, 2, 3, 4, 5, 6, 7]
print(a)
a[::2] = ["e0", "e2", "e4", "e6"]
print(a)
a[1::2] = "ABCD"
print(a)
a[::-1] = range(8)
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
a[-1:] = [7, 8, 9]
print(a)
a[2:2] = (5, 5)
print(a)
a[5:1] = ["ins"]
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
c = [0] * 5
c[1:4] = [9]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
d = list("abcdefgh")
del d[1:7:2]
print(d)
d[100:200] = ["tail"]
print(d)
d[-100:1] = ["head"]
print(d)
e = list(range(6))
e[1:5] = [x * 10 for x in e[1:5]]
print(e)
e[slice(0, 2)] = ["s0", "s1"]
print(e)
f = [1, 2, 3, 4, 5]
f[1:-1] = f[1:-1][::-1]
print(f)
g = [1, 2, 3]
g[3:] = [4]
g[:0] = [0]
print(g, g[::-2], g[-2::-1])
