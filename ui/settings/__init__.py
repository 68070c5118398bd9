"""Settings, the company's details, tax rates and number series."""
