#!/usr/bin/env bash
# Set everything up (test dependencies and Debian's Chromium included), then run the whole suite:
# the site's strict build, signals_core against real Django 5.2, the course content in CPython
# and under Django, and the browser tests against one built site. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/python -m pytest "$@"
