# Caret markers for binary operators inside a longer expression.
def average(values, weights):
    total = 0
    for v, w in zip(values, weights):
        total += v * w
    return total / (sum(weights) - len(weights) * 1)

def report(data):
    print("reporting", len(data), "rows")
    scaled = [x * 2 for x in data]
    print("scaled", scaled)
    return average(scaled, [1] * len(scaled))

print(average([1, 2, 3], [2, 2, 2]))
report([4, 5, 6])
