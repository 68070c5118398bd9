#!/usr/bin/env bash
# Set up everything, then start Invoice Desk. With no --file it opens the demo company
# (created on first run; its passphrase is shown in the window).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/packaging/setup.sh"
if [[ " $* " == *" --file "* ]]; then
  exec "$ROOT/.venv/bin/invoice-desk" gui "$@"
fi
exec "$ROOT/.venv/bin/invoice-desk" gui --demo "$@"
