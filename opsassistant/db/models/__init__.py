"""All Peewee models, one module per area. ``ALL_MODELS`` is in dependency order (parents first)."""

from opsassistant.db.models.base import BaseModel, database
from opsassistant.db.models.calendar import Event, EventAttendee, EventPrincipal
from opsassistant.db.models.calls import Call
from opsassistant.db.models.contacts import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactGroup,
    ContactGroupMember,
    ContactPhone,
)
from opsassistant.db.models.outings import (
    Expense,
    Outing,
    OutingParticipant,
    OutingProgrammeItem,
    OutingTask,
)
from opsassistant.db.models.principals import Principal
from opsassistant.db.models.settings import Setting
from opsassistant.db.models.travel import Trip, TripSegment, TripTraveller

ALL_MODELS = [
    Setting,
    Principal,
    ContactGroup,
    Contact,
    ContactPhone,
    ContactEmail,
    ContactAddress,
    ContactGroupMember,
    Event,
    EventPrincipal,
    EventAttendee,
    Call,
    Outing,
    OutingProgrammeItem,
    OutingParticipant,
    OutingTask,
    Expense,
    Trip,
    TripTraveller,
    TripSegment,
]

__all__ = [m.__name__ for m in ALL_MODELS] + ["ALL_MODELS", "BaseModel", "database"]
