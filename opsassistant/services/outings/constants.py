"""The fixed vocabularies of the outings area, with their labels in either language."""

from __future__ import annotations

from opsassistant.i18n.messages import Translator

KINDS = ("department_meeting", "event", "team_outing", "other")
STATUSES = ("planning", "confirmed", "done", "cancelled")
RSVPS = ("accepted", "declined", "no_reply")
CATEGORIES = ("venue", "food", "transport", "gifts", "other")
PAID_BY = ("invoice", "company_card", "out_of_pocket")


def kind_label(kind: str, lang: str | None = None) -> str:
    labels = {
        "department_meeting": Translator(lang).translate("OutingLabels", "Department meeting"),
        "event": Translator(lang).translate("OutingLabels", "Event"),
        "team_outing": Translator(lang).translate("OutingLabels", "Team outing"),
        "other": Translator(lang).translate("OutingLabels", "Other", "kind of outing"),
    }
    return labels.get(kind, kind)


def status_label(status: str, lang: str | None = None) -> str:
    labels = {
        "planning": Translator(lang).translate("OutingLabels", "Planning"),
        "confirmed": Translator(lang).translate("OutingLabels", "Confirmed"),
        "done": Translator(lang).translate("OutingLabels", "Done", "outing status"),
        "cancelled": Translator(lang).translate("OutingLabels", "Cancelled"),
    }
    return labels.get(status, status)


def rsvp_label(rsvp: str, lang: str | None = None) -> str:
    labels = {
        "accepted": Translator(lang).translate("OutingLabels", "Accepted"),
        "declined": Translator(lang).translate("OutingLabels", "Declined"),
        "no_reply": Translator(lang).translate("OutingLabels", "No reply"),
    }
    return labels.get(rsvp, rsvp)


def category_label(category: str, lang: str | None = None) -> str:
    labels = {
        "venue": Translator(lang).translate("OutingLabels", "Venue", "expense category"),
        "food": Translator(lang).translate("OutingLabels", "Food"),
        "transport": Translator(lang).translate("OutingLabels", "Transport"),
        "gifts": Translator(lang).translate("OutingLabels", "Gifts"),
        "other": Translator(lang).translate("OutingLabels", "Other", "expense category"),
    }
    return labels.get(category, category)


def paid_by_label(paid_by: str, lang: str | None = None) -> str:
    labels = {
        "invoice": Translator(lang).translate("OutingLabels", "Invoice"),
        "company_card": Translator(lang).translate("OutingLabels", "Company card"),
        "out_of_pocket": Translator(lang).translate("OutingLabels", "Out of pocket"),
    }
    return labels.get(paid_by, paid_by)
