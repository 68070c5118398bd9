"""Start the desktop program: display check, demo company, unlock dialog, main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

NO_DISPLAY = (
    "invoice-desk: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "The window needs a graphical session. On a server, run it under a virtual screen:\n"
    "    xvfb-run -a invoice-desk\n"
    "The command line works without a display: invoice-desk --help"
)
DEMO_PASSPHRASE = "demo-passphrase"


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform == "win32" or sys.platform == "darwin":  # their own window systems
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="invoice-desk gui")
    parser.add_argument("command", nargs="?", choices=["gui"])
    parser.add_argument("--file", type=Path)
    parser.add_argument("--demo", action="store_true", help="open (or first create) a demo company")
    parser.add_argument("--passphrase-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--remember", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(list(argv))


def run_gui(argv: Sequence[str]) -> int:
    args = parse_gui_args(argv)
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from ui.shell.application import run_application

    return run_application(sys.argv[:1], args.file, args.demo)
