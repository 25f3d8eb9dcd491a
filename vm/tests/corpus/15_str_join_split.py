# join / split round trips and text processing.
text = "the quick brown fox jumps over the lazy dog"
words = text.split()
print(words, len(words))
print(" ".join(words) == text, "_".join(words))
print("|".join(w.capitalize() for w in words))
print([w[::-1] for w in words])
print(" ".join(sorted(words)), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
csv = "name,age,city\nalice,30,paris\nbob,25,berlin\ncarol,,rome"
rows = [line.split(",") for line in csv.split("\n")]
print(rows)
header, *data = rows
for row in data:
    rec = dict(zip(header, row))
    print(rec)
print("a,b,c".split(",", maxsplit=0), "a,b,c".split(",", -1), ",a,".split(","), "".split(","), "".split())
print("  a  b  ".split(" "), "a\tb\nc  d".split(), "1 2 3".split(None, 1), "a b c".rsplit(None, 1))
print("x".join("abc"), "".join([]), ", ".join(["only"]), "\n".join(["l1", "l2"]))
path = "/usr/local/lib/python3.14/site.py"
print(path.split("/"), path.rsplit("/", 1)[-1], path.rpartition(".")[2])
kv = "a=1;b=2;c=3;d"
pairs = [p.partition("=") for p in kv.split(";")]
print(pairs, {k: v for k, _, v in pairs})
print("ab cd ef".splitlines(), "ab\x0bcd\x1cef\u2028gh".splitlines())
def wrap(s, width):
    lines, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap(text * 2, 20):
    print(repr(line))
counts = {}
for ch in text.replace(" ", ""):
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
try:
    " ".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(None)
except TypeError as e:
    print("TypeError:", e)
