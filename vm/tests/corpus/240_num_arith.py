# numbers: arithmetic and mixed types
vals = [7, -7, 7.5, -7.5, 2, -3, 0.5]
for a in [7, -7, 7.0, -7.5]:
    for b in [2, -2, 3.0, -0.5]:
        print(a, b, a / b, a // b, a % b, divmod(a, b))
print(2 ** -1, 2 ** -2, (-8) ** (1/3), (-2) ** 0.5, 4 ** 0.5)
print((-1) ** 0.5, 0 ** 0, 0.0 ** 0, 10 ** 20, 10 ** -20)
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(38, -1, 97), pow(2, 100, 10**9+7))
print(True + True, True * 3, -True, ~int(True), True / 2, True // 2, False ** 0)
print(1 + 2j, (1 + 2j) * (3 - 4j), (1+2j) / (3-4j), abs(3+4j), complex(1, -0.0), -0j, 0j)
print(complex('1+2j'), complex(3), complex(2.5, -1), (1+2j).conjugate(), (1+2j).real, (1+2j).imag)
print(repr(complex(float('inf'), float('nan'))), 1j ** 2, (2+0j) ** 2, pow(1j, 3))
print((1e300 * 1e300), -(1e300*1e300), 1e-320, 5e-324, 1.7976931348623157e308)
for x in [0.1, 1/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e22, 2.5, -0.0, 100.0, 1e100]:
    print(x, repr(x), str(x), round(x, 2), round(x))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5, 1), type(round(5.5)), type(round(5.5, 0)), round(1e300, -300))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1, 2, 3], 'big'))
print((10).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1.5).hex(), (-0.1).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'))
print(int('0x1f', 0), int('0o17', 0), int('0b101', 0), int('1_000', 0), int('  42  '), int('-0'), int('z', 36), int('1_0'))
print(1_000_000, 0x_ff, 0b_1010, 1_0.5e1_0)
print(abs(-5), abs(-5.5), abs(True), divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(0, 5))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([], 0.0), sum([[1], [2]], []), sum(range(100)))
print(min(1, 2.0, True), max(1, 1.0), max(1.0, 1), min([3, 2.5, -1]), max(-0.0, 0), min(0, -0.0))
print(7 // 0.5, -7 // 0.5, 7 % -0.5, -7 % 3.5, 1e308 * 10 // 1 if False else 0, 5 % 1e309, -5 % 1e309)
print(int(3.99), int(-3.99), int(True), float(7), float('  -1.5e3 '), float('inf'), float('-nan'), float('1_000.5'))
print(2**63, -2**63, 2**64 - 1, (2**64) // 3, -(2**64) % 7, (2**100) >> 90, 1 << 70, -(1 << 70) >> 3)
print(10**30 / 10**10, 10**30 // 7.0, float(2**80), int(1e20), 3 * 1.1, 0.1 + 0.2, 1.1 * 1.1)
print(12345678901234567890 * 98765432109876543210, hex(2**70), oct(-8), bin(-5), hex(-255))
print(1 == 1.0, 1 == True, 2**53 + 1 == float(2**53 + 1), 0.5 < 1, 1 < 1.5 < 2, (1+0j) == 1)
tests = [
    ('1/0', lambda: 1/0),
    ('1//0', lambda: 1//0),
    ('1%0', lambda: 1%0),
    ('1.0/0', lambda: 1.0/0),
    ('divmod(1,0)', lambda: divmod(1,0)),
    ('0**-1', lambda: 0**-1),
    ('pow(2,-1,4)', lambda: pow(2,-1,4)),
    ('pow(2,3,0)', lambda: pow(2,3,0)),
    ("int('12a')", lambda: int('12a')),
    ("float('x')", lambda: float('x')),
    ("int('0x1f')", lambda: int('0x1f')),
    ("complex('1+')", lambda: complex('1+')),
    ('1j < 2j', lambda: 1j < 2j),
    ('(2**2000)*1.0', lambda: (2**2000)*1.0),
    ("int('1__0')", lambda: int('1__0')),
    ('pow(2.0, 3, 5)', lambda: pow(2.0, 3, 5)),
    ('round(1.5, "x")', lambda: round(1.5, "x")),
    ("int(float('inf'))", lambda: int(float('inf'))),
    ("int(float('nan'))", lambda: int(float('nan'))),
    ('(1).to_bytes(1, "big", signed=False) + (256).to_bytes(1, "big")', lambda: (1).to_bytes(1, "big", signed=False) + (256).to_bytes(1, "big")),
    ("(-1).to_bytes(1, 'big')", lambda: (-1).to_bytes(1, 'big')),
    ('divmod(1j, 1)', lambda: divmod(1j, 1)),
    ('1j // 1', lambda: 1j // 1),
    ('1j % 2', lambda: 1j % 2),
]
for e, f in tests:
    try:
        print(e, '->', f())
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
