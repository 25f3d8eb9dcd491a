# Ends with an IndexError whose source line shows carets for a subscript.
grid = [[1, 2, 3], [4, 5, 6]]
for r in range(2):
    for c in range(3):
        print(r, c, grid[r][c])
total = grid[0][1] + grid[2][0]
