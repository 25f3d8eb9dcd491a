class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
r = Res("a")
del r
print("after del")
def scope():
    x = Res("b")
    print("in scope")
scope()
print("after scope")
r2 = Res("c")
r2 = Res("d")
print("rebound")
items = [Res("e")]
items.clear()
print("cleared")
class Node:
    def __init__(self, parent=None):
        self.parent = parent
    def __del__(self):
        print("node freed", self.parent is None)
n = Node(Node())
n = None
print("after nodes")
keep = Res("g")
print("end")
