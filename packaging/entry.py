"""Entry script of the frozen app (both executables).

``opsassistant`` is built without a console on Windows (no black window behind the GUI). Started from a
terminal with a command (``opsassistant list contacts``), it attaches to that terminal's console so the
output still shows; scripts that need the exit code and blocking behaviour use ``opsassistant-cli``, the
console twin in the same folder. On Linux and macOS both behave the same.
"""

import os
import sys


def _attach_parent_console() -> None:
    """Windows, windowed build, a command given: write to the console of the terminal that started us."""
    if sys.platform != "win32" or sys.stdout is not None or len(sys.argv) < 2:
        return
    import ctypes

    if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        return
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stdin = open("CONIN$", encoding="utf-8", errors="replace")  # noqa: SIM115


def _no_console_fallback() -> None:
    """Still no streams (double-clicked): let writes go nowhere until logging takes them over."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115


if __name__ == "__main__":
    _attach_parent_console()
    if len(sys.argv) > 1:
        _no_console_fallback()
    from opsassistant.cli import main

    raise SystemExit(main())
