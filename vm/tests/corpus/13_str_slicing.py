# str indexing and slicing.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[::2], s[1::2], s[::-1])
print(s[8:2:-1], s[8:2:-2], s[-1:-5:-1], s[2:8:3], s[::-3], s[5:5], s[7:3])
print(s[100:], s[-100:3], s[3:100], s[-100:-50], s[::100])
print(repr(s[10:]), repr(s[5:2]), repr(""[::-1]))
for i in range(-len(s), len(s), 3):
    print(i, s[i], s[i:], s[:i])
u = "héllo wörld ✓"
print(u[1], u[-1], u[6:11], u[::-1], len(u))
sl = slice(1, 8, 2)
print(s[sl], sl, sl.start, sl.stop, sl.step)
print(s[slice(None, None, -1)], s[slice(3)], s[slice(2, None)])
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4))
parts = [s[i:i + 3] for i in range(0, len(s), 3)]
print(parts)
word = "racecar"
print(word == word[::-1], "python"[::-1] == "python")
t = "The quick brown fox"
print(t[4:9], t[t.index("b"):t.index("b") + 5], t[-3:].upper())
print([t[i] for i in range(0, len(t), 4)])
for step in (1, 2, -1, -2):
    print(step, repr(t[::step]))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[-11]
except IndexError as e:
    print("IndexError:", e)
print(s[True], s[False:True + 2])
