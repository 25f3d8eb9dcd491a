# None and bool: identity, truthiness, arithmetic with bools, comparisons.
print(None)
print(repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0)
print(bool(None), not None)
print(True, False, repr(True), str(False))
print(type(True).__name__, isinstance(True, int), issubclass(bool, int))
print(True + True, True * 10, False - 1, -True, ~int(True), ~int(False))
print(True / 2, True // 2, True % 2, True ** 5)
print(True & False, True | False, True ^ True, False ^ True)
print(type(True & False).__name__, type(True + False).__name__)
print(int(True), float(False), str(True).upper())
print(True == 1, False == 0, True is True)
print(True > False, max(True, False), min(True, 2))

# Truthiness of many values
values = [0, 1, -1, 0.0, 0.5, -0.0, "", "a", " ", [], [0], (), (None,),
          {}, {0: 0}, set(), {0}, None, True, False, 0j, 1j, b"", b"\x00",
          range(0), range(1)]
for v in values:
    print(repr(v).ljust(12), bool(v))

# and / or return operands
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print("" or "default", "x" and "y", None or 0 or "", [] or {} or "end")
print(not 0, not 1, not "", not "abc")

# Short circuit evaluation
log = []
def t(name, value):
    log.append(name)
    return value
result = t("a", False) and t("b", True)
print(result, log)
log.clear()
result = t("a", True) or t("b", True)
print(result, log)
log.clear()
result = t("a", 0) or t("b", "") or t("c", "found") or t("d", 1)
print(result, log)

# Comparisons involving None
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
print(None in [None, 1], [None] == [None])
print(bool.__name__, bool(1), bool(-3), bool("False"))
x = None
if x is None:
    print("x is None")
if not x:
    print("not x")
print([i for i in range(5) if i], len([None] * 3))
print(hash(None) == hash(None), hash(True), hash(False))
