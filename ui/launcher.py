"""The ``invoice-desk`` entry point: the window by default, the command line otherwise."""

from __future__ import annotations

import sys
from collections.abc import Sequence

GUI_COMMANDS = {"gui"}


def _wants_gui(argv: Sequence[str]) -> bool:
    flags_with_value = {"--file", "--passphrase-file"}
    positional: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in flags_with_value:
            skip = True
            continue
        if not arg.startswith("-"):
            positional.append(arg)
    if any(a in ("-h", "--help", "--version") for a in argv):
        return False
    return not positional or positional[0] in GUI_COMMANDS


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(args):
        from ui.gui_main import run_gui

        return run_gui(args)
    from sync.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
