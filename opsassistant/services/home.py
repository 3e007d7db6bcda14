"""The office's home time zone: the executive's setting, everywhere in the services.

``DEFAULT_ZONE`` (the Principal model's default) is used only while no executive has been set up."""

from __future__ import annotations

from opsassistant.db.models import Principal, database

DEFAULT_ZONE: str = Principal.home_timezone.default


def home_zone() -> str:
    """The executive's home zone (the default zone while there is no executive)."""
    row = database.execute_sql(
        "SELECT home_timezone FROM principal WHERE role = 'executive' AND deleted_at IS NULL "
        "ORDER BY position, id LIMIT 1").fetchone()
    return row[0] if row and row[0] else DEFAULT_ZONE
