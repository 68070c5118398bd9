"""PDF documents (reportlab): invoices, credit and debit notes."""
