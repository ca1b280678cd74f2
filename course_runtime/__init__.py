"""The page's side of running learner code: each IDE Run, button or terminal command as a program
of its own (scopes.py), and guards that keep a mistake in it from freezing, flooding or breaking
the page (guards.py). Shipped to the browser as a PMT python_lib, like signals_core."""
