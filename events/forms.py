"""The agenda filters: bookmarkable GET parameters, validated so bad input gets a message."""

import datetime
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from events.models import Audience, EventType

MONTH = re.compile(r"^(\d{4})-(\d{2})$")
VIEWS = ("list", "month", "past")


class AgendaFilterForm(forms.Form):
    view = forms.ChoiceField(
        label=_("View"),
        required=False,
        choices=[("list", _("List")), ("month", _("Month")), ("past", _("Past activities"))],
    )
    month = forms.CharField(label=_("Month"), required=False, max_length=7)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    programme = forms.ChoiceField(label=_("Programme"), required=False)
    type = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types")), *EventType.choices]
    )
    audience = forms.ChoiceField(
        label=_("For"), required=False, choices=[("", _("Everyone")), *Audience.choices[1:]]
    )
    free = forms.BooleanField(label=_("Free only"), required=False)
    online = forms.BooleanField(label=_("Online only"), required=False)

    FILTERS = ("municipality", "region", "programme", "type", "audience", "free", "online")

    def __init__(self, data, *, municipalities, regions, programmes):
        super().__init__(data)
        self.fields["municipality"].choices = [("", _("All municipalities"))] + [
            (m.slug, m.name) for m in municipalities
        ]
        self.fields["region"].choices = [("", _("All regions"))] + [
            (r.slug, r.name) for r in regions
        ]
        self.fields["programme"].choices = [("", _("All programmes"))] + [
            (str(p.pk), p.title) for p in programmes
        ]
        self.programmes = {str(p.pk): p for p in programmes}
        # "from" is a Python keyword, so this field is added by name.
        self.fields["from"] = forms.DateField(
            label=_("From"),
            required=False,
            input_formats=["%Y-%m-%d"],
            error_messages={"invalid": _("Give the date as year-month-day, such as 2027-03-09.")},
        )

    def clean_month(self):
        value = self.cleaned_data.get("month") or ""
        if not value:
            return None
        match = MONTH.match(value)
        if not match:
            raise forms.ValidationError(_("Give the month as year and month, such as 2027-03."))
        year, month = int(match.group(1)), int(match.group(2))
        if not (1 <= month <= 12) or not (2000 <= year <= 2100):
            raise forms.ValidationError(_("There is no such month in the agenda."))
        return datetime.date(year, month, 1)

    @property
    def active_filters(self):
        if not self.is_valid():
            return {}
        return {name: self.cleaned_data[name] for name in self.FILTERS if self.cleaned_data[name]}

    def apply(self, occurrences):
        filters = self.active_filters
        if "municipality" in filters:
            occurrences = occurrences.in_municipality(filters["municipality"])
        if "region" in filters:
            occurrences = occurrences.in_region(filters["region"])
        if "programme" in filters:
            occurrences = occurrences.for_programme(self.programmes[filters["programme"]])
        if "type" in filters:
            occurrences = occurrences.of_type(filters["type"])
        if "audience" in filters:
            occurrences = occurrences.for_audience(filters["audience"])
        if filters.get("free"):
            occurrences = occurrences.free()
        if filters.get("online"):
            occurrences = occurrences.online()
        return occurrences

    def apply_to_events(self, events):
        """The same filters on EventPage querysets (for the iCal feed)."""
        filters = self.active_filters
        if "municipality" in filters:
            events = events.filter(municipality__slug=filters["municipality"])
        if "region" in filters:
            events = events.filter(municipality__region__slug=filters["region"])
        if "programme" in filters:
            key = self.programmes[filters["programme"]].translation_key
            events = events.filter(programme__translation_key=key)
        if "type" in filters:
            events = events.filter(event_type=filters["type"])
        if "audience" in filters:
            events = events.filter(audience__in=[filters["audience"], Audience.EVERYONE])
        if filters.get("free"):
            events = events.filter(is_free=True)
        if filters.get("online"):
            events = events.filter(attendance_mode__in=["online", "hybride"])
        return events
