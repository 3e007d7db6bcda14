"""Numbers as the Today page and the lists show them: Danish ones without loading phonenumbers, the same text."""

from __future__ import annotations

import random
import subprocess
import sys

import phonenumbers

from opsassistant.services import phones


def _by_the_library(e164: str, home: str = "DK") -> str:
    number = phonenumbers.parse(e164, None)
    kind = phonenumbers.PhoneNumberFormat
    return phonenumbers.format_number(
        number, kind.NATIONAL if phonenumbers.region_code_for_number(number) == home else kind.INTERNATIONAL)


def test_danish_numbers_read_as_the_library_writes_them():
    rng = random.Random(7)
    numbers = [f"+45{rng.randint(20_000_000, 99_999_999)}" for _ in range(2000)]
    numbers += ["+4533123456", "+4570121212", "+4580201010", "+4590909090", "+4520000000"]
    valid = [n for n in numbers if phonenumbers.is_valid_number(phonenumbers.parse(n, None))]
    assert len(valid) > 1000
    for e164 in valid:
        assert phones.format_for_reading(e164) == _by_the_library(e164), e164


def test_foreign_numbers_and_another_home_region_go_through_the_library():
    for e164 in ("+4930123456", "+442071838750", "+12125550123", "+46812345678", "+299321000"):
        assert phones.format_for_reading(e164) == _by_the_library(e164)
    assert phones.format_for_reading("+4533123456", home_region="SE") == "+45 33 12 34 56"
    assert phones.format_for_reading(None, "0987 6543") == "0987 6543"


def test_reading_a_danish_number_does_not_import_phonenumbers():
    code = ("import sys\nfrom opsassistant.services import phones\n"
            "assert phones.format_for_reading('+4533123456') == '33 12 34 56'\n"
            "print('phonenumbers' in sys.modules)\n"
            "assert phones.DANISH_VALID.match('33123456')\n"
            "print('phonenumbers' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]  # loaded when a number is really parsed or validated
