# Errors in __init__, in a property and in a class body.
class Account:
    rate = 0.05

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = float(balance)
        self.history = []

    @property
    def yearly(self):
        return self.balance * self.rate

try:
    class Broken:
        x = 1
        y = x + undefined_name
except NameError as e:
    print("class body:", e)

a = Account("ann", "12.5")
print(a.owner, a.balance, a.yearly)
try:
    Account("bob", "lots")
except ValueError as e:
    print("init:", e)

try:
    print(a.yeraly)
except AttributeError as e:
    print("attr:", e)

class Settings:
    defaults = {"mode": "fast"}
    mode = defaults["mode"]
    level = defaults["level"]

print("unreachable")
