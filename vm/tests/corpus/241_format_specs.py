# format specs for every type code
nums = [0, 5, -5, 255, -255, 1234567, -1234567890]
for n in nums:
    print(f"{n:b}|{n:o}|{n:x}|{n:X}|{n:#b}|{n:#o}|{n:#x}|{n:#X}|{n:d}|{n:n}")
    print(f"{n:+d}|{n: d}|{n:-d}|{n:10d}|{n:<10d}|{n:^10d}|{n:>10d}|{n:=10d}|{n:010d}|{n:*^12,}")
    print(f"{n:,}|{n:_}|{n:_x}|{n:_b}|{n:#_o}|{n:020,}|{n:e}|{n:.2f}|{n:%}|{n:g}")
print(f"{65:c}|{0x263a:c}|{97:^5c}|{True:d}|{True}|{True:>6}|{False:x}")
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e10, 1.5e-7, 123456.789, 1e16, 2.5e300, float('inf'), float('-inf'), float('nan')]
for x in floats:
    print(f"{x}|{x:e}|{x:E}|{x:f}|{x:F}|{x:g}|{x:G}|{x:%}|{x:.3}|{x:.0e}|{x:#.0f}|{x:#g}")
    print(f"{x:10.2f}|{x:<12.3e}|{x:^+12.1f}|{x:012.4f}|{x:,.2f}|{x:_.3f}|{x:.2%}|{x:n}|{x:.10g}|{x:#.3g}|{x:z.1f}")
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {0.000012345:.3g} {123456789.0:.3g} {1e-5:g} {1e-4:g} {1e15:g} {1e16:g}")
print(f"{'abc':10}|{'abc':>10}|{'abc':^10}|{'abc':*<10}|{'abc':.2}|{'abcdef':^9.4}|{'x':=>5}|{'':-^6}")
print(format(3.5), format(3.5, ''), format(42), format('s', '<3'), format(2+3j), format(2+3j, '.2f'), format(-1.5-0.25j, '^20.3e'))
print(format(1+2j, '>15'), format(1j, ''), format(complex(1, -0.0), 'g'), format(12.5+0j, '+.1f'))
print('{:08.3f}'.format(-3.14159), '{:+08d}'.format(42), '{:#010x}'.format(255), '{:#010b}'.format(5))
print('{0}{1}{0}'.format('ab', 'cd'), '{name}={val:.2f}'.format(name='pi', val=3.14159), '{0[1]} {0[0]}'.format(['a', 'b']))
print('{0[key]} {1.real} {1.imag}'.format({'key': 'v'}, 3+4j), '{!r:>8}'.format('hi'), '{!s}'.format(1.0), '{!a}'.format('é'))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=3), '{:{}}'.format('x', 5), '{}{}'.format(1, 2), '{{}} {}'.format(3))
w, p = 12, 4
val = 2 / 3
print(f"{val:{w}.{p}f}|{val:>{w}}|{'ok':{'^'}{w}}|{val!r:>20}|{'é'!a}|{[1, 'a']!s}")
x = 10
y = 'text'
print(f"{x=}", f"{x = }", f"{x=:>5}", f"{y=!s}", f"{y = !r}", f"{x*2=}", f"{x + 1 = :04d}")
d = {'k': [1, 2, 3]}
print(f"{d['k'][1]}", f'{d["k"]!r}', f"{'nested ' + "quotes"}", f"{{literal}}", f"{{{x}}}", f"}}{{")
s = f"""line1 {x}
line2 {
    y.upper()
}
end"""
print(s)
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {0.5:.0f} {1.005:.2f} {2.675:.2f}")
print('%s %d %5.2f %-5d| %05d %x %X %o %#x %#o %e %g %r %c %%' % ('s', 42, 3.14159, 7, -42, 255, 255, 8, 255, 8, 12345.678, 0.00001, 'r', 65))
print('%(name)s is %(age)d years, %(name)r' % {'name': 'Bob', 'age': 30})
print('%*d|%-*d|%.*f|%*.*f' % (6, 42, 6, 42, 2, 3.14159, 10, 3, 2.71828))
print('%s' % (1,), '%s' % [1, 2], '%s %s' % (1.0, None), '%5s|%-5s|' % ('ab', 'cd'), '%+d % d' % (5, 5), '%i %u' % (3, 4))
print('%.3s|%10.2s|' % ('abcdef', 'xyz'), '%c' % 'z', '%a' % 'é', '%x' % -255, '%.0f %.1e' % (2.5, 0.05))
errs = [
    lambda: format(1.5, 'x'), lambda: format(1, 's'), lambda: format('a', 'd'), lambda: format(1+1j, 'd'),
    lambda: format(3, '.2d'), lambda: format('a', '+'), lambda: format(1, ',b'), lambda: format(1.5, 'c'),
    lambda: '{0} {1}'.format(1), lambda: '{'.format(), lambda: '}'.format(), lambda: '{:z}'.format(1),
    lambda: '%d' % 'x', lambda: '%d %d' % (1,), lambda: '%s' % (1, 2), lambda: '%(a)s' % {'b': 1}, lambda: '%z' % 1,
    lambda: format(10, ',_'), lambda: '{a}'.format(b=1), lambda: '{0[5]}'.format([1]), lambda: format(-1, 'c'),
    lambda: format(1, '=^5s'), lambda: format('x', '=5'), lambda: format([], 'x'), lambda: '%c' % 'ab',
    lambda: format(2**70, 'c'), lambda: f"{1:{'>'}{'10'}{'x'}}", lambda: format(1.5, '#,x'),
]
for i, f in enumerate(errs):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
print(f"{1:{'>'}{'10'}}")
print("{:>{}}".format("end", 10 ** 1) + f"{'!':x<3}")
print(format(1e22, ',.0f'), format(-1234.5, '=+12,.1f'), format(0.1, '.20f'), format(1/3, '.17g'), format(5e-324, '.3e'))
print('%s' % 'only %s' % 'nested')
print('{:x}'.format(3.0))
