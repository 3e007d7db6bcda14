"""Use cases of the contacts area."""
