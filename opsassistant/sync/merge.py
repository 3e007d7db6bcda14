"""Write a local edit into the server's own copy of an object, changing only the properties that changed.

Three texts: ``raw`` (the object as the server sent it), ``base`` (our rendering at the last sync) and
``ours`` (our rendering now). For each VEVENT (matched by RECURRENCE-ID) and each property we write, the
property is replaced in ``raw`` only where ``ours`` differs from ``base``; everything else — X- properties,
ATTENDEE parameters, what we do not understand, even its folding — stays as the server had it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

# The properties the local editor owns; each group is replaced as a whole.
GROUPS: dict[str, tuple[str, ...]] = {
    "SUMMARY": ("SUMMARY",), "LOCATION": ("LOCATION",), "DESCRIPTION": ("DESCRIPTION",),
    "CATEGORIES": ("CATEGORIES",), "STATUS": ("STATUS",), "DTSTART": ("DTSTART",),
    "END": ("DTEND", "DURATION"), "RRULE": ("RRULE",), "EXDATE": ("EXDATE",), "RDATE": ("RDATE",),
    "ATTENDEE": ("ATTENDEE",), "X-OPSASSISTANT-PRINCIPALS": ("X-OPSASSISTANT-PRINCIPALS",),
}
_NAME = re.compile(r"[A-Za-z0-9-]+")


@dataclass
class Prop:
    name: str
    text: str  # the physical lines, folding and line ends as they came
    logical: str  # unfolded, for comparing
    group: str = ""  # a vCard property group ("item1" of "item1.TEL")


@dataclass
class Comp:
    name: str
    begin: str
    end: str = ""
    items: list = field(default_factory=list)  # Prop | Comp, in order

    def props(self, name: str) -> list[Prop]:
        return [i for i in self.items if isinstance(i, Prop) and i.name == name]

    def comps(self, name: str) -> list[Comp]:
        return [i for i in self.items if isinstance(i, Comp) and i.name == name]

    def render(self) -> str:
        return self.begin + "".join(i.render() if isinstance(i, Comp) else i.text for i in self.items) + self.end


def _physical_lines(text: str) -> list[str]:
    """Split on LF (keeping CR LF or LF with each line) — never on other Unicode line breaks."""
    lines = text.split("\n")
    out = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def parse(text: str) -> list[Comp]:
    roots: list[Comp] = []
    stack: list[Comp] = []
    pending: list[str] = []

    def flush() -> None:
        if not pending:
            return
        physical = "".join(pending)
        logical = "".join(p.rstrip("\r\n")[1:] if i else p.rstrip("\r\n") for i, p in enumerate(pending))
        pending.clear()
        match = _NAME.match(logical)
        name, group = (match.group(0).upper() if match else ""), ""
        if match and logical[match.end():match.end() + 1] == ".":
            rest = _NAME.match(logical, match.end() + 1)
            group, name = name, (rest.group(0).upper() if rest else "")
        if name == "BEGIN":
            comp = Comp(logical.split(":", 1)[1].strip().upper(), physical)
            (stack[-1].items if stack else roots).append(comp)
            stack.append(comp)
        elif name == "END" and stack:
            stack.pop().end = physical
        elif stack:
            stack[-1].items.append(Prop(name, physical, logical, group))

    for line in _physical_lines(text):
        if line[:1] in (" ", "\t") and pending:
            pending.append(line)
        else:
            flush()
            pending.append(line)
    flush()
    return roots


def _rid(event: Comp) -> str:
    """A comparable RECURRENCE-ID: the value as written, without the zone parameter's spelling."""
    found = event.props("RECURRENCE-ID")
    if not found:
        return ""
    return found[0].logical.rsplit(":", 1)[-1].strip().upper().rstrip("Z")


def _events(roots: list[Comp]) -> tuple[Comp | None, dict[str, Comp]]:
    cal = next((r for r in roots if r.name == "VCALENDAR"), None)
    return cal, ({_rid(e): e for e in cal.comps("VEVENT")} if cal else {})


def _group_lines(event: Comp | None, names: tuple[str, ...]) -> list[str]:
    if event is None:
        return []
    return [p.logical for p in event.items if isinstance(p, Prop) and p.name in names]


def _alarms(event: Comp | None) -> list[str]:
    """What the local editor says of an event's alarms: their triggers (the reminder time)."""
    return [] if event is None else [p.logical for a in event.comps("VALARM") for p in a.props("TRIGGER")]


def _with_line_end(text: str, line_end: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", line_end)


def _replace(target: Comp, names: tuple[str, ...], new: list[Prop], line_end: str) -> None:
    positions = [i for i, item in enumerate(target.items) if isinstance(item, Prop) and item.name in names]
    at = positions[0] if positions else len(target.items)
    target.items = [item for i, item in enumerate(target.items) if i not in positions]
    for offset, prop in enumerate(new):
        target.items.insert(at + offset, Prop(prop.name, _with_line_end(prop.text, line_end), prop.logical,
                                              prop.group))


def _stamp(target: Comp, line_end: str) -> None:
    now = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    stamp = Prop("DTSTAMP", f"DTSTAMP:{now}{line_end}", f"DTSTAMP:{now}")
    _replace(target, ("DTSTAMP",), [stamp], line_end)


def merge(raw: str, base: str, ours: str) -> str:
    """``raw`` with the properties that changed from ``base`` to ``ours``; ``base`` "" means every one."""
    raw_roots, base_roots, our_roots = parse(raw), parse(base), parse(ours)
    raw_cal, raw_events = _events(raw_roots)
    _base_cal, base_events = _events(base_roots)
    our_cal, our_events = _events(our_roots)
    if raw_cal is None or our_cal is None:
        return ours
    line_end = "\r\n" if "\r\n" in raw else "\n"
    for rid, our_event in our_events.items():
        base_event = base_events.get(rid)
        target = raw_events.get(rid)
        if target is None:  # an occurrence changed here that the server does not have
            raw_cal.items.append(parse(_with_line_end(our_event.render(), line_end))[0])
            continue
        changed = False
        for names in GROUPS.values():
            if _group_lines(our_event, names) != _group_lines(base_event, names):
                new = [p for p in our_event.items if isinstance(p, Prop) and p.name in names]
                _replace(target, names, new, line_end)
                changed = True
        if _alarms(our_event) != _alarms(base_event):
            target.items = [i for i in target.items if not (isinstance(i, Comp) and i.name == "VALARM")]
            target.items += parse(_with_line_end("".join(a.render() for a in our_event.comps("VALARM")),
                                                 line_end))
            changed = True
        if changed:
            _stamp(target, line_end)
    for rid in set(base_events) - set(our_events):  # an occurrence change undone here
        if rid and rid in raw_events:
            raw_cal.items.remove(raw_events[rid])
    _add_zones(raw_cal, our_cal, line_end)
    return "".join(r.render() for r in raw_roots)


def _add_zones(raw_cal: Comp, our_cal: Comp, line_end: str) -> None:
    """Our VTIMEZONE for every TZID the merged text uses that the server's copy does not define."""
    have = {z.props("TZID")[0].logical.split(":", 1)[1] for z in raw_cal.comps("VTIMEZONE") if z.props("TZID")}
    used = set(re.findall(r";TZID=\"?([^;:\"]+)", raw_cal.render()))
    first_event = next((i for i, item in enumerate(raw_cal.items) if isinstance(item, Comp)), len(raw_cal.items))
    for zone in our_cal.comps("VTIMEZONE"):
        tzid = zone.props("TZID")[0].logical.split(":", 1)[1] if zone.props("TZID") else ""
        if tzid in used and tzid not in have:
            copy = parse(_with_line_end(zone.render(), line_end))[0]
            raw_cal.items.insert(first_event, copy)
            have.add(tzid)


_FOLD = re.compile(r"\r?\n[ \t]")


def _scan(text: str, path: tuple[str, ...]) -> tuple[bool, str]:
    """(whether a component at ``path`` exists, the UID of the first one that has one) in the first root
    component, read line by line without building the tree: the fast path for thousands of objects."""
    depth: list[str] = []
    found = False
    roots = 0
    for line in _FOLD.sub("", text).split("\n"):
        head = line[:6].upper()
        if head.startswith("BEGIN:"):
            depth.append(line[6:].strip().upper())
            if len(depth) == 1:
                roots += 1
            if roots == 1 and tuple(depth) == path:
                found = True
        elif head.startswith("END:"):
            if depth:
                depth.pop()
        elif roots == 1 and found and tuple(depth) == path and head[:4] in ("UID:", "UID;"):
            return True, line.rstrip("\r").split(":", 1)[1].strip()
    return found, ""


def uid_of(text: str) -> str:
    return _scan(text, ("VCALENDAR", "VEVENT"))[1]


def is_event_object(text: str) -> bool:
    """True when the object holds a VEVENT (a calendar may also hold tasks and journals we do not sync)."""
    return _scan(text, ("VCALENDAR", "VEVENT"))[0]


# --- vCard (RFC 6350) ---------------------------------------------------------------------------------------------
CARD_GROUPS: dict[str, tuple[str, ...]] = {
    "FN": ("FN",), "N": ("N",), "ORG": ("ORG",), "TITLE": ("TITLE",), "BDAY": ("BDAY",), "TEL": ("TEL",),
    "EMAIL": ("EMAIL",), "ADR": ("ADR",), "NOTE": ("NOTE",), "CATEGORIES": ("CATEGORIES",),
    "FAVOURITE": ("X-OPSASSISTANT-FAVOURITE",), "VIP": ("X-OPSASSISTANT-VIP",),
}


def _card(text: str) -> Comp | None:
    return next((r for r in parse(text) if r.name == "VCARD"), None)


def card_uid(text: str) -> str:
    depth: list[str] = []
    for line in _FOLD.sub("", text).split("\n"):  # the first VCARD's own UID, without building the tree
        head = line[:6].upper()
        if head.startswith("BEGIN:"):
            depth.append(line[6:].strip().upper())
        elif head.startswith("END:"):
            if depth and depth.pop() == "VCARD" and not depth:
                return ""
        elif depth == ["VCARD"] and head[:4] in ("UID:", "UID;"):
            return line.rstrip("\r").split(":", 1)[1].strip()
    return ""


def _card_lines(card: Comp | None, names: tuple[str, ...]) -> list[str]:
    """A group's lines without their item prefixes (ours number them differently), labels included."""
    if card is None:
        return []
    out = []
    for prop in (i for i in card.items if isinstance(i, Prop) and i.name in names):
        line = prop.logical.split(".", 1)[1] if prop.group else prop.logical
        labels = [p.logical.split(".", 1)[1] for p in card.items
                  if isinstance(p, Prop) and prop.group and p.group == prop.group and p is not prop]
        out.append("|".join([line, *labels]))
    return out


def merge_card(raw: str, base: str, ours: str) -> str:
    """The vCard counterpart of ``merge``: only what changed here replaces the server's properties; a
    property group's other members (an Apple label of a replaced phone) go with it."""
    raw_card, base_card, our_card = _card(raw), _card(base), _card(ours)
    if raw_card is None or our_card is None:
        return ours
    line_end = "\r\n" if "\r\n" in raw else "\n"
    used_groups = {p.group.upper() for p in raw_card.items if isinstance(p, Prop) and p.group}
    for names in CARD_GROUPS.values():
        if _card_lines(our_card, names) == _card_lines(base_card, names):
            continue
        dropped = {p.group for p in raw_card.items if isinstance(p, Prop) and p.name in names and p.group}
        positions = [i for i, p in enumerate(raw_card.items) if isinstance(p, Prop) and p.name in names]
        at = positions[0] if positions else len(raw_card.items)
        raw_card.items = [p for i, p in enumerate(raw_card.items) if i not in positions
                          and not (isinstance(p, Prop) and p.group and p.group in dropped)]
        at = min(at, len(raw_card.items))
        used_groups -= {g.upper() for g in dropped}
        renames: dict[str, str] = {}
        new: list[Prop] = []
        for prop in (p for p in our_card.items if isinstance(p, Prop) and p.name in names):
            members = [prop] + [p for p in our_card.items if isinstance(p, Prop) and prop.group
                                and p.group == prop.group and p is not prop]
            for member in members:
                text = member.text
                if member.group:
                    if member.group not in renames:
                        number = 1
                        while f"ITEM{number}" in used_groups:
                            number += 1
                        renames[member.group] = f"item{number}"
                        used_groups.add(f"ITEM{number}")
                    text = renames[member.group] + text[len(member.group):]
                new.append(Prop(member.name, _with_line_end(text, line_end), member.logical, member.group))
        raw_card.items[at:at] = new
    return raw_card.render()
