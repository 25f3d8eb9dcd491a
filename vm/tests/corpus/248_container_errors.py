tests = [
 lambda: sum(['a', 'b'], ''), lambda: sum([[1]], None), lambda: sum(1), lambda: sum([1], start=[]), lambda: sum([b'a'], b''), lambda: sum([bytearray(b'a')], bytearray()),
 lambda: min([]), lambda: min([], default=None), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, 2], key=None), lambda: max('a', 'B', key=str.lower), lambda: min(x for x in []),
 lambda: max([1, 2], [1, 3]), lambda: min((1, None), (1, 2)), lambda: max({1: 'a', 3: 'b'}), lambda: min(3, 1, 2, key=lambda v: -v), lambda: max(1, key=len),
 lambda: sorted([1, 2], key=lambda v: 'a' if v == 1 else 2), lambda: sorted([None, None]), lambda: sorted([1, 2], reverse=None), lambda: sorted([{1}, {2}]), lambda: sorted([[1], [0, 5]]),
 lambda: [3, 1].sort(reverse=True), lambda: sorted([1+1j, 2]), lambda: sorted([{}, {}]), lambda: sorted([(), (None,)]), lambda: sorted([(1, None), (1, None)]), lambda: [1, 2] < [1, None],
 lambda: (1, 2) < (1,), lambda: [] < [], lambda: [1] <= [1], lambda: [None] == [None], lambda: (1, 'a') < ('a', 1), lambda: {1: 2} < {1: 2}, lambda: {1} < {1: 2}, lambda: None < None,
 lambda: 'a' < 1, lambda: 1 < 'a', lambda: 1.5 >= 'x', lambda: [1] > (1,), lambda: b'a' < 'a', lambda: 1j > 0, lambda: {1} <= frozenset([1, 2]), lambda: range(3) < range(4),
 lambda: {'a': 1}.keys() < {'a': 1, 'b': 2}.keys(), lambda: {'a': 1}.values() == {'a': 1}.values(), lambda: {'a': 1}.items() <= {('a', 1), ('b', 2)}, lambda: sorted({'b': 1, 'a': 2}.keys() ^ {'a', 'c'}),
 lambda: 1 in {'a': 1}.values(), lambda: ('a', 1) in {'a': 1}.items(), lambda: ['x'] in {'a': 1}.items() if False else 0, lambda: list(zip({'a': 1}, {'b': 2}.values())), lambda: dict(zip('ab', [1, 2])),
 lambda: {**{'a': 1}, 'a': 2, **{'b': 3}}, lambda: dict({'a': 1}, a=2), lambda: dict(a=1) == dict([('a', 1)]), lambda: {1: 1}.update(1), lambda: {}.update([(1,)]), lambda: {}.update({}, {}),
 lambda: dict.fromkeys(range(3), []), lambda: {1: 2}.copy(), lambda: {1: 2}.get(), lambda: {}.pop(), lambda: {}.pop(1), lambda: {}.setdefault(), lambda: list({'a': 1, 'b': 2}.items())[::-1],
 lambda: {'a': 1}.__or__([]), lambda: {} | None, lambda: None | {}, lambda: {1, 2} - [1], lambda: {1, 2}.difference([1]), lambda: {1} | [2], lambda: {1}.union('ab') >= {1}, lambda: {1} & 1,
 lambda: frozenset([1, 2]) & {2, 3}, lambda: {2, 3} & frozenset([1, 2]), lambda: frozenset() | set(), lambda: frozenset({frozenset({1})}), lambda: set([frozenset()]), lambda: repr(frozenset({1, 2})),
 lambda: set().update([1], [2]), lambda: {1, 2, 3}.intersection_update([1, 2], (2,)), lambda: set.union({1}, {2}), lambda: {1}.issubset(1), lambda: {1}.add([]), lambda: {1}.discard([]),
 lambda: [].remove(1), lambda: [1].index(1, 1), lambda: [1, 2, 3].index(3, -1), lambda: [1, 2, 3].index(1, 0, 0), lambda: [].insert(), lambda: [].append(1, 2), lambda: [1].extend(2),
 lambda: [1, 2, 3].pop(5), lambda: [].pop(0), lambda: list.pop([1], 'x'), lambda: (1,) * -1, lambda: [1] * 2.0, lambda: 'ab' * -3, lambda: [0] * (2**62) if False else 1,
 lambda: [1, 2][1:0:-1], lambda: (0, 1, 2, 3, 4)[::-2], lambda: (0, 1, 2)[-10:10], lambda: 'hello'[::-1], lambda: 'hello'[1:-1:2], lambda: [1, 2][None:None:None], lambda: [1, 2][True:], lambda: [][0:1.5],
 lambda: [1,2,3][slice(0, 2)], lambda: slice(1, 2) == slice(1, 2), lambda: slice(None, None, -1).indices(3), lambda: repr(slice('a', [1])), lambda: slice(1, 2, 3)[0] if False else 0, lambda: hash(slice(1)) if False else 0,
 lambda: bytes(b'abc')[::-1], lambda: b'abc'[0:1] == b'a', lambda: b'abc'[1], lambda: bytearray(b'abc')[0:2], lambda: b'a b  c'.split(), lambda: b'abc'.partition(b'b'), lambda: b'AbC'.lower(),
 lambda: b'abc'.find(98), lambda: bytes(range(5)), lambda: bytes.fromhex('0a0B'), lambda: b'\x00\x7f\x80'.hex(' ', 2), lambda: b'abc'.translate(None, b'b'), lambda: b'x=1'.split(b'='), lambda: b'%5s|%-3d|%x' % (b'ab', 7, 255),
 lambda: b'abc'.rjust(6, b'0'), lambda: b'{}'.format if False else 0, lambda: bytes('abc'), lambda: bytes(-1), lambda: bytes(1.5), lambda: b'a'.join(['b']), lambda: b'ab'.decode('latin-1'), lambda: 'ÿ'.encode('latin-1'),
 lambda: bytearray(b'abc').decode(), lambda: bytearray(b'ab') + b'c', lambda: b'c' + bytearray(b'ab'), lambda: bytearray(b'a') * 3, lambda: bytearray(b'hello').upper(), lambda: bytearray(b'x') == b'x',
 lambda: str(b'abc'), lambda: str(b'abc', 'ascii'), lambda: str(bytearray(b'x'), 'utf-8'), lambda: repr(b"it's"), lambda: repr(b'"'), lambda: repr(b'\'"'), lambda: b'\t\r\n\\'.__repr__(), lambda: ascii(b'x'),
 lambda: list(b'hi'), lambda: tuple(bytearray(b'hi')), lambda: sorted(b'cab'), lambda: max(b'abc'), lambda: sum(b'abc'), lambda: b'hello world'.title(), lambda: b'a\tb'.expandtabs(), lambda: b'abc'.endswith((b'c', b'd')),
 lambda: b'12'.zfill(5), lambda: b'-12'.zfill(5), lambda: bytes.maketrans(b'ab', b'xy'), lambda: b'abcab'.replace(b'ab', b'-', 1), lambda: b'aXbXc'.rsplit(b'X', 1), lambda: b'  x  '.lstrip(), lambda: b'xxhixx'.strip(b'x'),
 lambda: range(10)[2:8:2], lambda: range(10)[-1:-5:-1], lambda: range(0, -10, -2)[1:], lambda: range(5)[::-1][0], lambda: list(range(10)[::-3]), lambda: range(3)[True], lambda: range(5)[10:], lambda: range(5).count(7),
 lambda: range(1, 5) == range(1, 5, 1), lambda: range(0) == range(1, 1), lambda: range(5)['a'], lambda: range(-2**70, 2**70)[-1], lambda: len(range(-2**70, 2**70)) if False else 0, lambda: 2.0 in range(3), lambda: 'a' in range(3),
 lambda: repr(range(1, 10, 1)), lambda: repr(range(0, 5)), lambda: str(range(-3)), lambda: reversed(range(3)).__class__.__name__, lambda: list(reversed(range(1, 10, 3))), lambda: iter(range(3)).__class__.__name__, lambda: range(3).index(5),
]
for i, f in enumerate(tests):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
tests3 = []
def t(f): tests3.append(f)
def f1():
    lst = [(1, 2), [3]]
    tup = ([1], 2)
    try:
        tup[0] += [9]
    except TypeError as e:
        print('err', e)
    return tup
t(f1)
t(lambda: list(reversed({'a': 1, 'b': 2}.items())))
t(lambda: {'a': 1}.keys() | [1])
t(lambda: {'a': 1}.items().isdisjoint([('a', 2)]))
t(lambda: repr({}.items()))
t(lambda: {'a': 1}.values() == {'a': 1}.values())
t(lambda: bytearray(b'abcdef').__delitem__(slice(1, 4)))
def f2():
    b = bytearray(b'abcdef'); del b[::2]; b[0:1] = b'XYZ'; b.insert(0, 48); b.remove(ord('Z')); return b, b.count(b'Y'), b.startswith(b'0X')
t(f2)
def f3():
    a = [1, 2, 3, 4]
    i, j = 0, 3
    a[i], a[j] = a[j], a[i]
    a[1:3] = a[2:0:-1]
    return a
t(f3)
t(lambda: 1 < 2 < 3 > 2 != 5 == 5)
t(lambda: [1, 2] == [1, 2] != [2])
t(lambda: (lambda *a, **k: (a, sorted(k.items())))(*[1, 2], *(3,), **{'x': 1}, y=2))
def f4():
    first, *mid, last = range(6)
    (a, b), c = 'xy', [1]
    return first, mid, last, a, b, c
t(f4)
def f5():
    d = {}
    for w in 'the quick brown the lazy the end quick'.split():
        d[w] = d.get(w, 0) + 1
    del d['brown']
    d['brown'] = 0
    return d, sorted(d.items(), key=lambda kv: (-kv[1], kv[0])), max(d, key=d.get), min(d.values())
t(f5)
def f6():
    m = [[0] * 3 for _ in range(2)]
    m[1][2] = 7
    flat = [x for row in m for x in row]
    trans = [list(col) for col in zip(*m)]
    return m, flat, trans, list(map(sum, m)), [row[:] for row in m] == m
t(f6)
def f7():
    a = [1, 2, 3]
    b = [a, a]
    b[0].append(4)
    c = b[:]
    c[1] = [0]
    return b, c, b[0] is b[1], c[0] is a, a * 0, [[]] * 2
t(f7)
def f8():
    s = 'abcdefghij'
    return s[::3], s[-3:], s[:-3], s[::-2], s[8:2:-2], s[100:], s[-100:-98]
t(f8)
def f9():
    L = list(range(10))
    del L[1:8:3]
    L[::-3] = ['a', 'b', 'c']
    return L
t(f9)
def f10():
    L = list(range(5))
    L[2:2] = 'xy'
    L[-1:] = []
    L[:0] = (9,)
    L[10:20] = [100]
    return L
t(f10)
t(lambda: [].__setitem__(slice(0, 0), 5))
t(lambda: bytearray(3).__setitem__(slice(0, 3, 2), b'xyz'))
t(lambda: list(range(3)).__setitem__(slice(None, None, -1), [1, 2]))
def f11():
    x = [1, 2, 3]
    x[:] = x[::-1]
    y = x
    x += x
    x *= 2
    return x, y is x, len(x)
t(f11)
t(lambda: {**{'b': 1, 'a': 2}, **dict.fromkeys('ab', 0)})
t(lambda: {k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
t(lambda: {i % 2: i for i in range(5)})
t(lambda: dict(sorted({'z': 1, 'y': 2}.items(), key=lambda kv: kv[1], reverse=True)))
t(lambda: {1: 'a'} == {1.0: 'a'} == {True: 'a'})
t(lambda: sorted([[3, 'a'], [1, 'b'], [3, 'A']]))
t(lambda: sorted([0.1, -1, 2**70, 1e20, True]))
t(lambda: sorted(['b', 'A', 'a', 'B', '_', '1']))
t(lambda: sorted([(2, 'x'), (1, 'y')], key=lambda p: p[0], reverse=True))
t(lambda: [x for x in range(20) if x % 3 == 0 if x % 2])
t(lambda: list(enumerate('ab', start=5)))
t(lambda: list(zip('abc', range(2), strict=False)))
t(lambda: list(zip('abc', range(2), strict=True)))
t(lambda: list(zip('ab', range(3), strict=True)))
for i, f in enumerate(tests3):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
print(sorted(['b', 1, 'a']))
