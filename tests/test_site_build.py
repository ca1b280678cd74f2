"""The site builds cleanly and serves every browser asset itself."""

import re
import zipfile
from pathlib import Path, PurePosixPath

import yaml

from tools.course_pages import ROOT


def test_site_builds_with_mkdocs_strict(built_site):
    assert built_site.returncode == 0, built_site.log[-4000:]
    warnings = re.findall(r"^WARNING\s+-.*$", built_site.log, re.MULTILINE)
    assert warnings == []


def test_built_pages_reference_no_cdn(built_site):
    cdn = re.compile(r"https?://(cdn\.jsdelivr\.net|unpkg\.com|fonts\.googleapis\.com)")
    offenders = [
        str(path.relative_to(built_site.site_dir))
        for path in built_site.site_dir.rglob("*")
        if path.suffix in {".html", ".js", ".css"}
        and "vendor" not in path.relative_to(built_site.site_dir).parts
        and cdn.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert offenders == []


def test_pyodide_runtime_is_served_by_the_site(built_site):
    vendor = built_site.site_dir / "vendor" / "pyodide"
    for name in ("pyodide.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        assert (vendor / name).is_file(), name
    assert (built_site.site_dir / "signals_core.zip").is_file()


def test_mkdocs_yml_sets_no_key_twice():
    """YAML keeps only the last of two equal keys: a second `lang:` once silently dropped every
    accessible button name the first one set."""
    class DuplicateKeyLoader(yaml.SafeLoader):
        pass

    def mapping_without_repeats(loader, node):
        keys = [loader.construct_object(key, deep=True) for key, _ in node.value]
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        assert repeated == [], f"mkdocs.yml line {node.start_mark.line + 1}: {repeated} set twice"
        return loader.construct_mapping(node, deep=True)

    DuplicateKeyLoader.add_constructor(
        yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping_without_repeats)
    DuplicateKeyLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
    yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), DuplicateKeyLoader)


def python_files(archive: Path) -> set[str]:
    with zipfile.ZipFile(archive) as zipped:
        return set(zipped.namelist())


def test_every_python_module_the_site_serves_comes_with_its_bytecode(built_site):
    """Pyodide compiles a module that has no bytecode on every page load (hooks/precompiled_python.py):
    zipimport looks for `name.pyc` beside `name.py`, an unpacked library for
    `__pycache__/name.cpython-311.pyc`, and each is an unchecked-hash .pyc (flags 0b01)."""
    site = built_site.site_dir
    stdlib = site / "vendor" / "pyodide" / "python_stdlib.zip"
    names = python_files(stdlib)
    sources = {name for name in names if name.endswith(".py")}
    assert len(sources) > 400
    assert {name for name in sources if name + "c" not in names} == set()
    for lib in ("signals_core", "course_runtime"):
        names = python_files(site / f"{lib}.zip")
        missing = {py for py in map(PurePosixPath, names) if py.suffix == ".py"
                   and f"{py.parent}/__pycache__/{py.stem}.cpython-311.pyc".removeprefix("./")
                   not in names}
        assert missing == set(), lib
    with zipfile.ZipFile(stdlib) as zipped:
        header = zipped.read("asyncio/__init__.pyc")[:8]
    assert header[4:8] == (0b01).to_bytes(4, "little")
