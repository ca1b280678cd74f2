#!/usr/bin/env bash
# Set up everything the site needs, idempotently: a virtual environment with the pinned Python
# packages, and the pinned browser assets from the npm registry. `--test` adds the test
# dependencies and Debian's Chromium. Steps already done are skipped (stamp files hold the hash
# of what they installed), so running this again is quick.
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=false
[ "${1:-}" = "--test" ] && with_tests=true

VENV=.venv
requirements=requirements.txt
$with_tests && requirements=requirements-test.txt

stamp_matches() {  # stamp_matches STAMP_FILE INPUT_FILES...: true if the inputs are unchanged
    local stamp=$1; shift
    [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(cat "$@" | sha256sum)" ]
}
write_stamp() {
    local stamp=$1; shift
    cat "$@" | sha256sum > "$stamp"
}

if [ ! -x "$VENV/bin/python" ]; then
    echo "==> Creating the virtual environment in $VENV"
    python3 -m venv "$VENV"
fi
if ! stamp_matches "$VENV/.installed-$requirements" requirements.txt "$requirements"; then
    echo "==> Installing Python packages from $requirements"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
    write_stamp "$VENV/.installed-$requirements" requirements.txt "$requirements"
fi

if ! stamp_matches node_modules/.installed package-lock.json; then
    echo "==> Installing browser assets with npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    write_stamp node_modules/.installed package-lock.json
fi

if $with_tests && [ ! -x /usr/bin/chromium ]; then
    echo "==> Installing Debian's chromium for the browser tests"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
