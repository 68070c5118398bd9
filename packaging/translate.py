"""Collect the window's texts into the Qt Linguist files and build the .qm files.

    .venv/bin/python packaging/translate.py [--check]

pyside6-lupdate collects every ``self.tr(...)`` / ``QT_TRANSLATE_NOOP`` text of ui/ into
resources/translations/invoice_desk_{de,en}.ts; the German texts come from
packaging/translations_de.py (English needs only its plural forms); pyside6-lrelease builds the
.qm files the program loads. With --check nothing is written: it fails when a text has no
German translation or the .qm files are out of date.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # "packaging" is also a PyPI name
OUT = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent

from translations_de import GERMAN  # noqa: E402


def english(source: str) -> tuple[str, str]:
    """The plural forms of an English text with %n: "%n document(s)" -> document, documents."""
    singular = re.sub(r"\((\w+)\)", "", source).replace("entries", "entry")
    plural = re.sub(r"\((\w+)\)", r"\1", source)
    return singular, plural


def fill(ts: Path, language: str) -> list[str]:
    """Write the translations into ``ts``; returns the German texts still missing."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "de_DE" if language == "de" else "en_GB")
    missing = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        numerus = message.get("numerus") == "yes"
        if language == "de":
            text = GERMAN.get(source)
            if text is None:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            forms = text if isinstance(text, tuple) else (text, text)
        elif numerus:
            forms = english(source)
        else:
            translation.set("type", "unfinished")  # the source text is the English text
            continue
        if numerus:
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def build(folder: Path) -> list[str]:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))  # with sub-packages
    missing = []
    for language in ("de", "en"):
        ts = folder / f"invoice_desk_{language}.ts"
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)],
            check=True,
            capture_output=True,
        )
        missing += fill(ts, language)
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if not args.check:
        OUT.mkdir(parents=True, exist_ok=True)
        missing = build(OUT)
    else:
        with tempfile.TemporaryDirectory() as folder:
            for ts in OUT.glob("*.ts"):
                shutil.copy(ts, folder)
            missing = build(Path(folder))
            stale = [
                qm.name
                for qm in Path(folder).glob("*.qm")
                if not (OUT / qm.name).exists() or (OUT / qm.name).read_bytes() != qm.read_bytes()
            ]
            if stale:
                print("out of date, run packaging/translate.py:", ", ".join(stale))
                return 1
    for text in missing:
        print("no German text for:", repr(text))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
