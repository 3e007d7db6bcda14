"""Free/busy of attendees who are not principals, from the configured CalDAV accounts.

Two ways, tried in this order for each person:
1. a calendar of an account mapped to their e-mail address (``account map NAME CAL --attendee EMAIL``), or every
   calendar of an account whose own principal has that address in its calendar-user-address-set: a CalDAV
   ``free-busy-query`` REPORT (RFC 4791 §7.10) on each;
2. the account's scheduling outbox (RFC 6638 §5, a POSTed VFREEBUSY REQUEST) where the server offers one: a
   server may answer for any of its users.

Each person gets an :class:`Answer`: the busy periods, or why none could be read — never silently nothing.
Called on a worker thread (it does network I/O with a timeout per request).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from xml.etree import ElementTree

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.services.sync import accounts
from opsassistant.sync.dav import CALDAV, DAV, DavSession

TIMEOUT_SECONDS = 10
BUSY_TYPES = {"BUSY", "BUSY-UNAVAILABLE", "BUSY-TENTATIVE"}

# Why a person's free/busy could not be read (Answer.problem)
READ = ""
NO_ACCOUNT = "no-account"  # no calendar account is set up at all
NO_FREEBUSY = "no-freebusy"  # the servers offer no free/busy for this person
UNREACHABLE = "unreachable"  # the server did not answer (refused, timed out, TLS …)
FAILED = "failed"  # anything else, with the server's sentence in ``detail``

Period = tuple[datetime, datetime]


@dataclass(frozen=True)
class Answer:
    email: str
    name: str
    busy: tuple[Period, ...] = ()
    problem: str = READ
    detail: str = ""
    source: str = ""  # the account that answered

    def sentence(self) -> str:
        """Why nothing was read, in the UI language ("Jens Hansen: the server offers no free/busy")."""
        who = self.name or self.email
        if self.problem == NO_ACCOUNT:
            text = translate("FreeBusy", "{name}: no calendar account is set up to read free/busy from")
        elif self.problem == NO_FREEBUSY:
            text = translate("FreeBusy", "{name}: the server offers no free/busy")
        elif self.problem == UNREACHABLE:
            text = translate("FreeBusy", "{name}: the calendar server could not be reached")
        elif self.problem == FAILED:
            text = translate("FreeBusy", "{name}: free/busy could not be read ({reason})")
        else:
            return ""
        return text.format(name=who, reason=self.detail)


@dataclass
class _Server:
    """What one account's server is, asked once per search."""

    account: accounts.Account
    session: DavSession | None = None
    error: str = ""
    unreachable: bool = False
    addresses: set[str] = field(default_factory=set)
    outbox: str = ""
    principal: str = ""


def _utc(moment: datetime | date) -> datetime:
    if not isinstance(moment, datetime):
        return datetime.combine(moment, time(), UTC)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _stamp(moment: datetime) -> str:
    return _utc(moment).strftime("%Y%m%dT%H%M%SZ")


def parse_vfreebusy(text: str) -> list[Period]:
    """The busy periods (FBTYPE BUSY, BUSY-UNAVAILABLE, BUSY-TENTATIVE; not FREE) of every VFREEBUSY, in UTC."""
    from icalendar import Calendar

    periods: list[Period] = []
    for calendar in Calendar.from_ical(text, multiple=True):
        for component in calendar.walk("VFREEBUSY"):
            values = component.get("FREEBUSY", [])
            for prop in values if isinstance(values, list) else [values]:
                kind = str(prop.params.get("FBTYPE", "BUSY")).upper()
                if kind not in BUSY_TYPES:
                    continue
                for period in getattr(prop, "dts", None) or [prop]:
                    start, end_or_length = period.dt
                    end = start + end_or_length if isinstance(end_or_length, timedelta) else end_or_length
                    periods.append((_utc(start), _utc(end)))
    return sorted(periods)


def _query_body(start: datetime, end: datetime) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><c:free-busy-query xmlns:c="urn:ietf:params:xml:ns:caldav">'
            f'<c:time-range start="{_stamp(start)}" end="{_stamp(end)}"/></c:free-busy-query>')


class _NoFreeBusy(Exception):
    """The server answered, but offers no free/busy here."""


def free_busy_query(session: DavSession, url: str, start: datetime, end: datetime) -> list[Period]:
    """RFC 4791 §7.10 on one calendar collection."""
    response = session._request(url, "REPORT", _query_body(start, end),
                                {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
    body = response.raw or ""
    if response.status >= 400 or "VFREEBUSY" not in body:
        raise _NoFreeBusy(f"HTTP {response.status}")
    return parse_vfreebusy(body)


def _request_calendar(organizer: str, attendee: str, start: datetime, end: datetime) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ops Assistant//Free busy//EN", "METHOD:REQUEST",
             "BEGIN:VFREEBUSY", f"UID:{uuid.uuid4()}", f"DTSTAMP:{_stamp(datetime.now(UTC))}",
             f"DTSTART:{_stamp(start)}", f"DTEND:{_stamp(end)}", f"ORGANIZER:{organizer}",
             f"ATTENDEE:mailto:{attendee}", "END:VFREEBUSY", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def outbox_query(server: _Server, email: str, start: datetime, end: datetime) -> list[Period]:
    """RFC 6638 §5: POST a VFREEBUSY REQUEST to the outbox; a 2.x request-status carries the reply."""
    organizer = next(iter(sorted(server.addresses)), "") or f"mailto:{server.account.username}"
    if not organizer.lower().startswith("mailto:"):
        organizer = f"mailto:{organizer}"
    response = server.session._request(
        server.outbox, "POST", _request_calendar(organizer, email, start, end),
        {"Content-Type": "text/calendar; charset=utf-8", "Originator": organizer, "Recipient": f"mailto:{email}"})
    if response.status >= 400:
        raise _NoFreeBusy(f"HTTP {response.status}")
    tree = ElementTree.fromstring(response.raw.encode("utf-8") if isinstance(response.raw, str) else response.raw)
    for item in tree.iter(f"{CALDAV}response"):
        recipient = accounts.normal_email("".join(item.find(f"{CALDAV}recipient").itertext())
                                          if item.find(f"{CALDAV}recipient") is not None else "")
        status = (item.findtext(f"{CALDAV}request-status") or "").strip()
        data = item.findtext(f"{CALDAV}calendar-data") or ""
        if recipient == email and status.startswith("2.") and "VFREEBUSY" in data:
            return parse_vfreebusy(data)
        if recipient == email:
            raise _NoFreeBusy(status)
    raise _NoFreeBusy("no answer for the recipient")


def _connect(account: accounts.Account, timeout: float) -> _Server:
    server = _Server(account)
    try:
        server.session = DavSession(account.url, account.username, accounts.password(account.name),
                                    verify_tls=account.verify_tls, timeout=timeout)
        server.principal = str(server.session.client.principal().url)
        body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
                'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:calendar-user-address-set/>'
                "<c:schedule-outbox-URL/></d:prop></d:propfind>")
        response = server.session._request(server.principal, "PROPFIND", body,
                                           {"Depth": "0", "Content-Type": "application/xml"})
        if response.status < 400 and response.tree is not None:
            for prop in response.tree.iter(f"{CALDAV}calendar-user-address-set"):
                server.addresses |= {accounts.normal_email(h.text) for h in prop.iter(f"{DAV}href") if h.text}
            outbox = [h.text for prop in response.tree.iter(f"{CALDAV}schedule-outbox-URL")
                      for h in prop.iter(f"{DAV}href") if h.text]
            server.outbox = server.session._absolute(outbox[0]) if outbox else ""
    except UserError as error:
        server.error, server.unreachable = str(error), _is_network(error)
    except Exception as error:  # noqa: BLE001 - the caldav library raises many kinds for a dead server
        from caldav.lib import error as dav_error

        if isinstance(error, dav_error.AuthorizationError):
            server.error = translate("Sync", "The server refused the user name or password.")
        else:
            server.error, server.unreachable = str(error) or type(error).__name__, _is_network(error, True)
    return server


def _is_network(error: BaseException, itself: bool = False) -> bool:
    """Connection refused, reset, timed out, TLS: the server could not be reached (not: it said no)."""
    seen = error if itself else error.__cause__
    while seen is not None:
        if isinstance(seen, (OSError, TimeoutError)) or any(
                c.__name__ in ("ConnectionError", "Timeout", "SSLError") for c in type(seen).__mro__):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def read(attendees: list[tuple[str, str]], start: datetime, end: datetime, *,
         timeout: float | None = None) -> list[Answer]:
    """Free/busy between ``start`` and ``end`` for each (name, e-mail address), in the order given; each request
    waits at most ``timeout`` seconds (default TIMEOUT_SECONDS) for the server."""
    timeout = timeout or TIMEOUT_SECONDS
    known = accounts.accounts()
    servers: dict[int, _Server] = {}

    def server_of(account: accounts.Account) -> _Server:
        if account.id not in servers:
            servers[account.id] = _connect(account, timeout)
        return servers[account.id]

    answers = []
    for name, email in attendees:
        answers.append(_one(name, accounts.normal_email(email), start, end, known, server_of))
    return answers


def _one(name, email, start, end, known, server_of) -> Answer:
    if not known:
        return Answer(email, name, problem=NO_ACCOUNT)
    busy: list[Period] = []
    answered: list[str] = []
    failures: list[tuple[str, str]] = []  # (problem, detail)

    def calendars_of(server: _Server, mapped: list[accounts.Collection]) -> None:
        for collection in mapped:
            try:
                busy.extend(free_busy_query(server.session, collection.url, start, end))
                answered.append(server.account.name)
            except _NoFreeBusy as error:
                failures.append((NO_FREEBUSY, str(error)))
            except UserError as error:
                failures.append((UNREACHABLE if _is_network(error) else FAILED, str(error)))

    mapped = accounts.attendee_calendars(email)
    for account in {a.id: a for a, _c in mapped}.values():
        server = server_of(account)
        if server.error:
            failures.append((UNREACHABLE if server.unreachable else FAILED, server.error))
            continue
        calendars_of(server, [c for a, c in mapped if a.id == account.id])
    if not answered:  # an account whose own principal is this person: all its calendars
        for account in known:
            server = server_of(account)
            if server.error or email not in server.addresses:
                continue
            calendars_of(server, [c for c in accounts.collections(account.id) if c.kind == "calendar"])
    if not answered:  # the scheduling outbox: the server may know its other users' free/busy
        for account in known:
            server = server_of(account)
            if server.error:
                if not mapped:
                    failures.append((UNREACHABLE if server.unreachable else FAILED, server.error))
                continue
            if not server.outbox:
                failures.append((NO_FREEBUSY, "no outbox"))
                continue
            try:
                busy.extend(outbox_query(server, email, start, end))
                answered.append(account.name)
                break
            except _NoFreeBusy as error:
                failures.append((NO_FREEBUSY, str(error)))
            except UserError as error:
                failures.append((UNREACHABLE if _is_network(error) else FAILED, str(error)))
            except ElementTree.ParseError as error:
                failures.append((FAILED, str(error)))
    if answered:
        return Answer(email, name, tuple(sorted(set(busy))), source=answered[0])
    order = [UNREACHABLE, FAILED, NO_FREEBUSY]  # the most telling reason first
    problem, detail = min(failures, key=lambda f: order.index(f[0])) if failures else (NO_FREEBUSY, "")
    return Answer(email, name, problem=problem, detail=detail)
