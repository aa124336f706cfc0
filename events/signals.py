"""Keep the occurrence table in step with publishing: publish (re)materialises, unpublish clears.

Deleting an event deletes its rows (foreign key cascade). Moving an event to another agenda
moves its rows along (each row stores its agenda, so agenda views need no join to the tree).
"""

from wagtail.signals import page_published, page_unpublished, post_page_move


def _published(sender, instance, **kwargs):
    from events import registrations, schedule

    schedule.materialise(instance)
    # Registered dates take the new title, times and places; more places move the waiting
    # list up.
    registrations.event_changed(instance)


def _unpublished(sender, instance, **kwargs):
    from events import schedule

    schedule.clear(instance)


def _moved(sender, instance, **kwargs):
    from events import schedule
    from events.models import EventPage

    specific = instance.specific
    if isinstance(specific, EventPage) and specific.live:
        schedule.materialise(specific)


def _forget_filter_choices(sender, **kwargs):
    from django.core.cache import cache

    from wagtail.models import Locale

    from events.views import CHOICES_KEY

    cache.delete_many(
        [CHOICES_KEY.format(locale_id=pk) for pk in Locale.objects.values_list("pk", flat=True)]
    )


def connect():
    from django.db.models.signals import post_delete, post_save

    from events.models import EventPage
    from programmes.models import Municipality, ProgrammePage, Region

    for model in (Municipality, Region):
        post_save.connect(_forget_filter_choices, sender=model, dispatch_uid=f"events_{model}")
        post_delete.connect(_forget_filter_choices, sender=model, dispatch_uid=f"events_d{model}")
    for signal in (page_published, page_unpublished):
        signal.connect(
            _forget_filter_choices, sender=ProgrammePage, dispatch_uid=f"events_p{signal}"
        )

    page_published.connect(_published, sender=EventPage, dispatch_uid="events_materialise")
    page_unpublished.connect(_unpublished, sender=EventPage, dispatch_uid="events_clear")
    post_page_move.connect(_moved, dispatch_uid="events_moved")
