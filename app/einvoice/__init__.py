"""EN 16931 e-invoices: UBL 2.1 and CII writers, and validation with the official rules."""
