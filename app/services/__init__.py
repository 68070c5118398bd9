"""Use cases: one function, one transaction. They take plain values and a context."""
