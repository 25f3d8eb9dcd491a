def logged(fn):
    def wrapper(*args, **kwargs):
        print(f'call {fn.__qualname__} args={args[1:]} kwargs={kwargs}')
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    return wrapper

class Account:
    def __repr__(self):
        return f'Account({self.owner!r})'
    def __init__(self, owner, *, balance=0):
        self.owner = owner
        self.balance = balance
    @logged
    def deposit(self, amount, /, *, note=None):
        self.balance += amount
        return self.balance
    @logged
    def transfer(self, other, amount, *, fee):
        self.balance -= amount + fee
        other.balance += amount
        return self.balance, other.balance

a = Account('ann', balance=100)
b = Account('bob')
print(a.deposit(50, note='pay'))
print(a.transfer(b, 30, fee=1))
print(Account.deposit.__name__, Account.deposit.__qualname__)
try:
    a.deposit(amount=5)
except TypeError as e:
    print('TypeError:', e)
try:
    Account('x', 5)
except TypeError as e:
    print('TypeError:', e)
a.transfer(b, 10, 2)
