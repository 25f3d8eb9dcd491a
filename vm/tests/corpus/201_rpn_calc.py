def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif c in "+-*/%^()":
            if c == "*" and src[i + 1:i + 2] == "*":
                tokens.append(("OP", "**"))
                i += 2
            elif c == "/" and src[i + 1:i + 2] == "/":
                tokens.append(("OP", "//"))
                i += 2
            else:
                tokens.append(("OP", c))
                i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return tokens

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "//": 2, "%": 2, "**": 3, "^": 3}
RIGHT = {"**", "^"}

def to_rpn(tokens):
    out, stack = [], []
    for kind, val in tokens:
        if kind in ("NUM", "NAME"):
            out.append(val)
        elif val == "(":
            stack.append(val)
        elif val == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise ValueError("unbalanced )")
            stack.pop()
        else:
            while stack and stack[-1] != "(" and (
                PREC[stack[-1]] > PREC[val]
                or (PREC[stack[-1]] == PREC[val] and val not in RIGHT)
            ):
                out.append(stack.pop())
            stack.append(val)
    while stack:
        op = stack.pop()
        if op == "(":
            raise ValueError("unbalanced (")
        out.append(op)
    return out

OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "**": pow,
    "^": lambda a, b: a ** b,
}

def eval_rpn(rpn, env=None):
    env = env or {}
    stack = []
    for item in rpn:
        if isinstance(item, str) and item in OPS:
            try:
                b = stack.pop()
                a = stack.pop()
            except IndexError:
                raise ValueError("stack underflow") from None
            stack.append(OPS[item](a, b))
        elif isinstance(item, str):
            stack.append(env[item])
        else:
            stack.append(item)
    if len(stack) != 1:
        raise ValueError(f"leftover stack: {stack}")
    return stack[0]

EXPRS = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "2 ^ 10 - 24",
    "7 // 2 + 7 % 3",
    "-7 // 2",
    "10 / 4",
    "1 / 3",
    "0.1 + 0.2",
    "x * x + y",
    "2 ** 100",
    "3 ** 0.5",
    "(1 + 2",
    "1 + 2)",
    "1 / 0",
    "7 % 0",
    "zz + 1",
    "1 $ 2",
    "1.5 * 4",
    "1e3",
    "2 ** -1",
    "100 // 7 ** 2",
]
for e in EXPRS:
    try:
        toks = tokenize(e)
        rpn = to_rpn(toks)
        print(f"{e:<16} -> {' '.join(map(str, rpn)):<22} = {eval_rpn(rpn, {'x': 3, 'y': 4})!r}")
    except (ValueError, ZeroDivisionError, KeyError, SyntaxError) as exc:
        print(f"{e:<16} !! {type(exc).__name__}: {exc}")

print(tokenize("a_1+ 22.5//x")[:4])
print(eval_rpn([3, 4, "+", 2, "*"]))
print(eval_rpn(["-"]) if False else "skip")
try:
    eval_rpn([1, "+"])
except ValueError as e:
    print("err:", e, e.__cause__, e.__suppress_context__)
stack = []
for tok in "5 1 2 + 4 * + 3 -".split():
    if tok.lstrip("-").isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
    print(tok.rjust(3), stack)
print(eval_rpn(to_rpn(tokenize("((2))"))))
print(eval_rpn(to_rpn(tokenize("2 * (3 + 4) * 5 / 7"))))
print(eval_rpn(to_rpn(tokenize("1 +"))))
