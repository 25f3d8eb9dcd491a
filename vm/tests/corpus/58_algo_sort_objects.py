# Sorting objects: custom keys, __lt__, stability, hand-written sorts.
class Employee:
    def __init__(self, name, dept, salary, age):
        self.name, self.dept, self.salary, self.age = name, dept, salary, age
    def __repr__(self):
        return f"{self.name}({self.dept}, {self.salary}, {self.age})"
    def __lt__(self, other):
        return (self.salary, self.name) < (other.salary, other.name)
staff = [
    Employee("Alice", "eng", 120, 34), Employee("Bob", "ops", 90, 45),
    Employee("Carol", "eng", 120, 29), Employee("Dan", "sales", 70, 38),
    Employee("Eve", "ops", 95, 23), Employee("Frank", "eng", 105, 51),
    Employee("Grace", "sales", 70, 27),
]
print(sorted(staff))
print(sorted(staff, reverse=True)[:3])
print(sorted(staff, key=lambda e: e.age))
print(sorted(staff, key=lambda e: (e.dept, -e.salary, e.name)))
print([e.name for e in sorted(staff, key=lambda e: e.dept)])
print(max(staff), min(staff, key=lambda e: e.age), max(staff, key=lambda e: len(e.name)))
by_dept = {}
for e in sorted(staff, key=lambda e: e.dept):
    by_dept.setdefault(e.dept, []).append(e)
for dept, members in by_dept.items():
    total = sum(m.salary for m in members)
    print(f"{dept:<6} n={len(members)} total={total} avg={total / len(members):.2f} names={[m.name for m in members]}")
def insertion_sort(items, key=lambda x: x):
    out = list(items)
    for i in range(1, len(out)):
        cur = out[i]
        j = i - 1
        while j >= 0 and key(out[j]) > key(cur):
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = cur
    return out
def merge_sort(items, key=lambda x: x):
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left, right = merge_sort(items[:mid], key), merge_sort(items[mid:], key)
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            merged.append(right[j]); j += 1
        else:
            merged.append(left[i]); i += 1
    return merged + left[i:] + right[j:]
def quick_sort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    return (quick_sort([x for x in items if x < pivot]) + [x for x in items if x == pivot]
            + quick_sort([x for x in items if x > pivot]))
nums = [(i * 37 + 11) % 101 for i in range(30)]
print(nums)
print(insertion_sort(nums) == sorted(nums), merge_sort(nums) == sorted(nums), quick_sort(nums) == sorted(nums))
print(merge_sort(nums)[:10], quick_sort(nums)[-5:])
print([e.name for e in insertion_sort(staff, key=lambda e: e.salary)])
print([e.name for e in merge_sort(staff, key=lambda e: e.salary)])
print([e.name for e in sorted(staff, key=lambda e: e.salary)])
ranked = sorted(staff, key=lambda e: -e.salary)
for rank, e in enumerate(ranked, 1):
    print(f"{rank}. {e.name:<6} {e.salary:>4}")
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (w.lower(), w)))
