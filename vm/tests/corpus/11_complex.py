# complex numbers.
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), str(w), type(z).__name__)
print(z.real, z.imag, z.conjugate(), abs(z))
print(z + w, z - w, z * w, z / w, -z, +z)
print(z == complex(3, 4), z != w, z == 3 + 4j, 1j * 1j, 1j ** 2)
print(complex(), complex(2), complex(0, 1), complex("1+2j"), complex(" 3-4j "), complex("5j"))
print(1j, -1j, 0j, -0j, 2.5j, 1e20j, complex(1e20, 1e-20))
print(complex(0.0, -0.0), complex(-0.0, 0.0), complex(1, float("inf")), complex(float("nan"), 1))
print(z ** 2, z ** 0, pow(z, 2), (1 + 1j) ** 8)
print(z * 2, z / 2, 2 / z, z + 1.5, 1 - z)
print(abs(1j), abs(-3j), abs(complex(5, 12)))
print(format(z, ""), format(z, ".2f"), format(w, "10.1f"), f"{z:+.3e}")
print(f"{1j:g}", f"{(1+2j)*1j}", (2 + 3j).real.is_integer())
print(hash(3 + 0j) == hash(3), 3 + 0j == 3, (1 + 0j) == 1.0)
for s in ["1+", "j1", "1+2k", ""]:
    try:
        complex(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    z // w
except TypeError as e:
    print("TypeError:", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int(z)
except TypeError as e:
    print("TypeError:", e)
vals = [1 + 1j, 2 - 3j, -1j, 4 + 0j]
print(sum(vals), [v.conjugate() for v in vals], [abs(v) ** 2 for v in vals])
print(bool(0j), bool(1j), bool(0 + 0j), complex(True, False))
