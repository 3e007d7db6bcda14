from PySide6.QtCore import Qt

from opsassistant.gui.common.timezone_combo import COMMON_ZONES, TimeZoneCombo
from opsassistant.gui.language_switch import set_language


def _combo(qtbot) -> TimeZoneCombo:
    combo = TimeZoneCombo()
    qtbot.addWidget(combo)
    combo.show()
    return combo


def test_typing_part_of_a_danish_city_selects_the_zone(qtbot, danish):
    combo = _combo(qtbot)
    combo.set_zone("Asia/Tokyo")
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Køb")
    completer = combo.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion().startswith("København — UTC+")
    assert combo.zone() == "Europe/Copenhagen"
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
    combo.lineEdit().editingFinished.emit()
    assert combo.currentData() == "Europe/Copenhagen"
    assert combo.currentText().endswith("(Europe/Copenhagen)")


def test_typing_an_english_city_or_an_iana_id(qtbot):
    combo = _combo(qtbot)
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Tokyo")
    assert combo.zone() == "Asia/Tokyo"
    combo.lineEdit().editingFinished.emit()
    assert combo.currentText() == combo.itemText(combo.findData("Asia/Tokyo"))
    assert combo.currentText().startswith("Tokyo — UTC+9 (Asia/Tokyo)")
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "america/new_york")
    assert combo.zone() == "America/New_York"


def test_unknown_text_comes_back_as_typed(qtbot):
    combo = _combo(qtbot)
    combo.setEditText("Mars/Olympus")
    assert combo.zone() == "Mars/Olympus"


def test_set_zone_and_zone_round_trip(qtbot):
    combo = _combo(qtbot)
    for iana in ("Europe/Copenhagen", "Asia/Kolkata", "America/Argentina/Buenos_Aires", "UTC", "US/Eastern"):
        combo.set_zone(iana)
        assert combo.zone() == iana
        assert iana in combo.currentText()


def test_office_zones_come_first_then_the_rest_by_name(qtbot):
    combo = _combo(qtbot)
    first = [combo.itemData(i) for i in range(len(COMMON_ZONES))]
    assert first == list(COMMON_ZONES)
    rest = [combo.itemText(i).casefold() for i in range(len(COMMON_ZONES), combo.count())]
    assert rest[0].startswith("abidjan") and len(rest) > 300
    assert combo.findData("America/Buenos_Aires") < 0  # old link names are not listed twice


def test_language_switch_keeps_the_zone_and_renames_the_city(qtbot):
    combo = _combo(qtbot)
    combo.set_zone("Europe/Copenhagen")
    assert combo.currentText().startswith("Copenhagen — ")
    try:
        set_language("da", remember=False)
        qtbot.waitUntil(lambda: combo.currentText().startswith("København"))
        assert combo.zone() == "Europe/Copenhagen"
        assert combo.currentText().startswith("København — ")
        assert combo.itemText(combo.findData("Europe/Warsaw")).startswith("Warszawa")
    finally:
        set_language("en", remember=False)
    qtbot.waitUntil(lambda: combo.currentText().startswith("Copenhagen — "))
    assert combo.zone() == "Europe/Copenhagen"
