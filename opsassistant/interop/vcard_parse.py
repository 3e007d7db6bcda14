"""A tolerant vCard reader for what real programs write.

- 2.1 (old phones, Outlook): bare parameters (``TEL;WORK;VOICE``), ``ENCODING=QUOTED-PRINTABLE`` with
  ``CHARSET=…`` and ``=`` soft line breaks, Latin-1 files.
- 3.0 (Apple): ``item1.TEL`` groups with ``item1.X-ABLabel``, repeated ``type=`` parameters, folded lines.
- 4.0 (Google): ``TEL;VALUE=uri:tel:+45…``, ``TYPE="cell,voice"`` lists.

Produces ``Card`` objects (properties in order) with the line each record starts on; no database here.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TextIO

from opsassistant.interop.contentline import split_escaped, unescape  # noqa: F401 - unescape: part of this module's API

_NAME = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$")


@dataclass
class Property:
    group: str
    name: str  # upper case
    params: dict[str, list[str]]  # upper-case keys; TYPE values lower case
    value: str  # decoded, still escaped (structured values are split by ``parts``)
    raw: str = ""  # the whole unfolded content line as read
    line: int = 0  # where it starts in the file

    @property
    def types(self) -> list[str]:
        return self.params.get("TYPE", [])


@dataclass
class Card:
    line: int
    version: str = ""
    properties: list[Property] = field(default_factory=list)
    error: str = ""

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        index = self.__dict__.get("_first")
        if index is None:
            index = {}
            for prop in self.properties:
                index.setdefault(prop.name, prop)
            self.__dict__["_first"] = index
        return index.get(name)

    def group_value(self, group: str, name: str) -> str:
        if not group:
            return ""
        prop = next((p for p in self.properties if p.group == group and p.name == name), None)
        return prop.value if prop else ""


def decode_bytes(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _split_unquoted(text: str, separator: str, maxsplit: int = -1) -> list[str]:
    if '"' not in text:
        return text.split(separator, maxsplit)
    parts, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == separator and not quoted and maxsplit != 0:
            parts.append("".join(current))
            current = []
            maxsplit -= 1
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def _is_qp(head: str) -> bool:
    upper = head.upper()
    return "QUOTED-PRINTABLE" in upper


def physical_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` as ``str.split`` on any line end gives them (a final line end gives a last "")."""
    return iter(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def file_lines(handle: TextIO) -> Iterator[str]:
    """``physical_lines`` of a file opened in text mode with universal newlines, one line at a time."""
    ended = True
    for line in handle:
        ended = line.endswith("\n")
        yield line[:-1] if ended else line
    if ended:
        yield ""


def logical_lines(text: str | Iterable[str]) -> Iterator[tuple[int, str]]:
    """Unfold: continuation lines (leading space/tab) and quoted-printable soft breaks ("=" at line end).
    ``text`` is the whole text or its physical lines (``file_lines``); one logical line is held at a time."""
    source = physical_lines(text) if isinstance(text, str) else iter(text)
    pending: tuple[int, str] | None = None
    number = 0
    for line in source:
        number += 1
        start = number
        if line[:1] in (" ", "\t") and pending is not None:
            pending = (pending[0], pending[1] + line[1:])
            continue
        if ":" in line and _is_qp(line.split(":", 1)[0]):
            while line.endswith("="):
                following = next(source, None)
                if following is None:
                    break
                number += 1
                line = line[:-1] + (following.lstrip(" \t") if following[:1] in (" ", "\t") else following)
        if line.strip():
            if pending is not None:
                yield pending
            pending = (start, line)
    if pending is not None:
        yield pending


def _params(raw: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for item in raw:
        if not item:
            continue
        if "=" in item:
            key, value = item.split("=", 1)
            key = key.strip().upper()
            values = [v.strip().strip('"') for v in _split_unquoted(value, ",")]
        else:  # vCard 2.1 bare type: "WORK", "CELL", "QUOTED-PRINTABLE"
            upper = item.strip().upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"):
                key, values = "ENCODING", [upper]
            else:
                key, values = "TYPE", [item.strip()]
        if key == "TYPE":
            values = [x.strip().strip('"').lower() for v in values for x in v.split(",") if x.strip()]
        params.setdefault(key, []).extend(values)
    return params


def _decode_value(value: str, params: dict[str, list[str]]) -> str:
    encoding = (params.get("ENCODING") or [""])[0].upper()
    if encoding in ("QUOTED-PRINTABLE", "QP"):
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        try:
            decoded = raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            try:
                decoded = raw.decode("utf-8")
            except UnicodeDecodeError:
                decoded = raw.decode("cp1252", errors="replace")
        return decoded.replace("\r\n", "\n")
    return value


@lru_cache(maxsize=1024)
def _head(head: str) -> tuple[str, str, dict[str, list[str]]] | None:
    """(group, NAME, params) of "item1.TEL;TYPE=CELL": the same few heads repeat through a whole file.
    The params dict is shared between properties: readers must not change it."""
    pieces = _split_unquoted(head, ";")
    match = _NAME.match(pieces[0].strip())
    if not match:
        return None
    return (match.group(1) or "").lower(), match.group(2).upper(), _params(pieces[1:])


def parse_property(line: str) -> Property | None:
    colon = line.find(":")
    if colon < 0:
        return None
    if '"' in line[:colon]:
        head_value = _split_unquoted(line, ":", 1)
        if len(head_value) != 2:
            return None
        head, value = head_value
    else:
        head, value = line[:colon], line[colon + 1:]
    parsed = _head(head)
    if parsed is None:
        return None
    group, name, params = parsed
    return Property(group, name, params, _decode_value(value, params) if params else value, line)


def read_cards(text: str) -> list[Card]:
    """Every BEGIN:VCARD … END:VCARD block; a block that is broken carries ``error``."""
    return list(iter_cards(text))


def iter_cards(text: str | Iterable[str]) -> Iterator[Card]:
    """``read_cards`` one card at a time, from the text or its physical lines (a file read as it goes)."""
    current: Card | None = None
    depth = 0
    for number, line in logical_lines(text):
        stripped = line.strip()
        upper = stripped.upper()
        if upper == "BEGIN:VCARD":
            if current is not None and depth == 1:
                current.error = "missing-end"
                yield current
            current, depth = Card(number), 1
            continue
        if current is None:
            continue
        if upper == "END:VCARD":
            yield current
            current, depth = None, 0
            continue
        prop = parse_property(line)
        if prop is not None:
            prop.line = number
        if prop is None:
            continue  # an unreadable line inside a card is ignored, the rest of the card still counts
        if prop.name == "VERSION":
            current.version = prop.value.strip()
        current.properties.append(prop)
    if current is not None:
        current.error = "missing-end"
        yield current


def parts(value: str, separator: str = ";") -> list[str]:
    """Split a structured value on unescaped separators, then unescape each part."""
    return split_escaped(value, separator)


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line at 75 octets (never inside a UTF-8 sequence), CRLF-terminated."""
    encoded = line.encode("utf-8")
    if len(encoded) <= limit:
        return line + "\r\n"
    chunks, current, size, first = [], [], 0, True
    for char in line:
        width = len(char.encode("utf-8"))
        room = limit if first else limit - 1
        if size + width > room:
            chunks.append("".join(current))
            current, size, first = [], 0, False
        current.append(char)
        size += width
    chunks.append("".join(current))
    return "\r\n ".join(chunks) + "\r\n"
