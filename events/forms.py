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


HONEYPOT = "website"


class RegistrationForm(forms.Form):
    """Registering for one date; the event decides which fields are asked.

    `website` is a honeypot: people never see it (it sits off-screen, out of the tab order and
    hidden from assistive technology), so a value in it means a robot filled in the form.
    """

    date = forms.DateField(widget=forms.HiddenInput)
    name = forms.CharField(
        label=_("Name"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We send the confirmation and a link to cancel to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Phone number (optional)"),
        max_length=32,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    places = forms.TypedChoiceField(label=_("Number of places"), coerce=int, initial=1)
    access_needs = forms.CharField(
        label=_("Access needs (optional)"),
        max_length=1000,
        required=False,
        help_text=_("For example a wheelchair-accessible place, a hearing loop or a quiet room."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    remarks = forms.CharField(
        label=_("Remarks (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=_("I agree to this use of my details."),
        error_messages={"required": _("Tick the box to agree, or you cannot register.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, page, capacity=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        # Never more than a date has (its own places once anyone registered): such a
        # registration could not get a place.
        maximum = max(1, page.registration_max_places or 1)
        capacity = capacity or page.registration_capacity
        if capacity:
            maximum = max(1, min(maximum, capacity))
        if maximum == 1:
            self.fields["places"] = forms.TypedChoiceField(
                coerce=int, choices=[(1, "1")], initial=1, widget=forms.HiddenInput
            )
        else:
            self.fields["places"].choices = [(n, str(n)) for n in range(1, maximum + 1)]
            self.fields["places"].error_messages["invalid_choice"] = _(
                "Choose between 1 and %(max)d places."
            ) % {"max": maximum}
        if not page.registration_ask_phone:
            del self.fields["phone"]
        if not page.registration_ask_access_needs:
            del self.fields["access_needs"]
        if not page.registration_ask_remarks:
            del self.fields["remarks"]
        self.fields["name"].error_messages["required"] = _("Fill in your name.")
        self.fields["email"].error_messages.update(
            required=_("Fill in your e-mail address."),
            invalid=_("Fill in an e-mail address such as name@example.nl."),
        )

    @property
    def robot(self):
        return bool(self.data.get(HONEYPOT))

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        if value and not re.fullmatch(r"\+?[0-9 ()\-]{6,20}", value):
            raise forms.ValidationError(_("Fill in a phone number such as 030 123 45 67."))
        return value
