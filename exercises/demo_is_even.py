# --- PYODIDE:code --- #
def is_even(n):
    ...
# --- PYODIDE:corr --- #
def is_even(n):
    return n % 2 == 0
# --- PYODIDE:tests --- #
assert is_even(2)
# --- PYODIDE:secrets --- #
assert not is_even(3), "3 is odd"
