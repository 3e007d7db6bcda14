"""Failures the user can act on: the message is one clear sentence in the UI language, shown as it is."""


class UserError(Exception):
    """Raised by services, reports and commands for bad input or a missing record; nothing was written."""
