# Ends with an uncaught KeyboardInterrupt: traceback, then CPython exits
# through SIGINT (shell status 130).
def long_task():
    for i in range(5):
        print("tick", i)
        if i == 2:
            raise KeyboardInterrupt
long_task()
