def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])

def mergesort(xs, key=lambda x: x):
    if len(xs) < 2:
        return xs[:]
    mid = len(xs) // 2
    left, right = mergesort(xs[:mid], key), mergesort(xs[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    out.extend(left[i:])
    out += right[j:]
    return out

def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        cur = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > cur:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = cur
    return xs

def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def bisect_left(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed

data = [rand() % 100 for _ in range(25)]
print(data)
print(quicksort(data))
print(mergesort(data) == sorted(data) == insertion(data))
print(sorted(data, reverse=True)[:10])
s = sorted(data)
for t in (s[0], s[7], s[-1], 50, -3, 1000):
    print(t, bsearch(s, t), bisect_left(s, t))
words = "banana Apple cherry apple Banana date Elderberry fig grape".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
print(mergesort(words, key=len))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (3, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
lst = list(data[:10])
lst.sort()
print(lst)
lst.sort(key=lambda v: v % 10)
print(lst)
lst.reverse()
print(lst, lst[::-1], lst[::2], lst[1::3], lst[-3:], lst[:-7:-1], lst[8:2:-2], lst[100:], lst[-100:2])
lst2 = lst.copy()
lst2.insert(0, -1); lst2.insert(100, 999); lst2.insert(-1, 555); lst2.insert(-100, -100)
print(lst2)
print(lst2.pop(), lst2.pop(0), lst2.pop(-2), lst2)
lst2.remove(555)
print(lst2, lst2.index(lst2[3]), lst2.count(lst2[0]), lst2.index(lst2[-1], 2), lst2.index(lst2[4], 1, 8))
try:
    lst2.index(12345)
except ValueError as e:
    print("ValueError:", e)
try:
    lst2.remove(12345)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
lst3 = [5, 3, 1]
lst3.extend(range(3))
lst3.extend("ab")
lst3 += (9,)
print(lst3, len(lst3))
del lst3[1:3]
print(lst3)
lst3[1:2] = [10, 20, 30]
print(lst3)
lst3[::2] = "xyzw"
print(lst3)
try:
    lst3[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del lst3[::3]
print(lst3)
nums = list(range(20))
print(nums[::-1][::3], nums[-2::-4], nums[slice(2, 10, 3)], slice(1, None, -1), nums[5:2], nums[::-7])
print("hello world"[::-1], "abcdef"[-2:0:-1], "abcdef"[::-2], (1, 2, 3)[::-1])
print(sorted(set("mississippi")), sorted("mississippi", reverse=True), "".join(sorted("hello")))
print(list(reversed(range(1, 10, 3))), list(reversed("abc")), list(reversed([1, [2]])))
print(min(data), max(data), sorted(data)[len(data) // 2], sum(data) / len(data))
print([1, 2] * 3, [[0] * 3] * 2, 3 * "ab", [] * 5, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print(sorted([1, 2], key=None), sorted([]), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print([1, 2, 3].index(4))
