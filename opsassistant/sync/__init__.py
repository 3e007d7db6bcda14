"""Two-way CalDAV sync of the calendars (network work; never run on the GUI thread)."""
