"""Turn a public video URL into a privacy-friendly player address, without asking anyone.

Pages never load a player on their own: the visitor presses a button first (see
static/js/site.js), and YouTube is asked through its no-cookie domain, Vimeo with do-not-track.
"""

import re
from urllib.parse import parse_qs, urlencode, urlsplit

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")
VIMEO_ID = re.compile(r"^\d{4,12}$")


def player_for(url):
    """Return (provider name, player URL) for a YouTube or Vimeo URL, or (None, None)."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return None, None
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = parts.path.strip("/")
    video_id = None
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if path == "watch":
            video_id = (parse_qs(parts.query).get("v") or [None])[0]
        elif path.startswith(("embed/", "shorts/", "live/")):
            video_id = path.split("/")[1]
        if video_id and YOUTUBE_ID.match(video_id):
            return "YouTube", "https://www.youtube-nocookie.com/embed/" + video_id
    elif host == "youtu.be":
        video_id = path.split("/")[0]
        if YOUTUBE_ID.match(video_id):
            return "YouTube", "https://www.youtube-nocookie.com/embed/" + video_id
    elif host in {"vimeo.com", "player.vimeo.com"}:
        candidate = path.split("/")[-1]
        if VIMEO_ID.match(candidate):
            query = urlencode({"dnt": "1"})
            return "Vimeo", f"https://player.vimeo.com/video/{candidate}?{query}"
    return None, None


PLAYER_ORIGINS = ("https://www.youtube-nocookie.com", "https://player.vimeo.com")
