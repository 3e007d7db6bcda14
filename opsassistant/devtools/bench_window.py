"""The yardstick of the start-up bar: start to first paint of an empty PySide6 main window, in a process of its
own, timed by the same clock as the app's own first paint."""

from __future__ import annotations

import os
import subprocess
import sys

from opsassistant.devtools.benchlib import Timing

_BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:  # as the app's main window: reported after its first paint
            self.painted = True
            QTimer.singleShot(0, report)
def report():
    from opsassistant.gui.app import _process_age_ms
    print(f"painted-ms: {_process_age_ms():.1f}", flush=True)
    app.quit()
window = Window()
window.resize(1280, 800)
window.show()
app.exec()
"""


def bare_window(runs: int = 5) -> Timing | None:
    """Start to first paint of an empty PySide6 main window (the start-up bar is a multiple of it)."""
    samples = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", _BARE], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
        for line in done.stdout.splitlines():
            if line.startswith("painted-ms: "):
                samples.append(float(line.split(": ", 1)[1]))
    return Timing.of(samples) if samples else None
