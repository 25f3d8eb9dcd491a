def dumps(obj, indent=2, level=0):
    pad = " " * (indent * level)
    inner = " " * (indent * (level + 1))
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            return "NaN"
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f"{inner}{dumps(str(k))}: {dumps(v, indent, level + 1)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [inner + dumps(v, indent, level + 1) for v in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

data = {
    "name": "Widget \"Pro\"",
    "price": 19.99,
    "tags": ["a", "b\\c", "tab\there", "new\nline", "é", "日本"],
    "dims": {"w": 1.5, "h": 2.0, "d": 1e-7, "big": 1e16, "bigger": 12345678901234567890.0},
    "stock": [0, -1, 2**70, -0.0, float("inf"), float("-inf"), float("nan")],
    "active": True,
    "parent": None,
    "empty": {"list": [], "dict": {}, "tuple": ()},
    3: "int key",
}
print(dumps(data))
print(repr(data))
print(str(data["tags"]))
print(data["dims"])
for v in [0.1, 0.5, 1/3, 2/3, 1e22, 1e-5, 0.0001, 123456789.0, 1.0e15, 1.0e16, 1.5e300 * 1e10,
          -1e-310, 5e-324, 2.5, 100.0, 3.14159e-10, float("1.7976931348623157e308")]:
    print(repr(v), str(v), f"{v}", f"{v:g}", f"{v:e}", f"{v:.3}")
strings = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\x00\x07\x1b\x7f",
           "\u00e9\u200b\uffff", "\U0001f600", "\r\n\t", "\ud800" if False else "ok"]
for s in strings:
    print(repr(s), ascii(s), len(s))
print([strings[1:3]], (strings[0],), {strings[2]: strings[3]})
nested = [1, [2, [3, [4, [5]]]], {"a": {"b": {"c": (1, (2,), ())}}}]
print(nested)
print(repr(set()), repr({1}), repr(frozenset()), repr(frozenset({2})), {(): []})
print(repr(b"bytes\x00\xff'"), repr(b'"'), repr(bytearray(b"ab")))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    dumps(object)
except TypeError as e:
    print("TypeError:", e)
print(dumps([[[]]], indent=4))
print(dumps("quote\"in'side"))
