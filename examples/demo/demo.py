"""A small library inventory: a tour of what the interpreter runs."""

class Book:
    def __init__(self, title, author, year, copies=1):
        self.title, self.author, self.year, self.copies = title, author, year, copies

    def __repr__(self):
        return f"Book({self.title!r}, {self.year})"

    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)


class OutOfStock(Exception):
    def __init__(self, book):
        super().__init__(f"no copies of {book.title!r} left")
        self.book = book


class Library:
    def __init__(self, name):
        self.name = name
        self.books = {}
        self.log = []

    def add(self, *books):
        for b in books:
            self.books[b.title] = b
        return self

    def lend(self, title):
        try:
            book = self.books[title]
        except KeyError:
            raise LookupError(f"unknown title {title!r}") from None
        if book.copies == 0:
            raise OutOfStock(book)
        book.copies -= 1
        self.log.append(("lend", title))
        return book

    def __len__(self):
        return sum(b.copies for b in self.books.values())

    def __iter__(self):
        return iter(sorted(self.books.values()))


def make_counter():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count, counts


lib = Library("City Library").add(
    Book("Dune", "Frank Herbert", 1965, 2),
    Book("Neuromancer", "William Gibson", 1984),
    Book("Foundation", "Isaac Asimov", 1951, 3),
    Book("Hyperion", "Dan Simmons", 1989),
    Book("Solaris", "Stanislaw Lem", 1961, 0),
)

print(f"=== {lib.name} ===")
print(f"{'Title':<12} {'Author':<16} {'Year':>4} {'Copies':>6}")
print("-" * 41)
for book in lib:
    print(f"{book.title:<12} {book.author:<16} {book.year:>4} {book.copies:>6}")
print(f"{len(lib)} copies of {len(lib.books)} titles\n")

count, counts = make_counter()
for title in ["Dune", "Solaris", "Dune", "Dune", "Ulysses", "Hyperion"]:
    count(title)
    try:
        book = lib.lend(title)
        print(f"lent {book!r}; {book.copies} left")
    except OutOfStock as exc:
        print(f"sorry: {exc}")
    except LookupError as exc:
        print(f"error: {exc}")
print("requests:", counts)

decades = {}
for book in lib:
    decades.setdefault(book.year // 10 * 10, []).append(book.title)
print("\nby decade:")
for decade, titles in sorted(decades.items()):
    print(f"  {decade}s: {', '.join(titles)}")

initials = {b.author.split()[-1][0] for b in lib.books.values()}
print("author initials:", "".join(sorted(initials)))


def primes_up_to(n):
    sieve = [True] * (n + 1)
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i in range(2, n + 1) if sieve[i]]


years = [b.year for b in lib.books.values()]
prime_years = [y for y in years if y in set(primes_up_to(2000))]
print(f"\nprime publication years: {prime_years}")
print(f"mean year {sum(years) / len(years):.1f}, span {max(years) - min(years)} years")
print(f"total lending events: {len(lib.log)}; last: {lib.log[-1]}")


def checkouts(log):
    for who, title in log:
        yield title.upper()


def describe(event):
    match event:
        case ("lend", title) if title in lib.books:
            return f"lend of a known title: {title}"
        case ("return", title):
            return f"return of {title}"
        case {"kind": "visit", "count": int(n)} if n > 1:
            return f"{n} visitors"
        case _:
            return "something else"


print("\nshouted:", ", ".join(checkouts(lib.log)))
for event in [("lend", "Dune"), ("return", "Solaris"), {"kind": "visit", "count": 3}, 42]:
    print(" ", describe(event))


class Tick:
    def __await__(self):
        value = yield "tick"
        return value


async def restock(title, copies):
    got = await Tick()
    lib.books[title].copies += copies
    return f"{title}: +{copies} ({got})"


def run_by_hand(coro):
    reply = None
    while True:
        try:
            step = coro.send(reply)
            reply = f"{step} answered"
        except StopIteration as stop:
            return stop.value


print("\nrestocked", run_by_hand(restock("Solaris", 2)))

try:
    raise ExceptionGroup("audit", [KeyError("Ulysses"), ValueError("negative copies")])
except* KeyError as group:
    print("missing titles:", [str(e) for e in group.exceptions])
except* ValueError as group:
    print("bad data:", [str(e) for e in group.exceptions])
