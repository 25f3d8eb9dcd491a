def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print('caught in gen:', e)
                yield 'recovered'
    finally:
        print('finally, received', received)

g = echo()
print(next(g))
print(g.send('a'), g.send('b'))
print(g.throw(ValueError('boom')))
print(next(g))
g.close()
print(g.gi_frame, g.gi_running)
try:
    next(g)
except StopIteration as e:
    print('SI', e.value)

def sub():
    x = yield 1
    print('sub got', x)
    y = yield 2
    print('sub got', y)
    return 'sub-result'

def deleg():
    r = yield from sub()
    print('deleg got result', r)
    r2 = yield from [10, 20]
    print('r2', r2)
    return 'done'

g = deleg()
print(next(g), g.send('A'), g.send('B'), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)

def bad():
    yield 1
    raise StopIteration('oops')
try:
    list(bad())
except RuntimeError as e:
    print('RE:', e, type(e.__cause__).__name__, e.__cause__)

def bad2():
    yield next(iter([]))
try:
    for v in bad2():
        print(v)
except RuntimeError as e:
    print('RE2:', e)

def gen_ret():
    yield 1
    return 5
g = gen_ret()
print(list(g))
print(next(g, 'dflt'))

def start_send():
    yield 1
g = start_send()
try:
    g.send(5)
except TypeError as e:
    print('TE:', e)

def closeme():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('got GeneratorExit')
        raise
g = closeme(); next(g); g.close(); g.close()

def refuse():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'
g = refuse(); next(g)
try:
    g.close()
except RuntimeError as e:
    print('RE:', e)

def ret_in_close():
    try:
        yield 1
    except GeneratorExit:
        return 'closing value'
g = ret_in_close(); next(g)
print('close returned', g.close())

def thrower():
    try:
        yield 1
    except KeyError as e:
        print('handling', repr(e))
        return 'handled'
g = thrower(); next(g)
try:
    g.throw(KeyError('k'))
except StopIteration as e:
    print('SI value', e.value)

g = thrower()
try:
    g.throw(IndexError('before start'))
except IndexError as e:
    print('IE', e)
print(list(g))

def inner_throw():
    try:
        yield 'i1'
    except ZeroDivisionError:
        yield 'inner caught'
    yield 'i2'
def outer_throw():
    yield from inner_throw()
    yield 'o1'
g = outer_throw()
print(next(g), g.throw(ZeroDivisionError), next(g), next(g))

# generator expressions consumed partially
ge = (i * i for i in range(10))
print(next(ge), next(ge))
for v in ge:
    if v > 20: break
print(list(ge))
print(sum(x for x in range(5)), max((len(w), w) for w in 'a bbb cc'.split()))
print(type(ge).__name__, ge.__name__, ge.__qualname__)

def naturals():
    n = 0
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        print('first square > 50 from', n)
        break

def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
print(take(5, naturals()))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print('fin cleanup')
for x in fin():
    print('x', x)
    break
print('after break')
g = fin()
next(g)
del g
print('after del')

def gen_state():
    yield 1
g = gen_state()
print(g.gi_running, g.gi_suspended)
next(g)
print(g.gi_suspended)
list(g)
print(g.gi_frame)

def running():
    yield g2.gi_running
g2 = running()
print(next(g2))

def self_ref():
    yield next(g3)
g3 = self_ref()
try:
    next(g3)
except ValueError as e:
    print('VE:', e)

def yield_expr_values():
    a = yield
    b = yield a
    c = yield a, b
    return c
g = yield_expr_values()
print(next(g), g.send(1), g.send(2))
try:
    g.send(3)
except StopIteration as e:
    print('ret', e.value)

def throw_type():
    yield 1
g = throw_type()
next(g)
try:
    g.throw(TypeError, 'msg here')
except TypeError as e:
    print('TE', e)

def yf_close():
    try:
        yield from closeme()
    finally:
        print('outer finally')
g = yf_close(); next(g); g.close()

gen = (x for x in [1, 2])
print(list(zip(gen, gen)))
def count_up(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
c = count_up(10)
print(next(c), next(c), c.send(7), next(c), list(c))
print(list(map(lambda x: x, (y for y in range(3)))))
import sys
def g1():
    try:
        yield 1
    except Exception as e:
        print('g1 caught', type(e).__name__)
        yield 2
    else:
        print('g1 else')
        yield 3
    finally:
        print('g1 finally')
        yield 4
print(list(g1()))
g = g1(); next(g)
print(g.throw(RuntimeError), next(g))
try:
    next(g)
except StopIteration:
    print('g1 done')
def g2():
    try:
        yield 1
    finally:
        return 'from finally'
g = g2(); next(g)
try:
    g.throw(ValueError('swallowed'))
except StopIteration as e:
    print('SI:', e.value)
def g3():
    yield 1
g = g3()
list(g)
try:
    g.throw(KeyError('after exhaustion'))
except KeyError as e:
    print('KE:', e)
g = g3()
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print('RE:', e)
except StopIteration:
    print('plain SI')
g = g3(); next(g)
try:
    g.throw(StopIteration('x'))
except RuntimeError as e:
    print('RE:', e, repr(e.__cause__))
def g4():
    x = 0
    while True:
        try:
            x = yield x
        except GeneratorExit:
            print('exit at', x)
            return
        except Exception as e:
            x = repr(e)
g = g4(); next(g)
print(g.send(5), g.throw(IndexError('i')), g.send('z'))
g.close()
# generator with return value in for loop
def g5():
    yield 1
    return 'ignored'
print([v for v in g5()])
# yield from generator that raises StopIteration-derived value
def inner():
    yield 'a'
    return ['list', 'ret']
def outer():
    res = yield from inner()
    yield res
print(list(outer()))
# yield from iterator object (not generator) with send
class Echo:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration('echo-ret')
        return self.n
def deleg():
    r = yield from Echo()
    yield ('returned', r)
print(list(deleg()))
d = deleg(); next(d)
try:
    d.send('x')
except AttributeError as e:
    print('AE:', e)
# generator as context manager-ish
class GenCM:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(v)
            except StopIteration:
                return True
            except BaseException as e:
                if e is v: return False
                raise
        return False
def managed(name):
    print('open', name)
    try:
        yield name.upper()
    except ValueError as e:
        print('handled in gen:', e)
    finally:
        print('close', name)
with GenCM(managed('res')) as r:
    print('using', r)
with GenCM(managed('res2')) as r:
    raise ValueError('inside with')
print('after with')
try:
    with GenCM(managed('res3')) as r:
        raise KeyError('propagates')
except KeyError as e:
    print('KE:', e)
# recursion error caught
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(200)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 100)
sys.setrecursionlimit(1000)
# sort with key errors
try:
    sorted([1, 2, 'x'], key=lambda v: v * 2)
except TypeError as e:
    print('TE:', e)
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'L{self.v}'
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), max(OnlyLt(1), OnlyLt(5)))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([OnlyGt(3), OnlyGt(1)]))
class NoCmp: pass
try:
    sorted([NoCmp(), NoCmp()])
except TypeError as e:
    print('TE:', e)
try:
    max(NoCmp(), NoCmp())
except TypeError as e:
    print('TE:', e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: lst.append(v))
except (ValueError, TypeError) as e:
    print('VE:', e)
# iter sentinel with raising callable
def src():
    items = [1, 2]
    def call():
        if not items: raise StopIteration
        return items.pop(0)
    return call
print(list(iter(src(), None)))
def raiser():
    raise ValueError('from callable')
try:
    list(iter(raiser, 0))
except ValueError as e:
    print('VE:', e)
it = iter(src(), 2)
print(next(it), next(it, 'dflt'), next(it, 'again'))
# generator expression errors show at iteration time
ge = (1 / x for x in [1, 0])
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print('ZDE:', e)
print(next(ge, 'exhausted'))
try:
    (x for x in 5)
except TypeError as e:
    print('TE:', e)
def first_iter_eval():
    return (print('eval iter') or [1, 2] for _ in range(1))
first_iter_eval()
print(list(x for x in (print('outer iter eval') or [7])))
class Sub:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 5: raise StopIteration(self.i * 100)
        return self.i
    def send(self, v):
        print('Sub.send', v)
        return self.__next__()
    def throw(self, *args):
        print('Sub.throw', [type(a).__name__ for a in args])
        return 'thrown-result'
    def close(self):
        print('Sub.close called')
def deleg():
    r = yield from Sub()
    print('deleg result', r)
    yield 'tail'
g = deleg()
print(next(g), g.send('hello'), g.throw(KeyError('k')))
print(type(g.gi_yieldfrom).__name__)
g.close()
print(g.gi_yieldfrom)
g = deleg()
print(list(g))
class NoClose:
    def __iter__(self): return self
    def __next__(self): return 1
def d2():
    yield from NoClose()
g = d2(); next(g)
try:
    g.send(5)
except AttributeError as e:
    print('AE:', e)
g = d2(); next(g)
try:
    g.throw(ValueError('v'))
except ValueError as e:
    print('VE propagated:', e)
g = d2(); next(g); g.close(); print('closed ok')
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *a):
        print('exit', self.n, a[0].__name__ if a[0] else None)
        return False
def gen_with():
    with CM(1) as a:
        yield a
        with CM(2) as b:
            yield b
    yield 'after'
print(list(gen_with()))
g = gen_with(); next(g); next(g)
g.close()
g = gen_with(); next(g)
try:
    g.throw(RuntimeError('inside with'))
except RuntimeError as e:
    print('RE:', e)
def chain_ret(n):
    if n == 0:
        return 'bottom'
        yield
    r = yield from chain_ret(n - 1)
    yield n
    return f'{r}<{n}'
g = chain_ret(3)
print(list(g))
def collect():
    r = yield from chain_ret(2)
    yield r
print(list(collect()))
def gen_exc_context():
    try:
        raise KeyError('original')
    except KeyError:
        yield 'in except'
        raise ValueError('new')
try:
    for v in gen_exc_context():
        print(v)
except ValueError as e:
    print('VE', e, 'context:', repr(e.__context__))
def gen_handled_isolation():
    try:
        raise KeyError('gen internal')
    except KeyError:
        yield 'suspended in except'
        import sys
        yield repr(sys.exception())
g = gen_handled_isolation()
print(next(g))
import sys
print('outside:', sys.exception())
try:
    raise IndexError('outer')
except IndexError:
    print(next(g))
    print('outer exc still:', repr(sys.exception()))
gx = (x for x in range(3))
print(gx.__name__, gx.__qualname__, gx.gi_code.co_name)
def owner():
    return (y for y in 'ab')
print(owner().__qualname__)
print(list(x for x in range(3) for _ in range(x)))
print([(a, b) for a in range(3) if a for b in 'xy' if b != 'x' or a > 1])
print(sum(1 for line in ['a', '', 'b'] if line))
def lazy():
    print('lazy started')
    yield 1
gl = lazy()
print('created')
print(next(gl))
def gen_args(*args, sep='-', **kw):
    yield sep.join(map(str, args))
    yield sorted(kw.items())
print(list(gen_args(1, 2, 3, sep='+', z=1, a=2)))
def send_before_start():
    x = yield
    print('x is', x)
g = send_before_start()
print(g.send(None))
try:
    g.send('val')
except StopIteration:
    print('done')
def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
g = gen(5)
print(g.gi_frame is not None, g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_frame.f_lasti)
next(g)
fr = g.gi_frame
print(fr.f_lasti, fr.f_lineno, fr.f_locals, fr.f_code.co_name, fr.f_back, fr.f_globals is globals())
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
list(g)
print(g.gi_frame)
print(type(fr).__name__)
