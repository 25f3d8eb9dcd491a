# Ends with implicit chaining: an error while handling another one.
def risky(items, index):
    try:
        return items[index]
    except IndexError:
        print("index", index, "out of range; falling back")
        return items[0] / len(items[1:])

print(risky([7, 8, 9], 1))
print(risky([7], 5))
