"""The accountant's bundles, their destinations and the outbox."""
