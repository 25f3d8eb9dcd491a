# Ends with an uncaught exception raised inside a method.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

acct = Account("ann", 100)
print(acct, acct.withdraw(30))
print(acct, acct.withdraw(70))
print(acct, acct.withdraw(1))
