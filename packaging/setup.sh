#!/usr/bin/env bash
# Set up everything Invoice Desk needs on Debian 12 (or newer): system packages, then a
# virtual environment in .venv with the program installed in it.
#   packaging/setup.sh          what the program needs to run
#   packaging/setup.sh --test   and what the test suite needs (Xvfb, keyring, servers, ...)
# As root it installs missing Debian packages itself; otherwise it prints the exact command.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE="${1:-run}"

RUN_PACKAGES=(
  python3 python3-venv python3-pip
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
  fonts-dejavu-core
)
TEST_PACKAGES=(
  xvfb xauth poppler-utils dbus dbus-bin gnome-keyring
  openssh-server postgresql desktop-file-utils appstream git
)

packages=("${RUN_PACKAGES[@]}")
if [[ "$MODE" == "--test" ]]; then
  packages+=("${TEST_PACKAGES[@]}")
fi

# A Python other than Debian's (pyenv, a self-built one) brings its own venv and pip.
if command -v python3 >/dev/null 2>&1 && [[ "$(command -v python3)" != /usr/bin/python3 ]] \
   && python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  filtered=()
  for p in "${packages[@]}"; do
    case "$p" in python3|python3-venv|python3-pip) ;; *) filtered+=("$p") ;; esac
  done
  packages=("${filtered[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if (( ${#missing[@]} )); then
  if [[ "$(id -u)" == 0 ]]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: these Debian packages are missing. Install them as root, then run this again:" >&2
    echo "    sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: Invoice Desk needs Python 3.11 or newer; $("$PYTHON" --version) found" >&2
  exit 1
fi

VENV="$ROOT/.venv"
if [[ ! -x "$VENV/bin/python" ]]; then
  echo "setup: creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi

# Reinstall only when pyproject.toml changed since the last successful install.
stamp="$VENV/.installed-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)-$MODE"
if [[ ! -e "$stamp" ]]; then
  echo "setup: installing Python packages into $VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  if [[ "$MODE" == "--test" ]]; then
    "$VENV/bin/python" -m pip install -q -e "$ROOT[dev]"
  else
    "$VENV/bin/python" -m pip install -q -e "$ROOT"
  fi
  rm -f "$VENV"/.installed-*
  touch "$stamp"
fi

# Ship compiled bytecode. pip compiled the dependencies it put into the venv, but the editable
# install runs the source tree, which nothing compiled: the first run of each command would
# compile every module it imports (about 40 ms for --help, several times that for a command
# that opens a file, more for the window), and a read-only checkout would do it on every run.
# compileall only rewrites what changed since it last ran.
"$VENV/bin/python" -m compileall -q -j 0 "$ROOT/app" "$ROOT/ui" "$ROOT/sync" "$ROOT/resources"
