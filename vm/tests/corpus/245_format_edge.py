import sys
# trickier formatting
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f"${self.v:{spec or '.2f'}}"
    def __repr__(self):
        return f"Money({self.v!r})"
    def __str__(self):
        return 'M' + str(self.v)
m = Money(3.5)
print(f"{m}", f"{m:.1f}", f"{m!r}", f"{m!s:>8}", '{}'.format(m), '{0:,.3f}'.format(m), format(m, '08.2f'), '%s %r' % (m, m))
class P:
    x = 3
    items = [10, 20]
print('{0.x} {0.items[1]} {0.items}'.format(P), '{p.x:>4}'.format(p=P), '{0[a]}{0[b]}'.format({'a': 1, 'b': 2}))
print('{:0<6}|{:<06}|{:0>6}|{:0^7}|{:06}|{:06}|{:06.1f}|{:+06}'.format(12, 12, 12, 12, -12, 'ab', -1.25, 7))
print('{:015,.2f}|{:010,}|{:#012_x}|{:=+10.3f}|{:_>+10}|{:0=10}'.format(1234567.891, 12345, 0xabcdef, 3.14159, 42, -5))
print('{:.0%}|{:.1%}|{:%}|{:10.2%}|{:,.0%}|{:e}|{:.0e}|{:#.0e}|{:E}'.format(0.5, 0.1234, 1, -0.005, 123.4, 0, 12345, 5, 1e-10))
print('{:g}|{:g}|{:g}|{:g}|{:g}|{:g}|{:.2g}|{:.1g}|{:#.2g}|{:G}'.format(100000, 1000000, 1e-4, 1e-5, 0.0, -0.0, 0.000123456, 95, 1.0, 1e20))
print('{}|{:}|{:.3}|{:.1}|{:10}|{:<10}|{:.0}'.format(1.0, 2.5, 3.14159, 2.5, 1e5, 2.0, 12.5))
print('{:n}|{:n}|{:n}|{:.3n}|{:d}'.format(1234567, 1234.5, 1e20, 3.14159, True))
print('{:c}|{:5c}|{:<3c}|{!r}|{!a}|{!s}'.format(9731, 66, 67, 'é\n', 'ü\t', b'x'))
print('%5.1f%%|%-8.3e|%+.2g|%#x|%#X|%#o|%08.3f|%-+6d|%x|%o' % (99.55, 1234.5, 0.0001234, 0, 255, 0, -3.14159, 4, 2**70, -8))
print('%(a)5s|%(b)-5d|%(a)r|%(c).2f' % {'a': 'x', 'b': 3, 'c': 2.345}, '%s' % {'k': 1}, '%%d' % (), '%s%%' % 5, '%.3r' % 'abcdef')
print('%c%c' % (72, 'i'), '%5c|' % 'x', '%-5c|' % 65, '%d' % 3.99, '%d' % True, '%s' % True, '%f' % 1, '%e' % 10, '%g' % 1e-5, '%G' % 1e-20)
print('%10.4s|' % 'abcdefg', '%-10r|' % 'q', '%*s|' % (-6, 'ab'), '%.*s|' % (2, 'xyz'), '% 5d|' % 42, '%+5d|' % -42, '%05s|' % 'ab', '%x' % True)
n = 3.14159
for spec in ['', '10', '<10', '^10.3', '+.2e', '0=12.4f', ',', '_', '.0f', '#.0f', '#g', 'z.2f', '-^+10.2f']:
    print(repr(spec), '->', repr(format(n, spec)), repr(format(-n, spec)))
print(f"{-0.0:z.1f} {-0.001:z.2f} {-0.001:.2f} {0.0001:z.1e} {-1e-10:z.0f}")
print(f"{'a' 'b'}", f"{'x'!r:^7}", f"{3+4j!r}", f"{(1, 2)}", f"{ {'a': 1}['a'] }", f"{[i * 2 for i in range(3)]}", f"{(lambda q: q + 1)(2)}")
width = 8
items = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('watermelon', 3.0, 1)]
print(f"{'name':<{width + 2}}{'price':>{width}}{'qty':>5}")
for name, price, qty in items:
    print(f"{name:<{width + 2}.{width}}{price:>{width}.2f}{qty:>5d}")
total = sum(p * q for _, p, q in items)
print(f"{'total':.<{width + 2}}{total:>{width}.2f}{'':>5}|")
print(f"{total = :.3f}", f"{ total = }", f"{total=!r:>12}", f"{width*2 = }", f"{'str'=}")
print(f'{"\n".join(["a", "b"])}', f"{'\t'!r}", f"{'{'}{'}'}", f"{'a' if width > 5 else 'b'}", f"{width:{'#x'}}", f"{width!r:{'>'}{5}}")
print(f"{123.456:{'.'}{2}f}", f"{'abc':{'<'}{width}}|", f"{1_000:,}", f"{0b1010:#06b}", f"{0o17:o}", f"{-0x1f:#X}")
for v in [0, 1, -1, 255, 2**40]:
    print(f"[{v:>+8}] [{v:<#10x}] [{v:^#12b}] [{v:=+9,}] [{v:08_}]")
errs = [
    lambda: format(1 + 2j, '010'), lambda: format(1 + 2j, '=10'), lambda: format('s', '='), lambda: format(1, '=s'),
    lambda: format(True, 's'), lambda: format(1.5, 'd'), lambda: format(None, 'd'), lambda: format(None, ''),
    lambda: format(object(), '>5'), lambda: format(3, '.2'), lambda: format('x', ','), lambda: format(1, '.x'),
    lambda: format(2.5, '_n'), lambda: format(1, '#c'), lambda: format(1, '+c'), lambda: format(12, ',c'),
    lambda: format(1.5, '99999999999999999999'), lambda: '{0!x}'.format(1), lambda: '{0!}'.format(1), lambda: '{:{}}'.format(1, 'q'),
    lambda: '{0}{}'.format(1, 2), lambda: '{}{0}'.format(1, 2), lambda: '{0.__class__.nope}'.format(1), lambda: '{0[}'.format(1),
    lambda: '%(a)s %s' % {'a': 1}, lambda: '%s' % {}, lambda: '%d' % [], lambda: '%.2f' % 'x', lambda: '%c' % 1114112, lambda: '%' % (),
    lambda: '%*d' % ('x', 1), lambda: format(1.0, 'c'), lambda: format('x', 'c'), lambda: format(1, 'z'), lambda: format('abc', 'z'),
]
for i, f in enumerate(errs):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__ + ':', e)

class S2:
    def __str__(self): return 5
class R2:
    def __repr__(self): return None
class F2:
    def __format__(self, spec): return 7
for t in [lambda: str(S2()), lambda: repr(R2()), lambda: format(F2()), lambda: f"{F2()}", lambda: '%s' % S2(), lambda: '%r' % R2(), lambda: '{}'.format(S2()), lambda: print(S2()), lambda: [R2()], lambda: f"{S2()!s}",
          lambda: print(1, 2, sep=None, end=None), lambda: print(1, sep=5), lambda: print(1, end=b'x'), lambda: print('a', 'b', sep='', end='|\n', file=sys.stdout, flush=True), lambda: print(file=None), lambda: print(*[], sep='x'),
          lambda: sys.stdout.write(5), lambda: sys.stdout.write('ok\n'), lambda: print(1, foo=2)]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class MyS(str): pass
class F3:
    def __format__(self, spec): return 7
class G:
    def __format__(self, spec): return MyS('g' + spec)
for t in [lambda: '{}'.format(F3()), lambda: '{:x}'.format(G()), lambda: f"{G():>3}", lambda: format(G(), 'q'), lambda: type(format(G())).__name__]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print('%d items' % 'three')
