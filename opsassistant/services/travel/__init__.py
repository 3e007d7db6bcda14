"""Use cases of the travel area."""
