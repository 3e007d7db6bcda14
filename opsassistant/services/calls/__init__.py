"""Use cases of the calls area."""
