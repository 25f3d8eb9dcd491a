# list operations and methods.
lst = [3, 1, 4, 1, 5]
print(lst, len(lst), lst[0], lst[-1], lst[1:3], type(lst).__name__)
lst.append(9); print(lst)
lst.extend([2, 6]); print(lst)
lst.insert(0, 0); print(lst)
lst.insert(100, 7); print(lst)
lst.insert(-2, 8); print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1); print(lst)
print(lst.index(5), lst.count(1), lst.index(4, 1))
lst.reverse(); print(lst)
c = lst.copy(); c.append("copy"); print(lst, c)
del lst[0]; print(lst)
del lst[1:3]; print(lst)
lst.clear(); print(lst, bool(lst))
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2, list("ab"), list(range(4)), list())
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] == [], [1, [2]] == [1, [2]])
print(3 in [1, 2, 3], [2] in [[1], [2]], min([4, 2, 8]), max([4, 2, 8]), sum([1.5, 2.5]))
nums = [5, 3, 8]
nums += (1, 2)
print(nums)
nums *= 2
print(nums)
print(repr([None, True, "s", 1.0, [1]]), str([]))
stack = []
for i in range(4):
    stack.append(i)
while stack:
    print("pop", stack.pop())
items = ["a", "b", "c"]
for idx in range(len(items) - 1, -1, -1):
    print(idx, items[idx])
x = [1, 2, 3]
y = x
y.append(4)
print(x is y, x, [1, 2] is [1, 2])
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1, 2].index(3),
            lambda: [1][5], lambda: [1].insert(), lambda: [1] + (2,)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    [1, 2][1:2] = 5
except TypeError as e:
    print("TypeError:", e)
m = [1, "two", 3.0, None, [5]]
print([type(v).__name__ for v in m])
