#!/usr/bin/env bash
# Set everything up, then serve the site with live reload at http://127.0.0.1:8000/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/mkdocs serve --dev-addr "${ADDRESS:-127.0.0.1:8000}" "$@"
