"""Registrations in the admin: dates with their counts, the people per date, attendance, CSV."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Registration, RegistrationSlot, RegistrationStatus

PER_PAGE = 50


def can_view(user):
    return user.has_perm("events.view_registration")


def _require(user, permission):
    if not user.has_perm(permission):
        raise PermissionDenied


def index(request):
    """Dates with registrations, coming ones first; `?show=past` for the ones gone by."""
    _require(request.user, "events.view_registration")
    show = "past" if request.GET.get("show") == "past" else "upcoming"
    now = timezone.now()
    slots = RegistrationSlot.objects.with_counts()
    if show == "past":
        slots = slots.past(now).order_by("-start", "-id")
    else:
        slots = slots.upcoming(now).order_by("start", "id")
    query = request.GET.get("q", "").replace("\x00", "").strip()[:100]
    if query:
        slots = slots.filter(title__icontains=query)
    page_obj = Paginator(slots, PER_PAGE).get_page(request.GET.get("p"))
    return render(
        request,
        "events/admin/registrations_index.html",
        {
            "page_obj": page_obj,
            "show": show,
            "query": query,
            "header_title": _("Registrations"),
            "page_title": _("Registrations"),
            "header_icon": "group",
        },
    )


def detail(request, slot_id):
    """The registrations for one date; attendance is marked here."""
    _require(request.user, "events.view_registration")
    slot = get_object_or_404(RegistrationSlot.objects.with_counts(), pk=slot_id)
    registrations = list(slot.registrations.order_by("status", "created_at", "id"))
    has_started = slot.start <= timezone.now()
    if request.method == "POST":
        _require(request.user, "events.change_registration")
        if not has_started:
            messages.error(request, _("Attendance can be marked from the start of the date."))
            return redirect("events_registrations_detail", slot_id=slot.pk)
        # Only the people the form showed: someone confirmed since it was opened keeps their
        # attendance unknown instead of becoming "absent".
        shown = set(request.POST.getlist("shown"))
        present = set(request.POST.getlist("attended"))
        changed = []
        for registration in registrations:
            if registration.status != RegistrationStatus.CONFIRMED:
                continue
            if str(registration.pk) not in shown:
                continue
            attended = str(registration.pk) in present
            if registration.attended != attended:
                registration.attended = attended
                changed.append(registration)
        Registration.objects.bulk_update(changed, ["attended"])
        messages.success(request, _("Attendance saved."))
        return redirect("events_registrations_detail", slot_id=slot.pk)
    groups = [
        (label, [r for r in registrations if r.status == status])
        for status, label in RegistrationStatus.choices
    ]
    return render(
        request,
        "events/admin/registrations_detail.html",
        {
            "slot": slot,
            "groups": groups,
            "can_mark": request.user.has_perm("events.change_registration"),
            "can_export": request.user.has_perm("events.export_registration"),
            "has_started": has_started,
            "header_title": f"{_('Registrations')}: {slot}",
            "page_title": _("Registrations"),
            "page_subtitle": str(slot),
            "header_icon": "group",
        },
    )


def _cell(value):
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def export(request, slot_id):
    _require(request.user, "events.export_registration")
    slot = get_object_or_404(RegistrationSlot, pk=slot_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"registrations-{slot.original_date:%Y-%m-%d}-{slot.pk}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Status"),
            _("Places"),
            _("Name"),
            _("E-mail"),
            _("Phone"),
            _("Access needs"),
            _("Remarks"),
            _("Language"),
            _("Registered"),
            _("Attended"),
        ]
    )
    for registration in slot.registrations.order_by("status", "created_at", "id"):
        writer.writerow(
            [
                _cell(registration.get_status_display()),
                registration.places,
                _cell(registration.name),
                _cell(registration.email),
                _cell(registration.phone),
                _cell(registration.access_needs),
                _cell(registration.remarks),
                registration.language,
                timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
                {True: _("yes"), False: _("no"), None: ""}[registration.attended],
            ]
        )
    return response
