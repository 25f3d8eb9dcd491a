# sorting lists: sort, sorted, key, reverse, stability.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1]))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_name = sorted(records)
print(by_name)
stable = sorted(by_name, key=lambda r: r[1])
print(stable)
print(sorted([3.5, 1, 2.25, -1, 0.0]), sorted([True, False, 2, 0]))
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}), sorted((3, 1, 2)))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [2]]))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
data = [12, 7, 3, 18, 7, 1]
data.sort(key=lambda n: -n)
print(data)
idx = sorted(range(len(data)), key=data.__getitem__)
print(idx)
print(sorted([], reverse=True), sorted([1]), sorted("ba", key=None))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 1000 for i in range(50)]
big.sort()
print(big[:10], big[-5:], big == sorted(big))
print(list(reversed(sorted([4, 1, 3]))), max(words, key=len), min(records, key=lambda r: r[1]))
