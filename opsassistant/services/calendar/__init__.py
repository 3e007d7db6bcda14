"""Use cases of the calendar area."""
