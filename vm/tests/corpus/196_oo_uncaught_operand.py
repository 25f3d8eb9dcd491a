class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __add__(self, other):
        if isinstance(other, Celsius):
            return Celsius(self.degrees + other.degrees)
        return NotImplemented

    def __repr__(self):
        return f"Celsius({self.degrees})"


class Fahrenheit:
    def __init__(self, degrees):
        self.degrees = degrees


readings = [Celsius(20), Celsius(22.5), Celsius(-3)]
total = Celsius(0)
for r in readings:
    total = total + r
print(total)
print(sum(readings, Celsius(0)))
try:
    sum(readings)
except TypeError as e:
    print(type(e).__name__, e)
try:
    total + Fahrenheit(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Fahrenheit(3) + Fahrenheit(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Fahrenheit(3) * 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] + total
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + total
except TypeError as e:
    print(type(e).__name__, e)
try:
    total < total
except TypeError as e:
    print(type(e).__name__, e)
try:
    total @ total
except TypeError as e:
    print(type(e).__name__, e)
try:
    t = total
    t -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    t = total
    t **= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    t = total
    t //= 1
except TypeError as e:
    print(type(e).__name__, e)


def average(values):
    return sum(values) / len(values)


print(average([1, 2, 3]))
print(average(readings))
