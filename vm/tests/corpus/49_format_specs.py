# Format specification mini-language for int, float and str.
ints = [0, 7, -7, 255, 123456789]
specs = ["d", "5d", "<5d", "^5d", ">5d", "05d", "+d", " d", "-d", ",d", "_d", "x", "X", "#x", "#X",
         "o", "#o", "b", "#b", "08b", "#010x", "_b", "c", "n", "e", ".2f", "%", "=+8d", "*^9d", "#_o"]
for spec in specs:
    row = []
    for i in ints:
        try:
            row.append(format(i, spec))
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(f"{spec!r:>9}: {row}")
floats = [0.0, 1.5, -2.25, 1234.5678, 1e-7, 6.02e23]
fspecs = ["", "f", ".0f", ".3f", "10.2f", "<10.1f", "^10.1f", "+.1f", "e", ".2e", "E", "g", ".2g", "G",
          "%", ".0%", ",.2f", "_.1f", "010.3f", "#.0f", "#g", ".1", "z.1f", "=10.2f"]
for spec in fspecs:
    print(f"{spec!r:>9}: {[format(v, spec) for v in floats]}")
print(format(-0.0001, "z.2f"), format(-0.0, "z.1f"), format(-0.0, ".1f"))
strs = ["", "a", "hello", "longer text"]
sspecs = ["", "s", "5", "<8", ">8", "^8", "*^9", ".3", "8.2", "-<6", "0>5"]
for spec in sspecs:
    print(f"{spec!r:>6}: {[format(s, spec) for s in strs]}")
for v, spec in [(True, "d"), (True, ">6"), (False, "x"), (3, ".2f"), (3, "%"), (2 ** 70, ","), (-2 ** 70, "x")]:
    print(repr(v), repr(spec), repr(format(v, spec)))
for v, spec in [(1.5, "d"), ("x", "d"), (3, ".2s"), ("x", ","), (1, "=s"), (1.0, "c"), ("abc", "=5")]:
    try:
        print(format(v, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
width = 12
for name, price in [("coffee", 3.5), ("sandwich", 8.25), ("water", 1)]:
    print(f"{name:.<{width}}{price:>8.2f}")
print(f"{'centered':=^{width + 8}}")
print(f"{1234567.891:,.2f} {1234567:_} {0.000123:.2e} {255:#06x} {-255:#06x}")
