"""Response headers that keep public pages private and self-contained."""

from .embeds import PLAYER_ORIGINS

PUBLIC_CSP = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        # Players are only inserted after the visitor presses play (see cms/embeds.py).
        "frame-src 'self' " + " ".join(PLAYER_ORIGINS),
        "frame-ancestors 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), browsing-topics=()"


class SecurityHeadersMiddleware:
    """Add a Content-Security-Policy to the public site and a Permissions-Policy everywhere.

    The admin is left to Wagtail's own defaults: its editors use inline scripts and styles.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        is_admin = request.path.startswith(("/admin/", "/django-admin/"))
        if not is_admin and not getattr(request, "is_preview", False):
            if request.user.is_authenticated if hasattr(request, "user") else False:
                # Editors see the Wagtail user bar, whose checker needs inline styles.
                csp = PUBLIC_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            else:
                csp = PUBLIC_CSP
            response.headers.setdefault("Content-Security-Policy", csp)
        return response
