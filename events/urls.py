from django.urls import path
from django.utils.translation import pgettext_lazy

from events import registration_views

app_name = "events"

urlpatterns = [
    path(
        pgettext_lazy("URL path", "registration/<db_id:event_id>/"),
        registration_views.register,
        name="register",
    ),
    path(
        pgettext_lazy("URL path", "registration/<db_id:event_id>/received/"),
        registration_views.received,
        name="registration_received",
    ),
    path(
        pgettext_lazy("URL path", "registration/cancel/<str:token>/"),
        registration_views.cancel,
        name="registration_cancel",
    ),
]
