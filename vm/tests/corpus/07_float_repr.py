# float repr/str: shortest round-trip representation.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10.0, 100.0,
        1e15, 1e16, 1e17, 1.5e16, 123456789.123, 1e-4, 1e-5, 0.0001234,
        1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5, 3.14159, 1e100,
        -1e-100, 9007199254740993.0, 0.3, 1.1, 2.675, 1e-7, 123e-10]
for v in vals:
    print(repr(v), str(v), v)
print(float("1.5"), float("  -2.25 "), float("1e3"), float("-.5"), float("5."))
print(float("inf"), float("-Infinity"), float("nan"), float("1_000.5"))
print(float(7), float(-0), float(2 ** 60), float(True))
print(3.0.is_integer(), 3.5.is_integer(), (2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((0.5).hex(), (1.0).hex(), (3.14).hex(), float.fromhex("0x1.8p1"))
print(1.5.real, 1.5.imag, 1.5.conjugate())
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(2.0 ** 0.5, 10.0 ** -3, 7.0 // 2, 7.0 % 2, -7.0 % 2)
print(3 * 0.1, 0.1 * 3, 1 - 0.9, 100 * 1.1)
print(int(1e10), int(-2.999), int(1.9999999999999999))
print(float("0.1") * 3, sum([0.1] * 10), 0.1 * 10)
print([x / 10 for x in range(11)])
print([x * 0.25 for x in range(-4, 5)])
print(1.0 == 1, 1.0 != 1.5, hash(1.0) == hash(1), hash(0.5) == hash(0.5))
print(max(1.5, 2), min(-0.0, 0.0), 1e16 + 1, 1e16 + 2)
for s in ["abc", "", "1.2.3", "1e", "--1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(type(1.0).__name__, isinstance(1.0, float), float.__name__)
print(float("1e400"), float("-1e400"), float("1e-400"))
