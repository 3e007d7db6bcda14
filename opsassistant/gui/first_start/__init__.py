"""The first-start page shown on an empty database (and from Help ▸ Getting started)."""

from opsassistant.gui.first_start.page import FirstStartPage

__all__ = ["FirstStartPage"]
