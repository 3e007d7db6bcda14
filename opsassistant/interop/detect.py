"""Tell a vCard, an iCalendar file and a CSV file apart by their content, not their name."""

from __future__ import annotations

import csv
from pathlib import Path

from opsassistant.i18n.messages import translate

_SNIFF_BYTES = 64 * 1024


class UnknownFormatError(Exception):
    pass


def read_text_head(path: Path, size: int = _SNIFF_BYTES) -> str:
    raw = Path(path).read_bytes()[:size]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)  # Outlook's "Unicode" CSV carries a byte-order mark
    elif b"\x00" in raw[:4096]:
        return ""
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return ""


def detect_format(path: Path) -> str:
    """"vcf", "ics" or "csv"; raises UnknownFormatError with a clear sentence otherwise."""
    head = read_text_head(path)
    stripped = head.lstrip().upper()
    if stripped.startswith("BEGIN:VCARD"):
        return "vcf"
    if stripped.startswith("BEGIN:VCALENDAR"):
        return "ics"
    lines = [line for line in head.splitlines() if line.strip()][:5]
    if len(lines) >= 1 and head and "\x00" not in head:
        try:
            dialect = csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t")
            header = next(csv.reader([lines[0]], dialect))
            if len(header) >= 2:
                return "csv"
        except csv.Error:
            pass
    raise UnknownFormatError(
        translate("Import", "{path} is not a vCard, iCalendar or CSV file. Nothing was imported.").format(path=path)
    )
