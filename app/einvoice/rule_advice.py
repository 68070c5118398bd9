"""Plain-language advice for the EN 16931 rules an owner is most likely to meet.

Each entry says which field to fix and where (the command option or the screen). Rules whose
failure would mean a fault in Invoice Desk itself (totals, decimals) say so: the owner cannot
fix those by editing the invoice.
"""

from __future__ import annotations

COMPANY = "the company details (invoice-desk company edit, or Settings > Company)"
CUSTOMER = "the customer (invoice-desk customer edit, or the customer's page)"
PROGRAM_FAULT = (
    "the amounts Invoice Desk computed do not match in the e-invoice; this is a fault in the"
    " program, not in your data: please report it with the draft attached"
)

# rule id -> (field, advice)
ADVICE: dict[str, tuple[str, str]] = {
    "BR-06": ("seller.name", f"the company name is missing: fill it in {COMPANY}"),
    "BR-07": ("buyer.name", f"the customer has no name: fill it in {CUSTOMER}"),
    "BR-08": ("seller.address", f"the company's postal address is missing: {COMPANY}"),
    "BR-09": ("seller.country", f"the company's country is missing: {COMPANY}"),
    "BR-10": ("buyer.address", f"the customer's postal address is missing: {CUSTOMER}"),
    "BR-11": ("buyer.country", f"the customer's country is missing: {CUSTOMER}"),
    "BR-16": ("lines", "an invoice needs at least one line"),
    "BR-25": ("lines", "every line needs a description (item name)"),
    "BR-61": ("seller.iban", f"a credit transfer needs the company's IBAN: add it in {COMPANY}"),
    "BR-CO-26": (
        "seller.vat_id",
        f"the company needs a VAT number or a registration number (--vat-id or --legal-id) in"
        f" {COMPANY}",
    ),
    "BR-S-02": (
        "seller.vat_id",
        f"standard-rated VAT needs the company's VAT number (--vat-id) in {COMPANY}",
    ),
    "BR-Z-02": ("seller.vat_id", f"zero-rated VAT needs the company's VAT number: {COMPANY}"),
    "BR-E-02": ("seller.vat_id", f"exempt supplies need the company's VAT number: {COMPANY}"),
    "BR-E-10": ("lines.exemption_reason", "an exempt line needs an exemption reason or code"),
    "BR-AE-02": (
        "buyer.vat_id",
        f"reverse charge needs both VAT numbers: the company's ({COMPANY}) and the customer's"
        f" ({CUSTOMER})",
    ),
    "BR-AE-03": ("buyer.vat_id", "reverse charge needs both VAT numbers (company and customer)"),
    "BR-AE-10": ("lines.exemption_reason", "a reverse-charge line needs the exemption reason"),
    "BR-IC-02": (
        "buyer.vat_id",
        f"an intra-Community supply needs both VAT numbers: the company's and the customer's"
        f" ({CUSTOMER})",
    ),
    "BR-IC-10": ("lines.exemption_reason", "an intra-Community supply needs its exemption reason"),
    "BR-IC-11": ("delivery_date", "an intra-Community supply needs a delivery date or period"),
    "BR-IC-12": ("buyer.country", "an intra-Community supply needs the country delivered to"),
    "BR-G-02": ("seller.vat_id", f"an export needs the company's VAT number: {COMPANY}"),
    "BR-G-10": ("lines.exemption_reason", "an export line needs its exemption reason"),
    "BR-O-02": ("buyer.vat_id", "'not subject to VAT' lines must not carry VAT numbers"),
    "BR-CO-25": ("due_date", "an amount is due: give a due date or payment terms"),
    "BR-CO-10": ("totals", PROGRAM_FAULT),
    "BR-CO-13": ("totals", PROGRAM_FAULT),
    "BR-CO-15": ("totals", PROGRAM_FAULT),
    "BR-CO-16": ("totals", PROGRAM_FAULT),
    "BR-CO-17": ("totals", PROGRAM_FAULT),
    "BR-CL-23": ("lines.unit", "a line's unit is not a UN/ECE Rec 20 code such as C62 or HUR"),
    # XRechnung (CIUS of the German public sector) and Peppol BIS
    "BR-DE-1": ("seller.iban", f"XRechnung needs payment instructions: add the IBAN in {COMPANY}"),
    "BR-DE-2": ("seller.contact", f"XRechnung needs a contact at the company: {COMPANY}"),
    "BR-DE-3": ("seller.city", f"XRechnung needs the company's city: {COMPANY}"),
    "BR-DE-4": ("seller.postcode", f"XRechnung needs the company's postcode: {COMPANY}"),
    "BR-DE-5": ("seller.contact_name", f"XRechnung needs a contact name: {COMPANY}"),
    "BR-DE-6": ("seller.phone", f"XRechnung needs a contact telephone (--phone): {COMPANY}"),
    "BR-DE-7": ("seller.email", f"XRechnung needs a contact email (--email): {COMPANY}"),
    "BR-DE-8": ("buyer.city", f"XRechnung needs the customer's city: {CUSTOMER}"),
    "BR-DE-9": ("buyer.postcode", f"XRechnung needs the customer's postcode: {CUSTOMER}"),
    "BR-DE-15": (
        "buyer_reference",
        "XRechnung needs the buyer reference (Leitweg-ID): set it on the draft or as the"
        " customer's --buyer-reference",
    ),
    "PEPPOL-EN16931-R003": (
        "buyer_reference",
        "Peppol needs a buyer reference or a purchase order number on the invoice",
    ),
    "PEPPOL-EN16931-R010": (
        "buyer.electronic_address",
        f"the customer needs an electronic address with its scheme: {CUSTOMER}",
    ),
    "PEPPOL-EN16931-R020": (
        "seller.electronic_address",
        f"the company needs an electronic address with its scheme: {COMPANY}",
    ),
}


def advice_for(rule: str) -> tuple[str, str]:
    """(field, advice) for a rule; decimals rules and unknown rules get a general word."""
    if rule in ADVICE:
        return ADVICE[rule]
    if rule.startswith("BR-DEC-"):
        return (
            "currency",
            "EN 16931 allows at most two decimals in amounts; a currency with three decimals"
            " cannot be sent as an EN 16931 e-invoice",
        )
    if rule == "XSD":
        return ("einvoice", PROGRAM_FAULT.replace("amounts", "structure"))
    return ("einvoice", "see the rule text; it names the business term (BT-..) to fix")
