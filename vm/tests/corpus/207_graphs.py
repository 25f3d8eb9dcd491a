GRAPH = {
    "A": ["B", "C"],
    "B": ["A", "D", "E"],
    "C": ["A", "F"],
    "D": ["B"],
    "E": ["B", "F"],
    "F": ["C", "E", "G"],
    "G": ["F"],
    "H": [],
}

def bfs(graph, start):
    seen = {start: None}
    queue = [start]
    order = []
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = node
                queue.append(nxt)
    return order, seen

def path_to(parents, goal):
    path = []
    while goal is not None:
        path.append(goal)
        goal = parents[goal]
    return path[::-1]

def dfs(graph, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for n in graph[start]:
        if n not in seen:
            dfs(graph, n, seen)
    return seen

def dfs_iter(graph, start):
    stack, seen, out = [start], set(), []
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        out.append(n)
        stack.extend(reversed(graph[n]))
    return out

order, parents = bfs(GRAPH, "A")
print(order)
print(parents)
print(path_to(parents, "G"), "->".join(path_to(parents, "E")))
print(dfs(GRAPH, "A"), dfs_iter(GRAPH, "A"))
print("H" in parents, parents.get("H", "unreachable"))

def components(graph):
    seen, comps = set(), []
    for n in graph:
        if n not in seen:
            comp = set(dfs(graph, n))
            seen |= comp
            comps.append(sorted(comp))
    return comps
print(components(GRAPH))

edges = [(u, v) for u, vs in GRAPH.items() for v in vs if u < v]
print(edges, len(edges))
degree = {n: len(vs) for n, vs in GRAPH.items()}
print(degree, max(degree, key=degree.get), sorted(degree.items(), key=lambda kv: kv[1])[0])

DAG = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"],
       "belt": ["jacket"], "socks": ["shoes"], "shoes": [], "jacket": [], "watch": []}
def topo(g):
    indeg = dict.fromkeys(g, 0)
    for vs in g.values():
        for v in vs:
            indeg[v] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for v in g[n]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    return out
print(topo(DAG))

W = {"a": {"b": 7, "c": 9, "f": 14}, "b": {"a": 7, "c": 10, "d": 15}, "c": {"a": 9, "b": 10, "d": 11, "f": 2},
     "d": {"b": 15, "c": 11, "e": 6}, "e": {"d": 6, "f": 9}, "f": {"a": 14, "c": 2, "e": 9}}
def dijkstra(g, src):
    dist = {n: float("inf") for n in g}
    dist[src] = 0
    prev = {}
    todo = set(g)
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v, w in g[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev
dist, prev = dijkstra(W, "a")
print(dist, prev)
print({k: v for k, v in sorted(dist.items(), key=lambda kv: -kv[1])})
inf_d = dict(dist)
inf_d["z"] = float("inf")
print(inf_d["z"], inf_d["z"] > 10 ** 100, -inf_d["z"], inf_d["z"] - inf_d["z"])

grid = ["S.#.....",
        ".##.###.",
        "....#...",
        "#.#...#E"]
def grid_bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")
    dist = {start: 0}
    q = [start]
    for r, c in q:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return start, end, dist.get(end), len(dist)
print(grid_bfs(grid))
adj = {}
for u, v in [(1, 2), (2, 3), (3, 1), (3, 4), (5, 6)]:
    adj.setdefault(u, set()).add(v)
    adj.setdefault(v, set()).add(u)
print(adj, sorted(adj.items()))
def has_cycle(adj):
    seen = set()
    for s in adj:
        if s in seen:
            continue
        stack = [(s, None)]
        while stack:
            n, parent = stack.pop()
            if n in seen:
                return True
            seen.add(n)
            stack.extend((m, n) for m in adj[n] if m != parent)
    return False
print(has_cycle(adj))
matrix = [[1 if j in adj.get(i, ()) else 0 for j in range(1, 7)] for i in range(1, 7)]
for row in matrix:
    print(" ".join(map(str, row)))
print(path_to(parents, "H"))
