"""Reading an .ics file as a stream: decoded, unfolded content lines and then one component at a time.

Memory stays flat in the size of the file: the bytes are read in blocks, each block decoded (UTF-8, and only
when that fails line by line as ``contentline.decode`` does), the lines unfolded as they come (a folded 10 MB
PHOTO is collected in parts and joined once), and each VEVENT is handed on when its END line comes.
"""

from __future__ import annotations

import codecs
import mmap
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from opsassistant.interop.contentline import _CHARSET, _UTF8_MULTI, bom_encoding
from opsassistant.interop.ical_parse import _TOP, Component, Prop, _split_params, parse_line

BLOCK = 1 << 20  # bytes read at a time


@dataclass
class Damaged:
    """The numbers of the lines that needed a replacement character (the first ones are reported)."""

    lines: list[int] = field(default_factory=list)


def _decode_line(line: bytes, fallback: str = "cp1252") -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(line)
    charset = declared.group(1).decode("ascii") if declared else fallback
    if _UTF8_MULTI.search(line) and not declared:
        return line.decode("utf-8", errors="replace")
    try:
        return line.decode(charset, errors="replace")
    except LookupError:
        return line.decode(fallback, errors="replace")


def _raw_lines(path: Path, damaged: Damaged) -> Iterator[str]:
    """Physical lines (split at LF only; a CR before it is left for the unfolder) in the file's encoding."""
    with open(path, "rb") as handle:
        head = handle.read(4)
        encoding, skip = bom_encoding(head)
        handle.seek(skip)
        number = 0
        if encoding is not None and encoding != "utf-8":
            decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
            rest = ""
            while block := handle.read(BLOCK):
                text = rest + decoder.decode(block)
                lines = text.split("\n")
                rest = lines.pop()
                for line in lines:
                    number += 1
                    if "\ufffd" in line:
                        damaged.lines.append(number)
                    yield line
            rest += decoder.decode(b"", final=True)
            number += 1
            if "\ufffd" in rest:
                damaged.lines.append(number)
            yield rest
            return
        rest = b""
        while block := handle.read(BLOCK):
            block = rest + block
            cut = block.rfind(b"\n")
            if cut < 0:
                rest = block
                continue
            rest = block[cut + 1:]
            whole = block[:cut]
            try:
                lines = whole.decode("utf-8").split("\n")
            except UnicodeDecodeError:
                lines = []
                for offset, raw in enumerate(whole.split(b"\n"), start=1):
                    text = _decode_line(raw)
                    if "\ufffd" in text:
                        try:
                            raw.decode("utf-8")
                        except UnicodeDecodeError:
                            damaged.lines.append(number + offset)
                    lines.append(text)
            number += len(lines)
            yield from lines
        number += 1
        text = _decode_line(rest)
        if "\ufffd" in text:
            try:
                rest.decode("utf-8")
            except UnicodeDecodeError:
                damaged.lines.append(number)
        yield text


def logical_lines(path: Path, damaged: Damaged) -> Iterator[tuple[int, str]]:
    """(first line number, unfolded line), as ``contentline.unfold`` gives them, without holding the file."""
    current: str | None = None
    parts: list[str] | None = None
    first = 0
    for number, raw in enumerate(_raw_lines(path, damaged), start=1):
        if raw[-1:] == "\r":
            raw = raw[:-1]
        if raw[:1] in (" ", "\t") and current is not None:
            if parts is None:
                parts = [current]
            parts.append(raw[1:])
            continue
        if current is not None:
            yield first, (current if parts is None else "".join(parts))
            parts = None
        if raw and not raw.isspace():
            current, first = raw, number
        else:
            current = None
    if current is not None:
        yield first, (current if parts is None else "".join(parts))


@dataclass
class Top:
    """One component as it comes: ``calendar`` counts the VCALENDARs (0 = a loose one before any calendar)."""

    calendar: int
    component: Component


@dataclass
class CalendarProp:
    calendar: int
    prop: Prop


def _prop(line: str, number: int) -> Prop | None:
    colon = line.find(":")
    if colon > 0 and line.find(";", 0, colon) < 0 and line.find('"', 0, colon) < 0:
        return Prop(line[:colon].upper(), {}, line[colon + 1:], number)
    try:
        return parse_line(line, number)
    except ValueError:
        return None  # a stray line (no colon) is ignored, as other calendar programs do


def _closed(comp: Component, stack: list[Component], calendars: int) -> Top | None:
    """``comp`` was just taken off the stack: a top component is handed on (-1 = loose, outside any VCALENDAR)."""
    if not stack:
        return None if comp.name == "VCALENDAR" else Top(-1, comp)
    if len(stack) == 1 and stack[0].name == "VCALENDAR":
        return Top(calendars, comp)
    return None


def components(lines: Iterator[tuple[int, str]]) -> Iterator[Top | CalendarProp]:
    """The components directly in a VCALENDAR (and loose ones outside any), each when it is closed, and the
    calendar's own properties. Broken nesting never fails the file (as ``ical_parse.parse``): a component left
    open is handed on with ``complete = False``, a stray END line is ignored.

    The property lines (nine lines in ten) take the shortest path: ``current`` is the component they go to (None
    at the calendar's own level or outside any component), worked out again only at BEGIN and END lines."""
    stack: list[Component] = []
    calendars = 0
    current: Component | None = None
    at_calendar = False  # the stack is one VCALENDAR: its properties are handed on
    for number, line in lines:
        first = line[0]
        if first in "Bb" and line[:6].upper() == "BEGIN:":
            comp = Component(line[6:].strip().upper(), number)
            if comp.name in _TOP and stack and stack[-1].name in _TOP:
                left = stack.pop()  # its END never came (END:VTOOD): the next one starts anyway
                left.complete = False
                top = _closed(left, stack, calendars)
                if top is not None:
                    yield top
            if not stack and comp.name == "VCALENDAR":
                calendars += 1
                yield CalendarProp(calendars, Prop("BEGIN", {}, "VCALENDAR", number))  # a calendar starts
            elif stack and not (len(stack) == 1 and stack[0].name == "VCALENDAR"):
                stack[-1].children.append(comp)  # a calendar's own children are handed on, not kept
            stack.append(comp)
            at_calendar = len(stack) == 1 and comp.name == "VCALENDAR"
            current = None if at_calendar else comp
        elif first in "Ee" and line[:4].upper() == "END:":
            name = line[4:].strip().upper()
            if not stack or all(c.name != name for c in stack):
                continue  # a stray END (a typo such as END:VTOOD) closes nothing, as other readers do
            while stack[-1].name != name:  # END:VCALENDAR after a VEVENT left open: that event is cut off
                left = stack.pop()
                left.complete = False
                top = _closed(left, stack, calendars)
                if top is not None:
                    yield top
            top = _closed(stack.pop(), stack, calendars)
            if top is not None:
                yield top
            at_calendar = len(stack) == 1 and stack[0].name == "VCALENDAR"
            current = stack[-1] if stack and not at_calendar else None
        elif current is not None or at_calendar:
            colon = line.find(":")
            head = line[:colon]
            if colon <= 0 or '"' in head:
                prop = _prop(line, number)  # no colon, or one that may sit in a quoted parameter
                if prop is None:
                    continue
            elif ";" not in head:
                prop = Prop(head.upper(), {}, line[colon + 1:], number)  # most lines: no parameters
            elif "^" in head or "," in head:
                name, params, lists = _split_params(head)
                prop = Prop(name, params, line[colon + 1:], number, lists)
            else:  # plain parameters (DTSTART;TZID=Europe/Copenhagen), as _split_params reads them
                name, *rest = head.split(";")
                params = {}
                for part in rest:
                    key, _, value = part.partition("=")
                    params[key.strip().upper()] = value
                prop = Prop(name.upper(), params, line[colon + 1:], number)
            if at_calendar:
                yield CalendarProp(calendars, prop)
                continue
            current.props.append(prop)
            found = current.by_name.get(prop.name)
            if found is None:
                current.by_name[prop.name] = [prop]
            else:
                found.append(prop)
    # A truncated file: what was complete before the cut still counts; what was open is cut off.
    while stack:
        left = stack.pop()
        if left.name != "VCALENDAR" or stack:
            left.complete = False
        top = _closed(left, stack, calendars)
        if top is not None:
            yield top


def _line_start(text: str, tail: bytes = b"") -> re.Pattern:
    """A line beginning with ``text`` in any case. The pattern starts with the literal LF, so the search jumps
    from line to line (a case-insensitive ``^…`` tries every byte: half a second on a 10 MB file). The file's
    first line has no LF before it: the files are searched with one prepended (see _search)."""
    classes = b"".join(b"[" + bytes([c]) + bytes([c ^ 32]) + b"]" if chr(c).isalpha() else re.escape(bytes([c]))
                       for c in text.encode("ascii"))
    return re.compile(b"\n" + classes + tail)


_EVENT = _line_start("BEGIN:VEVENT")
_ZONE = _line_start("BEGIN:VTIMEZONE")


def _find(pattern: re.Pattern, data) -> int | None:
    """Where the first line matching ``pattern`` starts (the file's first line too: it follows no LF)."""
    if _first_line(pattern, data):
        return 0
    found = pattern.search(data)
    return None if found is None else found.start()


def _first_line(pattern: re.Pattern, data) -> bool:
    return pattern.match(b"\n" + bytes(data[:4096]).removeprefix(codecs.BOM_UTF8)) is not None


def zones_come_late(path: Path) -> bool:
    """True when a VTIMEZONE follows a VEVENT (then the zones are read in a first pass); a file in UTF-16/32
    is always read twice (its bytes cannot be searched)."""
    with open(path, "rb") as handle:
        if bom_encoding(handle.read(4))[0] not in (None, "utf-8"):
            return True
        handle.seek(0, 2)
        if not handle.tell():
            return False
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            event = _find(_EVENT, data)
            return event is not None and _ZONE.search(data, event) is not None


# A METHOD line with its folded continuations (libical writes "METHOD\r\n :REPLY").
_METHOD = _line_start("METHOD", rb"((?:[^\r\n]|\r?\n[ \t])*)")
_FOLD = re.compile(rb"\r?\n[ \t]")


def may_be_reply(path: Path) -> bool:
    """False when the file surely has no ``METHOD:REPLY``, ``COUNTER`` or ``REFRESH`` (so the full iTIP check,
    which reads the whole file at once, runs only for files that might be an attendee's message)."""
    with open(path, "rb") as handle:
        if bom_encoding(handle.read(4))[0] not in (None, "utf-8"):
            return True
        handle.seek(0, 2)
        if not handle.tell():
            return False
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            lines = [m.group(1) for m in _METHOD.finditer(data)]
            first = _METHOD.match(b"\n" + bytes(data[:4096]).removeprefix(codecs.BOM_UTF8))
            lines += [first.group(1)] if first else []
            unfolded = [_FOLD.sub(b"", line).upper() for line in lines]
            return any(method in line for line in unfolded for method in (b"REPLY", b"COUNTER", b"REFRESH"))


def count_components(path: Path, name: str) -> int:
    """How many ``BEGIN:name`` lines the file has (a progress bar's total), without decoding it."""
    pattern = _line_start("BEGIN:" + name, rb"[ \t\r]*(?=\n|$)")
    with open(path, "rb") as handle:
        if bom_encoding(handle.read(4))[0] not in (None, "utf-8"):
            return sum(1 for item in components(logical_lines(path, Damaged()))
                       if isinstance(item, Top) and item.component.name == name)
        handle.seek(0, 2)
        if not handle.tell():
            return 0
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _first_line(pattern, data) + sum(1 for _ in pattern.finditer(data))


__all__ = ["CalendarProp", "Damaged", "Top", "components", "count_components", "logical_lines", "may_be_reply",
           "zones_come_late"]
