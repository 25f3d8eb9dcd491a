# print with sep/end/file/flush and interleaving with sys.stdout.write.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued", end="\n")
print("x", "y", sep="\n", end="\n---\n")
print(1, 2.5, None, True, [1, "two"], (3,), {"k": "v"}, sep=" | ")
print("to stderr", file=sys.stderr)
print("stderr", "with", "sep", sep="-", file=sys.stderr, end="!\n")
print("flushed", flush=True)
sys.stdout.write("written directly\n")
print("after write")
n = sys.stdout.write("partial ")
print("count was", n)
sys.stderr.write("direct stderr write\n")
print(*range(5))
print(*"spread", sep=".")
print(*[], sep="ignored")
print("", end="")
print("sep None", "end None", sep=None, end=None)
print("tab\tseparated", "new\nline")
print("unicode: é ü 日本 ✓ 😀")
print(b"bytes are repr'd", bytearray(b"ba"))
class Custom:
    def __str__(self):
        return "Custom.__str__"
    def __repr__(self):
        return "Custom.__repr__"
print(Custom(), [Custom()], (Custom(),))
for i in range(3):
    print(i, end=" ")
print()
for i in range(3):
    sys.stdout.write(str(i))
    print(",", end="")
print()
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file="notafile")
except AttributeError as e:
    print("AttributeError:", e)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("into", "collector", file=c)
print(c.parts)
print("final line on stdout")
print("final line on stderr", file=sys.stderr)
