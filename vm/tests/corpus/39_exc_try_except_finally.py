# try / except / else / finally control flow.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("  except:", e)
        return None
    except TypeError as e:
        print("  type error:", e)
        return "bad"
    else:
        print("  else: result", result)
        return result
    finally:
        print("  finally for", a, b)
for args in [(10, 2), (1, 0), ("x", 1)]:
    print("divide", args, "->", divide(*args))
def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(finally_overrides())
def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_with_finally())
def nested():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("not reached")
        finally:
            print("inner finally")
    except LookupError as e:
        print("outer caught", type(e).__name__, e)
    finally:
        print("outer finally")
nested()
try:
    raise ValueError("multi")
except (TypeError, ValueError) as e:
    print("tuple except:", type(e).__name__, e)
try:
    [][0]
except Exception as e:
    print("generic:", type(e).__name__, e)
e = "before"
try:
    raise RuntimeError("scoped")
except RuntimeError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def reraise():
    try:
        {}["k"]
    except KeyError:
        print("logging and re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised:", repr(e))
def catch_all():
    try:
        raise SystemExit(3)
    except BaseException as e:
        return f"caught {type(e).__name__} code={e.code}"
print(catch_all())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
    except ValueError as e:
        print("retry", e)
        continue
    else:
        print("no error on attempt", count)
        break
    finally:
        print("finally of attempt", count)
def exc_info_demo():
    import sys
    try:
        raise IndexError("info")
    except IndexError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1], sys.exception())
    print(sys.exc_info(), sys.exception())
exc_info_demo()
try:
    try:
        1 / 0
    finally:
        print("finally without except")
except ZeroDivisionError:
    print("propagated")
def finally_order():
    trail = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                trail.append(f"body{i}")
            finally:
                trail.append(f"finally{i}")
        except ValueError as e:
            trail.append(f"caught{e}")
    return trail
print(finally_order())
