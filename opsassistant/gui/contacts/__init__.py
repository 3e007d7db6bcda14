"""The contacts area: panel, editor, merge and import dialogs."""
