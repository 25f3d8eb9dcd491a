# String processing algorithms.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
print(len(words), words[:8])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar("Hello, World! xyz", 3)
print(secret, caesar(secret, -3))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
def rle(s):
    if not s:
        return ""
    out, prev, count = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
encoded = rle("aaabccddddde")
print(encoded, unrle(encoded), rle("abc"), rle("zzzzzzzzzzzz"))
def anagram_groups(ws):
    groups = {}
    for w in ws:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]
print(anagram_groups(["listen", "silent", "enlist", "google", "elgoog", "cat", "act", "dog"]))
def word_wrap(s, width):
    lines, line = [], []
    for w in s.split():
        if sum(len(x) + 1 for x in line) + len(w) > width:
            lines.append(" ".join(line))
            line = []
        line.append(w)
    lines.append(" ".join(line))
    return lines
for line in word_wrap(text, 30):
    print(f"|{line:<30}|")
def vowel_count(s):
    return {v: s.lower().count(v) for v in "aeiou"}
print(vowel_count(text))
def title_case(s):
    small = {"of", "the", "a", "in", "and"}
    parts = s.split()
    return " ".join(p if (i and p in small) else p.capitalize() for i, p in enumerate(parts))
print(title_case("the lord of the rings and a hobbit in the shire"))
def roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, sym in table:
        while n >= value:
            out += sym
            n -= value
    return out
print([roman(n) for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]])
print("".join(ch for ch in "H3ll0 W0rld!" if not ch.isdigit()), "hello world".replace("o", "0").title())
