# sys.exit() with no arguments: status 0, nothing on stderr.
import sys
print("work done")
sys.stdout.write("cleanup\n")
sys.exit()
print("not reached")
