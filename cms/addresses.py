"""The visitor's network address, for the features that key on it without storing it."""

from django.conf import settings


def client_address(request):
    """The address the visitor connected from.

    With `TRUSTED_PROXY_COUNT` proxies in front of the site, each appending the address it saw
    to X-Forwarded-For, the visitor's is that many entries from the end; anything before it was
    sent by the visitor and cannot be trusted. Without proxies it is REMOTE_ADDR.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies][:64]
    return request.META.get("REMOTE_ADDR", "")
