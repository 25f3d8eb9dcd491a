# printf-style % formatting.
print("%s" % "str", "%s" % 42, "%s" % [1, 2], "%s" % (None,), "%r" % "repr", "%a" % "é")
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f|%-10.1f|%+.0f %e %.3E %g %G" % (3.14159, 3.14159, 2.5, 2.5, 2.5, 1234.5, 0.00012, 1e-5, 1e20))
print("%c%c%c" % (72, "i", 33), "%%", "100%% sure", "%s%%" % 50)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": "q"})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s and %s" % ("a", "b"), "%s" % ((1, 2),), "%d items" % True, "%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%d" % 3.99, "%x" % 2 ** 70, "%s" % b"bytes", "%s" % 1.0, "%r" % 1.0, "%.15g" % 0.1)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65, b"%5s|" % b"ab", b"%r" % "s" if False else b"%a" % "s")
for fmt, args in [("%d", "x"), ("%s %s", ("one",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5),
                  ("%c", 1114112), ("%c", "ab"), ("%d", None), ("%(a)s %s", {"a": 1}), ("%.2f", "1")]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(f"{fmt!r}: {type(e).__name__}: {e}")
rows = [("Widget", 3, 4.5), ("Gadget", 10, 12.25), ("Doohickey", 1, 100.0)]
print("%-10s %5s %8s" % ("Item", "Qty", "Price"))
for row in rows:
    print("%-10s %5d %8.2f" % row)
print("total: %d items, %.2f" % (sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows)))
print("%s" % {"k": "v"}, "%(k)s" % {"k": "v"}, "%s" % (("a",),))
print("%-6.2f|%06.2f|%+06.1f" % (-1.5, -1.5, 1.5), "%x" % -255, "%#o" % -8, "%e" % 0)
