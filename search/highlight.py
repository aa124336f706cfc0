"""Snippets of matching text with the query words marked: escape first, then mark."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

WORD = re.compile(r"\w+", re.UNICODE)


def query_stems(query):
    """Crude stems of the query words, so that "herstelacademies" marks "herstelacademie".

    PostgreSQL matches with real stemming; this only decides what to mark, so a stem that is a
    little short or long costs nothing but an unmarked or extra marked word.
    """
    stems = set()
    for word in WORD.findall(query.lower()):
        if len(word) < 2:
            continue
        stems.add(word[: max(3, len(word) - 3)] if len(word) > 5 else word)
    return sorted(stems, key=len, reverse=True)


def highlight(text, query, width=220):
    """A window of `text` around the first match, HTML-escaped, matches wrapped in <mark>."""
    text = " ".join((text or "").split())
    stems = query_stems(query)
    if not text:
        return ""
    pattern = None
    if stems:
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", re.I)
    start = 0
    if pattern:
        first = pattern.search(text)
        if first:
            start = max(0, first.start() - width // 3)
            # Start at a word boundary.
            if start:
                space = text.find(" ", start)
                start = space + 1 if 0 <= space < first.start() else start
    window = text[start : start + width]
    if start + width < len(text):
        cut = window.rfind(" ")
        window = (window[:cut] if cut > width // 2 else window) + " …"
    if start:
        window = "… " + window
    if not pattern:
        return escape(window)
    parts = []
    last = 0
    for match in pattern.finditer(window):
        parts.append(escape(window[last : match.start()]))
        parts.append("<mark>" + escape(match.group(0)) + "</mark>")
        last = match.end()
    parts.append(escape(window[last:]))
    return mark_safe("".join(parts))  # noqa: S308 (every piece was escaped above)
