# str methods.
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print("hello world foo".title(), "they're bill's".title(), "ABC def".capitalize())
print(s.find("o"), s.rfind("o"), s.find("xyz"), s.index("W"), s.rindex("l"), s.find("o", 5), s.find("o", 5, 8))
print(s.count("l"), s.count("o", 0, 5), "aaaa".count("aa"), "".count(""), "abc".count(""))
print(s.startswith("Hell"), s.endswith("World"), s.startswith(("x", "H")), s.endswith("o", 0, 5))
print(s.replace("l", "L"), s.replace("l", "L", 2), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("  pad  ".strip() + "|", "  pad  ".lstrip() + "|", "  pad  ".rstrip() + "|")
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("cmowz."))
print("abc".center(9), "abc".center(10, "*"), "abc".ljust(6, "."), "abc".rjust(6, "."), "42".zfill(5), "-42".zfill(6), "+7".zfill(4))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.3".isdigit(), " \t\n".isspace(), "".isspace())
print("Hello".istitle(), "HELLO".isupper(), "hello".islower(), "hello1".islower(), "_ident".isidentifier(), "1x".isidentifier())
print("½".isnumeric(), "½".isdigit(), "٣".isdecimal(), "abc".isascii(), "é".isascii(), "Ab\n".isprintable())
print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "), "a-b-c".split("-", 1), "a-b-c".rsplit("-", 1))
print("line1\nline2\r\nline3\n".splitlines(), "x\ny\n".splitlines(True))
print("k=v".partition("="), "no sep".partition("="), "a.b.c".rpartition("."), "abc".rpartition("x"))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(str(i) for i in range(5)))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print("tab\tseparated\tvalues".expandtabs(), "a\tb".expandtabs(4), "12345\t6".expandtabs(4))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), str.maketrans({"a": "1"}), "hello".translate({ord("l"): None}))
print("straße".upper(), "İ".lower().encode("utf-8"), "ß".casefold(), "ǅ".title())
print(len("héllo"), len("日本語"), "日本語"[1], "abc" * 3, "ab" + "cd", 3 * "-")
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" == "abc", "abc" != "abC")
print("b" in "abc", "bc" in "abc", "" in "abc", "x" not in "abc")
print(min("hello"), max("hello"), sorted("hello"), list("abc"))
print(str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str())
print("%s|%5s|%-5s|" % ("a", "b", "c"), "{}+{}".format(1, 2))
print("Hello".encode(), "héllo".encode("utf-8"), "héllo".encode("latin-1"), "abc".encode("ascii"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
print("one two three".split(maxsplit=1), "a1b2c3".upper().lower())
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
