# dicts, sets, bytes, ranges
d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
d['a'] = 10
d['b'] = 20
print(d, list(d), list(d.values()), list(d.items()))
d.update({'z': 0, 'b': 21}, y=5)
d.update([('q', 1)])
print(d, d.pop('z'), d.pop('nope', 'dflt'), d.popitem(), d)
print(d.setdefault('b', 99), d.setdefault('new', []), d.get('x'), d.get('x', 0), 'b' in d, 21 in d)
print({x % 3: x for x in range(10)}, {k: v for k, v in zip('abca', range(4))}, {1: 'a', 1.0: 'b', True: 'c'})
e = {'x': 1} | {'y': 2, 'x': 3}
e |= {'w': 4}
e |= [('v', 5)]
print(e, {'a': 1} | {}, dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)], c=3))
print(d.keys() & {'b', 'zz'}, sorted(d.keys() | {'zz'}), sorted(d.keys() - {'b'}), {'a': 1}.items() & {('a', 1)}, d.keys() == {'b', 'y', 'q', 'new'}.union() or 'no')
print(dict(sorted({'b': 1, 'a': 2}.items())), {'b': 1, 'a': 2} == {'a': 2, 'b': 1}, list(reversed({'x': 1, 'y': 2})))
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()), len({1: 2}.keys()))
fs = frozenset([1, 2])
m = {fs: 'set12', (1, 2): 'tuple', frozenset(): 'empty'}
print(m[frozenset([2, 1])], m[(1, 2)], m[frozenset()], fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), s & {2, 3, 9}, sorted(s | {0}), sorted(s - {2}), sorted(s ^ {2, 7}), s.isdisjoint({9}), s.issubset(range(10)), s.issuperset([2]))
print(sorted(s.union([8], (9,))), s.intersection({2, 3}, [3]), sorted(s.difference({2})), sorted(s.symmetric_difference([3, 5])))
s2 = set(range(5)); s2 -= {0}; s2 &= {1, 2, 3, 9}; s2 ^= {3, 10}; s2 |= {-1}
print(sorted(s2), set(), frozenset(), frozenset({1}), {1, 2} == {2, 1}, {(1, 2), (1, 2)}, len({1, 1.0, True}))
print(sorted({1, 5, 3}), {5}, {-1.5}, {None}, set('aaa'), frozenset('b'), sorted(frozenset([3, 1])), s2.pop() in {-1, 1, 2, 10})
b = b'hello\x00\xff\n\'"'
print(b, b[0], b[-1], b[1:3], list(b[:3]), len(b), b.hex(), b.hex(':'), b'ab'.hex('-', 1), bytes.fromhex('de ad be ef'))
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), b'abc'.upper(), b' x '.strip(), b'a,b'.split(b','), b'-'.join([b'a', b'b']))
print(b'abc'.decode(), b'\xc3\xa9'.decode('utf-8'), 'é'.encode(), 'abc'.encode('ascii'), b'abc' + b'd', b'ab' * 2, b'b' in b'abc', 98 in b'abc')
ba = bytearray(b'xyz')
ba[0] = 65; ba.append(33); ba.extend(b'??'); ba += b'!'
print(ba, ba[1], ba[::-1], bytes(ba), ba.pop(), ba, bytearray(2), bytearray([1, 2]).hex(), ba.find(b'z'), ba.replace(b'?', b'.'))
print(b'abc' == bytearray(b'abc'), b'a' < b'b', b'abc'.startswith(b'ab'), b'hello'.count(b'l'), b'x'.center(5, b'*'), repr(bytearray()))
print(b'abc'.index(b'c'), b'%d-%s' % (5, b'x'), b'A\tB'.expandtabs(4), b'abc'.isalpha(), b'12'.isdigit(), b'  '.isspace(), b'Hi'.swapcase())
r = range(0, 20, 3)
print(r, range(5), range(-5, 5, -1), len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], 9 in r, 10 in r, r.index(9), r.count(3))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 4) == range(1, 11, 4), list(range(10, 0, -3)), len(range(5, 0)), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, bool(range(0)), list(range(-3, 3)[::2]), range(2**70)[2**69], len(range(0, 2**20, 3)))
for bad in [lambda: {}['k'], lambda: {[]: 1}, lambda: {1}.remove(2), lambda: set().pop(), lambda: {}.popitem(), lambda: b'a'[5],
            lambda: bytes([256]), lambda: bytearray(b'a').__setitem__(0, 300), lambda: b'a' + 'b', lambda: r[100], lambda: range(1, 2, 0),
            lambda: r.index(4), lambda: b'\xff'.decode(), lambda: 'é'.encode('ascii'), lambda: bytes.fromhex('zz'), lambda: frozenset([1]).add,
            lambda: {1: 2} | [(3, 4)], lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {**{1: 2}, **[]}, lambda: hash([]), lambda: {{1}},
            lambda: range('a'), lambda: range(1.5), lambda: b'abc'.decode('nope')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
inv = {'apples': 3, 'pears': 0}
for k in list(inv):
    if not inv[k]:
        del inv[k]
print(inv)
for k in inv:
    inv['x'] = 1
