"""The `servicecoach` command tree."""
