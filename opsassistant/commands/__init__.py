"""Headless commands behind ``opsassistant COMMAND``; each ``run_NAME(args)`` returns an exit code."""
