"""E-mail in the desktop app: the send dialog, the template editor, the settings page and the small hooks that
put "Send invitations" and "Send to …" into the event editor, the call log and Today."""
