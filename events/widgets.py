"""The django-recurrence widget, made to work inside the Wagtail page editor.

The stock widget brings Django admin's own jQuery and `jquery.init.js`. In the Wagtail editor that
second jQuery replaces the one Wagtail's date-time choosers are attached to, and the editor breaks.
This widget leaves both files out and points `django.jQuery` at the jQuery Wagtail already loads
(static/events/js/recurrence-admin.js), and it loads the widget's translations from Django's
JavaScriptCatalog (the lookup django-recurrence does itself needs a view Django no longer has).
"""

from django import forms
from django.contrib.staticfiles.storage import staticfiles_storage
from django.urls import reverse

from recurrence.forms import RecurrenceWidget


class AdminRecurrenceWidget(RecurrenceWidget):
    @property
    def media(self):
        return forms.Media(
            js=[
                reverse("recurrence_javascript_catalog"),
                staticfiles_storage.url("events/js/recurrence-admin.js"),
                staticfiles_storage.url("recurrence/js/recurrence.js"),
                staticfiles_storage.url("recurrence/js/recurrence-widget.js"),
                staticfiles_storage.url("recurrence/js/recurrence-widget.init.js"),
            ],
            css={"all": [staticfiles_storage.url("recurrence/css/recurrence.css")]},
        )
