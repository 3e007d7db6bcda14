"""A week view given another list (an edit elsewhere, a refresh) re-uses the drawing and the layout of what did not
change, and still paints exactly what a freshly made view paints."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from opsassistant.gui.calendar.time_view import TimeGridView
from opsassistant.services.calendar import editing, occurrences
from opsassistant.services.calendar.editing import EventData
from tests.gui.conftest import CALENDAR_MONDAY
from tests.gui.test_calendar_paint_cache import _fresh_week, _image

CPH = ZoneInfo("Europe/Copenhagen")
DAYS = [CALENDAR_MONDAY + timedelta(days=i) for i in range(7)]


def _week(titles_by_day: dict[int, list[str]]) -> list:
    for day, titles in titles_by_day.items():
        for number, title in enumerate(titles):
            start = datetime.combine(DAYS[day], time(9), CPH) + timedelta(minutes=20 * number)
            editing.create(EventData(title=title, start=start, end=start + timedelta(hours=1), location="Teams"))
    return occurrences.between(datetime.combine(DAYS[0], time(), CPH),
                               datetime.combine(DAYS[0] + timedelta(days=7), time(), CPH))


def _view(qtbot) -> TimeGridView:
    view = TimeGridView()
    qtbot.addWidget(view)
    view.resize(1900, 700)  # lanes wide enough for the whole titles
    view.scroll_to(8 * 60)
    return view


def _drawings(view: TimeGridView) -> dict[str, tuple]:
    view.grab()
    return {op[6][1][2]: op for op in view._block_ops() if len(op[6]) > 1}  # by the title line


def test_an_unchanged_occurrence_keeps_its_drawing_when_the_list_changes(qtbot, db):
    found = _week({1: ["Tirsdag A", "Tirsdag B"], 3: ["Torsdag"]})
    view = _view(qtbot)
    view.set_data(DAYS, found, {}, {})
    before = _drawings(view)
    thursday = next(occ for occ in found if occ.title == "Torsdag")
    view.set_data(DAYS, [occ for occ in found if occ is not thursday], {}, {})
    after = _drawings(view)
    assert set(after) == {"Tirsdag A", "Tirsdag B"}
    assert all(after[title] is before[title] for title in after)  # looked up, not computed again
    assert _image(view) == _fresh_week(view)


def test_the_same_occurrences_read_again_reuse_their_drawing(qtbot, db):
    found = _week({2: ["Onsdag A", "Onsdag B", "Onsdag C"], 4: ["Fredag"]})
    view = _view(qtbot)
    view.set_data(DAYS, found, {}, {})
    before = _drawings(view)
    again = occurrences.between(datetime.combine(DAYS[0], time(), CPH),
                                datetime.combine(DAYS[0] + timedelta(days=7), time(), CPH))
    assert all(a is not b for a, b in zip(again, found, strict=True))  # new records, equal to the old
    view.set_data(DAYS, [occ for occ in again if occ.title != "Fredag"], {}, {})  # one gone on another day
    after = _drawings(view)
    assert set(after) == {"Onsdag A", "Onsdag B", "Onsdag C"}
    assert all(after[title] is before[title] for title in after)
    assert _image(view) == _fresh_week(view)


def test_a_renamed_occurrence_at_the_same_place_is_drawn_anew(qtbot, db):
    found = _week({1: ["Gl", "Nabo"]})
    view = _view(qtbot)
    view.set_data(DAYS, found, {}, {})
    before = _drawings(view)
    old = next(occ for occ in found if occ.title == "Gl")
    editing.update(old.event_id, EventData(title="Ny", start=old.start, end=old.end, location="Teams"))
    again = occurrences.between(datetime.combine(DAYS[0], time(), CPH),
                                datetime.combine(DAYS[0] + timedelta(days=7), time(), CPH))
    view.set_data(DAYS, again, {}, {})
    after = _drawings(view)
    assert set(after) == {"Ny", "Nabo"} and after["Nabo"] is before["Nabo"]
    assert after["Ny"][0] == before["Gl"][0]  # the same rectangle, its own text
    assert _image(view) == _fresh_week(view)


def test_a_language_switch_draws_every_occurrence_anew(qtbot, db):
    from opsassistant.i18n.language import current_language, set_current_language

    found = _week({1: ["Møde"]})
    view = _view(qtbot)
    was = current_language()
    set_current_language("en")
    try:
        view.set_data(DAYS, found, {}, {})
        before = _drawings(view)
        set_current_language("da")
        view.set_data(DAYS, found[:], {}, {})
        view.update()
        after = _drawings(view)
        assert after["Møde"] is not before["Møde"]  # the language is in what a drawing is remembered by
        assert _image(view) == _fresh_week(view)
    finally:
        set_current_language(was)


def test_a_changed_list_lays_out_only_the_days_it_changed(qtbot, db):
    found = _week({0: ["Mandag A", "Mandag B"], 2: ["Onsdag A", "Onsdag B"], 4: ["Fredag"]})
    view = _view(qtbot)
    view.set_data(DAYS, found, {}, {})
    before = {block.occ.title: block for block in view.blocks}
    again = occurrences.between(datetime.combine(DAYS[0], time(), CPH),
                                datetime.combine(DAYS[0] + timedelta(days=7), time(), CPH))
    view.set_data(DAYS, [occ for occ in again if occ.title != "Mandag B"], {}, {})  # read again, one gone
    after = {block.occ.title: block for block in view.blocks}
    assert set(after) == {"Mandag A", "Onsdag A", "Onsdag B", "Fredag"}
    assert all(after[title] is before[title] for title in ("Onsdag A", "Onsdag B", "Fredag"))  # kept
    assert after["Mandag A"] is not before["Mandag A"] and after["Mandag A"].columns == 1  # laid out again
    assert _image(view) == _fresh_week(view)
    kept = list(view.blocks)
    view.resize(500, 700)  # fewer lanes fit: every day is laid out for the new cap
    assert _image(view) == _fresh_week(view)
    assert view.blocks and all(block is not old for block in view.blocks for old in kept)


def test_an_edit_repaints_only_where_the_events_changed_and_looks_as_new(qtbot, db):
    found = _week({0: ["Mandag A", "Mandag B"], 1: ["Tirsdag"], 2: ["Onsdag"], 3: ["Torsdag A", "Torsdag B",
                   "Torsdag C"], 4: ["Fredag"], 5: ["Lørdag"], 6: ["Søndag"]})
    view = _view(qtbot)
    view.set_data(DAYS, found, {}, {})
    _image(view)
    layer = view._events
    assert layer.partial_paints == 0
    view.set_data(DAYS, [occ for occ in found if occ.title != "Torsdag B"], {}, {})
    assert _image(view) == _fresh_week(view)
    assert layer.partial_paints == 1  # Thursday's cluster only: Monday's drawings stayed on the layer
    old = next(occ for occ in found if occ.title == "Mandag A")
    editing.update(old.event_id, EventData(title="Mandag A", start=old.start + timedelta(hours=2),
                                           end=old.end + timedelta(hours=2), location="Teams"))
    view.set_data(DAYS, occurrences.between(datetime.combine(DAYS[0], time(), CPH),
                                            datetime.combine(DAYS[0] + timedelta(days=7), time(), CPH)), {}, {})
    assert _image(view) == _fresh_week(view)  # moved away: its old place shows the grid again
    assert layer.partial_paints == 2
    view.scroll_to(6 * 60)  # the geometry changed: the whole layer is painted
    assert _image(view) == _fresh_week(view) and layer.partial_paints == 2


def test_a_crowded_days_chip_keeps_its_drawing_and_changes_with_its_count(qtbot, db):
    at = datetime.combine(DAYS[1], time(9), CPH)
    for number in range(40):  # all at once: more than the lanes of a day
        editing.create(EventData(title=f"Møde {number:02}", start=at, end=at + timedelta(hours=1)))
    found = _week({4: ["Fredag A", "Fredag B"]})
    view = _view(qtbot)
    view.more_text = "+%1 more"
    view.set_data(DAYS, found, {}, {})
    _image(view)
    (chip,) = [op for op in view._block_ops() if op[6] and op[6][0][2].startswith("+")]
    view.set_data(DAYS, [occ for occ in found if occ.title != "Fredag B"], {}, {})  # another day changed
    assert _image(view) == _fresh_week(view)
    assert any(op is chip for op in view._block_ops())  # the same drawing: left on the layer
    assert view._events.partial_paints == 1
    view.set_data(DAYS, [occ for occ in found if occ.title not in ("Fredag B", "Møde 39")], {}, {})
    (fewer,) = [op for op in view._block_ops() if op[6] and op[6][0][2].startswith("+")]
    assert fewer is not chip and fewer[6][0][2] != chip[6][0][2]  # one fewer behind the chip
    assert _image(view) == _fresh_week(view)
