"""What iCalendar (RFC 5545) and vCard (RFC 6350) content lines share: decoding the bytes of a file, unfolding,
parameters (quoted, multi-valued, RFC 6868 ``^`` escapes) and the backslash escapes of text values."""

from __future__ import annotations

import codecs
import re

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A well-formed UTF-8 sequence of two to four bytes: a line that has one is UTF-8 with a few bad bytes, not cp1252.
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CHARSET = re.compile(rb";CHARSET=\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_RFC6868 = {"n": "\n", "N": "\n", "^": "^", "'": '"'}


def bom_encoding(raw: bytes) -> tuple[str | None, int]:
    """(encoding, length of its byte-order mark); UTF-16/32 without a mark are told by their zero bytes."""
    for mark, encoding in _BOMS:
        if raw.startswith(mark):
            return encoding, len(mark)
    head = raw[:4]
    if len(head) == 4 and head[1:] == b"\x00\x00\x00":
        return "utf-32-le", 0
    if len(head) == 4 and head[:3] == b"\x00\x00\x00":
        return "utf-32-be", 0
    if len(head) >= 2 and head[0] and not head[1]:
        return "utf-16-le", 0
    if len(head) >= 2 and not head[0] and head[1]:
        return "utf-16-be", 0
    return None, 0


def decode(raw: bytes, fallback: str = "cp1252") -> tuple[str, list[int]]:
    """The text of a file and the numbers of the lines that needed a replacement character.

    UTF-16/32 by byte-order mark; else the whole file as UTF-8 (the fast, common case), and only when that fails
    line by line: UTF-8, else the charset the line declares (``CHARSET=``) or ``fallback``. A line with valid UTF-8
    sequences and a few bad bytes keeps its good characters; only the bad bytes become U+FFFD.
    """
    encoding, skip = bom_encoding(raw)
    if encoding is not None and encoding != "utf-8":
        text = raw[skip:].decode(encoding, errors="replace")
        return text, _replaced_lines(text)
    raw = raw[skip:]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    lines, damaged = [], []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            lines.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        declared = _CHARSET.search(line)
        charset = declared.group(1).decode("ascii") if declared else fallback
        if _UTF8_MULTI.search(line) and not declared:
            text = line.decode("utf-8", errors="replace")
        else:
            try:
                text = line.decode(charset, errors="replace")
            except LookupError:
                text = line.decode(fallback, errors="replace")
        if "\ufffd" in text:
            damaged.append(number)
        lines.append(text)
    return "\n".join(lines), damaged


def _replaced_lines(text: str) -> list[int]:
    if "\ufffd" not in text:
        return []
    return [n for n, line in enumerate(text.split("\n"), start=1) if "\ufffd" in line]


def unfold(text: str) -> list[tuple[int, str]]:
    """(first line number, logical line) pairs. Lines end at LF or CRLF only — U+2028, U+0085 and form feeds are
    text — and a line starting with a space or a tab continues the one before. Linear in the size of the text:
    the parts of a folded line are collected and joined once, not added one by one."""
    out: list[tuple[int, str]] = []
    append = out.append
    current: str | None = None
    parts: list[str] | None = None  # only while a line is being continued
    first = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        if raw[-1:] == "\r":
            raw = raw[:-1]
        if raw[:1] in (" ", "\t") and current is not None:
            if parts is None:
                parts = [current]
            parts.append(raw[1:])
            continue
        if current is not None:
            append((first, current if parts is None else "".join(parts)))
            parts = None
        if raw and not raw.isspace():
            current, first = raw, number
        else:
            current = None
    if current is not None:
        append((first, current if parts is None else "".join(parts)))
    return out


def param_unescape(value: str) -> str:
    """RFC 6868: ``^n`` newline, ``^^`` caret, ``^'`` double quote; any other ``^`` stays as it is."""
    if "^" not in value:
        return value
    out, index = [], 0
    while index < len(value):
        char = value[index]
        if char == "^" and index + 1 < len(value) and value[index + 1] in _RFC6868:
            out.append(_RFC6868[value[index + 1]])
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def param_escape(value: str) -> str:
    """RFC 6868 for writing; the value is quoted when it holds ``:;,``."""
    value = value.replace("^", "^^").replace("\r\n", "^n").replace("\n", "^n").replace('"', "^'")
    return f'"{value}"' if any(c in value for c in ":;,") else value


def split_unquoted(text: str, sep: str) -> list[str]:
    """Split at ``sep`` outside double quotes (the quotes stay)."""
    if '"' not in text:
        return text.split(sep)
    parts, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == sep and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def param_values(raw: str) -> list[str]:
    """``"a,b","c"`` → ``["a,b", "c"]``: a parameter's values, unquoted and RFC 6868-decoded."""
    values = []
    for part in split_unquoted(raw, ","):
        part = part.strip()
        if len(part) >= 2 and part[0] == '"' and part[-1] == '"':
            part = part[1:-1]
        values.append(param_unescape(part))
    return values


def split_escaped(value: str, sep: str = ",") -> list[str]:
    """Split a multi-valued TEXT property at ``sep`` not preceded by a backslash, *then* unescape each part
    (``CATEGORIES:Møde\\, intern,Kunde`` is two categories, not three)."""
    if "\\" not in value:
        return value.split(sep)
    parts, current, index = [], [], 0
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value):
            current.append(value[index:index + 2])
            index += 2
            continue
        if char == sep:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append(unescape("".join(current)))
    return parts


def unescape(value: str) -> str:
    """``\\n`` → newline, ``\\,`` ``\\;`` ``\\\\`` → the character itself."""
    if "\\" not in value:
        return value
    out, index = [], 0
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value):
            following = value[index + 1]
            out.append("\n" if following in "nN" else following)
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)
