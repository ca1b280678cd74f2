"""Where a built page sits relative to the site root, so hooks can write relative addresses
that keep working when the site is served under a sub-path."""

import posixpath


def relative_root(page) -> str:
    """The relative address of the site root as seen from `page` ("." , "..", "../.." ...)."""
    page_dir = posixpath.dirname(page.url) if page.url.endswith(".html") else page.url
    return posixpath.relpath(".", page_dir or ".")
