# str.format, format_map, % and format(): fields, nesting, conversions, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class Obj:
    attr = "A"
    items = {"k": [10, 20]}
    def __format__(self, spec):
        return "Obj(" + spec + ")"
    def __repr__(self):
        return "<Obj é>"

class NoFmt:
    pass

class Idx:
    def __index__(self):
        return 65

o = Obj()
show("auto", lambda: "{}{}{}".format(1, 2, 3))
show("manual", lambda: "{2}{1}{0}".format("a", "b", "c"))
show("mix auto manual", lambda: "{}{0}".format(1))
show("mix manual auto", lambda: "{0}{}".format(1))
show("attr", lambda: "{0.attr}".format(o))
show("item chain", lambda: "{0.items[k][1]}".format(o))
show("kw item", lambda: "{x[0]}{x[1]}".format(x="ab"))
show("missing attr", lambda: "{0.nope}".format(o))
show("missing index", lambda: "{0[5]}".format([1]))
show("missing key", lambda: "{0[q]}".format({}))
show("bad bracket", lambda: "{0[}".format([1]))
show("empty attr", lambda: "{0.}".format(o))
show("after bracket", lambda: "{0[0]x}".format([1]))
show("custom format", lambda: "{:abc}|{0:}".format(o))
show("nested spec", lambda: "{:{}{}}".format("x", ">", 4))
show("nested named", lambda: "{v:{f}^{w}}".format(v="m", f="*", w=7))
show("too deep", lambda: "{:{:{}}}".format(1, 2, 3))
show("conv", lambda: "{!r}|{!s}|{!a}".format(o, o, o))
show("conv bad", lambda: "{!x}".format(1))
show("conv missing", lambda: "{!}".format(1))
show("conv then spec", lambda: "{!r:>10}".format("q"))
show("braces", lambda: "{{}} {{{}}}".format(5))
show("single close", lambda: "a}b".format())
show("unclosed", lambda: "{0".format(1))
show("unclosed spec", lambda: "{0:".format(1))
show("index out", lambda: "{5}".format(1))
show("kw missing", lambda: "{name}".format(1))
show("no fmt spec", lambda: "{:>5}".format(NoFmt()))
show("none spec", lambda: "{:>6}".format(None))
show("none empty", lambda: "{}".format(None))
show("list spec", lambda: "{:10}".format([1]))
show("bool spec", lambda: ("{:d}".format(False), "{:5}".format(True), "{}".format(True), "{:x}".format(True)))
show("big int", lambda: "{:,}".format(10 ** 20))
show("int specs", lambda: ("{:+08.3f}".format(5), "{:#b}".format(-5), "{:c}".format(0x1F600), "{:n}".format(1234)))
show("float specs", lambda: ("{:.3}".format(1234.5), "{:g}".format(1e-5), "{:%}".format(1), "{:_.2f}".format(1e6)))
show("str bad spec", lambda: "{:d}".format("s"))
show("str align eq", lambda: "{:=5}".format("s"))
show("format_map kw", lambda: "{a}".format_map({"a": "b"}))
show("format_map pos", lambda: "{0}".format_map({}))
show("format_map obj", lambda: "{a.attr}".format_map({"a": o}))
show("format unbound", lambda: str.format("{}-{}", 1, 2))
show("fmt builtin obj", lambda: (format(o, "zz"), format(o)))
show("fmt builtin none", lambda: format(None, "x"))
show("pct basic", lambda: "%s %r %a" % ("é", "é", "é"))
show("pct int conv", lambda: ("%d" % 3.7, "%i" % -2.5, "%x" % Idx(), "%c" % Idx()))
show("pct float int", lambda: ("%.3f" % 2, "%e" % 10 ** 20, "%g" % True))
show("pct flags", lambda: ("%-+6d|" % 5, "% 05d" % 5, "%#06x" % 255, "%#o" % 0, "%+.1e" % -1.25))
show("pct width star", lambda: "%*.*f|%-*s|" % (8, 2, 3.14159, 4, "x"))
show("pct neg star", lambda: "%*d|" % (-5, 1))
show("pct dict", lambda: "%(a)s %(b)05.1f %%" % {"a": "x", "b": 2})
show("pct dict extra", lambda: "%(a)s" % {"a": 1, "b": 2})
show("pct list arg", lambda: "%s" % [1, 2])
show("pct tuple nested", lambda: "%s %s" % ((1, 2), [3]))
show("pct missing key", lambda: "%(z)s" % {"a": 1})
show("pct not mapping", lambda: "%(a)s" % (1,))
show("pct incomplete", lambda: "abc %" % ())
show("pct bad char", lambda: "%y" % 1)
show("pct star not int", lambda: "%*d" % ("x", 1))
show("pct c range", lambda: "%c" % -1)
show("pct c float", lambda: "%c" % 1.5)
show("pct x float", lambda: "%x" % 1.5)
show("pct d str", lambda: "%d" % "1")
show("pct f none", lambda: "%f" % None)
show("pct s obj", lambda: "%s|%r" % (o, o))
show("pct extra args", lambda: "%s" % (1, 2))
show("pct no args", lambda: "%s %s" % (1,))
show("pct empty tuple", lambda: "x" % ())
show("pct nonstr dict", lambda: "x" % {"a": 1})
show("pct bigint", lambda: ("%d" % 2 ** 80, "%x" % -(2 ** 70), "%.3e" % 2 ** 80))
show("pct huge float int", lambda: "%f" % 10 ** 400)
show("pct nan", lambda: ("%f" % float("nan"), "%5.1f" % float("inf"), "%d" % float("1e20")))
show("pct d nan", lambda: "%d" % float("nan"))
show("fstring", lambda: (f"{o!r:>12}", f"{'a'!a}", f"{o:spec}", f"{3.5:{'<'}{6}}|"))
show("fstring ascii nonstr", lambda: f"{['é']!a}")
