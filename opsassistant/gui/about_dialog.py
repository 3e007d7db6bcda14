"""Help ▸ About: version, the data folder (click to open it) and the licences of what is bundled."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QDialog, QWidget

from opsassistant import __version__
from opsassistant.gui.forms.ui_about import Ui_AboutDialog
from opsassistant.paths import resource_path

FONT_LICENCES = (("fonts", "LICENSE-DejaVu.txt"), ("fonts", "LICENSE-DroidSansFallback.txt"))
ICON = ("icons", "opsassistant.svg")

# (component, licence) — licence names are proper names and stay as published.
COMPONENTS = (
    ("Qt / PySide6", "LGPL-3.0"),
    ("Peewee", "MIT"),
    ("ReportLab", "BSD"),
    ("python-bidi", "LGPL-3.0"),
    ("arabic-reshaper", "MIT"),
    ("Babel", "BSD-3-Clause"),
    ("phonenumbers", "Apache-2.0"),
    ("vobject", "Apache-2.0"),
    ("icalendar", "BSD-2-Clause"),
    ("x-wr-timezone", "LGPL-3.0-or-later"),
    ("python-dateutil", "Apache-2.0 / BSD-3-Clause"),
    ("holidays", "MIT"),
    ("airportsdata", "MIT"),
    ("tzdata", "Apache-2.0"),
    ("Python", "PSF-2.0"),
)


def read_font_licences() -> list[str]:
    texts = []
    for parts in FONT_LICENCES:
        try:
            texts.append(resource_path(*parts).read_text(encoding="utf-8"))
        except OSError:
            continue
    return texts


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path).expanduser().resolve()
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(QIcon(str(resource_path(*ICON))).pixmap(72, 72))
        font = self.ui.nameLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.ui.nameLabel.setFont(font)
        self.ui.dataFolderLink.linkActivated.connect(lambda _link: self.open_data_folder())
        self._retranslate()

    @property
    def data_folder(self) -> Path:
        return self.db_path.parent

    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))

    def _retranslate(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        self.ui.nameLabel.setText(self.tr("Ops Assistant"))
        self.ui.versionLabel.setText(self.tr("Version %1").replace("%1", __version__))
        url = html.escape(QUrl.fromLocalFile(str(self.data_folder)).toString(), quote=True)
        self.ui.dataFolderLink.setText(f'<a href="{url}">{html.escape(str(self.data_folder))}</a>')
        self.ui.dataFolderLink.setToolTip(self.tr("Open the folder with the database, its backups and logs"))
        self.ui.databaseLabel.setText(str(self.db_path))
        self.ui.componentsLabel.setText(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}")
        self.ui.licencesBrowser.setHtml(self.licences_html())

    def licences_html(self) -> str:
        e = html.escape
        app = self.tr("Ops Assistant")
        app_licence = self.tr("Free software under the MIT licence.")
        icons = self.tr("Icons")
        icons_licence = self.tr("The program icon was drawn for Ops Assistant and is shared under the same "
                                "MIT licence. All other icons come from your desktop theme.")
        fonts = self.tr("Fonts")
        fonts_licence = self.tr("Reports are printed with the bundled DejaVu Sans fonts (Bitstream Vera "
                                "licence, DejaVu changes in the public domain), which also draw Arabic and "
                                "Hebrew, and names in Chinese, Japanese or Korean with Droid Sans Fallback "
                                "(Apache License 2.0). The licences are reproduced below in English, as they "
                                "were published.")
        components = self.tr("Components")
        rows = "".join(f"<tr><td>{e(name)}</td><td>&nbsp;&nbsp;{e(licence)}</td></tr>"
                       for name, licence in COMPONENTS)
        return (f"<h3>{e(app)}</h3><p>{e(app_licence)}</p>"
                f"<h3>{e(icons)}</h3><p>{e(icons_licence)}</p>"
                f"<h3>{e(fonts)}</h3><p>{e(fonts_licence)}</p>"
                + "".join(f"<pre style='font-size: small'>{e(text)}</pre>" for text in read_font_licences())
                + f"<h3>{e(components)}</h3><table cellspacing='0' cellpadding='2'>{rows}</table>")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


def show_about(db_path: Path | str, parent: QWidget | None = None) -> QDialog:
    """Open the dialog non-modal through the one owner of open dialogs (an open one comes to the front)."""
    from opsassistant.gui.common.dialogs import registry

    return registry().open((id(parent), "about"), lambda: AboutDialog(db_path, parent))
