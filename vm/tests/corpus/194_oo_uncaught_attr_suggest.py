class Inventory:
    def __init__(self):
        self.items = {}
        self.total_value = 0

    def add_item(self, name, price, qty=1):
        self.items[name] = (price, qty)
        self.total_value += price * qty

    def remove_item(self, name):
        price, qty = self.items.pop(name)
        self.total_value -= price * qty


inv = Inventory()
inv.add_item("pen", 2, 10)
inv.add_item("book", 15)
print(inv.items, inv.total_value)
for attempt in ("itemz", "total_valu", "add_itme", "zzzzzz"):
    try:
        getattr(inv, attempt)
    except AttributeError as e:
        print(type(e).__name__, e, repr(e.name), e.obj is inv)
try:
    inv.remove_item("ink")
except KeyError as e:
    print(type(e).__name__, e)
try:
    Inventory.add_items
except AttributeError as e:
    print(type(e).__name__, e)


def report(inventory):
    return inventory.total_vlaue


print(report(inv))
