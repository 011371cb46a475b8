"""Tools for the people who keep the coach's knowledge current: checks, scaffolds, reports."""
