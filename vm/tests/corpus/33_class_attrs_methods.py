# Class and instance attributes, methods, staticmethod, classmethod, property.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self, sound="woof"):
        return f"{self.name} says {sound}"
    def birthday(self):
        self.age += 1
        return self
    @classmethod
    def create(cls, spec):
        name, age = spec.split(":")
        return cls(name, int(age))
    @staticmethod
    def is_adult(age):
        return age >= 2
    @property
    def description(self):
        return f"{self.name} ({self.age})"
    @property
    def years(self):
        return self.age
    @years.setter
    def years(self, value):
        if value < 0:
            raise ValueError("age must be >= 0")
        self.age = value
rex = Dog("Rex", 3)
fido = Dog.create("Fido:1")
print(rex.speak(), fido.speak("yap"), Dog.speak(rex, "grr"))
print(rex.species, Dog.species, Dog.count, rex.count)
rex.species = "lupus"
print(rex.species, fido.species, Dog.species, "species" in vars(rex))
del rex.species
print(rex.species)
print(rex.birthday().birthday().age, Dog.is_adult(1), rex.is_adult(5))
print(rex.description, fido.description)
fido.years = 7
print(fido.years, fido.age)
try:
    fido.years = -1
except ValueError as e:
    print("ValueError:", e)
try:
    rex.description = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    rex.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(vars(rex), sorted(vars(fido)))
print(type(rex).__name__, Dog.__name__, Dog.__qualname__, rex.__class__ is Dog)
print(type(Dog.create).__name__, type(rex.speak).__name__, type(Dog.is_adult).__name__)
print(rex.speak.__self__ is rex, rex.speak.__func__ is Dog.speak, Dog.create.__self__ is Dog)
m = rex.speak
print(m("bark"))
rex.trick = lambda: "roll over"
print(rex.trick())
class Empty:
    pass
e = Empty()
e.x = 1
setattr(e, "y", 2)
print(vars(e), hasattr(e, "x"), getattr(e, "z", "default"))
class Temperature:
    def __init__(self, c):
        self._c = c
    celsius = property(lambda self: self._c)
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature(-40).fahrenheit)
class Registry:
    items = []
    def add(self, x):
        self.items.append(x)
r1, r2 = Registry(), Registry()
r1.add(1); r2.add(2)
print(Registry.items, r1.items is r2.items)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
print(s.a, Slotted.__slots__)
