# Decoding and encoding of pseudo-random data with every error handler.
state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x8f, 0x90]
for case in range(300):
    n = rand(7)
    data = bytes([interesting[rand(len(interesting))] if rand(3) else rand(256) for _ in range(n)])
    row = [data]
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            row.append(data.decode("utf-8", errors))
        except UnicodeDecodeError as e:
            row.append("E:" + str(e))
    try:
        row.append(data.decode("ascii"))
    except UnicodeDecodeError as e:
        row.append("E:" + str(e))
    print(ascii(row))
chars = ["a", "é", "ÿ", "Ā", "€", "😀", "\udc80", "\udcff", "\ud800", " ", "\x7f", "\x80"]
for case in range(200):
    s = "".join([chars[rand(len(chars))] for _ in range(rand(5))])
    row = [s]
    for enc in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
            try:
                row.append(s.encode(enc, errors))
            except UnicodeEncodeError as e:
                row.append("E:" + str(e))
    print(ascii(row))
