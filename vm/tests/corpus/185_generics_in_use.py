# Generic classes and functions used together with t-strings; ends with an
# uncaught TypeError from subscripting a type alias that has no parameters.
from string.templatelib import Template, Interpolation


class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self

    def pop(self) -> T:
        return self.items.pop()

    def __repr__(self) -> str:
        return f"Stack({self.items!r})"


def first[T](xs: list[T]) -> T | None:
    return xs[0] if xs else None


def describe[K, V](mapping: dict[K, V]) -> Template:
    keys = list(mapping)
    return t"{len(keys)} keys, first={first(keys)!r}, type={type(mapping).__name__}"


s = Stack[int]().push(1).push(2).push(3)
print(s, s.pop(), s, s.__orig_class__)
print(first([]), first(["a", "b"]))

tmpl = describe({"x": 1, "y": 2})
print(tmpl.strings)
print(tmpl.values)
print([i.expression for i in tmpl.interpolations])


def render(template: Template) -> str:
    parts = []
    for part in template:
        match part:
            case str():
                parts.append(part)
            case Interpolation(value, _, "r", spec):
                parts.append(format(repr(value), spec))
            case Interpolation(value, _, _, spec):
                parts.append(format(value, spec))
    return "".join(parts)


print(render(tmpl))
print(render(t"{s!r:>20}|{first.__type_params__}|{Stack.__type_params__}"))

aliases = {list[int]: "ints", dict[str, int]: "counts", Stack[int]: "stack"}
print(aliases[list[int]], aliases[Stack[int]], list[int] in aliases, list[str] in aliases)
print(sorted(repr(k) for k in aliases))

type Pair[A, B] = tuple[A, B]
print(Pair[int, str], Pair.__value__, Pair[int, str].__args__)

type Scalar = int | float
print(Scalar.__value__)
print(Scalar[int])
