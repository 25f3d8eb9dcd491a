def f(a, b=1):
    "doc"
    x = a
    return x
co = f.__code__
print(co.co_filename, co.co_firstlineno, co.co_name, co.co_qualname)
print(co.co_nlocals, co.co_stacksize > 0, co.co_names, co.co_cellvars, co.co_freevars)
print(type(co).__name__, repr(co)[:20])
print(co.co_consts[:1])
print(f.__code__ is f.__code__, f.__code__ == f.__code__)
def g(): pass
print(co.co_flags & 0xff)
def gen(): yield
print(gen.__code__.co_flags & 0x20, f.__code__.co_flags & 0x20)
print(repr(f).startswith('<function f at 0x'), repr(lambda: 0).startswith('<function <lambda> at'))
class A:
    def m(self): pass
print(repr(A.m).startswith('<function A.m at'), repr(A().m).startswith('<bound method A.m of <__main__.A object at'))
bm = A().m
print(bm.__name__, bm.__qualname__, type(bm).__name__, bm.__self__.__class__.__name__)
print(bm == A().m, bm.__func__ is A.m)
print(f.__get__(5)(), type(f.__get__(5)).__name__)
def partial(func, *pargs, **pkw):
    def call(*args, **kw):
        return func(*pargs, *args, **{**pkw, **kw})
    call.func = func
    call.args = pargs
    call.keywords = pkw
    return call
p = partial(f, 10)
print(p(), p.func.__name__, p.args, p.keywords)
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(fn, n):
    def c(*args):
        if len(args) >= n:
            return fn(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1, 2, 3))

class Meta:
    def __init__(self):
        self.log = []
    def __getattr__(self, name):
        def method(*a):
            self.log.append((name, a))
            return len(self.log)
        return method
m = Meta()
print(m.foo(1), m.bar(), m.log)

def trace(prefix):
    def deco(fn):
        depth = [0]
        def wrapper(*args):
            print('  ' * depth[0] + f'{prefix}{fn.__name__}{args}')
            depth[0] += 1
            try:
                return fn(*args)
            finally:
                depth[0] -= 1
        return wrapper
    return deco
@trace('> ')
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))

class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print('computing')
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, type(Circle.area).__name__)

class Registry:
    handlers = {}
    @classmethod
    def register(cls, key):
        def deco(fn):
            cls.handlers[key] = fn
            return fn
        return deco
@Registry.register('x')
def handle_x(): return 'X!'
print(Registry.handlers['x'](), handle_x.__name__)

def validate(**types):
    def deco(fn):
        def w(**kw):
            for k, t in types.items():
                if not isinstance(kw.get(k), t):
                    raise TypeError(f'{k} must be {t.__name__}, got {type(kw.get(k)).__name__}')
            return fn(**kw)
        return w
    return deco
@validate(a=int, b=str)
def combo(*, a, b): return b * a
print(combo(a=2, b='ab'))
try:
    combo(a='2', b='ab')
except TypeError as e:
    print('TE:', e)

class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__
        Plugin.registry.append(cls.plugin_name)
class P1(Plugin): pass
class P2(Plugin, name='second'): pass
print(Plugin.registry, P2.plugin_name)
try:
    class P3(Plugin, bogus=1): pass
except TypeError as e:
    print('TE:', e)

def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{type(self).__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
@add_repr
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(Pt(1, 'a'), [Pt(0, 0)])
print(Pt.__repr__.__qualname__)

class StaticCall:
    @staticmethod
    def s(x): return x * 3
    sm = staticmethod(len)
print(StaticCall.s(2), StaticCall().s(3), StaticCall.sm('abcd'), StaticCall().sm([]))
print(type(StaticCall.__dict__['s']).__name__, StaticCall.__dict__['s'].__func__.__name__)
print(callable(StaticCall.__dict__['s']), StaticCall.__dict__['s'](4))
def gen_fn(): yield 1
print(type(gen_fn).__name__, type(gen_fn()).__name__, gen_fn().__qualname__)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError('negative')
        self._v = val
    @v.deleter
    def v(self): print('deleting v')
p = Prop(); p.v = 5; print(p.v, Prop.v.__doc__); del p.v
try:
    p.v = -1
except ValueError as e:
    print('VE:', e)
class RO:
    @property
    def x(self): return 1
try:
    RO().x = 5
except AttributeError as e:
    print('AE:', e)
try:
    del RO().x
except AttributeError as e:
    print('AE:', e)
def f(a=1): return a
def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
t(1, lambda: setattr(f, '__closure__', None))
t(2, lambda: setattr(f, '__globals__', {}))
t(3, lambda: setattr(f, '__qualname__', 3))
t(4, lambda: delattr(f, '__defaults__') or f.__defaults__)
t(5, lambda: delattr(f, '__name__'))
t(6, lambda: delattr(f, '__dict__'))
t(7, lambda: setattr(f, '__kwdefaults__', [1]))
t(8, lambda: setattr(f, '__annotations__', 3))
t(9, lambda: setattr(f, '__annotate__', 3))
t(10, lambda: setattr(f, '__type_params__', [1]))
t(11, lambda: setattr(f, '__module__', 'm') or (f.__module__, f.__dict__))
t(12, lambda: delattr(f, '__module__') or f.__module__)
t(13, lambda: setattr(f, '__annotations__', {'a': int}) or (f.__annotations__, f.__annotate__))
t(14, lambda: delattr(f, '__annotations__') or f.__annotations__)
t(15, lambda: delattr(f, '__doc__') or f.__doc__)
class C: pass
t(16, lambda: setattr(C, '__name__', 5))
t(17, lambda: setattr(C, '__qualname__', None))
t(18, lambda: setattr(C, '__name__', 'D') or (C.__name__, C.__qualname__, C))
t(19, lambda: setattr(C, '__qualname__', 'Outer.D') or (C.__name__, C.__qualname__, C, C.__dict__.get('__qualname__')))
t(20, lambda: setattr(int, '__name__', 'x'))
t(21, lambda: C().missing)
t(22, lambda: setattr(C, '__module__', 'mymod') or (C.__module__, C))
t(23, lambda: setattr(C, '__doc__', 'doc') or C.__doc__)
import math, sys
print(str.upper, list.append, dict.get, str.join, int.bit_length, float.hex, bytes.hex, set.add, tuple.index, object.__init__ is not None)
print(math.sqrt, sys.exit, len, abs, print)
print(dict.fromkeys is not None, str.maketrans is not None)
import sys
def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            yield ('NUM', float(src[i:j]) if '.' in src[i:j] else int(src[i:j]))
            i = j
            continue
        if ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield ('NAME', src[i:j])
            i = j
            continue
        if ch in '+-*/()^,':
            yield ('OP', ch)
            i += 1
            continue
        raise SyntaxError(f'bad char {ch!r} at {i}')
    yield ('EOF', None)

class Parser:
    def __init__(self, tokens):
        self.tokens = iter(tokens)
        self.cur = next(self.tokens)
    def advance(self):
        prev, self.cur = self.cur, next(self.tokens, ('EOF', None))
        return prev
    def expect(self, kind, value=None):
        tok = self.advance()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise SyntaxError(f'expected {kind} {value!r}, got {tok}')
        return tok
    def expr(self):
        node = self.term()
        while self.cur in (('OP', '+'), ('OP', '-')):
            op = self.advance()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.cur in (('OP', '*'), ('OP', '/')):
            op = self.advance()[1]
            node = (op, node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.cur == ('OP', '^'):
            self.advance()
            return ('^', base, self.factor())
        return base
    def unary(self):
        if self.cur == ('OP', '-'):
            self.advance()
            return ('neg', self.unary())
        return self.atom()
    def atom(self):
        kind, val = self.cur
        if kind == 'NUM':
            self.advance()
            return val
        if kind == 'NAME':
            self.advance()
            if self.cur == ('OP', '('):
                self.advance()
                args = []
                if self.cur != ('OP', ')'):
                    args.append(self.expr())
                    while self.cur == ('OP', ','):
                        self.advance()
                        args.append(self.expr())
                self.expect('OP', ')')
                return ('call', val, args)
            return ('var', val)
        if self.cur == ('OP', '('):
            self.advance()
            node = self.expr()
            self.expect('OP', ')')
            return node
        raise SyntaxError(f'unexpected {self.cur}')

FUNCS = {'max': max, 'min': min, 'abs': abs, 'sum': lambda *a: sum(a)}
def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case ('var', name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f'undefined variable {name!r}') from None
        case ('neg', x):
            return -evaluate(x, env)
        case ('call', fname, args):
            return FUNCS[fname](*(evaluate(a, env) for a in args))
        case (op, a, b):
            l, r = evaluate(a, env), evaluate(b, env)
            return {'+': lambda: l + r, '-': lambda: l - r, '*': lambda: l * r,
                    '/': lambda: l / r, '^': lambda: l ** r}[op]()

env = {'x': 3, 'y': 4.5}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-x ^ 2', 'max(x, y, 2) + min(1, 2)',
            'sum(1, 2, 3, x)', '10 / 4', 'abs(-7) - -3', 'z + 1', '4 / (x - 3)', '3 $ 4', '(1 + 2']:
    try:
        tree = Parser(tokenize(src)).expr()
        print(f'{src:28} => {tree!r:40.40} = {evaluate(tree, env)!r}')
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f'{src:28} !! {type(e).__name__}: {e}')

def states():
    state = 'idle'
    transitions = {('idle', 'start'): 'running', ('running', 'pause'): 'paused',
                   ('paused', 'resume'): 'running', ('running', 'stop'): 'idle'}
    history = []
    while True:
        event = yield state
        if event is None:
            return history
        nxt = transitions.get((state, event))
        if nxt is None:
            history.append(f'ignored {event} in {state}')
        else:
            history.append(f'{state}->{nxt}')
            state = nxt
m = states()
print(next(m))
for ev in ['start', 'pause', 'stop', 'resume', 'stop']:
    print(ev, '->', m.send(ev))
try:
    m.send(None)
except StopIteration as e:
    print(*e.value, sep='\n')

def chunked(it, n):
    it = iter(it)
    while chunk := [x for _, x in zip(range(n), it)]:
        yield chunk
print(list(chunked(range(10), 3)), list(chunked('', 2)))
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window('abcde', 3)))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave('abc', [1, 2], range(10, 14))))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg(); next(ra)
print([ra.send(v) for v in (10, 20, 60, 5)])
print(sorted(['b10', 'a2', 'a10', 'b1'], key=lambda s: (s[0], int(s[1:]))))
groups = {}
for word in 'apple avocado banana blueberry cherry apricot'.split():
    groups.setdefault(word[0], []).append(word)
print({k: sorted(v, key=len) for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1]))})
print(*map(lambda p: '%s=%d' % p, sorted({'x': 1, 'y': 2}.items())), sep=', ')
