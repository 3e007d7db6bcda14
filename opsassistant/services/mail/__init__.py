"""E-mail use cases: settings, templates the user changed, the sent-mail log, invitations and answers."""
