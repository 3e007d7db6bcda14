"""Generated from ui/*.ui by `python -m opsassistant.devtools build`."""
