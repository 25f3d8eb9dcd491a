# round() and float formatting.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__)
print(round(1234.5678, -2), round(1234.5678, 0), round(-1234.5678, 1))
print(round(5), round(5, 2), round(15, -1), round(25, -1), round(-35, -1))
x = 3.14159265358979
for spec in ["", ".0f", ".1f", ".2f", ".5f", "10.3f", "<10.2f", "^10.2f",
             ">10.2f", "+.2f", " .2f", "010.2f", "e", ".3e", "E", "g", ".3g",
             ".10g", "%", ".1%", ",.2f", "_.3f", "#.0f", "=+12.3f"]:
    print(repr(spec), repr(format(x, spec)))
big = 1234567.891
for spec in [",", ",.1f", "_", "e", "g", ".2g", "15,.2f", "n"]:
    print(repr(spec), repr(format(big, spec)))
for v in [0.0, -0.0, 1e-10, 1e20, 123456789.0, 0.000123, 1e16, 100.0]:
    print(repr(v), format(v, "g"), format(v, ".3g"), format(v, "e"), format(v, ".2f"), f"{v}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{1/3:.20f}")
print(f"{-1.5:08.2f} {1.5:+08.2f} {-0.0:.1f} {0.0:+.1f}")
print("%.2f %5.1f %-8.3f| %e %g %G" % (1.005, 2.25, -3.14159, 12345.678, 0.00001234, 1e-20))
print(str(1.0), str(1e16), str(1e-5), "%s %r" % (0.1, 0.1))
print("{:.3}".format(3.14159), "{:.3}".format(1234.5), "{:10}".format(2.5), "{:<10}|".format(2.5))
print(format(1e300 * 1e10, ".2f"), format(-1e300 * 1e10, "e"), format(float("nan"), "10.2f"))
print(round(0.1 + 0.2, 10), round(2.5e-5, 5), round(1e300, -300))
print(round(float("inf")) if False else "skip", round(-0.4), round(-0.6))
