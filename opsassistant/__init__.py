"""Ops Assistant (Driftsassistent): the desktop program of an executive assistant."""

__version__ = "0.1.0"
APP_NAME = "Ops Assistant"
APP_ORGANISATION = "OpsAssistant"
