for f in [lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex('1', '2'), lambda: complex([]), lambda: complex(1, []), lambda: complex(None), lambda: complex(1j, '1'),
          lambda: int(b'42'), lambda: int(b' 7 '), lambda: int(b'x'), lambda: int(bytearray(b'1_0')), lambda: int(bytearray(b'z')), lambda: int(b'ff', 16), lambda: int(b'0x1f', 0),
          lambda: float(b'1.5'), lambda: float(b'x'), lambda: float(bytearray(b'2e3')), lambda: float(bytearray(b'q')), lambda: int(b'\xff'), lambda: int.bit_length(1.5),
          lambda: [1].__iadd__([2]), lambda: [1].__imul__(2), lambda: float.is_integer(1), lambda: int.to_bytes(1.0), lambda: int(memoryview(b'1')) if False else 0]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class MyInt(int): pass
class MyF(float): pass
class MyC(complex): pass
a, f, c = MyInt(6), MyF(-2.5), MyC(1, 2)
for t in [lambda: ~a, lambda: +a, lambda: -f, lambda: +f, lambda: -c, lambda: abs(a), lambda: abs(f), lambda: abs(c), lambda: a.real, lambda: f.imag, lambda: c.conjugate(), lambda: divmod(a, 4), lambda: pow(a, 2, 5),
          lambda: round(f), lambda: round(a, -1), lambda: a << 2, lambda: f // 1, lambda: c * 2, lambda: a.to_bytes(2, 'big'), lambda: f.as_integer_ratio(), lambda: bool(MyInt(0)), lambda: hex(a), lambda: float(a), lambda: int(f), lambda: complex(f),
          lambda: a.__neg__(), lambda: int.__neg__(a), lambda: str(c), lambda: repr(c), lambda: [a, f, c], lambda: format(c, '.1f'), lambda: a.numerator, lambda: f.is_integer(), lambda: a.bit_length(), lambda: sorted([f, a, 1])]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class MyInt(int): pass
class L(list): pass
a = MyInt(6)
for t in [lambda: a.__add__(1), lambda: a.__neg__(), lambda: a.__lt__(3), lambda: a.__repr__(), lambda: a.__format__('x'), lambda: L([1]).__len__(), lambda: L([1]).__getitem__(0), lambda: a.__abs__(), lambda: a.__index__(), lambda: a.__float__()]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class MyInt(int):
    pass
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat(' + super().__repr__() + ')'
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Num:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __int__(self): return int(self.v)
    def __round__(self, n=None): return ('round', n)
    def __abs__(self): return 'abs'
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __rpow__(self, b): return ('rpow', b)
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
    def __complex__(self): return complex(self.v, 1)
a = MyInt(5)
f = MyFloat(2.5)
tests = [
 lambda: a + 1, lambda: type(a + 1).__name__, lambda: repr(a), lambda: str(a), lambda: f"{a:04d}", lambda: a == 5, lambda: hash(a) == hash(5), lambda: -a, lambda: type(-a).__name__, lambda: a.bit_length(),
 lambda: f, lambda: str(f), lambda: f * 2, lambda: type(f * 2).__name__, lambda: f"{f}", lambda: f"{f:.1f}", lambda: '%s %r %f' % (f, f, f), lambda: [f], lambda: round(f), lambda: f.is_integer(), lambda: f.hex(),
 lambda: [1, 2, 3][Idx(1)], lambda: [1, 2, 3][Idx(0):Idx(2)], lambda: 'abc' * Idx(2), lambda: range(Idx(3)), lambda: hex(Idx(255)), lambda: bin(Idx(5)), lambda: int(Idx(7)) if False else 0, lambda: pow(2, Idx(3)) if False else 0,
 lambda: round(Num(1.5)), lambda: round(Num(1.5), 2), lambda: abs(Num(1)), lambda: pow(Num(2), 3), lambda: pow(Num(2), 3, 5), lambda: 2 ** Num(3), lambda: divmod(Num(1), 2), lambda: divmod(2, Num(1)),
 lambda: float(Num(3)), lambda: int(Num(3.7)), lambda: complex(Num(2)), lambda: Num(1) + 1, lambda: math_like(), lambda: MyInt('12'), lambda: MyInt('ff', 16), lambda: MyFloat('1.5'), lambda: MyInt(3.9),
 lambda: isinstance(True, int), lambda: True.__class__.__mro__, lambda: bool.__bases__, lambda: int.__bases__, lambda: issubclass(bool, int), lambda: format(True, '>5'), lambda: format(True, 'd'), lambda: format(False, '.2f'),
 lambda: f"{True!r:^8}", lambda: str(True + 0.5), lambda: True < 2, lambda: sorted([True, 0, -1, 0.5]), lambda: {True: 'a', 1: 'b'}, lambda: {0, False, 0.0}, lambda: [True] * 2, lambda: sum([True, True, False]),
 lambda: max(True, 1), lambda: max(1, True), lambda: min(0, False, 0.0), lambda: 3 * True, lambda: True ** -1, lambda: divmod(True, True), lambda: -False, lambda: +True, lambda: abs(True), lambda: hex(True),
 lambda: int.__new__(MyInt, 9), lambda: MyInt(7) // 2, lambda: MyInt(7) / 2, lambda: MyInt(2) ** 10, lambda: 1 + MyFloat(0.5), lambda: MyFloat(0.5) + MyFloat(0.25), lambda: round(MyFloat(2.567), 1), lambda: f"{MyInt(255):#x}",
]
def math_like():
    return float(Idx(3)) if False else 'skip'
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
