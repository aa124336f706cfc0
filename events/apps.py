from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Agenda and events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.urls import register_converter

        from events import signals
        from events.converters import DatabaseId

        signals.connect()
        # Before any URL pattern is built: the registration URLs and the admin's use it.
        register_converter(DatabaseId, "db_id")
