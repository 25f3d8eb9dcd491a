import string

def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def caesar_table(shift):
    lo = string.ascii_lowercase
    up = string.ascii_uppercase
    return str.maketrans(lo + up, lo[shift:] + lo[:shift] + up[shift:] + up[:shift])

def vigenere(text, key, decrypt=False):
    out = []
    key = key.lower()
    k = 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)]) - ord("a")
            if decrypt:
                shift = -shift
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

msg = "Attack at Dawn! Meet @ 5:30, by the Old Mill."
for s in (1, 3, 13, 25, -1, 52):
    enc = caesar(msg, s)
    print(f"{s:>3} {enc}")
    assert caesar(enc, -s) == msg
t = caesar_table(3)
print(sorted(t.items())[:5], len(t))
print(msg.translate(t))
print(msg.translate(str.maketrans("", "", "aeiouAEIOU")))
print(msg.translate(str.maketrans({"a": "4", "e": "3", "t": None, "o": "[]"})))
print(msg.translate({ord("A"): ord("a"), 32: "_"}))
v = vigenere(msg, "LEMON")
print(v)
print(vigenere(v, "LEMON", decrypt=True))

def rot13(s):
    return s.translate(str.maketrans(
        "ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz",
        "NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm"))
print(rot13("Hello, World!"), rot13(rot13("Hello, World!")))

def atbash(s):
    return "".join(chr(219 - ord(c)) if c.islower() else c for c in s)
print(atbash("wizard of oz"))

def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    return "".join("".join(row) for row in rows)
print(rail_fence("WEAREDISCOVEREDFLEEATONCE", 3))

freq = {}
for ch in v.lower():
    if ch in string.ascii_lowercase:
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda x: (-x[1], x[0]))[:6])

def xor_bytes(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
x = xor_bytes(msg.encode(), b"k3y")
print(x)
print(x.hex(), x.hex(":", 4)[:40])
print(xor_bytes(x, b"k3y").decode())
print(bytes.fromhex("48 65 6c 6c 6f"), list(b"AZ"), bytes(range(65, 70)))
print(string.digits, string.punctuation, string.hexdigits, string.octdigits)
print(repr(string.whitespace))
print(string.capwords("hello   wide  world"), "hello   wide  world".title())
try:
    str.maketrans("abc", "de")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError:", e)
try:
    caesar(None, 1)
except TypeError as e:
    print("TypeError:", e)
