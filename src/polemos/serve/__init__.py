"""HTTP API over the store."""
