"""The document list and what can be done with the documents in it."""
