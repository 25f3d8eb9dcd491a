# Exit statuses: try/finally ordering and sys.exit with an arbitrary object.
import sys

def order(flag):
    log = []
    try:
        log.append("try")
        if flag:
            raise ValueError("flag")
        log.append("no error")
    except ValueError as e:
        log.append(f"except {e}")
        return log
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

print(order(False))
print(order(True))

def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"

print(swallow())

def override():
    try:
        return "try value"
    finally:
        print("finally runs before return")

print(override())

for code in (None, 0, 3, "text", [1, 2]):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)

try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code, e.args)
try:
    exit_code = sys.exit(1, 2)
except SystemExit as e:
    print("two args", e.code)

print("exiting now")
sys.stdout.flush()
sys.exit({"status": "failed", "code": 7})
