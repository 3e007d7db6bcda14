"""The fixed vocabularies of the outings area, with their labels in either language."""

from __future__ import annotations

from opsassistant.i18n.messages import translate

KINDS = ("department_meeting", "event", "team_outing", "other")
STATUSES = ("planning", "confirmed", "done", "cancelled")
RSVPS = ("accepted", "declined", "no_reply")
CATEGORIES = ("venue", "food", "transport", "gifts", "other")
PAID_BY = ("invoice", "company_card", "out_of_pocket")


def kind_label(kind: str, lang: str | None = None) -> str:
    labels = {
        "department_meeting": translate("OutingLabels", "Department meeting", None, lang=lang),
        "event": translate("OutingLabels", "Event", None, lang=lang),
        "team_outing": translate("OutingLabels", "Team outing", None, lang=lang),
        "other": translate("OutingLabels", "Other", "kind of outing", lang=lang),
    }
    return labels.get(kind, kind)


def status_label(status: str, lang: str | None = None) -> str:
    labels = {
        "planning": translate("OutingLabels", "Planning", None, lang=lang),
        "confirmed": translate("OutingLabels", "Confirmed", None, lang=lang),
        "done": translate("OutingLabels", "Done", "outing status", lang=lang),
        "cancelled": translate("OutingLabels", "Cancelled", None, lang=lang),
    }
    return labels.get(status, status)


def rsvp_label(rsvp: str, lang: str | None = None) -> str:
    labels = {
        "accepted": translate("OutingLabels", "Accepted", None, lang=lang),
        "declined": translate("OutingLabels", "Declined", None, lang=lang),
        "no_reply": translate("OutingLabels", "No reply", None, lang=lang),
    }
    return labels.get(rsvp, rsvp)


def category_label(category: str, lang: str | None = None) -> str:
    labels = {
        "venue": translate("OutingLabels", "Venue", "expense category", lang=lang),
        "food": translate("OutingLabels", "Food", None, lang=lang),
        "transport": translate("OutingLabels", "Transport", None, lang=lang),
        "gifts": translate("OutingLabels", "Gifts", None, lang=lang),
        "other": translate("OutingLabels", "Other", "expense category", lang=lang),
    }
    return labels.get(category, category)


def paid_by_label(paid_by: str, lang: str | None = None) -> str:
    labels = {
        "invoice": translate("OutingLabels", "Invoice", None, lang=lang),
        "company_card": translate("OutingLabels", "Company card", None, lang=lang),
        "out_of_pocket": translate("OutingLabels", "Out of pocket", None, lang=lang),
    }
    return labels.get(paid_by, paid_by)
