# Subscripts and attribute chains in tracebacks.
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False}
print(config["server"]["ports"][1])
root = Node("root", Node("mid", Node("leaf")))
print(root.child.child.name)

def lookup(cfg, section, key):
    print("looking up", section, key)
    return cfg[section][key]

print(lookup(config, "server", "host"))
try:
    lookup(config, "client", "host")
except KeyError as e:
    print("KeyError caught:", e, repr(e), e.args)
try:
    {(1, 2): 3}[(3, 4)]
except KeyError as e:
    print("tuple key:", e, e.args)
try:
    {}[()]
except KeyError as e:
    print("empty tuple key:", e)
try:
    {}[""]
except KeyError as e:
    print("empty str key:", e)
try:
    print(root.child.child.child.name)
except AttributeError as e:
    print("attr:", e, e.name, type(e.obj).__name__)

def deep(n):
    return n.child.child.child.name

print(deep(root.child) if False else "skip")
value = lookup(config, "server", "ports")[0] + config["server"]["timeout"]
