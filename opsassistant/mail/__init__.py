"""E-mail: templates with merge fields, the messages built from them, drafts for the mail client, SMTP."""
