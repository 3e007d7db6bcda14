from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opsassistant.interop.detect import UnknownFormatError, detect_format

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("path", sorted(DATA.glob("*/*.*")), ids=lambda p: p.name)
def test_vendor_files_are_recognised_by_content(path, tmp_path):
    renamed = tmp_path / "export.dat"  # the name must not matter
    renamed.write_bytes(path.read_bytes())
    assert detect_format(renamed) == {".vcf": "vcf", ".ics": "ics", ".csv": "csv"}[path.suffix]


def test_windows_1252_csv_with_an_even_length_is_not_read_as_utf16(tmp_path):
    path = tmp_path / "outlook.csv"
    path.write_bytes("Fornavn;Efternavn\r\nSøren;Østergård\r\n".encode("cp1252"))
    assert len(path.read_bytes()) % 2 == 0
    assert detect_format(path) == "csv"


def test_utf16_csv_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "outlook-unicode.csv"
    path.write_bytes("First Name,Last Name\r\nSøren,Østergård\r\n".encode("utf-16"))
    assert detect_format(path) == "csv"


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"just one line of prose"])
def test_garbage_is_refused_with_a_sentence(tmp_path, content):
    path = tmp_path / "garbage.bin"
    path.write_bytes(content)
    with pytest.raises(UnknownFormatError) as error:
        detect_format(path)
    assert "is not a vCard, iCalendar or CSV file" in str(error.value)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2048))
def test_any_bytes_give_a_format_or_a_clear_refusal(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("fuzz") / "x"
    path.write_bytes(content)
    try:
        assert detect_format(path) in {"vcf", "ics", "csv"}
    except UnknownFormatError as error:
        assert str(error)
