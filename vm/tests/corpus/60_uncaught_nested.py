# Ends with an uncaught exception raised several calls deep.
def parse_record(line):
    key, value = line.split("=")
    return key.strip(), int(value)

def parse_all(lines):
    out = {}
    for line in lines:
        k, v = parse_record(line)
        out[k] = v
        print("parsed", k, v)
    return out

def load_config(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return parse_all(lines)

def main():
    config = load_config("""
        width = 80
        height = 24
        depth = deep
    """)
    print("config", config)

main()
