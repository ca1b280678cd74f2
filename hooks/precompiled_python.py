"""Ship Python bytecode beside the sources Pyodide imports, so that a page does not compile
them again each time it loads.

Pyodide 0.25 ships its standard library as sources only (python_stdlib.zip) and runs with
`sys.dont_write_bytecode`, and the course's own libraries (PMT's python_libs, signals_core and
course_runtime) are sources too. So every page load compiled, in WebAssembly, every module it
imported: about half of Python's start-up on a lesson. After the build, this hook adds to each
of those zips an unchecked-hash .pyc (PEP 552) per module. Python loads it without reading or
compiling the source, which stays in the zip for tracebacks.

The bytecode comes from the Python that builds the site, so its minor version must be the one
Pyodide runs (3.11). With another one, the hook leaves the zips as they are and says so; the
site still works, only its Python starts more slowly.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import json
import logging
import marshal
import sys
import zipfile
from pathlib import Path

from self_hosted_assets import NODE_MODULES, VENDOR

log = logging.getLogger("mkdocs.hooks.precompiled_python")

STDLIB_ZIP = "pyodide/python_stdlib.zip"
# Where Pyodide puts the standard library's zip: the file name in the stdlib's tracebacks.
STDLIB_PATH_IN_PYODIDE = "/lib/python311.zip/"


def pyodide_python() -> tuple[int, int]:
    """The Python version Pyodide runs, as (major, minor)."""
    lock = json.loads((NODE_MODULES / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    major, minor, *_ = lock["info"]["python"].split(".")
    return int(major), int(minor)


def unchecked_pyc(source: bytes, filename: str) -> bytes:
    """The module's bytecode as an unchecked-hash .pyc: magic, flags, source hash, code."""
    code = compile(source, filename, "exec", dont_inherit=True)
    flags = (0b01).to_bytes(4, "little")        # hash-based, source not checked
    return importlib.util.MAGIC_NUMBER + flags + importlib.util.source_hash(source) + marshal.dumps(code)


def with_bytecode(archive: bytes, pyc_name, filename_of) -> bytes:
    """`archive` (a zip) with a .pyc added for each .py in it, named by `pyc_name(py_name)`
    and compiled as the file `filename_of(py_name)`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as source, zipfile.ZipFile(out, "w") as target:
        names = set(source.namelist())
        for entry in source.infolist():
            data = source.read(entry)
            target.writestr(entry, data)
            if entry.filename.endswith(".py") and pyc_name(entry.filename) not in names:
                pyc = zipfile.ZipInfo(pyc_name(entry.filename), entry.date_time)
                pyc.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(pyc, unchecked_pyc(data, filename_of(entry.filename)))
    return out.getvalue()


@functools.lru_cache(maxsize=1)
def precompiled_stdlib(source_zip: Path, modified: float) -> bytes:
    """Pyodide's stdlib zip with its bytecode (`mkdocs serve` builds it once, not on each
    rebuild). zipimport looks for `name.pyc` beside `name.py`; the code is compiled under the
    name Pyodide gives the source, so tracebacks read as before."""
    return with_bytecode(source_zip.read_bytes(),
                         pyc_name=lambda py: py + "c",
                         filename_of=lambda py: STDLIB_PATH_IN_PYODIDE + py)


def cached_name(py: str) -> str:
    """Where the import system looks for a module's bytecode, in a library unpacked on
    Pyodide's file system: `a/b.py` -> `a/__pycache__/b.cpython-311.pyc`."""
    folder, _, name = py.rpartition("/")
    return f"{folder + '/' if folder else ''}__pycache__/{name[:-3]}.{sys.implementation.cache_tag}.pyc"


def on_post_build(config, **_):
    if sys.version_info[:2] != pyodide_python():
        log.info("Python bytecode left out: this build runs Python %s.%s, Pyodide runs %s.%s, "
                 "so pages compile their modules as they load them.",
                 *sys.version_info[:2], *pyodide_python())
        return
    site = Path(config["site_dir"])
    source = NODE_MODULES / STDLIB_ZIP
    (site / VENDOR / STDLIB_ZIP).write_bytes(precompiled_stdlib(source, source.stat().st_mtime))
    for lib in config.plugins["pyodide_macros"].python_libs:
        archive = site / f"{Path(lib).name}.zip"
        # The file names do not matter here: the import system points the code at its source.
        archive.write_bytes(with_bytecode(archive.read_bytes(), pyc_name=cached_name,
                                          filename_of=lambda py: py))
