"""Commands for the developers: ``python -m opsassistant.devtools build|screenshots|bench``."""
