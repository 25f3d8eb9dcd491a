# Single and multiple inheritance, method resolution order.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"
class Cat(Animal):
    def speak(self):
        return "Meow"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit"), Cat("Tom")]:
    print(a.intro())
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__bases__)
class A:
    def who(self):
        return "A"
    def hello(self):
        return "A.hello"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
    def hello(self):
        return "C.hello"
class D(B, C):
    pass
d = D()
print(d.who(), d.hello(), [k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class E(C, B):
    pass
print(E().who(), E().hello(), [k.__name__ for k in E.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class O: pass
class F(O): pass
class G(O): pass
class H(F, G): pass
class I(G): pass
class J(H, I): pass
print([k.__name__ for k in J.__mro__])
print(issubclass(J, O), issubclass(J, I), issubclass(I, F), isinstance(J(), G))
class Base:
    greeting = "base"
    def method(self):
        return "Base.method"
class Override(Base):
    greeting = "override"
print(Override().greeting, Override().method(), Base.greeting)
class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area()})"
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Rect(Square):
    def __init__(self, w, h):
        super().__init__(w)
        self.h = h
    def area(self):
        return self.s * self.h
print([Square(3), Rect(2, 5)], Rect.sides)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Mixin:
    def describe(self):
        return f"<{type(self).__name__}: {self.name}>"
class Named:
    def __init__(self, name):
        self.name = name
class Thing(Mixin, Named):
    pass
print(Thing("widget").describe(), [k.__name__ for k in Thing.__mro__])
print(object in Thing.__mro__, type(Thing).__name__, Thing.__mro__[-1].__name__)
