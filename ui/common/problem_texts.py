"""The window's words for problems: every problem code's text, translated (context "problems").

The services say what is wrong as a ``Problem`` (code, field, values); the command line words it
in English (app.domain.problem_catalogue), the window here, in its language. A test checks that
every code of the catalogue has a text here with the same values, and a German translation.
"""

from __future__ import annotations

import re
import string

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.problems import Problem, fill
from app.services.errors import InvalidInput, Rejected

LINE_PATH = re.compile(r"^lines\[(\d+)\](?:\.(.+))?$")

TEXTS: dict[str, object] = {  # object: what Qt's stubs say QT_TRANSLATE_NOOP returns
    "value.empty": QT_TRANSLATE_NOOP("problems", "must not be empty"),
    "value.missing": QT_TRANSLATE_NOOP("problems", "missing"),
    "value.negative": QT_TRANSLATE_NOOP("problems", "must not be negative"),
    "value.zero": QT_TRANSLATE_NOOP("problems", "must not be zero"),
    "value.not_positive": QT_TRANSLATE_NOOP("problems", "must be greater than zero"),
    "value.percent_range": QT_TRANSLATE_NOOP("problems", "must be between 0 and 100"),
    "value.range": QT_TRANSLATE_NOOP("problems", "must be between {low} and {high}"),
    "value.not_string": QT_TRANSLATE_NOOP("problems", "must be a string"),
    "value.unknown_field": QT_TRANSLATE_NOOP("problems", "unknown field"),
    "value.not_object_list": QT_TRANSLATE_NOOP("problems", "must be a list of objects"),
    "value.not_id": QT_TRANSLATE_NOOP("problems", "{value} is not an id"),
    "value.not_date": QT_TRANSLATE_NOOP("problems", "{value!r} is not a date like 2026-11-24"),
    "value.email": QT_TRANSLATE_NOOP("problems", "{value!r} is not an email address"),
    "number.float": QT_TRANSLATE_NOOP("problems", 'give the number as a string, e.g. "{value}"'),
    "number.not_string": QT_TRANSLATE_NOOP("problems", "a number written as a string is expected"),
    "number.comma": QT_TRANSLATE_NOOP(
        "problems", "{value!r} uses a comma; write the decimal point as in {hint!r}"
    ),
    "number.invalid": QT_TRANSLATE_NOOP("problems", "{value!r} is not a number"),
    "document.not_object": QT_TRANSLATE_NOOP("problems", "a JSON object is expected"),
    "currency.missing": QT_TRANSLATE_NOOP("problems", 'missing (e.g. "EUR")'),
    "currency.invalid": QT_TRANSLATE_NOOP("problems", "{value!r} is not an ISO 4217 code"),
    "currency.unknown": QT_TRANSLATE_NOOP("problems", "{value!r} is not an ISO 4217 currency"),
    "tax_category.missing": QT_TRANSLATE_NOOP("problems", 'missing (e.g. "S")'),
    "tax_category.unknown": QT_TRANSLATE_NOOP(
        "problems", "{value!r} is not a VAT category code ({codes})"
    ),
    "corrects_line.not_number": QT_TRANSLATE_NOOP("problems", "must be a line number (1, 2, ...)"),
    "exchange_rate.not_object": QT_TRANSLATE_NOOP(
        "problems", "must be an object with rate, date and source"
    ),
    "early_discount.not_object": QT_TRANSLATE_NOOP(
        "problems", "must be an object with percent and days"
    ),
    "early_discount.percent": QT_TRANSLATE_NOOP("problems", "a percent between 0 and 100"),
    "early_discount.days": QT_TRANSLATE_NOOP("problems", "a whole number of days, 0 to 365"),
    "charge.amount_or_percent": QT_TRANSLATE_NOOP("problems", "give either an amount or a percent"),
    "charge.reason": QT_TRANSLATE_NOOP("problems", "give a reason or a reason code"),
    "charge.category": QT_TRANSLATE_NOOP(
        "problems", "a document allowance or charge needs a VAT category"
    ),
    "charge.exemption": QT_TRANSLATE_NOOP(
        "problems", "category {category} needs an exemption reason"
    ),
    "line.exemption": QT_TRANSLATE_NOOP(
        "problems", "category {category} needs an exemption reason (text or VATEX code)"
    ),
    "line.unit": QT_TRANSLATE_NOOP(
        "problems", "{value!r} is not a UN/ECE Rec 20 unit code such as C62 or HUR"
    ),
    "line.price_negative": QT_TRANSLATE_NOOP(
        "problems", "must not be negative (use a negative quantity or an allowance)"
    ),
    "lines.none": QT_TRANSLATE_NOOP("problems", "the document has no lines"),
    "lines.o_mixed": QT_TRANSLATE_NOOP(
        "problems", "category O (not subject to VAT) cannot be mixed with other categories"
    ),
    "customer.choose": QT_TRANSLATE_NOOP("problems", "choose a customer"),
    "seller.vat_id_needed": QT_TRANSLATE_NOOP(
        "problems", "category {category} needs the company's VAT ID"
    ),
    "customer.vat_id_needed": QT_TRANSLATE_NOOP(
        "problems", "category {category} ({wording}) needs the customer's VAT ID"
    ),
    "customer.o_no_vat_ids": QT_TRANSLATE_NOOP(
        "problems", "an invoice not subject to VAT (O) carries no VAT IDs (BR-O-2)"
    ),
    "delivery.intra_community": QT_TRANSLATE_NOOP(
        "problems", "an intra-Community supply needs the delivery date or period"
    ),
    "due_date.before_issue": QT_TRANSLATE_NOOP("problems", "the due date is before the issue date"),
    "period.ends_before_start": QT_TRANSLATE_NOOP("problems", "the period ends before it starts"),
    "exchange_rate.needed": QT_TRANSLATE_NOOP(
        "problems",
        "an invoice in {currency} needs the exchange rate to {accounting} (rate, date, source)",
    ),
    "corrects.missing": QT_TRANSLATE_NOOP(
        "problems", "a credit or debit note must name the invoice it corrects"
    ),
    "corrects.not_issued": QT_TRANSLATE_NOOP("problems", "the corrected document is not issued"),
    "corrects.customer": QT_TRANSLATE_NOOP("problems", "must be the customer of {number}"),
    "rate.not_taken": QT_TRANSLATE_NOOP(
        "problems", "category O (not subject to VAT) takes no rate"
    ),
    "rate.needed": QT_TRANSLATE_NOOP("problems", "category {category} needs a rate"),
    "rate.range": QT_TRANSLATE_NOOP("problems", "a VAT rate is a percentage between 0 and 100"),
    "rate.standard_zero": QT_TRANSLATE_NOOP(
        "problems", "category S (standard rate) needs a rate above 0; use Z, E or another category"
    ),
    "rate.must_be_zero": QT_TRANSLATE_NOOP("problems", "category {category} must have rate 0"),
    "credit.currency": QT_TRANSLATE_NOOP(
        "problems", "a credit note for {number} must be in {currency}"
    ),
    "credit.exceeds": QT_TRANSLATE_NOOP(
        "problems",
        "this credit note ({amount} {currency}) exceeds what is left to credit on {number} ({left} {currency})",
    ),
    "credit.not_positive": QT_TRANSLATE_NOOP(
        "problems", "a credit note must credit a positive amount"
    ),
    "credit.no_such_line": QT_TRANSLATE_NOOP("problems", "{number} has no line {position}"),
    "credit.quantity": QT_TRANSLATE_NOOP(
        "problems", "credits {credited} of line {position}, which invoiced only {invoiced}"
    ),
    "customer.name_empty": QT_TRANSLATE_NOOP("problems", "the customer name must not be empty"),
    "product.name_empty": QT_TRANSLATE_NOOP("problems", "the product name must not be empty"),
    "company.name_empty": QT_TRANSLATE_NOOP("problems", "the company name must not be empty"),
    "company.name_long": QT_TRANSLATE_NOOP(
        "problems", "the company name is longer than {limit} characters"
    ),
    "language.unknown": QT_TRANSLATE_NOOP(
        "problems", "{value!r} is not a language code such as en, de or fr"
    ),
    "scheme.invalid": QT_TRANSLATE_NOOP(
        "problems", "{value!r} is not a 4-digit ISO 6523 code (or EM)"
    ),
    "scheme.missing": QT_TRANSLATE_NOOP(
        "problems", "an electronic address needs its scheme, e.g. 0088"
    ),
    "einvoice_format.unknown": QT_TRANSLATE_NOOP(
        "problems", "{value!r} is not an e-invoice format (known: {known})"
    ),
    "discount.both": QT_TRANSLATE_NOOP("problems", "give both {field} and {other_field}"),
    "tax_rate.unknown": QT_TRANSLATE_NOOP(
        "problems", "no tax rate named {name!r} (known: {known})"
    ),
    "country.missing": QT_TRANSLATE_NOOP("problems", "the country is missing"),
    "country.unknown": QT_TRANSLATE_NOOP(
        "problems", "{value!r} is not an ISO 3166 country code such as DE or FR"
    ),
    "currency.not_invoice": QT_TRANSLATE_NOOP(
        "problems", "{value!r} is not an ISO 4217 currency code such as EUR"
    ),
    "vat_id.invalid": QT_TRANSLATE_NOOP(
        "problems", "{value!r} is not a valid VAT number ({reason})"
    ),
    "document.transition": QT_TRANSLATE_NOOP(
        "problems", "a {status} {type_words} cannot be {action_past}"
    ),
    "tax_rate.not_valid": QT_TRANSLATE_NOOP(
        "problems", "no tax rate {name!r} valid on {day} (known: {known})"
    ),
    "destination.path_absolute": QT_TRANSLATE_NOOP(
        "problems", "give the folder as an absolute path"
    ),
    "destination.sftp_required": QT_TRANSLATE_NOOP(
        "problems", "is required for an SFTP destination"
    ),
    "destination.port_invalid": QT_TRANSLATE_NOOP("problems", "{value!r} is not a port number"),
    "destination.port_range": QT_TRANSLATE_NOOP(
        "problems", "{value} is not a port number (1 to 65535)"
    ),
    "destination.auth": QT_TRANSLATE_NOOP("problems", "password or key"),
    "destination.key_file": QT_TRANSLATE_NOOP(
        "problems", "key authentication needs the private key file"
    ),
    "destination.url": QT_TRANSLATE_NOOP(
        "problems", "give the receiver's URL, e.g. https://host/bundles"
    ),
    "destination.kind": QT_TRANSLATE_NOOP(
        "problems", "unknown destination kind {value!r}; one of {known}"
    ),
    "destination.name_invalid": QT_TRANSLATE_NOOP(
        "problems",
        "up to 100 letters, digits, spaces and . , ( ) & + ' - _, starting with a letter",
    ),
    "destination.exists": QT_TRANSLATE_NOOP(
        "problems", "a destination named {name!r} exists already"
    ),
    "destination.unknown": QT_TRANSLATE_NOOP("problems", "no destination named {name!r}"),
    "job.delivered": QT_TRANSLATE_NOOP(
        "problems", "bundle {sequence} reached {destination} already"
    ),
    "credit.due": QT_TRANSLATE_NOOP("problems", "{number} has {due} {currency} due"),
    "credit.none": QT_TRANSLATE_NOOP("problems", "the customer has no credit in this currency"),
    "refund.not_positive": QT_TRANSLATE_NOOP("problems", "a refund is a positive amount"),
    "refund.overpaid_by": QT_TRANSLATE_NOOP("problems", "{number} is overpaid by {over}"),
    "refund.unapplied": QT_TRANSLATE_NOOP(
        "problems",
        "only {available} {currency} of unapplied payments can be refunded; choose an overpaid invoice ({invoice_field})",
    ),
    "reversal.reason": QT_TRANSLATE_NOOP("problems", "say why the entry is reversed"),
    "entry.unknown": QT_TRANSLATE_NOOP("problems", "there is no ledger entry {id}"),
    "reversal.of_reversal": QT_TRANSLATE_NOOP(
        "problems", "a reversal cannot be reversed; record the entry again"
    ),
    "reversal.done": QT_TRANSLATE_NOOP("problems", "entry {id} is already reversed"),
    "reversal.before_entry": QT_TRANSLATE_NOOP("problems", "the entry is dated {day}"),
    "write_off.reason": QT_TRANSLATE_NOOP("problems", "say why the amount is written off"),
    "write_off.due": QT_TRANSLATE_NOOP("problems", "{number} has {due} due"),
    "write_off.tolerance": QT_TRANSLATE_NOOP(
        "problems",
        "{amount} is more than the write-off tolerance {limit}; mark it as a bad debt ({bad_debt_field})",
    ),
    "dispute.note": QT_TRANSLATE_NOOP("problems", "say what the customer disputes"),
    "dispute.none": QT_TRANSLATE_NOOP("problems", "{number} is not disputed"),
    "amount.decimals": QT_TRANSLATE_NOOP(
        "problems", "{value} has more decimals than {currency} allows"
    ),
    "payment.not_receivable": QT_TRANSLATE_NOOP(
        "problems", "{number} is not an issued invoice or debit note"
    ),
    "payment.customers": QT_TRANSLATE_NOOP(
        "problems", "the invoices of one payment must be of one customer"
    ),
    "payment.other_customer": QT_TRANSLATE_NOOP(
        "problems", "the invoices belong to another customer"
    ),
    "payment.whose": QT_TRANSLATE_NOOP(
        "problems", "choose the invoice(s) paid, or the customer who paid ({customer_field})"
    ),
    "payment.amounts_for": QT_TRANSLATE_NOOP(
        "problems", "give one amount ({field}) per invoice ({invoice_field}), in the same order"
    ),
    "payment.rate_needed": QT_TRANSLATE_NOOP(
        "problems",
        "{number} is in {currency}, the payment in {payment_currency}: give the rate ({currency} per {payment_currency})",
    ),
    "payment.more_than_due": QT_TRANSLATE_NOOP(
        "problems", "{amount} is more than the {due} {currency} due on {number}"
    ),
    "payment.not_positive": QT_TRANSLATE_NOOP(
        "problems", "a payment is a positive amount (record a refund instead)"
    ),
    "iban.invalid": QT_TRANSLATE_NOOP("problems", "{value!r} is not a valid IBAN ({reason})"),
    "bic.invalid": QT_TRANSLATE_NOOP("problems", "{value!r} is not a valid BIC ({reason})"),
    "value.long": QT_TRANSLATE_NOOP("problems", "longer than {limit} characters"),
    "bic.needs_iban": QT_TRANSLATE_NOOP("problems", "a BIC needs the IBAN of the account"),
    "company.fixed": QT_TRANSLATE_NOOP("problems", "cannot be changed after the file is created"),
    "logo.kind": QT_TRANSLATE_NOOP("problems", "the logo must be a PNG or JPEG image"),
    "logo.size": QT_TRANSLATE_NOOP("problems", "the logo has {size} bytes; at most 1 MB, please"),
    "tax_rate.name": QT_TRANSLATE_NOOP("problems", "give the rate a name, e.g. standard"),
    "valid_to.before_from": QT_TRANSLATE_NOOP(
        "problems", "ends before it is valid ({other_field})"
    ),
    "tax_rate.version_exists": QT_TRANSLATE_NOOP(
        "problems", "{name} already has a version from that day"
    ),
    "pattern.malformed": QT_TRANSLATE_NOOP("problems", "the pattern is malformed: {reason}"),
    "pattern.placeholders": QT_TRANSLATE_NOOP(
        "problems", "unknown placeholder(s) {unknown}; use {{year}}, {{yy}}, {{month}}, {{seq}}"
    ),
    "pattern.no_seq": QT_TRANSLATE_NOOP("problems", "the pattern needs {{seq}} (e.g. {{seq:05}})"),
    "pattern.no_year": QT_TRANSLATE_NOOP(
        "problems", "a series that restarts each year needs {{year}} or {{yy}} in its pattern"
    ),
    "pattern.unfillable": QT_TRANSLATE_NOOP(
        "problems", "the pattern cannot be filled in: {reason}"
    ),
    "series.date_order": QT_TRANSLATE_NOOP(
        "problems", "issue date {day} is before {last}, the last issue date of series {series}"
    ),
    "series.name_invalid": QT_TRANSLATE_NOOP("problems", "use 1 to 32 letters, digits, - or _"),
    "series.exists": QT_TRANSLATE_NOOP("problems", "a series named {name!r} exists already"),
    "series.collides": QT_TRANSLATE_NOOP(
        "problems",
        "numbers would collide with series {series} ({pattern}); give this series its own prefix",
    ),
    "idempotency.reused": QT_TRANSLATE_NOOP(
        "problems", "{key!r} was already used for another request"
    ),
    "value.choice": QT_TRANSLATE_NOOP("problems", "{value!r} is not one of {known}"),
    "setting.whole": QT_TRANSLATE_NOOP(
        "problems", "{value!r} is not a whole number from {low} to {high}"
    ),
    "setting.amount": QT_TRANSLATE_NOOP("problems", "{value!r} is not an amount such as 0.05"),
    "levels.not_object": QT_TRANSLATE_NOOP(
        "problems", "level {level} is not an object with days, title, fee, interest_percent"
    ),
    "levels.days": QT_TRANSLATE_NOOP(
        "problems", "level {level}: days {value} is not a whole number of days"
    ),
    "levels.number": QT_TRANSLATE_NOOP(
        "problems", "level {level}: {key} {value} is not a number such as {example}"
    ),
    "levels.json": QT_TRANSLATE_NOOP("problems", "reminder levels are not JSON ({reason})"),
    "levels.none": QT_TRANSLATE_NOOP("problems", "give at least one reminder level"),
    "levels.order": QT_TRANSLATE_NOOP(
        "problems", "reminder levels need increasing days after the due date"
    ),
    "accounts.json": QT_TRANSLATE_NOOP("problems", "not JSON: {reason}"),
    "accounts.shape": QT_TRANSLATE_NOOP(
        "problems", 'an object of role to account number, e.g. {{"bank": "1210"}}'
    ),
    "setting.colour": QT_TRANSLATE_NOOP("problems", "{value!r} is not a colour such as #1f4e79"),
    "setting.unknown": QT_TRANSLATE_NOOP("problems", "unknown setting {key!r}; known: {known}"),
    "export.draft": QT_TRANSLATE_NOOP("problems", "{reference} is a draft; issue it first"),
    "export.no_einvoice": QT_TRANSLATE_NOOP(
        "problems", "{reference} was issued without an e-invoice; name a format"
    ),
    "export.draft_pdf": QT_TRANSLATE_NOOP(
        "problems", "{reference} is a draft (id {id}); print the draft's preview ({draft_field})"
    ),
    "export.issued": QT_TRANSLATE_NOOP("problems", "{id} is issued as {number}"),
    "customer.choose_print": QT_TRANSLATE_NOOP(
        "problems", "choose a customer before printing the draft"
    ),
    "draft.totals": QT_TRANSLATE_NOOP("problems", "cannot compute the totals yet: {reason}"),
    "template.malformed": QT_TRANSLATE_NOOP("problems", "the template is malformed ({reason})"),
    "template.placeholder": QT_TRANSLATE_NOOP(
        "problems", "unknown placeholder {{{name}}}; known: {known}"
    ),
    "period.end_before": QT_TRANSLATE_NOOP("problems", "{end} is before {start}"),
    "period.invalid": QT_TRANSLATE_NOOP(
        "problems", "{value!r} is not a month (2026-11), quarter (2026-Q4) or year"
    ),
    "bundle.covered": QT_TRANSLATE_NOOP(
        "problems",
        "bundle {sequence} already covers {start} to {end}; make a correction that supersedes it ({correct_field})",
    ),
    "bundle.none_covers": QT_TRANSLATE_NOOP("problems", "no bundle covers {start} to {end} yet"),
    "bundle.unknown": QT_TRANSLATE_NOOP(
        "problems", "no bundle {reference!r} (give its sequence number)"
    ),
    "email.no_address": QT_TRANSLATE_NOOP(
        "problems", "{name} has no invoice email address; give an address ({field})"
    ),
    "file.unwritable": QT_TRANSLATE_NOOP("problems", "cannot write {path}: {reason}"),
    "einvoice.rule": QT_TRANSLATE_NOOP(
        "problems", "{format} e-invoice rule {rule}: {advice} ({text})"
    ),
    "document.issued": QT_TRANSLATE_NOOP(
        "problems", "{number} is issued and can no longer be changed"
    ),
    "corrects.invoice": QT_TRANSLATE_NOOP(
        "problems", "only credit and debit notes correct another document"
    ),
    "customer.unknown": QT_TRANSLATE_NOOP("problems", "there is no customer with id {id}"),
    "product.unknown": QT_TRANSLATE_NOOP("problems", "there is no product with id {id}"),
    "document.unknown": QT_TRANSLATE_NOOP("problems", "there is no document with id {id}"),
    "document.unknown_reference": QT_TRANSLATE_NOOP(
        "problems", "there is no document with number or id {reference!r}"
    ),
    "draft.gone": QT_TRANSLATE_NOOP("problems", "draft {id} is gone or was issued meanwhile"),
    "series.unknown": QT_TRANSLATE_NOOP("problems", "there is no series {name!r} for {type_words}"),
    "series.no_default": QT_TRANSLATE_NOOP(
        "problems", "there is no default series for {type_words}"
    ),
    "destination.unknown_id": QT_TRANSLATE_NOOP("problems", "no destination {id}"),
    "job.unknown": QT_TRANSLATE_NOOP("problems", "no delivery job {id}"),
    "file.exists": QT_TRANSLATE_NOOP("problems", "{path} exists already; choose a new file name"),
    "folder.missing": QT_TRANSLATE_NOOP("problems", "folder {path} does not exist"),
    "passphrase.empty": QT_TRANSLATE_NOOP("problems", "the passphrase must not be empty"),
    "file.reader": QT_TRANSLATE_NOOP(
        "problems", "another program is reading the company file; close it"
    ),
    "file.replace": QT_TRANSLATE_NOOP("problems", "{path} exists; replace it ({force_field})"),
    "backup.exists": QT_TRANSLATE_NOOP("problems", "{path} exists already; choose a new name"),
    "file.none": QT_TRANSLATE_NOOP("problems", "no company file at {path}"),
    "file.not_file": QT_TRANSLATE_NOOP("problems", "{path} is not a file"),
    "einvoice.mandatory": QT_TRANSLATE_NOOP(
        "problems", "the document has no {term}; it is mandatory in EN 16931"
    ),
    "einvoice.no_name": QT_TRANSLATE_NOOP("problems", "the {role} has no name (BT-27/BT-44)"),
    "einvoice.not_number": QT_TRANSLATE_NOOP("problems", "{term} is not a number: {value!r}"),
    "einvoice.not_date": QT_TRANSLATE_NOOP(
        "problems", "{term} is not a date in format 102 (YYYYMMDD): {value!r}"
    ),
    "einvoice.no_lines": QT_TRANSLATE_NOOP(
        "problems", "the document has no lines (BG-25); EN 16931 requires at least one"
    ),
    "einvoice.no_totals": QT_TRANSLATE_NOOP(
        "problems", "the document has no totals (BG-22); they are mandatory in EN 16931"
    ),
    "einvoice.pdf_unreadable": QT_TRANSLATE_NOOP("problems", "cannot read the PDF: {reason}"),
    "einvoice.pdf_no_xml": QT_TRANSLATE_NOOP(
        "problems", "the PDF carries no Factur-X / ZUGFeRD XML"
    ),
    "einvoice.not_xml": QT_TRANSLATE_NOOP("problems", "not well-formed XML: {reason}"),
    "einvoice.doctype": QT_TRANSLATE_NOOP(
        "problems", "the document declares a DOCTYPE (refused: e-invoices have none)"
    ),
    "einvoice.root": QT_TRANSLATE_NOOP(
        "problems",
        "the root element is <{name}>: not a UBL Invoice or CreditNote, nor a CII CrossIndustryInvoice",
    ),
    "datev.no_account": QT_TRANSLATE_NOOP(
        "problems",
        'no DATEV account for {role!r} in the {chart} mapping; add it, e.g. {{"{role}": "8xxx"}}',
    ),
    "datev.one_year": QT_TRANSLATE_NOOP(
        "problems", "a DATEV batch covers one fiscal year; split the period"
    ),
    "folder.not_folder": QT_TRANSLATE_NOOP("problems", "{path} is not a folder"),
    "bundle.no_manifest": QT_TRANSLATE_NOOP("problems", "no {manifest} in {path} or its folders"),
    "secret.empty": QT_TRANSLATE_NOOP("problems", "empty; nothing stored"),
    "file.unreadable": QT_TRANSLATE_NOOP("problems", "cannot read {path}: {reason}"),
    "file.not_utf8": QT_TRANSLATE_NOOP("problems", "{path} is not UTF-8 text"),
    "file.empty": QT_TRANSLATE_NOOP("problems", "{path} is empty"),
    "file.not_json": QT_TRANSLATE_NOOP(
        "problems", "{path} is not valid JSON (line {line}, column {column}: {reason})"
    ),
    "file.name_xml": QT_TRANSLATE_NOOP("problems", "name the XML file to validate"),
    "file.not_einvoice": QT_TRANSLATE_NOOP("problems", "{path} is not an e-invoice: {reason}"),
    "passphrase.differ": QT_TRANSLATE_NOOP("problems", "the two passphrases differ"),
    "logo.which": QT_TRANSLATE_NOOP(
        "problems", "choose the image ({field}), or remove the logo ({remove_field})"
    ),
    "pdf.which": QT_TRANSLATE_NOOP(
        "problems", "name an issued document's number ({field}) or a draft ({draft_field})"
    ),
    "password.empty": QT_TRANSLATE_NOOP("problems", "the password is empty"),
    "aging.buckets": QT_TRANSLATE_NOOP(
        "problems", "buckets are increasing day counts above 0, e.g. 30,60,90"
    ),
    "email.account": QT_TRANSLATE_NOOP("problems", "set the SMTP server and user first"),
    "passphrase.wrong_current": QT_TRANSLATE_NOOP("problems", "this is not the current passphrase"),
    "passphrase.type": QT_TRANSLATE_NOOP("problems", "Type the passphrase of this company file."),
    "rounding.increment": QT_TRANSLATE_NOOP("problems", "a rounding increment must be positive"),
}  # end of TEXTS

FIELDS: dict[str, object] = {
    "description": QT_TRANSLATE_NOOP("problems", "description"),
    "quantity": QT_TRANSLATE_NOOP("problems", "quantity"),
    "unit": QT_TRANSLATE_NOOP("problems", "unit"),
    "unit_price": QT_TRANSLATE_NOOP("problems", "unit price"),
    "price_base_quantity": QT_TRANSLATE_NOOP("problems", "price base quantity"),
    "tax_rate": QT_TRANSLATE_NOOP("problems", "VAT rate"),
    "tax_category": QT_TRANSLATE_NOOP("problems", "VAT category"),
    "exemption_reason": QT_TRANSLATE_NOOP("problems", "exemption reason"),
    "product": QT_TRANSLATE_NOOP("problems", "product"),
    "corrects_line": QT_TRANSLATE_NOOP("problems", "corrected line"),
    "customer": QT_TRANSLATE_NOOP("problems", "customer"),
    "currency": QT_TRANSLATE_NOOP("problems", "currency"),
    "lines": QT_TRANSLATE_NOOP("problems", "lines"),
    "issue_date": QT_TRANSLATE_NOOP("problems", "issue date"),
    "due_date": QT_TRANSLATE_NOOP("problems", "due date"),
    "delivery_date": QT_TRANSLATE_NOOP("problems", "delivery date"),
    "period_end": QT_TRANSLATE_NOOP("problems", "end of the period"),
    "prepaid": QT_TRANSLATE_NOOP("problems", "prepaid amount"),
    "exchange_rate": QT_TRANSLATE_NOOP("problems", "exchange rate"),
    "corrects": QT_TRANSLATE_NOOP("problems", "corrected invoice"),
    "name": QT_TRANSLATE_NOOP("problems", "name"),
    "email": QT_TRANSLATE_NOOP("problems", "email"),
    "amount": QT_TRANSLATE_NOOP("problems", "amount"),
    "date": QT_TRANSLATE_NOOP("problems", "date"),
    "invoice": QT_TRANSLATE_NOOP("problems", "invoice"),
    "discount_percent": QT_TRANSLATE_NOOP("problems", "discount percent"),
    "discount_days": QT_TRANSLATE_NOOP("problems", "discount days"),
    "vat_id": QT_TRANSLATE_NOOP("problems", "VAT ID"),
    "country": QT_TRANSLATE_NOOP("problems", "country"),
    "payment_terms_days": QT_TRANSLATE_NOOP("problems", "payment terms (days)"),
    "language": QT_TRANSLATE_NOOP("problems", "language"),
    "price": QT_TRANSLATE_NOOP("problems", "price"),
    "amount_for": QT_TRANSLATE_NOOP("problems", "amount per invoice"),
    "bad_debt": QT_TRANSLATE_NOOP("problems", "bad debt"),
    "reason": QT_TRANSLATE_NOOP("problems", "reason"),
    "note": QT_TRANSLATE_NOOP("problems", "note"),
    "path": QT_TRANSLATE_NOOP("problems", "folder"),
    "host": QT_TRANSLATE_NOOP("problems", "server"),
    "port": QT_TRANSLATE_NOOP("problems", "port"),
    "user": QT_TRANSLATE_NOOP("problems", "user"),
    "url": QT_TRANSLATE_NOOP("problems", "receiver URL"),
    "key_file": QT_TRANSLATE_NOOP("problems", "private key file"),
    "auth": QT_TRANSLATE_NOOP("problems", "authentication"),
    "iban": QT_TRANSLATE_NOOP("problems", "IBAN"),
    "bic": QT_TRANSLATE_NOOP("problems", "BIC"),
    "image": QT_TRANSLATE_NOOP("problems", "logo"),
    "category": QT_TRANSLATE_NOOP("problems", "VAT category"),
    "rate": QT_TRANSLATE_NOOP("problems", "rate"),
    "valid_from": QT_TRANSLATE_NOOP("problems", "valid from"),
    "valid_to": QT_TRANSLATE_NOOP("problems", "valid to"),
    "pattern": QT_TRANSLATE_NOOP("problems", "pattern"),
    "electronic_address_scheme": QT_TRANSLATE_NOOP("problems", "scheme of the electronic address"),
    "legal_id_scheme": QT_TRANSLATE_NOOP("problems", "scheme of the legal ID"),
    "value": QT_TRANSLATE_NOOP("problems", "value"),
    "key": QT_TRANSLATE_NOOP("problems", "setting"),
    "passphrase": QT_TRANSLATE_NOOP("problems", "passphrase"),
    "current": QT_TRANSLATE_NOOP("problems", "current passphrase"),
    "source": QT_TRANSLATE_NOOP("problems", "file"),
    "file": QT_TRANSLATE_NOOP("problems", "file"),
    "to": QT_TRANSLATE_NOOP("problems", "recipient"),
    "end": QT_TRANSLATE_NOOP("problems", "end date"),
    "period": QT_TRANSLATE_NOOP("problems", "period"),
    "correct": QT_TRANSLATE_NOOP("problems", "correction"),
    "buckets": QT_TRANSLATE_NOOP("problems", "age buckets"),
    "draft": QT_TRANSLATE_NOOP("problems", "draft"),
    "remove": QT_TRANSLATE_NOOP("problems", "remove"),
    "force": QT_TRANSLATE_NOOP("problems", "replace"),
}


LINE = QT_TRANSLATE_NOOP("problems", "line")
LINE_FIELD = QT_TRANSLATE_NOOP("problems", "line {number}, {field}")
SELLER = QT_TRANSLATE_NOOP("problems", "Company details: {problem} (fix it on the Company page)")
BUYER = QT_TRANSLATE_NOOP("problems", "Customer details: {problem} (fix it on the Customers page)")
FIELD_PROBLEM = QT_TRANSLATE_NOOP("problems", "{field}: {problem}")


def _tr(text: object) -> str:
    return QCoreApplication.translate("problems", str(text))


def field_words(path: str) -> str:
    """A field as people say it: ``lines[2].quantity`` -> "line 3, quantity"."""
    match = LINE_PATH.match(path)
    if match:
        part = match[2]
        what = _tr(FIELDS[part]) if part in FIELDS else part or _tr(LINE)
        return _tr(LINE_FIELD).format(number=int(match[1]) + 1, field=what)
    name = path.lstrip("-").replace("-", "_")
    return _tr(FIELDS[name]) if name in FIELDS else path


def problem_text(found: Problem) -> str:
    """What is wrong, in the window's language (without the field)."""
    return fill(_tr(TEXTS[found.code]), found, field_words)


def problem_line(found: Problem) -> str:
    """The field and what is wrong with it; seller and buyer details say where to mend them."""
    text = problem_text(found)
    if found.field.startswith("seller"):
        return _tr(SELLER).format(problem=text)
    if found.field.startswith("buyer"):
        return _tr(BUYER).format(problem=text)
    return _tr(FIELD_PROBLEM).format(field=field_words(found.field), problem=text)


def problems_of(error: BaseException) -> list[Problem]:
    """The problems an error carries (none for an error that is not about input)."""
    if isinstance(error, Rejected):
        return list(error.problems)
    if isinstance(error, InvalidInput):
        return [error.problem]
    return []


def placeholders(text: str) -> set[str]:
    """The values a text uses (``{value!r}`` -> ``value``): a test compares them per code."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
