"""Pure audit-chain code: canonical bytes, entry hashes, chain verification."""
