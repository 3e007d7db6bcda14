"""Qt's own words that Qt's Danish catalogue (qtbase_da) lacks, translated in ours.

Qt 6's file dialog labels carry mnemonics ("&Look in:", "Files of &type:") that qtbase_da.qm only has without
them, so the Danish UI showed them in English. Listing them here puts them, under Qt's own context, into
translations/opsassistant_da.ts; Qt asks every installed translator, so ours answers what qtbase_da cannot.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_TERMS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

