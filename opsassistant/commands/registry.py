"""Which function serves each kind of ``list``, ``import``, ``export`` and ``report``.

Contracts:
- list:   ``records(*, search, date_from, date_to, open_only) -> list[dict]`` (the JSON of DESIGN.md)
- import: ``import_file(path) -> ImportResult``
- export: ``export(path) -> int`` (records written; writes atomically)
- report: ``build(target: str | None, path, *, lang, principal=None) -> Path``
"""

LISTS = {
    "contacts": "opsassistant.services.contacts.listing:records",
    "events": "opsassistant.services.calendar.listing:records",
    "calls": "opsassistant.services.calls.listing:records",
    "outings": "opsassistant.services.outings.listing:records",
    "trips": "opsassistant.services.travel.listing:records",
    "visitors": "opsassistant.services.reception.visitors:records",
}

# Kinds whose records come one at a time (written as they come, never all in memory).
STREAMS = {
    "events": "opsassistant.services.calendar.listing:stream",
}

# Kinds whose ``--json`` objects come already encoded, one text an object, as ``json.JSONEncoder(ensure_ascii=False)``
# encodes the records of their stream (same arguments as the lists).
JSON_STREAMS = {
    "events": "opsassistant.services.calendar.listing:json_stream",
}

# Columns printed by ``list`` without --json.
LIST_COLUMNS = {
    "contacts": ("id", "name", "organisation"),
    "events": ("id", "start", "end", "title", "principal"),
    "calls": ("id", "when", "direction", "name", "number", "status"),
    "outings": ("id", "start", "title", "kind", "spent", "budget", "currency"),
    "trips": ("id", "start", "end", "title", "traveller"),
    "visitors": ("id", "expected", "name", "company", "host", "arrived", "left"),
}

IMPORTS = {
    "vcf": "opsassistant.interop.vcard:import_file",
    "ics": "opsassistant.interop.ical:import_file",
    "csv": "opsassistant.interop.contacts_csv:import_file",
}

EXPORTS = {
    ("contacts", "vcf"): "opsassistant.interop.vcard:export_file",
    ("contacts", "vcf4"): "opsassistant.interop.vcard:export_file_v4",
    ("contacts", "csv"): "opsassistant.interop.contacts_csv:export_file",
    ("calendar", "ics"): "opsassistant.interop.ical:export_file",
    ("calls", "csv"): "opsassistant.interop.calls_csv:export_file",
    ("expenses", "csv"): "opsassistant.interop.expenses_csv:export_file",
    ("claim", "csv"): "opsassistant.interop.claim_csv:export_file",
}
# Exports of one record: ``export(path, target, lang) -> int``.
TARGETED_EXPORTS = {"claim"}
FILE_SUFFIX = {"vcf4": "vcf"}  # formats whose files carry another format's suffix
DEFAULT_EXPORT_FORMAT = {"contacts": "vcf", "calendar": "ics", "calls": "csv", "expenses": "csv", "claim": "csv"}

REPORTS = {
    "agenda": "opsassistant.reports.agenda:build",
    "week": "opsassistant.reports.week:build",
    "calls": "opsassistant.reports.call_sheet:build",
    "phonelist": "opsassistant.reports.phone_list:build",
    "outing": "opsassistant.reports.outing:build",
    "itinerary": "opsassistant.reports.itinerary:build",
    "badges": "opsassistant.reports.badges:build",
    "claim": "opsassistant.reports.claim:build",
    "rollcall": "opsassistant.reports.roll_call:build",
}
