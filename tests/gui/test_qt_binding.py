import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    """PySide6 6.12.0 on Python 3.11 loses a reference to None on every call returning nothing, until the
    interpreter aborts; pyproject.toml keeps PySide6 below 6.12 for that reason."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
