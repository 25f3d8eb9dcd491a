# Uncaught exception raised inside a generator, several frames deep.
def parse(lines):
    for n, line in enumerate(lines, 1):
        name, _, qty = line.partition(":")
        yield name.strip(), int(qty)

def totals(lines):
    acc = {}
    for name, qty in parse(lines):
        acc[name] = acc.get(name, 0) + qty
        print("added", name, qty)
    return acc

data = ["apple: 3", "pear: 2", "apple: 4", "plum: many"]
print(totals(data[:3]))
print(totals(data))
