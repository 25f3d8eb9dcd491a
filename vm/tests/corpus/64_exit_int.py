# SystemExit with an int code: no traceback, status 3.
import sys
def work():
    for i in range(3):
        print("step", i)
    print("failing with exit code 3", file=sys.stderr)
    sys.exit(3)
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    work()
finally:
    print("finally blocks still run")
print("not reached")
