"""Event pages and their occurrences (pages.py); registrations for dates (registrations.py)."""

from events.models.pages import (
    MAX_PLACES_PER_REGISTRATION,
    AgendaPage,
    AttendanceMode,
    Audience,
    EventContactPerson,
    EventException,
    EventOccurrence,
    EventPage,
    EventType,
    ExceptionKind,
    OccurrenceQuerySet,
    OccurrenceStatus,
)
from events.models.registrations import (
    Registration,
    RegistrationSlot,
    RegistrationStatus,
)

__all__ = [
    "MAX_PLACES_PER_REGISTRATION",
    "AgendaPage",
    "AttendanceMode",
    "Audience",
    "EventContactPerson",
    "EventException",
    "EventOccurrence",
    "EventPage",
    "EventType",
    "ExceptionKind",
    "OccurrenceQuerySet",
    "OccurrenceStatus",
    "Registration",
    "RegistrationSlot",
    "RegistrationStatus",
]
