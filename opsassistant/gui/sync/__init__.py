"""CalDAV sync in the window: F5 and a timer run it on a worker thread; accounts, calendars and conflicts."""
