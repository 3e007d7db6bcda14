"""Use cases of the outings area."""
