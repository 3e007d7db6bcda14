"""Use cases of CalDAV sync that touch the database: accounts, their calendars, the per-object sync state."""
