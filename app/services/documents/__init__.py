"""Drafts, the editor's needs, issuing, corrections, stored files, imports, the list."""
