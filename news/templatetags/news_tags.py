"""Metadata for news pages: schema.org NewsArticle JSON-LD, OpenGraph, related links."""

import json
from dataclasses import dataclass

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms.templatetags.cms_tags import alt_text, iso_local

register = template.Library()


def _absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


def _json_script(data):
    # Escape what could close the script element early; json.loads reads it back unchanged.
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def news_meta(context, page):
    """The NewsArticle JSON-LD and the OpenGraph tags of a news page."""
    request = context.get("request")
    language = get_language()
    url = _absolute(request, page.url)
    image = page.share_image
    image_url = ""
    og_image = []
    if image is not None:
        rendition = image.get_rendition("fill-1200x630")
        image_url = _absolute(request, rendition.url)
        og_image = [
            ("og:image", image_url),
            ("og:image:width", str(rendition.width)),
            ("og:image:height", str(rendition.height)),
            ("og:image:alt", alt_text(image)),
        ]
    settings = context.get("settings")
    organisation = getattr(getattr(settings, "cms", None), "OrganisationSettings", None)
    org_name = getattr(organisation, "name", "") or ""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.lead,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": language,
        "datePublished": iso_local(page.published) if page.published else None,
        "dateModified": iso_local(page.last_published_at or page.published),
        "image": [image_url] if image_url else [],
        "articleSection": [c.name for c in getattr(page, "shown_categories", [])],
        "keywords": [tag.name for tag in getattr(page, "tag_list", [])],
    }
    if page.author is not None:
        data["author"] = {"@type": "Person", "name": page.author.name}
    elif org_name:
        data["author"] = {"@type": "Organization", "name": org_name}
    if org_name:
        data["publisher"] = {"@type": "Organization", "name": org_name}
    data = {key: value for key, value in data.items() if value not in (None, "", [])}
    og = [
        ("og:type", "article"),
        ("og:title", page.title),
        ("og:description", page.meta_description),
        ("og:url", url),
        ("og:site_name", org_name),
        ("og:locale", "nl_NL" if language == "nl" else "en_GB"),
        *og_image,
        ("article:published_time", data.get("datePublished", "")),
        ("article:modified_time", data.get("dateModified", "")),
        *[("article:section", name) for name in data.get("articleSection", [])],
        *[("article:tag", name) for name in data.get("keywords", [])],
    ]
    tags = format_html_join(
        "\n    ", '<meta property="{}" content="{}">', ((k, v) for k, v in og if v)
    )
    twitter = format_html('<meta name="twitter:card" content="{}">', "summary_large_image")
    return format_html("{}\n    {}\n    {}", _json_script(data), tags, twitter)


@dataclass
class RelatedLink:
    title: str
    url: str
    kind: str


@register.simple_tag
def related_links(page):
    """Links to the related programme, project and events, in the page's language when live."""
    links = []
    candidates = [
        (page.related_programme, _("programme")),
        (page.related_project, _("project")),
        *[(event, _("event")) for event in page.related_events.all()],
    ]
    for target, kind in candidates:
        if target is None:
            continue
        localized = target.localized
        if not localized.live:
            continue
        links.append(RelatedLink(localized.title, localized.url, kind))
    return links
