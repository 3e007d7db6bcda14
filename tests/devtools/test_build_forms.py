"""The generated forms import only the PySide6 names their code uses (each imported name costs a class)."""

from __future__ import annotations

import ast

from opsassistant.devtools.build import ROOT, only_used_imports

FORM = '''# -*- coding: utf-8 -*-
from PySide6.QtCore import (QCoreApplication, QDate, QMetaObject,
    Qt)
from PySide6.QtGui import (QBrush, QConicalGradient, QGradient)
from PySide6.QtWidgets import (QApplication, QLabel, QVBoxLayout as Box)
from opsassistant.gui.common.widgets import PhoneEdit, Unused

class Ui_Form(object):
    def setupUi(self, Form):
        self.layout = Box(Form)
        self.label = QLabel(Form)
        self.label.setAlignment(Qt.AlignCenter)
        self.phone = PhoneEdit(Form)
        QMetaObject.connectSlotsByName(Form)

    def retranslateUi(self, Form):
        self.label.setText(QCoreApplication.translate("Form", u"Name", None))
'''


def _imports(source: str) -> dict[str, list[str]]:
    return {node.module: [a.asname or a.name for a in node.names] for node in ast.parse(source).body
            if isinstance(node, ast.ImportFrom)}


def test_unused_pyside_names_are_dropped_and_the_code_is_kept():
    trimmed = only_used_imports(FORM)
    assert _imports(trimmed) == {"PySide6.QtCore": ["QCoreApplication", "QMetaObject", "Qt"],
                                 "PySide6.QtWidgets": ["QLabel", "Box"],
                                 "opsassistant.gui.common.widgets": ["PhoneEdit", "Unused"]}  # not ours to cut
    assert trimmed.split("class Ui_Form")[1] == FORM.split("class Ui_Form")[1]
    compile(trimmed, "ui_form.py", "exec")


def test_the_committed_forms_import_nothing_they_do_not_use():
    for form in sorted((ROOT / "opsassistant" / "gui" / "forms").glob("ui_*.py")):
        source = form.read_text(encoding="utf-8")
        assert only_used_imports(source) == source, form.name
        assert "QConicalGradient" not in source, form.name
