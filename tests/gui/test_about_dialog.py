"""Help ▸ About: version, data folder link, the licences of the bundled fonts and icons."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from opsassistant import __version__
from opsassistant.gui.about_dialog import AboutDialog, read_font_licences


def test_shows_version_data_folder_and_licences(qtbot, db_path):
    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.ui.versionLabel.text()
    assert str(db_path.parent.resolve()) in dialog.ui.dataFolderLink.text()
    assert str(db_path.resolve()) == dialog.ui.databaseLabel.text()
    licences = dialog.ui.licencesBrowser.toPlainText()
    assert "DejaVu" in licences and "Bitstream Vera" in licences
    assert "Permission is hereby granted" in licences  # the licence text itself is bundled and shown
    assert "MIT" in licences and "LGPL-3.0" in licences
    assert "Qt" in dialog.ui.componentsLabel.text()
    assert not dialog.ui.iconLabel.pixmap().isNull()


def test_font_licence_ships_with_the_fonts():
    dejavu, droid = read_font_licences()
    assert "DejaVu" in dejavu
    assert "Apache License" in droid


def test_clicking_the_data_folder_opens_it(qtbot, db_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    link = dialog.ui.dataFolderLink
    link.linkActivated.emit(QUrl.fromLocalFile(str(db_path.parent)).toString())
    assert opened == [QUrl.fromLocalFile(str(db_path.parent.resolve()))]


def test_danish(qtbot, db_path):
    from opsassistant.gui.language_switch import set_language

    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    set_language("da", remember=False)
    try:
        QApplication.processEvents()
        assert dialog.ui.nameLabel.text() == "Driftsassistent"
        assert dialog.windowTitle() == "Om Driftsassistent"
        assert dialog.ui.versionLabel.text() == f"Version {__version__}"
        assert "Skrifttyper" in dialog.ui.licencesBrowser.toPlainText()
        assert dialog.ui.dataFolderCaption.text() == "Datamappe:"
    finally:
        set_language("en", remember=False)
