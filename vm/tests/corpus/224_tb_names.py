# NameError / AttributeError suggestions and UnboundLocalError.
import math
import sys

counter = 0
def bump():
    counter += 1
    return counter

try:
    bump()
except UnboundLocalError as e:
    print("unbound:", e)

def use_before(flag):
    if flag:
        value = 1
    return value

try:
    use_before(False)
except UnboundLocalError as e:
    print("unbound2:", e)

def free_var():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print("free:", type(e).__name__, e)
    later = 5
    return inner()

print(free_var())

number_of_items = 10
try:
    print(number_of_itmes)
except NameError as e:
    print("name:", e, e.name)

class Robot:
    def __init__(self):
        self.position = 0
        self.speed = 3
    def step(self):
        self.position += self.sped

r = Robot()
try:
    r.step()
except AttributeError as e:
    print("attr:", e, e.name)
try:
    math.sqroot(4)
except AttributeError as e:
    print("module attr:", e)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print("import:", e, e.name)
try:
    from math import tau, sqroot
except ImportError as e:
    print("from import:", e)
try:
    del undefined_thing
except NameError as e:
    print("del:", e)
try:
    x = [1, 2].lenght
except AttributeError as e:
    print("list attr:", e)
try:
    sys.exitt(3)
except AttributeError as e:
    print("sys attr:", e)

def calc(values):
    totl = 0
    for v in values:
        total += v
    return totl

print(calc([]))

def show(fn):
    try:
        fn()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)
        print("shown", type(e).__name__)

class Inventory:
    def __init__(self):
        self._items = {}
        self.capacity = 10
    def add(self, name):
        self.items[name] = 1
    def room(self):
        return capacity - len(self._items)

def uses_local():
    maximum = 3
    return maximm + 1

show(lambda: Inventory().add("x"))
show(lambda: Inventory().room())
show(lambda: Inventory().capacty)
show(uses_local)
show(lambda: math.flor(2.5))
show(lambda: "text".uppr())
show(lambda: [].apend(1))
show(lambda: range(3).stepp)
show(lambda: sys.stdout.writelines_all)
show(lambda: collections)
show(lambda: Flase)
show(lambda: (1).rea)
print(lenn([1, 2]))
