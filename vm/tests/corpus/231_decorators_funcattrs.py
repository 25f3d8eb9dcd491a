def deco_a(f):
    def wrapper(*args, **kwargs):
        print('a before', f.__name__)
        r = f(*args, **kwargs)
        print('a after')
        return r
    wrapper.__name__ = 'A_' + f.__name__
    wrapper.__wrapped__ = f
    return wrapper

def deco_b(f):
    def wrapper(*args, **kwargs):
        print('b before', f.__name__)
        return f(*args, **kwargs) * 2
    return wrapper

@deco_a
@deco_b
def add(x, y=1):
    return x + y

print(add(3))
print(add.__name__, add.__qualname__, add.__wrapped__.__qualname__)

def repeat(n):
    def deco(f):
        def inner(*a):
            return [f(*a) for _ in range(n)]
        inner.n = n
        return inner
    return deco

@repeat(3)
def hi(name):
    return 'hi ' + name
print(hi('bob'), hi.n, hi.__qualname__)

def register(cls):
    cls.registered = True
    cls.tag = cls.__name__.lower()
    return cls

@register
class Widget:
    pass
print(Widget.registered, Widget.tag, Widget.__qualname__)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Conf:
    def __init__(self, v):
        self.v = v
c1 = Conf(1); c2 = Conf(2)
print(c1 is c2, c1.v, type(Conf).__name__)

def replace_with_subclass(cls):
    class Sub(cls):
        def extra(self):
            return 'extra from ' + type(self).__name__
    Sub.__name__ = cls.__name__ + 'Plus'
    return Sub

@replace_with_subclass
class Base:
    def hello(self): return 'hello'
b = Base()
print(b.hello(), b.extra(), Base.__name__, Base.__qualname__, Base.__mro__[1].__name__)

class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.f(*a, **k)

@CountCalls
def sq(x): return x * x
print(sq(3), sq(4), sq.calls, type(sq).__name__)

# function attributes
def func(a, b: int = 2, *args, c, d: str = 'dd', **kw) -> list:
    """Docstring of func.

    More lines."""
    local1 = a + b
    local2 = [c, d]
    return [local1, local2, args, kw]

print(func.__name__, func.__qualname__)
print(func.__defaults__, func.__kwdefaults__)
print(func.__doc__)
print(func.__annotations__)
co = func.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_name)
print(co.co_varnames)
print(co.co_nlocals, co.co_qualname)
print(func.__module__, func.__dict__)
func.custom = 42
func.__dict__['other'] = 'x'
print(func.custom, func.other, sorted(func.__dict__))
print(func(1, c=3, e=5))

def nodoc(): pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__)
lam = lambda x, y=3: x
print(lam.__name__, lam.__qualname__, lam.__defaults__, lam.__code__.co_varnames)

class K:
    def meth(self, q):
        def inner():
            return q
        return inner
    @staticmethod
    def st(): pass
    @classmethod
    def cm(cls): pass
print(K.meth.__qualname__, K().meth(1).__qualname__, K.st.__qualname__, K.cm.__qualname__)
print(K().meth.__name__, K().meth.__func__ is K.meth, K.cm.__self__ is K)

def f_defaults(a, b=[]):
    b.append(a)
    return b
print(f_defaults(1), f_defaults(2), f_defaults(3, []), f_defaults(4))
print(f_defaults.__defaults__)
f_defaults.__defaults__ = ([9],)
print(f_defaults(5))
f_defaults.__defaults__ = None
try:
    f_defaults(6)
except TypeError as e:
    print('TE:', e)

def kwd(*, a=1, b):
    return a, b
kwd.__kwdefaults__ = {'a': 1, 'b': 7}
print(kwd())
kwd.__kwdefaults__ = None
try:
    kwd()
except TypeError as e:
    print('TE:', e)

# memoization by hand
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

def fib2(n, _c={0: 0, 1: 1}):
    if n not in _c:
        _c[n] = fib2(n - 1) + fib2(n - 2)
    return _c[n]
print(fib2(90), len(fib2.__defaults__[0]))

print(repr(func)[:16], repr(lam)[:20])
print(func.__code__.co_flags & 0x0C, nodoc.__code__.co_flags & 0x20)
print(func.__globals__ is globals(), func.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else 'mod')
func.__name__ = 'renamed'
func.__qualname__ = 'Q.renamed'
print(func.__name__, func.__qualname__, repr(func)[:24])
try:
    func.__name__ = 5
except TypeError as e:
    print('TE:', e)
try:
    func.__defaults__ = 5
except TypeError as e:
    print('TE:', e)
try:
    del func.__name__
except TypeError as e:
    print('TE:', e)
func.__doc__ = 'new doc'
print(func.__doc__)
func.__annotations__ = {'z': 1}
print(func.__annotations__)
print(callable(func), callable(K), callable(3))
def wraps(wrapped):
    def deco(wrapper):
        for attr in ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__', '__type_params__'):
            try:
                value = getattr(wrapped, attr)
            except AttributeError:
                continue
            setattr(wrapper, attr, value)
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco

def timed(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        """inner doc"""
        inner.calls += 1
        return fn(*args, **kwargs)
    inner.calls = 0
    return inner

@timed
def area(w: float, h: float = 1.0) -> float:
    """Compute area."""
    return w * h

print(area(2, 3), area(4), area.calls)
print(area.__name__, area.__qualname__, area.__doc__, area.__annotations__)
print(area.__wrapped__.__name__, sorted(vars(area)))
print(area.__defaults__, area.__wrapped__.__defaults__)
print(area.__code__.co_name, area.__wrapped__.__code__.co_varnames)
print(area.__type_params__)
def generic[T](x: T) -> T:
    return x
print(generic.__type_params__, generic(3))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.__name__ = fn.__name__
        self.__doc__ = fn.__doc__
    def __call__(self, *args):
        if args in self.cache:
            return self.cache[args]
        r = self.cache[args] = self.fn(*args)
        return r
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args):
            return self(obj, *args)
        return bound

class Grid:
    def __init__(self, n): self.n = n
    @Memo
    def paths(self, r, c):
        "count lattice paths"
        if r == 0 or c == 0: return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)
g = Grid(5)
print(g.paths(5, 5), len(Grid.paths.cache), Grid.paths.__name__, Grid.paths.__doc__)

@Memo
def collatz(n):
    if n == 1: return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 200), key=collatz), collatz(27))

def attrs_demo():
    pass
attrs_demo.counter = 0
def bump():
    attrs_demo.counter += 1
    return attrs_demo.counter
bump(); bump()
print(attrs_demo.counter, attrs_demo.__dict__)
del attrs_demo.counter
print(attrs_demo.__dict__, hasattr(attrs_demo, 'counter'))
try:
    del attrs_demo.counter
except AttributeError as e:
    print('AE:', e)
try:
    attrs_demo.missing
except AttributeError as e:
    print('AE:', e)
attrs_demo.__dict__ = {'fresh': 1}
print(attrs_demo.fresh)
try:
    attrs_demo.__dict__ = 5
except TypeError as e:
    print('TE:', e)
print(getattr(attrs_demo, 'nope', 'default'))

def stacked_order(tag):
    def deco(f):
        print('decorating with', tag, f.__name__)
        def w():
            return tag + '(' + f() + ')'
        w.__name__ = 'w_' + tag
        return w
    return deco
@stacked_order('a')
@stacked_order('b')
@stacked_order('c')
def base():
    return 'x'
print(base(), base.__name__)

def param_deco(*dargs, **dkw):
    if len(dargs) == 1 and callable(dargs[0]) and not dkw:
        return param_deco()(dargs[0])
    def deco(fn):
        def w(*a):
            return (dargs, dkw, fn(*a))
        return w
    return deco
@param_deco
def p1(): return 1
@param_deco(2, k=3)
def p2(): return 2
print(p1(), p2())

deco_list = [stacked_order('L')]
@deco_list[0]
def via_subscript(): return 'y'
print(via_subscript())
@(lambda f: f())
def called_immediately():
    return 'I was called'
print(called_immediately)

class Chain:
    def __init__(self): self.ops = []
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        self.ops.append(name)
        return self
    def __call__(self, *a):
        self.ops.append(a)
        return self
c = Chain()
c.load('x').filter.map(1, 2)
print(c.ops)

def counter_factory():
    def counter():
        counter.n += 1
        return counter.n
    counter.n = 0
    return counter
ca, cb = counter_factory(), counter_factory()
ca(); ca(); cb()
print(ca.n, cb.n)

class Dispatcher:
    def __init__(self):
        self.table = {}
    def on(self, *kinds):
        def deco(fn):
            for k in kinds:
                self.table.setdefault(k, []).append(fn.__name__)
            return fn
        return deco
disp = Dispatcher()
@disp.on('click', 'tap')
def handle_press(): pass
@disp.on('tap')
def handle_tap(): pass
print(disp.table)
def kw_only_deco(*, prefix):
    def d(f):
        return lambda *a: prefix + str(f(*a))
    return d
try:
    @kw_only_deco('x')
    def bad(): pass
except TypeError as e:
    print('TE:', e)
@kw_only_deco(prefix='>')
def good(v): return v * 2
print(good(21))
