"""Generated code is never edited by hand: a fresh build from ui/, resources/ and translations/ must match."""

from opsassistant.devtools.build import stale_files


def test_generated_files_are_fresh():
    assert stale_files() == [], "run: python -m opsassistant.devtools build"


def test_no_danish_message_is_left_unfinished():
    from opsassistant.devtools.translate import todo

    assert todo("da") == {}
    assert todo("en") == {}
