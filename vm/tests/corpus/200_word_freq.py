import sys

TEXT = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away!  A quick, quick fox... and the DOG sleeps.
It's a dog's life -- isn't it? Yes: it's the fox's too.
"""

def normalize(word):
    return word.strip(".,;:!?-'\"").casefold()

words = [normalize(w) for w in TEXT.split()]
words = [w for w in words if w]
print(len(words), words[:8])

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:10]:
    print(f"{word:<10}|{n:>3}|{'#' * n}")

by_count = sorted(counts, key=counts.get, reverse=True)
print(by_count[:5])

groups = {}
for w, n in counts.items():
    groups.setdefault(n, []).append(w)
for n in sorted(groups, reverse=True):
    print(n, sorted(groups[n]))

lengths = {}
for w in set(words):
    lengths.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters.items(), key=lambda p: p[1], reverse=True)[:5]
print(common)
print("".join(sorted(letters)))
print(max(counts, key=counts.get), min(counts.items(), key=lambda p: (p[1], p[0])))
print(sum(counts.values()), len(counts))
total = sum(counts.values())
for w in ("the", "fox", "dog", "cat"):
    share = counts.get(w, 0) / total
    print(f"{w!r:>6}: {share:.2%} {share:8.4f} {counts.get(w, 0):03d}")

lines = TEXT.splitlines()
for i, line in enumerate(lines, start=1):
    print(f"{i:2}: {line!r}")
print(TEXT.splitlines(keepends=True)[0])
print([len(l.split()) for l in lines])
print(TEXT.count("fox"), TEXT.find("dog"), TEXT.rfind("dog"), TEXT.index("lazy"))
vowels = set("aeiou")
print(sorted(w for w in counts if vowels.isdisjoint(w)))
print(sorted({w[0] for w in words}))
first = {}
for w in words:
    first.setdefault(w[0], []).append(w)
print(dict(sorted((k, len(v)) for k, v in first.items())))
print(TEXT.title()[:40])
print(TEXT.swapcase()[:30])
print(TEXT.capitalize()[:30])
print("|".join(words[:5]).upper().center(40, "*"))
print(repr(TEXT[:20].ljust(25, ".")), repr("x".rjust(4)))
print("ß".upper(), "ǅ".lower(), "ǅ".upper(), "ﬁ".upper(), "İ".lower().encode())
print("Straße".casefold(), "Straße".lower())
print(sys.maxsize > 2**30)
