# str and bytes methods on pseudo-random inputs and arguments.
state = 2024
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

alphabet = ["a", "b", "A", " ", "\t", "\n", "\r", "é", "Σ", "ß", "1", ",", "-", "\x85", "\u2028", "ǅ", "\x0b"]
def rstr(n):
    return "".join([alphabet[rand(len(alphabet))] for _ in range(rand(n))])

def rint():
    return [None, -100, -3, -1, 0, 1, 2, 3, 5, 100][rand(10)]

def call(name, obj, args):
    try:
        r = getattr(obj, name)(*args)
    except (ValueError, TypeError) as e:
        r = type(e).__name__ + ": " + str(e)
    return r

for case in range(400):
    s = rstr(10)
    sub = rstr(3)
    n = rand(21)
    if n == 0:
        r = call("find", s, [sub, rint(), rint()])
    elif n == 1:
        r = call("rfind", s, [sub, rint(), rint()])
    elif n == 2:
        r = call("count", s, [sub, rint(), rint()])
    elif n == 3:
        r = call("split", s, [[None, sub][rand(2)], rint() if rint() is not None else -1])
    elif n == 4:
        r = call("rsplit", s, [[None, sub][rand(2)], rint() if rint() is not None else -1])
    elif n == 5:
        r = call("replace", s, [sub, rstr(3), rint() if rint() is not None else -1])
    elif n == 6:
        r = call("strip", s, [[None, sub][rand(2)]])
    elif n == 7:
        r = call("startswith", s, [(sub, rstr(2)), rint(), rint()])
    elif n == 8:
        r = call("endswith", s, [sub, rint(), rint()])
    elif n == 9:
        r = call("splitlines", s, [rand(2) == 1])
    elif n == 10:
        r = call("partition", s, [sub])
    elif n == 11:
        r = call("rpartition", s, [sub])
    elif n == 12:
        r = call("center", s, [rand(15), alphabet[rand(len(alphabet))]])
    elif n == 13:
        r = call("expandtabs", s, [rand(6)])
    elif n == 14:
        r = (s.title(), s.capitalize(), s.swapcase(), s.upper(), s.lower(), s.casefold())
    elif n == 15:
        r = (s.isalpha(), s.isspace(), s.istitle(), s.isupper(), s.islower(), s.isprintable(), s.isalnum())
    elif n == 16:
        i, j, k = rint(), rint(), [None, -2, -1, 1, 2, 3][rand(6)]
        r = (s[i:j:k], s[i:j])
    elif n == 17:
        r = (sub in s, s.zfill(rand(12)), s.ljust(rand(12), "*"), s.rjust(rand(12)))
    elif n == 18:
        b = s.encode("utf-8")
        bs = sub.encode("utf-8")
        r = (call("find", b, [bs, rint(), rint()]), call("split", b, [[None, bs][rand(2)]]), call("replace", b, [bs, b"-"]), b.strip(), b.upper(), b.title(), b.splitlines(), bs in b)
    elif n == 19:
        r = (s.removeprefix(sub), s.removesuffix(sub), sub.join([s, s]), s.lstrip(sub), s.rstrip())
    else:
        r = call("index", s, [sub, rint(), rint()])
    print(case, ascii(s), ascii(sub), ascii(r))
