# containers: comparisons, aliasing, slicing
print([1, 2] < [1, 2, 3], (1, 2) < (1, 3), [1, 2] == [1, 2.0], (1,) == [1], [] == (), {1: 2} == {1: 2.0})
print({1, 2} == frozenset({1, 2}), {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), frozenset() == set())
print([1, [2, 3]] < [1, [2, 4]], ('a', 1) < ('a', 2), ('b',) > ('a', 99), [3] > [2, 100], (1, 2) != (1, 2))
grid = [[0] * 3] * 3
grid[0][1] = 5
print(grid, grid[0] is grid[2])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][1] = 5
print(grid2)
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
t = (1, 2)
u = t
u += (3,)
print(t, u, t is u)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = 'x'
print(nested, shallow, list(nested) == nested, nested.copy()[0] is nested[0])
L = list(range(10))
L[2:5] = ['a', 'b']
print(L)
L[::2] = range(5)
print(L)
L[1:1] = [100, 200]
print(L)
del L[::3]
print(L)
L[-2:] = []
print(L, L[::-1], L[-3::-2], L[100:], L[-100:2], L[5:1], L[5:1:-1])
del L[1:3]
print(L)
L[len(L):] = 'xyz'
print(L)
M = list(range(8))
M[::-2] = 'ABCD'
print(M)
print(M[slice(1, 6, 2)], M[slice(None)], slice(1, 5, 2), slice(3).indices(10), slice(-1, None, -1).indices(5))
for bad in [lambda: M.__setitem__(slice(None, None, 2), [1, 2]), lambda: M.__setitem__(slice(0, 5, 3), []),
            lambda: M.__setitem__(slice(None, None, 0), []), lambda: M[1:2:0], lambda: M.__setitem__(slice(1, 2), 5),
            lambda: M['a'], lambda: M[1.0], lambda: (1, 2)[5], lambda: M.__delitem__(20), lambda: [].pop(),
            lambda: M.index('zzz'), lambda: M.remove(42), lambda: (1, 2).index(3), lambda: [1, 'a'].sort(),
            lambda: sorted([3, None, 1]), lambda: max([]), lambda: min(1, 'a'), lambda: [1, 2] < [1, 'a'],
            lambda: {1} < [1], lambda: sorted([(1, 'a'), (1, 2)]), lambda: [0] * 'x', lambda: [1] + (2,),
            lambda: (1,) + [2], lambda: {} + {}, lambda: {1} + {2}, lambda: [].sort(key=1), lambda: sorted([1], foo=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0, 'q')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), max(pairs), min(pairs, key=lambda p: p[1]))
print(sorted([3, 1.5, True, -2, 0.0]), sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((1, 2), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(5))), [1, 2, 3] * 2, 2 * (0,), [None] * 0)
print([1, 2, 3].index(2), [1, 2, 1].count(1), (1, 1, 2).count(1), 'ab' in ['ab', 'cd'], 3 not in (1, 2))
lst = [5, 3, 1]
lst.extend((7, 8)); lst.insert(0, -1); lst.insert(100, 99); lst.insert(-100, -99)
print(lst, lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.reverse(); print(lst); lst.clear(); print(lst)
print(tuple([1, 2]), list((3, 4)), list('abc'), tuple(), list(), tuple({'a': 1}), list({1: 2}.items()))
print(repr([]), repr(()), repr((1,)), repr([(1,)]), repr(((),)), str([1.0, 'a', None, True]))
r = [1, 2]
r.append(r)
print(r, repr(r))
dd = {'a': 1}
dd['self'] = dd
print(dd)
print([1, 2, 3][-1], [1, 2, 3][True], 'abc'[False])
print(sorted([1, 2, 'x']))
