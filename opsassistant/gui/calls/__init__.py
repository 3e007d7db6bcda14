"""The calls area: call log panel, quick entry, detail pane, call-back notifier."""
