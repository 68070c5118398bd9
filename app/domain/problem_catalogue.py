"""Every problem code with its English template (the command line's wording).

The window has its own text for every code (ui/problem_texts.py, translated); a test checks
that both cover exactly these codes. Templates use ``str.format`` fields; ``{value!r}`` quotes
the value as Python does. Codes group by what they are about: ``number.*``, ``line.*`` ...
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    # general rules of one value
    "value.empty": "must not be empty",
    "value.missing": "missing",
    "value.negative": "must not be negative",
    "value.zero": "must not be zero",
    "value.not_positive": "must be greater than zero",
    "value.percent_range": "must be between 0 and 100",
    "value.range": "must be between {low} and {high}",
    "value.not_string": "must be a string",
    "value.unknown_field": "unknown field",
    "value.not_object_list": "must be a list of objects",
    "value.not_id": "{value} is not an id",
    "value.not_date": "{value!r} is not a date like 2026-11-24",
    "value.email": "{value!r} is not an email address",
    # numbers written as text (money.parse_decimal)
    "number.float": 'give the number as a string, e.g. "{value}"',
    "number.not_string": "a number written as a string is expected",
    "number.comma": "{value!r} uses a comma; write the decimal point as in {hint!r}",
    "number.invalid": "{value!r} is not a number",
    # the draft JSON document (draft_format)
    "document.not_object": "a JSON object is expected",
    "document.rule": "{text}",
    "currency.missing": 'missing (e.g. "EUR")',
    "currency.invalid": "{value!r} is not an ISO 4217 code",
    "currency.unknown": "{value!r} is not an ISO 4217 currency",
    "tax_category.missing": 'missing (e.g. "S")',
    "tax_category.unknown": "{value!r} is not a VAT category code ({codes})",
    "corrects_line.not_number": "must be a line number (1, 2, ...)",
    "exchange_rate.not_object": "must be an object with rate, date and source",
    "early_discount.not_object": "must be an object with percent and days",
    "early_discount.percent": "a percent between 0 and 100",
    "early_discount.days": "a whole number of days, 0 to 365",
    # a draft's rules (validation)
    "charge.amount_or_percent": "give either an amount or a percent",
    "charge.reason": "give a reason or a reason code",
    "charge.category": "a document allowance or charge needs a VAT category",
    "charge.exemption": "category {category} needs an exemption reason",
    "line.exemption": "category {category} needs an exemption reason (text or VATEX code)",
    "line.unit": "{value!r} is not a UN/ECE Rec 20 unit code such as C62 or HUR",
    "line.price_negative": "must not be negative (use a negative quantity or an allowance)",
    "lines.none": "the document has no lines",
    "lines.o_mixed": "category O (not subject to VAT) cannot be mixed with other categories",
    "customer.choose": "choose a customer",
    "seller.vat_id_needed": "category {category} needs the company's VAT ID",
    "customer.vat_id_needed": "category {category} ({wording}) needs the customer's VAT ID",
    "customer.o_no_vat_ids": "an invoice not subject to VAT (O) carries no VAT IDs (BR-O-2)",
    "delivery.intra_community": "an intra-Community supply needs the delivery date or period",
    "due_date.before_issue": "the due date is before the issue date",
    "period.ends_before_start": "the period ends before it starts",
    "exchange_rate.needed": (
        "an invoice in {currency} needs the exchange rate to {accounting} (rate, date, source)"
    ),
    "corrects.missing": "a credit or debit note must name the invoice it corrects",
    "corrects.not_issued": "the corrected document is not issued",
    "corrects.customer": "must be the customer of {number}",
    # a VAT rate against its category (tax.rate_problem)
    "rate.not_taken": "category O (not subject to VAT) takes no rate",
    "rate.needed": "category {category} needs a rate",
    "rate.range": "a VAT rate is a percentage between 0 and 100",
    "rate.standard_zero": (
        "category S (standard rate) needs a rate above 0; use Z, E or another category"
    ),
    "rate.must_be_zero": "category {category} must have rate 0",
    # credit notes (crediting)
    "credit.currency": "a credit note for {number} must be in {currency}",
    "credit.exceeds": (
        "this credit note ({amount} {currency}) exceeds what is left to credit on {number}"
        " ({left} {currency})"
    ),
    "credit.not_positive": "a credit note must credit a positive amount",
    "credit.no_such_line": "{number} has no line {position}",
    "credit.quantity": "credits {credited} of line {position}, which invoiced only {invoiced}",
    # customers, products and the company (services.customers, services.company)
    "customer.name_empty": "the customer name must not be empty",
    "product.name_empty": "the product name must not be empty",
    "company.name_empty": "the company name must not be empty",
    "company.name_long": "the company name is longer than {limit} characters",
    "language.unknown": "{value!r} is not a language code such as en, de or fr",
    "scheme.invalid": "{value!r} is not a 4-digit ISO 6523 code (or EM)",
    "scheme.missing": "an electronic address needs its scheme, e.g. 0088",
    "einvoice_format.unknown": "{value!r} is not an e-invoice format (known: {known})",
    "discount.both": "give both {field} and {other_field}",
    "tax_rate.unknown": "no tax rate named {name!r} (known: {known})",
    "country.missing": "the country is missing",
    "country.unknown": "{value!r} is not an ISO 3166 country code such as DE or FR",
    "currency.not_invoice": "{value!r} is not an ISO 4217 currency code such as EUR",
    "vat_id.invalid": "{value!r} is not a valid VAT number ({reason})",
    # rules of the domain
    "document.transition": "a {status} {type_words} cannot be {action_past}",
    "tax_rate.not_valid": "no tax rate {name!r} valid on {day} (known: {known})",
    "destination.path_absolute": "give the folder as an absolute path",
    "destination.sftp_required": "is required for an SFTP destination",
    "destination.port_invalid": "{value!r} is not a port number",
    "destination.port_range": "{value} is not a port number (1 to 65535)",
    "destination.auth": "password or key",
    "destination.key_file": "key authentication needs the private key file",
    "destination.url": "give the receiver's URL, e.g. https://host/bundles",
    "destination.kind": "unknown destination kind {value!r}; one of {known}",
    "destination.name_invalid": (
        "up to 100 letters, digits, spaces and . , ( ) & + ' - _, starting with a letter"
    ),
    "destination.exists": "a destination named {name!r} exists already",
    "destination.unknown": "no destination named {name!r}",
    "job.delivered": "bundle {sequence} reached {destination} already",
    "credit.due": "{number} has {due} {currency} due",
    "credit.none": "the customer has no credit in this currency",
    "refund.not_positive": "a refund is a positive amount",
    "refund.overpaid_by": "{number} is overpaid by {over}",
    "refund.unapplied": (
        "only {available} {currency} of unapplied payments can be refunded; name an overpaid"
        " invoice with {invoice_field}"
    ),
    "reversal.reason": "say why the entry is reversed",
    "entry.unknown": "there is no ledger entry {id}",
    "reversal.of_reversal": "a reversal cannot be reversed; record the entry again",
    "reversal.done": "entry {id} is already reversed",
    "reversal.before_entry": "the entry is dated {day}",
    "write_off.reason": "say why the amount is written off",
    "write_off.due": "{number} has {due} due",
    "write_off.tolerance": (
        "{amount} is more than the write-off tolerance {limit}; a bad debt needs {bad_debt_field}"
    ),
    "dispute.note": "say what the customer disputes",
    "dispute.none": "{number} is not disputed",
    "amount.decimals": "{value} has more decimals than {currency} allows",
    "payment.not_receivable": "{number} is not an issued invoice or debit note",
    "payment.customers": "the invoices of one payment must be of one customer",
    "payment.other_customer": "the invoices belong to another customer",
    "payment.whose": "name the invoice(s) paid, or the {customer_field} who paid",
    "payment.amounts_for": "give one {field} per {invoice_field}, in the same order",
    "payment.rate_needed": (
        "{number} is in {currency}, the payment in {payment_currency}: give the rate"
        " ({currency} per {payment_currency})"
    ),
    "payment.more_than_due": "{amount} is more than the {due} {currency} due on {number}",
    "payment.not_positive": "a payment is a positive amount (refunds: refund record)",
    "iban.invalid": "{value!r} is not a valid IBAN ({reason})",
    "bic.invalid": "{value!r} is not a valid BIC ({reason})",
    "value.long": "longer than {limit} characters",
    "bic.needs_iban": "a BIC needs the IBAN of the account",
    "company.fixed": "cannot be changed after the file is created",
    "logo.kind": "the logo must be a PNG or JPEG image",
    "logo.size": "the logo has {size} bytes; at most 1 MB, please",
    "tax_rate.name": "give the rate a name, e.g. standard",
    "valid_to.before_from": "ends before {other_field}",
    "tax_rate.version_exists": "{name} already has a version from that day",
    "pattern.malformed": "the pattern is malformed: {reason}",
    "pattern.placeholders": (
        "unknown placeholder(s) {unknown}; use {{year}}, {{yy}}, {{month}}, {{seq}}"
    ),
    "pattern.no_seq": "the pattern needs {{seq}} (e.g. {{seq:05}})",
    "pattern.no_year": "a series that restarts each year needs {{year}} or {{yy}} in its pattern",
    "pattern.unfillable": "the pattern cannot be filled in: {reason}",
    "series.date_order": (
        "issue date {day} is before {last}, the last issue date of series {series}"
    ),
    "series.name_invalid": "use 1 to 32 letters, digits, - or _",
    "series.exists": "a series named {name!r} exists already",
    "series.collides": (
        "numbers would collide with series {series} ({pattern}); give this series its own prefix"
    ),
    "idempotency.reused": "{key!r} was already used for another request",
    # a message of the sentence era, not yet given a code: shown as it is, in English
    "plain": "{text}",
}
