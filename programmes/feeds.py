"""The podcast feed of a themed series: RSS 2.0 with the iTunes tags podcast apps read."""

import datetime
import mimetypes

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.html import strip_tags

from cms.models import OrganisationSettings
from programmes.models.pages import EpisodeType

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
FALLBACK_AUDIO_TYPE = "audio/mpeg"


class PodcastRss(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        handler.addQuickElement("itunes:author", self.feed["author_name"] or "")
        if self.feed.get("owner_email"):
            handler.startElement("itunes:owner", {})
            handler.addQuickElement("itunes:name", self.feed["author_name"] or "")
            handler.addQuickElement("itunes:email", self.feed["owner_email"])
            handler.endElement("itunes:owner")
        handler.addQuickElement("itunes:summary", self.feed["description"])
        handler.addQuickElement("itunes:explicit", "false")
        handler.addQuickElement("itunes:type", "episodic")
        if self.feed.get("image_url"):
            handler.addQuickElement("itunes:image", attrs={"href": self.feed["image_url"]})
        handler.startElement("itunes:category", {"text": "Health & Fitness"})
        handler.addQuickElement("itunes:category", attrs={"text": "Mental Health"})
        handler.endElement("itunes:category")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:title", item["title"])
        handler.addQuickElement("itunes:summary", item["description"] or item["title"])
        handler.addQuickElement("itunes:episodeType", "full")
        if item.get("duration"):
            handler.addQuickElement("itunes:duration", item["duration"])


def audio_type(document):
    guessed, _encoding = mimetypes.guess_type(document.file.name)
    return guessed if guessed and guessed.startswith("audio/") else FALLBACK_AUDIO_TYPE


def _duration(value):
    if not value:
        return ""
    seconds = int(value.total_seconds())
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class PodcastFeed(Feed):
    feed_type = PodcastRss

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, series):
        return series

    def title(self, series):
        return series.title

    def link(self, series):
        return self.request.build_absolute_uri(series.url)

    def feed_url(self, series):
        return self.request.build_absolute_uri(series.podcast_url)

    def description(self, series):
        return series.intro or strip_tags(series.theme) or series.title

    def author_name(self, series):
        return series.podcast_author or OrganisationSettings.load(self.request).name

    def feed_extra_kwargs(self, series):
        extra = {"owner_email": OrganisationSettings.load(self.request).email}
        image = series.listing_image
        if image is not None:
            rendition = image.get_rendition("fill-1400x1400")
            extra["image_url"] = self.request.build_absolute_uri(rendition.url)
        return extra

    def items(self, series):
        return [
            episode
            for episode in series.episodes().public().order_by("-date", "-path")
            if episode.audio_id and episode.episode_type == EpisodeType.PODCAST
        ]

    def item_title(self, episode):
        return episode.title

    def item_description(self, episode):
        return episode.intro

    def item_link(self, episode):
        return self.request.build_absolute_uri(episode.url)

    def item_guid(self, episode):
        # Stable across moves and renames: the episode's translation key and language.
        return f"urn:uuid:{episode.translation_key}:{episode.locale_id}"

    def item_guid_is_permalink(self, episode):
        return False

    def item_pubdate(self, episode):
        midday = datetime.datetime.combine(episode.date, datetime.time(12, 0))
        return timezone.make_aware(midday)

    def item_enclosures(self, episode):
        document = episode.audio
        return [
            Enclosure(
                self.request.build_absolute_uri(document.url),
                str(document.get_file_size() or 0),
                audio_type(document),
            )
        ]

    def item_extra_kwargs(self, episode):
        return {"duration": _duration(episode.audio_duration)}
