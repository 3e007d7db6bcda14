"""Readers and writers of vCard, iCalendar and CSV. Never imports Qt."""
