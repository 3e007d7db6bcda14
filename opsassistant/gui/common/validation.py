"""Validation messages go as soon as the field they are about is changed (they used to stay until Save), and
get the whole width of the field column (a narrow one was clipped).

A form's message label is named after its field: ``titleError`` belongs to ``titleEdit`` / ``titleCombo`` /
``titleList`` … ``clear_when_edited(form)`` wires every such pair once; a message with no field of its own
(``errorLabel``) goes when anything in the form is edited.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QSizePolicy, QWidget

SUFFIXES = ("Edit", "Combo", "List", "Spin", "Check", "Button")


def _hide(label: QLabel) -> None:
    label.clear()
    label.setVisible(False)


def _signals(widget: QWidget) -> list:
    from opsassistant.gui.common.date_input import _TemporalInput

    if isinstance(widget, _TemporalInput):
        return [widget.edit.textEdited]
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QListWidget):
        return [widget.itemChanged]
    return [widget.toggled] if hasattr(widget, "toggled") else []


def clear_when_edited(form: QWidget, hide=_hide) -> None:
    """Wire each ``<name>Error`` label of ``form`` to its field; ``hide(label)`` clears one."""
    for label in form.findChildren(QLabel):
        name = label.objectName()
        if not name.endswith("Error"):
            continue
        # the whole field column for a wrapped message (QFormLayout keeps a Preferred label narrow: clipped)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label.setWordWrap(True)
        stem = name[: -len("Error")]
        field = next((w for w in (form.findChild(QWidget, stem + s) for s in SUFFIXES) if w is not None), None)
        if field is None:
            continue
        for signal in _signals(field):
            signal.connect(lambda *_a, label=label: hide(label) if label.text() else None)
