"""The page's side of running learner code: what keeps a mistake in it from freezing or flooding
the page (see guards.py). Shipped to the browser as a PMT python_lib, like signals_core."""
