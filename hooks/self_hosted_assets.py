"""Serve every browser asset from the site itself, never from a public CDN.

Material and pyodide-mkdocs-theme (PMT) load Pyodide, ACE, jQuery, jquery.terminal, lodash,
MathJax and Mermaid from CDNs. Schools often block CDNs, and a request to a third party leaks
who is learning what, so this hook:

1. copies the same libraries, installed from the npm registry by `npm ci` (see package.json),
   into `<site>/vendor/`;
2. points every page and script at those copies, with addresses relative to the site root,
   so the site also works when served under a sub-path;
3. recomputes Subresource Integrity hashes for the files it now serves (PMT pins
   jquery.terminal 2.43.1, which the npm registry does not have: we serve 2.43.0);
4. fails the build if a CDN address it does not know about is still referenced.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from site_paths import relative_root

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
VENDOR = "vendor"

# CDN address loaded by Material or PMT -> the file under node_modules/ that replaces it.
CDN_TO_NPM = {
    "https://cdn.jsdelivr.net/pyodide/v0.25.0/full/pyodide.js": "pyodide/pyodide.js",
    "https://cdn.jsdelivr.net/npm/ace-builds@1.44.0/src-min-noconflict/ace.js":
        "ace-builds/src-min-noconflict/ace.js",
    "https://cdn.jsdelivr.net/npm/ace-builds@1.44.0/src-min-noconflict/ext-language_tools.js":
        "ace-builds/src-min-noconflict/ext-language_tools.js",
    "https://cdn.jsdelivr.net/npm/jquery.terminal@2.43.1/js/jquery.terminal.min.js":
        "jquery.terminal/js/jquery.terminal.min.js",
    "https://cdn.jsdelivr.net/npm/jquery.terminal@2.43.1/css/jquery.terminal.min.css":
        "jquery.terminal/css/jquery.terminal.min.css",
    "https://cdn.jsdelivr.net/npm/lodash@4.17.20/lodash.min.js": "lodash/lodash.min.js",
    "https://cdn.jsdelivr.net/npm/jquery@3.7.1": "jquery/dist/jquery.min.js",
    "https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js": "mathjax/es5/tex-mml-chtml.js",
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js": "mermaid/dist/mermaid.min.js",
    "https://unpkg.com/resize-observer-polyfill": "resize-observer-polyfill/dist/ResizeObserver.js",
}

# What is copied into <site>/vendor/. Whole folders where a library fetches more files from
# beside itself at run time (Pyodide's runtime and stdlib, ACE's modes and themes, MathJax's fonts).
COPIED = [
    "pyodide/pyodide.js",
    "pyodide/pyodide.asm.js",
    "pyodide/pyodide.asm.wasm",
    "pyodide/python_stdlib.zip",
    "pyodide/pyodide-lock.json",
    "ace-builds/src-min-noconflict",
    "jquery/dist/jquery.min.js",
    "jquery.terminal/js/jquery.terminal.min.js",
    "jquery.terminal/css/jquery.terminal.min.css",
    "lodash/lodash.min.js",
    "mathjax/es5",
    "mermaid/dist/mermaid.min.js",
    "resize-observer-polyfill/dist/ResizeObserver.js",
]

# Hosts whose addresses must not survive in anything the browser loads.
CDN_HOSTS = re.compile(r"https?://(?:cdn\.jsdelivr\.net|unpkg\.com|fonts\.(?:googleapis|gstatic)\.com)[^\"'\s)]*")

# PMT registers scripts as `{src: "...", integrity: "sha256-..."}`.
SRC_WITH_INTEGRITY = re.compile(r'src:\s*"(?P<src>[^"]+)",\s*integrity:\s*"(?P<sri>[^"]+)"')


def sri_of(npm_path: str) -> str:
    """The Subresource Integrity value of the file we serve in place of a CDN one."""
    digest = hashlib.sha256((NODE_MODULES / npm_path).read_bytes()).digest()
    return "sha256-" + base64.b64encode(digest).decode()


def _require_node_modules() -> None:
    missing = [p for p in COPIED if not (NODE_MODULES / p).exists()]
    if missing:
        raise PluginError(
            "Browser assets are missing from node_modules/ (run `npm ci` first, or use the "
            "README's commands): " + ", ".join(missing)
        )


def on_config(config, **_):
    _require_node_modules()
    return config


def on_post_page(output: str, page, config, **_) -> str:
    return _rewrite_page(output, relative_root(page), config, page.file.src_uri)


def on_post_template(output: str, template_name: str, config, **_) -> str:
    """The 404 page is shown at any address, so it can only use the site's absolute path."""
    if template_name != "404.html":
        return output
    return _rewrite_page(output, urlsplit(config["site_url"]).path.rstrip("/"), config, template_name)


def _rewrite_page(output: str, root: str, config, where: str) -> str:
    """Point the page's own <script>/<link> tags and PMT's site URL at this site's files."""
    for cdn, npm_path in CDN_TO_NPM.items():
        output = re.sub(rf'(["\']){re.escape(cdn)}\1', rf'\g<1>{root}/{VENDOR}/{npm_path}\1', output)
    # PMT fetches python_libs from CONFIG.siteUrl: use the address the page was really served from.
    output = output.replace(
        f'CONFIG.siteUrl="{config["site_url"]}"',
        f'CONFIG.siteUrl=new URL("{root}/",location).href',
    )
    _refuse_cdn_addresses(output, where, html=True)
    return output


def on_post_build(config, **_):
    site = Path(config["site_dir"])
    _copy_vendor_files(site / VENDOR)
    for script in site.rglob("*.js"):
        if VENDOR in script.relative_to(site).parts:
            continue
        text = script.read_text(encoding="utf-8")
        rewritten = _rewrite_script(text)
        if rewritten != text:
            script.write_text(rewritten, encoding="utf-8")
        _refuse_cdn_addresses(rewritten, str(script.relative_to(site)))


def _rewrite_script(text: str) -> str:
    """Swap CDN addresses in a script for site-relative ones, with matching integrity hashes.

    Material's page header defines `__md_scope`, the URL of the site root, on every page, so
    `new URL("vendor/...", __md_scope)` resolves correctly from any page and any sub-path.
    """
    def with_local_sri(match: re.Match) -> str:
        npm_path = CDN_TO_NPM.get(match["src"])
        if npm_path is None:
            return match[0]
        return f'src: "{match["src"]}", integrity: "{sri_of(npm_path)}"'

    text = SRC_WITH_INTEGRITY.sub(with_local_sri, text)
    for cdn, npm_path in CDN_TO_NPM.items():
        text = text.replace(f'"{cdn}"', f'new URL("{VENDOR}/{npm_path}",__md_scope).href')
    return text


def _refuse_cdn_addresses(text: str, where: str, html: bool = False) -> None:
    if html:
        # Links in prose are fine; only what the browser loads by itself counts.
        text = " ".join(re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*>", text))
    leftover = CDN_HOSTS.search(text)
    if leftover:
        raise PluginError(
            f"{where} still loads {leftover[0]} from a CDN; add it to CDN_TO_NPM in {__file__}"
        )


def _copy_vendor_files(target: Path) -> None:
    for npm_path in COPIED:
        source, destination = NODE_MODULES / npm_path, target / npm_path
        if source.is_dir():
            shutil.copytree(source, destination, dirs_exist_ok=True)
        else:
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
