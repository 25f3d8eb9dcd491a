# Loop-heavy: nested loops over integers, list indexing and updates.
n = 700
acc = 0
for i in range(n):
    for j in range(n):
        acc += (i * j) % 7
counts = [0] * 10
for k in range(1000000):
    counts[k % 10] += 1
print(acc, counts)
