"""Keep the occurrence table in step with publishing: publish (re)materialises, unpublish clears.

Deleting an event deletes its rows (foreign key cascade). Moving an event keeps its rows: the
agenda finds occurrences by the event's place in the tree at query time.
"""

from wagtail.signals import page_published, page_unpublished


def _published(sender, instance, **kwargs):
    from events import schedule

    schedule.materialise(instance)


def _unpublished(sender, instance, **kwargs):
    from events import schedule

    schedule.clear(instance)


def connect():
    from events.models import EventPage

    page_published.connect(_published, sender=EventPage, dispatch_uid="events_materialise")
    page_unpublished.connect(_unpublished, sender=EventPage, dispatch_uid="events_clear")
