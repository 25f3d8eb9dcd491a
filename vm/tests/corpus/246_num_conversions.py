tests = [
 lambda: (1).__class__.__mro__, lambda: int.__mro__, lambda: bool.__mro__, lambda: 5 .__index__(), lambda: (5).__format__('>3'),
 lambda: float.__repr__(1.5), lambda: int.__add__(1, 2), lambda: float.__add__(1.0, 2), lambda: int.__add__(1, 2.0),
 lambda: complex.__add__(1j, 1), lambda: list.__add__([1], [2]), lambda: [].__iadd__([1]), lambda: [1, 2].__mul__(2), lambda: [1].__imul__(3),
 lambda: int(' 1_000 '), lambda: int('1_000', 2) if False else int('1010', base=2), lambda: int(b'42'), lambda: int(bytearray(b'7')), lambda: float(b'1.5'),
 lambda: int('１２'), lambda: int(12.9), lambda: int('12', 37), lambda: int('0x', 16), lambda: int('', 10), lambda: int(' '), lambda: int(None),
 lambda: int([1]), lambda: float([1]), lambda: complex('1', 2), lambda: complex([]), lambda: complex('j'), lambda: complex('1e'),
 lambda: float('1e500'), lambda: float('-1e500'), lambda: float('0x10'), lambda: float('infinity'), lambda: float('-iNF'), lambda: float('nan').is_integer(),
 lambda: (1.5).__round__(), lambda: (2.5).__round__(0), lambda: (1234).__round__(-2), lambda: round(-0.0), lambda: round(0.5, None), lambda: round(1e16 + 0.5),
 lambda: round(float('nan')), lambda: round(float('inf')), lambda: round(1.5, 300), lambda: round(1.5, -300), lambda: round(10**20, -19), lambda: round(True),
 lambda: divmod(True, 2), lambda: divmod(7, 2.0), lambda: divmod(float('inf'), 2), lambda: divmod(5, float('inf')), lambda: divmod(-5, float('inf')),
 lambda: 2 ** 0.5j, lambda: 0 ** 0j, lambda: 0j ** -1, lambda: 0.0 ** -1, lambda: (-8) ** (1 / 3), lambda: (-1) ** 2.0, lambda: (-2.0) ** 2, lambda: (-2.0) ** -1,
 lambda: 10 ** -400, lambda: (-10) ** 0.5, lambda: 2 ** 2 ** 3, lambda: -2 ** 2, lambda: pow(-2, 0.5), lambda: pow(4, 0.5, 3), lambda: pow(2, 3, 1), lambda: pow(0, -1, 5),
 lambda: pow(6, -1, 9), lambda: pow(3, -2, 1), lambda: pow(2**100, -1, 97), lambda: pow(-3, -1, 7), lambda: pow(3, -1, -7), lambda: pow(2, 5, -7),
 lambda: (12).bit_length(), lambda: True.bit_length(), lambda: (0).bit_count(), lambda: (10).to_bytes(), lambda: (300).to_bytes(), lambda: (-129).to_bytes(1, signed=True),
 lambda: int.from_bytes(b''), lambda: int.from_bytes(b'\x01\x00'), lambda: int.from_bytes(bytearray(b'\xff'), 'little', signed=True), lambda: (5).to_bytes(2, 'middle'),
 lambda: (1.5).as_integer_ratio(), lambda: float('inf').as_integer_ratio(), lambda: float('nan').as_integer_ratio(), lambda: (0.0).as_integer_ratio(), lambda: True.as_integer_ratio(),
 lambda: float.fromhex('0x1p-1074'), lambda: float.fromhex('0x1p-1075'), lambda: float.fromhex('0x1p1024'), lambda: float.fromhex('1.8'), lambda: float.fromhex('x'),
 lambda: (5e-324).hex(), lambda: (1e308).hex(), lambda: (-0.0).hex(), lambda: float('nan').hex(), lambda: float('-inf').hex(), lambda: (0.1).hex(),
 lambda: (3+4j).__abs__(), lambda: complex(3, 4).__repr__(), lambda: repr(complex(1e20, 1e-20)), lambda: repr(complex(0.0, 1.0)), lambda: repr(complex(-0.0, 1)), lambda: repr(complex(1, float('nan'))),
 lambda: str(complex(2, 0)), lambda: complex('1e3+1e-3j'), lambda: complex(' 1+1J '), lambda: complex('+j'), lambda: complex('-j'), lambda: complex(True, False),
 lambda: (1+2j) ** 2, lambda: (1+2j) ** -1, lambda: (1+2j) ** 0.5, lambda: (1+2j) ** (1+1j), lambda: 2 ** (1+1j), lambda: (1j) ** 1000, lambda: (1+1j) ** 10,
 lambda: (1+2j) == (1+2j), lambda: (1+0j) == 1.0, lambda: 1j != 1, lambda: abs(1e308+1e308j), lambda: (1e308+1e308j) * 2, lambda: 1j / 0, lambda: 1 / 0j, lambda: 1.0 % 0,
 lambda: -7 // 2.0, lambda: 7.0 // -2, lambda: -7.0 % 2, lambda: 7.5 % -2, lambda: -0.0 // 1, lambda: 0.0 // -1, lambda: 1e300 // 1e-300, lambda: 5 // 0.0,
 lambda: int.__floordiv__(7, 0), lambda: (7).__mod__(0), lambda: True // False, lambda: 2**63 // -1, lambda: -2**63 // -1, lambda: (-2**63) % -1, lambda: abs(-2**63),
 lambda: -(-2**63), lambda: (2**63 - 1) + 1, lambda: (-2**63) - 1, lambda: 2**62 * 4, lambda: (-2**63) * -1, lambda: 3037000500 * 3037000500, lambda: -2**63 // 1,
 lambda: 1 << 63, lambda: 1 << 64, lambda: -1 << 63, lambda: 1 >> 64, lambda: -1 >> 100, lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 2**70, lambda: 2**70 >> 2**70,
 lambda: 5 .__rshift__(1), lambda: 2 ** 63 & 2 ** 63 - 1, lambda: ~(2**64), lambda: -(2**64) | 1, lambda: (2**64) ^ -1, lambda: 1.5 & 1, lambda: 1 << 1.0,
 lambda: bool(0.0), lambda: bool(0j), lambda: bool(-0.0), lambda: True + 1.5, lambda: True * 'ab', lambda: [1] * True, lambda: True == 1.0, lambda: True is 1 if False else None,
 lambda: int.bit_length(-1), lambda: int('+-1'), lambda: int('--1'), lambda: int('1 1'), lambda: int('_1'), lambda: int('1_'), lambda: int('0_7'), lambda: int('07'), lambda: int('07', 0),
 lambda: int('0b', 0), lambda: int('0B11', 0), lambda: int('0O7', 0), lambda: int('0X_F', 0), lambda: int('0x1', 10), lambda: int('0x1', 16), lambda: int('1', 1), lambda: int('1', 0),
 lambda: float('1_0'), lambda: float('_1'), lambda: float('1__0'), lambda: float('1e1_0'), lambda: float('.5'), lambda: float('5.'), lambda: float('.'), lambda: float('e5'), lambda: float(''),
 lambda: str(0.1 + 0.7), lambda: 1e21, lambda: 1e-6, lambda: 123e-9, lambda: 1.0e+16, lambda: 9999999999999998.0, lambda: 0.1 * 3, lambda: 2.0 ** 62, lambda: 2.0 ** 70, lambda: float(2 ** 1023),
 lambda: float(2**1024), lambda: 2**1024 / 1, lambda: 2**1024 // 1.0, lambda: 2**1024 * 1.0, lambda: 2**1024 + 0.5, lambda: 2**1024 > 1e308, lambda: 2**1024 == float('inf'), lambda: (2**1024) / (2**1023),
 lambda: 10**400 / 10**399, lambda: 1 / 10**400, lambda: 10**400 // 3.0, lambda: math_free(),
]
def math_free():
    return sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum((1, 2), 0.0), sum([1j, 2])
for i, f in enumerate(tests):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
tests2 = [
 lambda: int.from_bytes('ab'), lambda: int.from_bytes(b'a', 'mid'), lambda: int.from_bytes(5), lambda: (5).to_bytes(-1), lambda: (5).to_bytes(1, byteorder='little', signed=True), lambda: (5).to_bytes(length=2),
 lambda: (5).to_bytes(1, 'big', True), lambda: (5).bit_length(1), lambda: (1.5).hex(1), lambda: float.fromhex(1), lambda: float.fromhex('0x1p99999'), lambda: float.fromhex('0x.8'), lambda: float.fromhex('1e3'),
 lambda: float.fromhex('-0x1.921fb54442d18p+1'), lambda: float.fromhex('0x1.0000000000000fp0'), lambda: float.fromhex('0x1.00000000000008p0'), lambda: float.fromhex('0x1.00000000000018p0'), lambda: float.fromhex(' nan '), lambda: float.fromhex('-Infinity'),
 lambda: (1.0).is_integer(1), lambda: (2).__round__(None), lambda: round(2, None), lambda: round(2.5, None), lambda: round('x'), lambda: round(1.5, 1.5), lambda: round(5, True), lambda: round(15, -1), lambda: round(25, -1), lambda: round(-25, -1),
 lambda: round(0.285, 2), lambda: round(0.2850000001, 2), lambda: round(1e-320, 322), lambda: round(123.456, -400), lambda: round(-123.456, -400), lambda: round(123.456, 400), lambda: round(2**70, 5), lambda: round(2**70 + 2**60, -18),
 lambda: divmod(), lambda: divmod(1), lambda: divmod('a', 1), lambda: divmod(1, 'a'), lambda: pow(), lambda: pow(1), lambda: pow(2, 3, 4, 5), lambda: pow('a', 2), lambda: pow(2, 'a'), lambda: pow(2, 3, 'a'), lambda: pow(2.0, 3, 4),
 lambda: pow(2, 3.0, 4), lambda: pow(2, -3, 4), lambda: pow(2, 3, mod=5), lambda: pow(base=2, exp=3), lambda: pow(1j, 2, 3), lambda: abs(), lambda: abs('x'), lambda: abs(None), lambda: hex(1.5), lambda: oct('x'), lambda: bin(None),
 lambda: int(x=5) if False else int('5', base=10), lambda: int('5', 10, 1), lambda: int(5, 10), lambda: int('5', base='10'), lambda: int('1' * 10, 2), lambda: float(x=1), lambda: complex(real=1, imag=2), lambda: complex(imag=2),
 lambda: complex('1', imag=2), lambda: complex(x=1), lambda: 1 .__truediv__('a'), lambda: 1 + None, lambda: None + 1, lambda: 1.5 - 'a', lambda: [1] - [1], lambda: 'a' * 1.5, lambda: 2 ** 'a', lambda: 'a' ** 2, lambda: -'a', lambda: ~1.5, lambda: +None,
 lambda: 1 @ 2, lambda: 1 < None, lambda: None >= None, lambda: 3 // 'a', lambda: 'a' % 3, lambda: 5 % 'a', lambda: [] % 1, lambda: 1 << 'a', lambda: 1.0 << 1, lambda: 1 & 1.0, lambda: 1j ^ 1, lambda: divmod(1j, 2j),
]
for i, f in enumerate(tests2):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
