"""The accountant's bundles, destinations and their delivery."""
