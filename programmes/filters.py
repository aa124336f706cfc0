"""The programme index's filters, read from the query string."""

from django.db.models import Q
from django.utils.translation import gettext as _

from programmes.models.pages import ProgrammePage, Status
from programmes.models.snippets import Region

MAX_FILTER_LENGTH = 80


class ProgrammeFilters:
    """Region and status. An unknown value gives a message and an empty list, never an error."""

    def __init__(self, params, locale_id):
        self.regions = list(Region.objects.filter(locale_id=locale_id).order_by("name"))
        self.statuses = [(value, label) for value, label in Status.choices]
        self.region = None
        self.status = ""
        self.messages = []
        region_slug = str(params.get("region", "")).strip()[:MAX_FILTER_LENGTH]
        if region_slug:
            self.region = next((r for r in self.regions if r.slug == region_slug), None)
            if self.region is None:
                self.messages.append(_("There is no region “%s”.") % region_slug)
        status = str(params.get("status", "")).strip()[:MAX_FILTER_LENGTH]
        if status:
            if status in Status.values:
                self.status = status
            else:
                self.messages.append(_("There is no status “%s”.") % status)

    @property
    def active(self):
        return bool(self.region or self.status or self.messages)

    def programmes(self, index_page):
        """The live programmes (themed series too) under the index that match, in one query."""
        if self.messages:
            return []
        programmes = ProgrammePage.objects.child_of(index_page).live()
        if self.status:
            programmes = programmes.filter(status=self.status)
        if self.region is not None:
            slug = self.region.slug
            programmes = programmes.filter(
                Q(places__region__slug=slug) | Q(places__municipality__region__slug=slug)
            ).distinct()
        return list(programmes.select_related("listing_image").order_by("title"))
