def fin(tag):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', tag)
g = fin('a'); next(g)
g = None
print('after reassign')
gens = [fin('b'), fin('c')]
for x in gens: next(x)
gens.clear()
print('after clear')
def use():
    local = fin('d')
    next(local)
    return 'returned'
print(use())
def use2():
    for v in fin('e'):
        return v
print(use2())
h = fin('f'); next(h)
def raiser():
    g = fin('g'); next(g)
    raise ValueError('v')
try:
    raiser()
except ValueError:
    print('caught v')
print('end of program')
keep = fin('exit'); next(keep)
class Res:
    def __init__(self, name):
        self.name = name
        print('open', name)
    def __del__(self):
        print('del', self.name)
def work(n):
    r = Res(f'r{n}')
    if n == 2:
        raise KeyError(n)
    return n
for i in range(3):
    try:
        print('work', work(i))
    except KeyError as e:
        print('caught', e)
        saved = 'x'
    print('iter end', i)
def nested():
    a = Res('outer-local')
    work(2)
try:
    nested()
except KeyError as e:
    err = e
print('after nested, err kept')
del err
print('err deleted')
def reraise():
    r = Res('reraiser')
    try:
        work(2)
    except KeyError:
        print('reraising')
        raise
try:
    reraise()
except KeyError:
    print('caught reraise')
print('final')
q = Res('global')
work(2)
