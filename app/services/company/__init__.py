"""The company: its fields and details, settings, tax table, number series."""
