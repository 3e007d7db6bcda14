"""Server objects shaped like a phone's (series with overrides, X- properties, VALARMs, ATTENDEE parameters,
Apple item groups) and a Radicale storage folder written directly, for the sync bench and the scale test.

Writing Radicale's folder before it starts is how 10k objects get onto a server in seconds: a PUT per object
(or one PUT of a whole calendar) makes Radicale parse and lock for each, minutes at that size.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

ZONE = """BEGIN:VTIMEZONE\r
TZID:Europe/Copenhagen\r
BEGIN:STANDARD\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
"""
FIRST = datetime(2026, 1, 5, 8)


def event_uid(n: int) -> str:
    return f"scale-{n:05d}@phone.example"


def _stamp(moment: datetime) -> str:
    return f"{moment:%Y%m%dT%H%M%S}"


def event_text(n: int, *, title: str | None = None) -> str:
    """Object ``n``: every 10th a weekly series with one moved occurrence, every 3rd with X- properties,
    every 4th with an alarm, every 2nd with an attendee whose parameters we do not use."""
    start = FIRST + timedelta(days=(n * 3) % 700, hours=(n % 9))
    end = start + timedelta(minutes=45)
    summary = title or f"Møde {n}"
    series = n % 10 == 0
    # A series is in the local zone with its VTIMEZONE; single events in UTC, as many servers store them
    # (a VTIMEZONE from 1970 costs the server tens of milliseconds per object to index).
    when = ([f"DTSTART;TZID=Europe/Copenhagen:{_stamp(start)}", f"DTEND;TZID=Europe/Copenhagen:{_stamp(end)}"]
            if series else [f"DTSTART:{_stamp(start)}Z", f"DTEND:{_stamp(end)}Z"])
    lines = ["BEGIN:VEVENT", f"UID:{event_uid(n)}", "DTSTAMP:20261101T080000Z", *when,
             f"SUMMARY:{summary}", f"LOCATION:Lokale {n % 12}"]
    if series:
        lines.append("RRULE:FREQ=WEEKLY;COUNT=10")
    if n % 3 == 0:
        lines += [f"X-PHONE-COLOUR;X-SHADE=dark:teal-{n}", "X-MOZ-GENERATION:3"]
    if n % 2 == 0:
        lines.append("ATTENDEE;CN=Jens Berg;PARTSTAT=ACCEPTED;X-NUM-GUESTS=0;ROLE=REQ-PARTICIPANT:"
                     "mailto:jens@example.dk")
    if n % 4 == 0:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M",
                  "X-APPLE-DEFAULT-ALARM:TRUE", "END:VALARM"]
    lines.append("END:VEVENT")
    if series:  # the third occurrence moved an hour later, with its own X- property
        moved = start + timedelta(days=14)
        lines += ["BEGIN:VEVENT", f"UID:{event_uid(n)}", "DTSTAMP:20261101T080000Z",
                  f"RECURRENCE-ID;TZID=Europe/Copenhagen:{_stamp(moved)}",
                  f"DTSTART;TZID=Europe/Copenhagen:{_stamp(moved + timedelta(hours=1))}",
                  f"DTEND;TZID=Europe/Copenhagen:{_stamp(moved + timedelta(hours=1, minutes=45))}",
                  f"SUMMARY:{summary} (flyttet)", "X-OVERRIDE-NOTE:moved by phone", "END:VEVENT"]
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//Scale//EN\r\n" + (ZONE if series else "")
            + "".join(line + "\r\n" for line in lines) + "END:VCALENDAR\r\n")


def contact_uid(n: int) -> str:
    return f"card-{n:05d}"


def card_text(n: int, *, title: str = "Projektleder") -> str:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{contact_uid(n)}\r\nFN:Person{n} Hansen\r\n"
            f"N:Hansen;Person{n};;;\r\nORG:Nordlys A/S\r\nTITLE:{title}\r\n"
            f"TEL;TYPE=CELL:+45 20 {n // 100 % 100:02d} {n % 100:02d} 56\r\n"
            f"EMAIL;TYPE=INTERNET,WORK:person{n}@nordlys.dk\r\n"
            "item1.URL:https://nordlys.dk\r\nitem1.X-ABLabel:_$!<HomePage>!$_\r\n"
            f"X-PHONETIC-LAST-NAME:HAN-sen-{n}\r\nEND:VCARD\r\n")


def write_radicale_collection(storage: Path, user: str, name: str, *, tag: str, display_name: str,
                              objects: dict[str, str]) -> Path:
    """A calendar (tag VCALENDAR) or address book (VADDRESSBOOK) in Radicale's ``filesystem_folder``, one
    file per object (file name → text), before the server starts."""
    folder = storage / "collection-root" / user / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".Radicale.props").write_text(json.dumps({"D:displayname": display_name, "tag": tag}))
    for file_name, text in objects.items():
        (folder / file_name).write_bytes(text.encode("utf-8"))
    return folder


def radicale_config(folder: Path, port: int, user: str, password: str) -> Path:
    """A config for Radicale on 127.0.0.1:``port`` with one plain-text user and its storage in ``folder``."""
    (folder / "users").write_text(f"{user}:{password}\n")
    config = folder / "radicale.conf"
    config.write_text(f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\n"
                      f"htpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\n"
                      f"[storage]\nfilesystem_folder = {folder / 'data'}\n[logging]\nlevel = warning\n")
    return config


def radicale_command(config: Path) -> list[str]:
    """Radicale started through ``serve`` below: the same server, without an fsync per file it indexes."""
    import sys

    return [sys.executable, "-m", "opsassistant.devtools.sync_objects", str(config)]


def _serve(config_path: str) -> None:
    from radicale import config, log, server

    log.setup()
    configuration = config.load([(config_path, False)])
    # A privileged option (no config file may set it): a throwaway server need not fsync every cache file.
    configuration.update({"storage": {"_filesystem_fsync": "False"}}, "bench", privileged=True)
    log.set_level(configuration.get("logging", "level"), configuration.get("logging", "backtrace_on_debug"))
    server.serve(configuration)


if __name__ == "__main__":
    import sys

    _serve(sys.argv[1])
