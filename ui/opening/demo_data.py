"""What the demo company holds on first run: its bank details, two customers, three products,
three issued invoices and a draft, so every screen has something to show."""

from __future__ import annotations

from pathlib import Path

from app import bootstrap
from app.services.company import company_details
from app.services.documents import drafts, issuing
from app.services.parties import customers

CONSULTING = {
    "description": "Consulting",
    "quantity": "6",
    "unit": "HUR",
    "unit_price": "95.00",
    "tax_category": "S",
    "tax_rate": "19",
}
BOOK = {
    "description": "Handbook of invoicing",
    "quantity": "2",
    "unit": "C62",
    "unit_price": "24.90",
    "tax_category": "S",
    "tax_rate": "7",
}


def fill_demo(path: Path, passphrase: str) -> None:
    key = bootstrap.key_from_passphrase(path, passphrase)
    with bootstrap.CompanySession(path, key, actor="demo") as session:
        ctx = session.context()
        company_details.edit_company(
            ctx,
            {
                "iban": "DE89 3704 0044 0532 0130 00",
                "bic": "COBADEFFXXX",
                "email": "billing@demo-trading.example",
                "phone": "+49 30 1234567",
                "legal_id": "HRB 123456 B",
                "legal_info": "Amtsgericht Charlottenburg · Geschäftsführerin: Erika Muster",
            },
        )
        german = customers.add_customer(
            ctx,
            customers.CustomerInput(
                name="Müller & Söhne KG",
                country="DE",
                street="Domplatz 1",
                postcode="50667",
                city="Köln",
                language="de",
                email="buchhaltung@mueller.example",
                payment_terms_days=14,
            ),
        ).value
        french = customers.add_customer(
            ctx,
            customers.CustomerInput(
                name="Atelier Çağrı SARL",
                country="FR",
                vat_id="FR40303265045",
                street="12 rue de la Paix",
                postcode="75002",
                city="Paris",
                language="fr",
                payment_terms_days=30,
            ),
        ).value
        for customer, lines in (
            (german, [CONSULTING, BOOK]),
            (french, [CONSULTING]),
            (german, [BOOK]),
        ):
            draft = drafts.create_draft(
                ctx, {"customer": str(customer), "currency": "EUR", "lines": lines}
            )
            issuing.issue_document(ctx, draft)
        drafts.create_draft(
            ctx, {"customer": str(french), "currency": "EUR", "lines": [CONSULTING, BOOK]}
        )
        for name, unit, price, rate in (
            ("Consulting", "HUR", "95.00", "standard"),
            ("Handbook of invoicing", "C62", "24.90", "reduced"),
            ("Workshop day", "DAY", "680.00", "standard"),
        ):
            customers.add_product(ctx, name=name, unit=unit, unit_price=price, tax_rate_name=rate)
