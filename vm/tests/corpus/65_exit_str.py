# SystemExit with a string: message on stderr, status 1.
import sys
errors = ["bad input", "missing file"]
for e in errors:
    print("error:", e)
raise SystemExit(f"fatal: {len(errors)} errors")
