"""Pseudonyms, forgetting a user, and keeping secrets out of logs; used by every channel and the CLI."""
