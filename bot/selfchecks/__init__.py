"""Self-checks: definitions (content files), scoring, answer parsing and charts."""
