class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1

print(list(Countdown(5)), [x * 2 for x in Countdown(3)])
c = Countdown(3)
print(next(c), next(c), next(c), next(c, 'end'), next(c, None))

class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if i >= len(self.data): raise IndexError(i)
        return self.data[i]
s = Seq('abcd')
print(list(s), list(reversed(s)), 'c' in s, 'z' in s)
it = iter(s)
print(type(it).__name__, next(it), list(it))

class OnlyGetitem:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(list(OnlyGetitem()), sorted(OnlyGetitem(), reverse=True))
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print('TE:', e)

class WithReversed:
    def __iter__(self): return iter([1, 2, 3])
    def __reversed__(self): return iter(['r3', 'r2', 'r1'])
print(list(reversed(WithReversed())))

class NotIter: pass
for bad in (NotIter(), 5, None):
    try:
        iter(bad)
    except TypeError as e:
        print('TE:', e)
try:
    for x in 3.5: pass
except TypeError as e:
    print('TE:', e)

class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TE:', e)

class NoNext:
    def __iter__(self): return self
try:
    for x in NoNext(): pass
except TypeError as e:
    print('TE:', e)

try:
    next([1, 2])
except TypeError as e:
    print('TE:', e)

# iter(callable, sentinel)
data = [3, 1, 4, 0, 5]
pos = [0]
def reader():
    v = data[pos[0]]; pos[0] += 1
    return v
print(list(iter(reader, 0)))
cnt = iter(lambda: 7, 7)
print(list(cnt))
ci = iter(reader, 99)
print(type(ci).__name__)
try:
    iter(5, 0)
except TypeError as e:
    print('TE:', e)

# zip strict
print(list(zip([1, 2], 'ab', strict=True)))
for args in (([1, 2, 3], 'ab'), ([1], 'ab'), ([1, 2], 'ab', [0])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('VE:', e)
print(list(zip()), list(zip([1, 2, 3], 'ab')))
print(list(zip(range(3), range(10, 13), range(20, 23))))

print(list(enumerate('abc', start=1)), list(enumerate('xy', 10)), list(enumerate([], -1)))
e = enumerate('hi', start=-2)
print(next(e), next(e))
print(list(enumerate('ab', start=2**70)))

print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(str.upper, 'abc')))
try:
    map(len)
except TypeError as e:
    print('TE:', e)
try:
    list(map(5, [1]))
except TypeError as e:
    print('TE:', e)

recs = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
print(sorted(sorted(recs, key=lambda r: r[0]), key=lambda r: r[1], reverse=True))
words = 'The quick brown fox Jumps over the lazy dog'.split()
print(sorted(words, key=str.lower), sorted(words, key=len))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TE:', e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print('TE:', e)

print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
fi = filter(str.isdigit, 'a1b2')
print(next(fi), next(fi), next(fi, '-'))

print(any(x > 3 for x in [1, 5]), all([]), any([]), all(x for x in [1, 0]))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(list(reversed(range(5))), list(reversed('abc')), list(reversed((1, 2))))
rd = reversed({'a': 1, 'b': 2})
print(list(rd))
try:
    reversed({1, 2})
except TypeError as e:
    print('TE:', e)
print(sum(range(101)), sum([[1], [2]], []), sum([0.1] * 10))
print(min('hello'), max('hello', key=ord), min([3, 1, 2], key=lambda v: -v))
print(min(iter([]), default=None), max((), default=0))
try:
    min([], key=len)
except ValueError as e:
    print('VE:', e)
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        print('skip', next(it))
    print(x)
print(list(iter([])), list(iter(iter([1]))))
lst = [1, 2, 3]
itl = iter(lst)
lst.append(4)
print(list(itl))
d = {'a': 1}
try:
    for k in d:
        d['b'] = 2
except RuntimeError as e:
    print('RE:', e)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.remove(x)
print(lst)
a, *b, c = range(6)
print(a, b, c)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print('VE:', e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print('VE:', e)
try:
    x, y = Countdown(5)
except ValueError as e:
    print('VE:', e)
try:
    a, *b, c = [1]
except ValueError as e:
    print('VE:', e)
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])))
def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, '->', r)
    except Exception as e:
        print(label, type(e).__name__, e)
def gen(): yield 1
t(1, zip, [1], 5)
t(2, lambda: list(zip([1], 5, strict=True)))
t(3, map, len, 5)
t(4, reversed, 5)
t(5, sorted, 5)
t(6, filter, None, 5)
t(7, len, gen())
t(8, lambda: gen()[0])
t(9, lambda: (x for x in [])[0])
t(10, enumerate)
t(11, enumerate, 5)
t(12, next, gen(), 1, 2)
t(13, iter)
t(14, iter, 1, 2, 3)
t(15, lambda: iter(lambda: 1, 1, 1))
t(16, zip, [1], bogus=True)
t(17, lambda: list(zip([1, 2], [1], [1, 2], strict=True)))
t(18, lambda: list(zip([1], [1, 2], strict=True)))
t(19, lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
t(20, map)
t(21, lambda: next(map(lambda a, b: a, [1])))
t(22, lambda: list(map(lambda a: a, [1], [2])))
t(23, lambda: [*5])
t(24, lambda: {**5})
t(25, lambda: print(*None))
t(26, lambda: dict(**{1: 2}))
t(27, lambda: (lambda **k: k)(**{1: 2}))
t(28, lambda: len(5))
t(29, lambda: sum(['a', 'b']))
t(30, lambda: sum([1], 'x'))
t(31, lambda: all(5))
t(32, lambda: 'x' in 5)
t(33, lambda: 5 in gen())
t(34, lambda: list(range(1.5)))
t(35, lambda: range(1, 2, 0))
t(36, lambda: enumerate([1], start=1.5))
t(37, lambda: gen().send(1))
t(38, lambda: gen().throw(5))
t(39, lambda: gen().throw())
t(40, lambda: gen().close(1))
t(41, lambda: next(5))
t(42, lambda: next(None))
t(43, lambda: [x for x in None])
t(44, lambda: {x: 1 for x in 1.5})
t(45, lambda: tuple(5))
t(46, lambda: list(iter([1]).__next__() for _ in range(3)))
t(47, lambda: gen().gi_code.co_name)
t(48, lambda: type(gen()).__name__)
t(49, lambda: iter(gen()) is not None)
t(50, lambda: (lambda: (yield))().send(None))
t(51, lambda: max(gen(), gen()))
t(52, lambda: min(1))
t(53, lambda: max(1, 2, default=0))
t(54, lambda: sorted([1], key=5))
t(55, lambda: list(map(None, [1])))
t(56, lambda: list(filter(5, [1])))
t(57, lambda: sorted([2, 1], key=None, reverse=1))
t(58, lambda: sorted([2, 1], reverse='x'))
t(59, lambda: [].sort(1))
t(60, lambda: callable())
t(61, lambda: zip(*[[1, 2], [3, 4]]).__next__())
t(62, lambda: list(reversed(zip([1], [2]))))
t(63, lambda: next(reversed([])))
t(64, lambda: getattr(gen, 'nope'))
t(65, lambda: gen.nope)
t(66, lambda: (lambda: 0).__defaults__)
t(68, lambda: type(gen.__call__()).__name__)
t(69, lambda: gen.__get__(None, int) is gen)
t(70, lambda: abs.__name__ + abs.__qualname__)
t(71, lambda: (len.__self__, len.__module__))
t(72, lambda: [].append.__qualname__)
t(73, lambda: str.upper.__qualname__)
t(74, lambda: repr(str.upper)[:30])
t(75, lambda: repr([].append)[:35])
t(76, lambda: repr(len))
class K:
    def m(self, x): return ('m', self.__class__.__name__, x)
bound = K.m.__get__(K(), K)
print(bound(5), type(bound).__name__, K.m.__get__(None, K) is K.m)
print(K.m.__call__(K(), 1), (lambda *a: a).__call__(1, 2))
import sys
print(sys, repr(len), str.upper, list.append)
for obj in [iter([]), iter(()), iter(''), iter(range(3)), iter({}), iter({}.values()), iter({}.items()), iter(set()), reversed([]), reversed(range(2)), reversed({}), enumerate([]), zip(), map(len, []), filter(None, []), iter(lambda: 1, 2), (x for x in []), reversed('ab')]:
    print(type(obj).__name__, type(obj).__qualname__, hasattr(obj, '__next__'), iter(obj) is obj)
print(round(number=2.5), round(number=2.675, ndigits=2))
it = iter([1, 2, 3])
r = reversed([1, 2, 3]); next(r)
print(len(range(0, 10, 3)), list(range(10)[::-3]))
e = enumerate('abc')
print(e.__next__(), list(e))
print(type(zip).__name__, zip.__name__, map.__qualname__, enumerate.__name__)
print(isinstance(iter([]), type(iter([]))), isinstance(e, enumerate))
