# Ends with a simple uncaught exception at module level.
values = [10, 5, 2, 0]
total = 0
for v in values[:-1]:
    total += 100 // v
    print("partial total", total)
print("about to divide by", values[-1])
result = total / values[-1]
print("never printed", result)
