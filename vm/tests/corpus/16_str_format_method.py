# str.format in many shapes.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=7), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
class P:
    def __init__(self):
        self.x = 10
        self.y = [1, 2]
print("{0.x} {0.y[1]}".format(P()), "{p.x}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08}".format("r", "l", "c", "s", 42))
print("{:d} {:5d} {:<5d}| {:+d} {: d} {:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:c}".format(7, 7, 7, 7, 7, 255, 255, 255, 8, 8, 5, 5, 65))
print("{:,} {:_} {:_x} {:,.2f} {:e} {:.2%}".format(1234567, 1234567, 0xFFFFFF, 9876.5432, 0.000314, 0.4567))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{literal}} {}".format("x"), "{:{w}.{p}f}".format(3.14159, w=10, p=3), "{:{}}|".format("ab", 5))
print("{0:>{1}}".format("n", 4), "{:=+8d}".format(-42), "{:=8}".format(-3.5))
print("{:s}".format("str"), "{:.3s}".format("truncate"), "{:10.3s}|".format("abcdef"))
print(format(42), format(42, "05d"), format("x", "^5"), format(3.5), format(True), format(None))
print("{}".format(None), "{}".format([1, 2]), "{:>6}".format(True), "{:d}".format(True))
print("{0!r:>10}|{1!s:<6}|".format("a", 1))
print("%(a)s-%(b)d" % {"a": "A", "b": 2})
for bad in ["{", "}", "{0", "{:d}", "{:q}", "{1}", "{x}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "{:s}".format(5)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:,s}".format("x")
except ValueError as e:
    print("ValueError:", e)
print("{0}{1}{0}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:^7.2f}|{:<+7.1f}|{:>07.3f}".format(1.5, 2.25, -3.125))
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 0.1)]
for name, qty, price in table:
    print("{:<10}{:>5}{:>8.2f}{:>9.2f}".format(name, qty, price, qty * price))
print("{:-^30}".format(" end "))
