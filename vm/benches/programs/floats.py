# Float-heavy: a Mandelbrot set count.
def mandel(width, height, limit):
    inside = 0
    for py in range(height):
        y0 = py / height * 2.0 - 1.0
        for px in range(width):
            x0 = px / width * 3.0 - 2.0
            x = 0.0
            y = 0.0
            i = 0
            while i < limit and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            if i == limit:
                inside += 1
    return inside


print(mandel(160, 120, 100))
