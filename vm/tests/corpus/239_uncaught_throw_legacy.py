def worker():
    total = 0
    while True:
        try:
            item = yield total
        except ValueError as e:
            print('worker recovered from', repr(e))
            continue
        if item is None:
            break
        total += item
    return total

w = worker()
next(w)
for v in (3, 4, 5):
    print('sent', v, '->', w.send(v))
print('throw ->', w.throw(ValueError('bad item')))
print('throw legacy ->', w.throw(ValueError, 'legacy form'))
print('throw legacy again ->', w.throw(ValueError, 'second time'))
for i in range(2):
    print('loop throw ->', w.throw(ValueError, ValueError(i)))
try:
    w.send(None)
except StopIteration as e:
    print('finished with', e.value)
w2 = worker()
next(w2)
w2.throw(KeyError, KeyError('missing'), None)
