"""Registering on an event page, the page shown after it, and cancelling from the mail.

The form posts without a CSRF cookie, because anonymous visitors get no cookies from reading a
page: a same-origin check on the Origin (or Referer) header stands in for the token. Nothing the
form does needs a logged-in user, so there is no session to ride on.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from events import registrations
from events.forms import RegistrationForm
from events.models import EventOccurrence, EventPage

REFUSED = {
    registrations.State.FULL: gettext_noop("This date is full."),
    registrations.State.CLOSED: gettext_noop("Registration for this date has closed."),
    registrations.State.NOT_YET_OPEN: gettext_noop(
        "Registration for this date has not opened yet."
    ),
    registrations.State.CANCELLED: gettext_noop("This date is cancelled."),
    registrations.State.PAST: gettext_noop("This date has passed."),
}


def same_origin(request):
    """True unless the browser says the form was sent from another site."""
    host = f"{request.scheme}://{request.get_host()}"
    trusted = {host, *getattr(settings, "CSRF_TRUSTED_ORIGINS", [])}
    origin = request.META.get("HTTP_ORIGIN")
    if origin and origin != "null":
        return origin in trusted
    if request.META.get("HTTP_SEC_FETCH_SITE") == "cross-site":
        return False
    referer = request.META.get("HTTP_REFERER")
    if referer:
        parts = urlsplit(referer)
        return f"{parts.scheme}://{parts.netloc}" in trusted
    return True


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def _message(request, message, status):
    """A page with one sentence, for answers that have nothing else to show."""
    response = render(
        request, "events/registration_message.html", {"message": message}, status=status
    )
    return _private(response)


def _base_url(request):
    return f"{request.scheme}://{request.get_host()}"


def _event_with_registration(event_id):
    page = EventPage.objects.live().public().filter(pk=event_id).first()
    if page is None or not page.registration_enabled:
        raise Http404(_("There is no registration for this activity."))
    return page


@csrf_exempt
@require_POST
def register(request, event_id):
    from events import views

    page = _event_with_registration(event_id)
    with translation.override(page.locale.language_code):
        if not same_origin(request):
            return _message(request, _("This form can only be sent from our own site."), 403)
        form = RegistrationForm(request.POST, page=page)
        errors = []
        status = 400
        if form.robot:
            errors.append(_("We could not accept this registration. Please try again."))
        elif registrations.rate_limited(request):
            status = 429
            errors.append(
                _("Too many registrations were sent from your connection. Try again later.")
            )
        elif form.is_valid():
            occurrence = EventOccurrence.objects.filter(
                event=page, original_date=form.cleaned_data["date"]
            ).first()
            if occurrence is None:
                status = 404
                errors.append(_("This activity does not take place on that date."))
            else:
                try:
                    registration, _created = registrations.register(
                        page,
                        occurrence,
                        form.cleaned_data,
                        page.locale.language_code,
                        _base_url(request),
                    )
                except registrations.RegistrationRefused as refused:
                    status = 409
                    if refused.places_left:
                        errors.append(
                            ngettext(
                                "Only %(count)d place is left for this date.",
                                "Only %(count)d places are left for this date.",
                                refused.places_left,
                            )
                            % {"count": refused.places_left}
                        )
                    else:
                        errors.append(_(REFUSED[refused.state]))
                else:
                    # The same page whether the address was new or already registered: what
                    # was stored is only told to the address, by mail.
                    url = reverse("events:registration_received", args=[page.pk])
                    url += f"?date={occurrence.original_date.isoformat()}"
                    return _private(HttpResponseRedirect(url, status=303))
        if status == 400 and not form.robot and "date" in form.errors:
            errors.append(_("Choose one of the dates of this activity."))
        if "website" in form.data:
            form.data = form.data.copy()
            form.data["website"] = ""
        response = views.event(
            request,
            page,
            registration_form=form,
            registration_errors=errors,
            status=status,
            date=form.data.get("date"),
        )
        response.render()
        return _private(response)


@require_safe
def received(request, event_id):
    """Shown after registering. It names the activity and the date, nothing of the visitor."""
    page = _event_with_registration(event_id)
    occurrence = None
    raw = request.GET.get("date", "")
    try:
        wanted = datetime.date.fromisoformat(raw)
    except ValueError:
        wanted = None
    if wanted is not None:
        occurrence = EventOccurrence.objects.filter(event=page, original_date=wanted).first()
    if occurrence is None:
        raise Http404(_("This activity does not take place on that date."))
    context = {
        "mode": "received",
        "title": page.title,
        "start": timezone.localtime(occurrence.start),
        "end": timezone.localtime(occurrence.end),
        "venue": occurrence.venue or page.venue,
        "address": page.address,
        "event_url": f"{page.url}?date={occurrence.original_date.isoformat()}",
    }
    return _private(render(request, "events/registration_page.html", context))


@csrf_exempt
@require_http_methods(["GET", "POST"])
def cancel(request, token):
    """GET asks, POST cancels: mail programs that open links must not cancel anything."""
    registration = registrations.from_cancel_token(token)
    if registration is None:
        message = _(
            "This link is not valid. Use the link from your confirmation mail, or contact us."
        )
        return _message(request, message, 404)
    if request.method == "POST":
        if not same_origin(request):
            return _message(request, _("This form can only be sent from our own site."), 403)
        if registration.slot.start > timezone.now():
            registrations.cancel(registration, _base_url(request))
        return _private(HttpResponseRedirect(request.path, status=303))
    context = registrations.mail_context(registration, _base_url(request))
    context.update(
        registration=registration,
        mode="cancel",
        has_started=registration.slot.start <= timezone.now(),
    )
    return _private(render(request, "events/registration_page.html", context))
