#!/usr/bin/env bash
# Set up everything, then run every check: ruff, mypy, import-linter, packaging metadata,
# and the whole pytest suite. Exits non-zero if anything fails or no test ran.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/packaging/setup.sh" --test
cd "$ROOT"
BIN="$ROOT/.venv/bin"

echo "== ruff"
"$BIN/ruff" check .
"$BIN/ruff" format --check .
echo "== mypy --strict (app, sync, ui, bench)"
"$BIN/mypy"
echo "== import-linter"
"$BIN/lint-imports"
echo "== desktop entry and AppStream metadata"
desktop-file-validate packaging/org.invoicedesk.InvoiceDesk.desktop
appstreamcli validate --no-net packaging/org.invoicedesk.InvoiceDesk.metainfo.xml
echo "== pytest"
set +e
"$BIN/python" -m pytest "$@"
status=$?
set -e
if [[ $status -eq 5 ]]; then
  echo "test.sh: pytest collected no tests; that is a failure" >&2
  exit 1
fi
exit $status
