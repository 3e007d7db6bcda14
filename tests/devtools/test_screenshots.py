"""The screenshots command: an empty database gets the demo office, and every panel and dialog is saved in
both languages as a real, non-empty image."""

from __future__ import annotations

from PySide6.QtGui import QImage

from opsassistant.devtools import screenshots


def test_screenshots_of_panels_and_dialogs_in_both_languages(qapp, tmp_path, capsys):
    from opsassistant.db.database import close_database

    database = tmp_path / "shots.db"
    out = tmp_path / "shots"
    try:
        assert screenshots.run(str(database), str(out)) == 0
    finally:
        close_database()
    printed = capsys.readouterr().out
    assert "Demo office created" in printed  # the empty database was filled first
    names = {p.name for p in out.glob("*.png")}
    for name in ("today", "calendar", "calls", "outings", "travel", "settings", "report", "report_preview",
                 "import_result", "export", "about",
                 # the dialogs that were missing, and every further tab of a dialog or panel
                 "merge", "import", "send_mail", "sent_mail", "accounts", "settings_tab2", "settings_tab4",
                 "event_editor_tab2", "outings_tab4"):
        for lang in ("da", "en"):
            assert f"{name}_{lang}.png" in names
    for path in out.glob("*.png"):
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 100 and image.height() > 50, path.name
    today = QImage(str(out / "today_en.png"))
    assert (today.width(), today.height()) >= (1366, 768)
    # Danish and English are really different pictures (the texts changed).
    assert QImage(str(out / "report_da.png")) != QImage(str(out / "report_en.png"))
