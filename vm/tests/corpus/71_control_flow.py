# Loops with else, break/continue, while, walrus, conditional expressions, del, pass.
for i in range(5):
    if i == 3:
        print("break at", i)
        break
else:
    print("not printed")
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("while-else ran, n =", n)
while True:
    n -= 1
    if n < 2:
        break
print("after while True, n =", n)
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    else:
        return -1
print(find("hello", "l"), find("hello", "z"))
data = [1, 5, 12, 7, 30]
if (big := [x for x in data if x > 10]):
    print("big values:", big, len(big))
chunks = iter(["ab", "cd", ""])
while (chunk := next(chunks)):
    print("chunk", chunk)
print([y for x in data if (y := x * 2) > 10])
x = 7
label = "small" if x < 5 else "medium" if x < 10 else "large"
print(label, "odd" if x % 2 else "even", (x > 5) + (x > 6) + (x > 8))
print(1 < x < 10, 1 < x > 5, x == 7 == 7.0, 0 <= x <= 6, 10 > x >= 7 != 8)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print("pair", i, j)
a = [1, 2, 3, 4]
del a[0], a[-1]
print(a)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
v = 5
del v
try:
    v
except NameError as e:
    print("NameError:", e)
if not []:
    pass
elif True:
    print("unreachable")
else:
    print("unreachable")
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print("total", total)
i = 0
while i < 3:
    i += 1
else:
    print("done counting", i)
matrix = [[1, 2], [3, 4]]
found = None
for r, row in enumerate(matrix):
    for c, val in enumerate(row):
        if val == 3:
            found = (r, c)
            break
    if found:
        break
print("found", found)
count = 0
for _ in range(1000):
    count += 1
    if count >= 100:
        break
print(count)
print([("fizz" * (k % 3 == 0) + "buzz" * (k % 5 == 0)) or k for k in range(1, 16)])
