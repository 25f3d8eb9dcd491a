# repr of strings: quote choice, escapes, unicode.
samples = [
    "plain", "it's", 'say "hi"', "both ' and \"", "", "tab\there",
    "new\nline", "cr\rlf", "back\\slash", "bell\a", "nul\x00", "esc\x1b",
    "del\x7f", "\x80\x9f", "latin é ü ñ", "greek αβγ", "cjk 日本", "emoji 😀",
    "nbsp\xa0", "soft\xad", "zero width\u200b", "line sep\u2028", "bom\ufeff",
    "combining e\u0301", "\U0001f600\U0001f680", "\t\n\r\x0b\x0c", "'", '"',
    "'\"", "\\n", "ascii ~!@#$%^&*()", "\x01\x02\x1f", "\u00ff\u0100",
]
for s in samples:
    print(repr(s), len(s))
for s in samples:
    print(ascii(s))
print(repr(["a", "b'c", 'd"e']), repr(("x",)), repr({"k": "v'"}))
print(str("quote'd"), "%r" % "x'y", f"{'q'!r}", "{!r}".format('z"'))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\x41\101\u0041")
print(r"raw\n\t", len(r"\n"), rb"raw\x00" if False else "raw bytes skipped")
print("multi" "ple" ' adjacent', """triple "quoted" 'string'""")
print(ord("\n"), ord("😀"), chr(128512), chr(0x1F680), hex(ord("é")))
print(repr(chr(0)), repr(chr(31)), repr(chr(127)), repr(chr(160)), repr(chr(173)))
print(repr(chr(0xd800)) if False else "surrogate skipped", repr("\udcff"[0:0]))
print(repr("a" * 3 + "'" * 2), repr("\\'"), repr('\\"'))
