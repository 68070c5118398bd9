"""Subject and body of the message that carries a document, per language, with placeholders.

Placeholders: {number}, {amount} (the amount due, formatted for the language), {due_date},
{company}, {customer}, {document} (the kind: "invoice", "Rechnung", ...). A company may replace
any text with the settings ``email.subject.LANG`` and ``email.body.LANG``.
"""

from __future__ import annotations

import string

from app.services.company.company_settings import EmailSettings
from app.services.errors import InvalidInput

PLACEHOLDERS = ("number", "amount", "due_date", "company", "customer", "document")
DOCUMENT_WORDS = {
    "en": {
        "invoice": "invoice",
        "credit_note": "credit note",
        "debit_note": "debit note",
        "reminder": "payment reminder for",
    },
    "de": {
        "invoice": "Rechnung",
        "credit_note": "Gutschrift",
        "debit_note": "Belastungsanzeige",
        "reminder": "Zahlungserinnerung zu",
    },
    "fr": {
        "invoice": "facture",
        "credit_note": "avoir",
        "debit_note": "note de débit",
        "reminder": "rappel de paiement pour",
    },
}
SUBJECTS = {
    "en": "{company}: {document} {number}",
    "de": "{company}: {document} {number}",
    "fr": "{company} : {document} {number}",
}
BODIES = {
    "en": "Dear {customer},\n\nplease find attached our {document} {number} over {amount},"
    " due on {due_date}.\n\nKind regards\n{company}\n",
    "de": "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere {document} {number}"
    " über {amount}, fällig am {due_date}.\n\nMit freundlichen Grüßen\n{company}\n",
    "fr": "Madame, Monsieur,\n\nveuillez trouver ci-joint notre {document} {number} d'un"
    " montant de {amount}, à régler avant le {due_date}.\n\nCordialement,\n{company}\n",
}


def check_template(text: str) -> str:
    """A template may use only the known placeholders; a stray brace is an error."""
    try:
        names = [field for _, field, _, _ in string.Formatter().parse(text) if field is not None]
    except ValueError as exc:
        raise InvalidInput.of("template.malformed", "value", reason=exc) from None
    unknown = sorted(set(names) - set(PLACEHOLDERS))
    if unknown:
        raise InvalidInput.of(
            "template.placeholder", "value", name=unknown[0], known=", ".join(PLACEHOLDERS)
        )
    return text


def texts(settings: EmailSettings, language: str, values: dict[str, str]) -> tuple[str, str]:
    """(subject, body) in ``language`` with the placeholders filled."""
    lang = language if language in SUBJECTS else "en"
    subject = settings.subject(lang) or SUBJECTS[lang]
    body = settings.body(lang) or BODIES[lang]
    filled = {
        **values,
        "document": DOCUMENT_WORDS[lang].get(values["document"], values["document"]),
    }
    return subject.format_map(filled), body.format_map(filled)
