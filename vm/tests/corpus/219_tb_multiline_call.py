# A failing call whose arguments span several lines, called at depth.
def build(name, size, *, color="red", tags=()):
    if size < 0:
        raise ValueError(f"negative size for {name!r}: {size}")
    return {"name": name, "size": size, "color": color, "tags": list(tags)}

def make_all(specs):
    out = []
    for spec in specs:
        out.append(build(
            spec[0],
            spec[1],
            color=spec[2],
            tags=("a", "b"),
        ))
    return out

def outer():
    return helper(
        [("box", 3, "blue"), ("cube", -1, "green")]
    )

def helper(specs):
    result = make_all(specs)
    return result

print(make_all([("one", 1, "white")]))
items = outer()
print(items)
