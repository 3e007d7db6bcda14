"""The Travel area: trips, their timeline of segments, and the editors."""
