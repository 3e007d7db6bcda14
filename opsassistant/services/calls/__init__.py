"""Calls and phone messages: logging, call-backs, the call log's queries and listings."""
