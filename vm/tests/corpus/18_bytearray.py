# bytearray: a mutable bytes.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), type(ba).__name__)
ba[0] = 72
print(ba)
ba.append(33)
print(ba)
ba.extend(b" world")
print(ba)
ba += b"!!"
print(ba)
ba.insert(0, 62)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
del ba[0:2]
print(ba)
ba[1:3] = b"EEEE"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray(b"abc") == b"abc")
x = bytearray(b"abcdef")
print(x[2], x[1:4], x[::-1], x.upper(), x.find(b"cd"), x.replace(b"c", b"C"), bytes(x))
print(x.hex(), x.decode(), x.count(b"a"), b"b" in x, 100 in x, x.startswith(b"ab"))
x.clear()
print(x, len(x), bool(x))
y = bytearray(b"abc")
z = y.copy()
z[0] = 65
print(y, z, y * 2, y + b"d", y == z)
try:
    y[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    y.append("a")
except TypeError as e:
    print("TypeError:", e)
try:
    y.remove(120)
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
acc = bytearray()
for i in range(10):
    acc.append(48 + i)
print(acc, acc.decode(), list(acc[:3]))
