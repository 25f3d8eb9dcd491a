class BankError(Exception):
    """Base error for the bank."""


class InsufficientFunds(BankError):
    def __init__(self, account, requested):
        super().__init__(f"{account.owner} cannot withdraw {requested}")
        self.account = account
        self.requested = requested
        self.shortfall = requested - account.balance


class FrozenAccount(BankError):
    def __str__(self):
        return "account is frozen: " + ", ".join(map(str, self.args))


class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("deleting balance of", self.owner)
        del self._balance

    def deposit(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner, self.id)
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance})"

    def __lt__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self._balance < other._balance

    def __eq__(self, other):
        if isinstance(other, Account):
            return self.id == other.id
        return NotImplemented

    def __hash__(self):
        return hash(self.id)


class SavingsAccount(Account):
    interest_rate = 0.05

    def add_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self.deposit(gained)
        return gained


class CheckingAccount(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self


alice = SavingsAccount("Alice", 1000)
bob = CheckingAccount("Bob", 50)
carol = Account("Carol")
print(alice, bob, carol)
print(alice.interest_rate, bob.interest_rate, Account.interest_rate)
print(alice.add_interest(), alice.balance)
alice.deposit(10).deposit(20).withdraw(5)
print(alice.history)
bob.withdraw(120)
print(bob.balance)
try:
    bob.withdraw(100)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.requested, e.shortfall, e.account.owner)
    print(e.args, repr(e))
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
carol.frozen = True
try:
    carol.deposit(5)
except BankError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    alice.balance = -1
except ValueError as e:
    print(e)
alice.balance = 500
print(alice.balance)
del alice.balance
try:
    print(alice.balance)
except AttributeError as e:
    print(type(e).__name__, e)
alice.balance = 42
accounts = [alice, bob, carol]
print(sorted(accounts))
print(min(accounts), max(accounts))
print(sorted(accounts, key=lambda a: a.owner, reverse=True))
print(alice == alice, alice == bob, alice == "Alice")
print(len({alice, bob, carol, alice}))
print(isinstance(alice, Account), isinstance(bob, (SavingsAccount, int)))
print(issubclass(SavingsAccount, Account), issubclass(Account, SavingsAccount))
print(issubclass(InsufficientFunds, (KeyError, BankError)))
print(InsufficientFunds.__mro__)
print(InsufficientFunds.__bases__, BankError.__doc__)
print(type(Account.balance), Account.balance.fget.__name__)
print(Account.balance.__doc__)
print(vars(carol))
carol.interest_rate = 0.1
print(carol.interest_rate, Account.interest_rate, "interest_rate" in vars(carol))
del carol.interest_rate
print(carol.interest_rate)
try:
    del carol.interest_rate
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Account()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Account("x", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    alice.deposit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    alice.deposit(1, amount=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    CheckingAccount("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    alice < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 < alice
except TypeError as e:
    print(type(e).__name__, e)
try:
    alice > "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    alice <= bob
except TypeError as e:
    print(type(e).__name__, e)
print(alice > bob)

total = 0
for acct in accounts:
    try:
        acct.withdraw(10_000)
    except InsufficientFunds as exc:
        total += exc.shortfall
    else:
        print("unexpected")
    finally:
        total += 1
print("total shortfall", total)
bob.withdraw(1000)
