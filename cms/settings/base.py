"""Settings shared by every environment.

Safe by default: DEBUG is off and nothing machine-specific is hard-coded. Whatever differs
between machines comes from the environment (see docs/architecture.md, "Settings").
"""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so their templates and translations win.
    "cms",
    "home",
    "programmes",
    "events",
    "news",
    "search",
    # Wagtail and friends
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "recurrence",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.middleware.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: SQLite next to the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "herstelsite",
        # Room for the iCal part of every event (the default of 300 entries culls them).
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "herstelsite",
    }
# Wagtail looks up image renditions here before asking the database (one query per image).
CACHES["renditions"] = {**CACHES["default"], "TIMEOUT": 60 * 60 * 24 * 7}
if "LOCATION" in CACHES["renditions"] and "locmem" in CACHES["renditions"]["BACKEND"]:
    CACHES["renditions"]["LOCATION"] = "herstelsite-renditions"
else:
    CACHES["renditions"]["KEY_PREFIX"] = "herstelsite-renditions"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch first, English second. Every public URL carries its language prefix.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", _("Dutch")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates per language: "dinsdag 24 november 2026, 19:30" / "Tuesday 24 November 2026, 19:30".
FORMAT_MODULE_PATH = ["cms.formats"]
USE_I18N = True
TIME_ZONE = "Europe/Amsterdam"
USE_TZ = True

# Static files and uploads
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Anonymous visitors get no cookies: sessions and CSRF cookies only exist once a form is used
# or a user logs in. The cookies that do exist are locked down.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Wagtail allows its own preview frame on the views that need it.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Herstelnetwerk")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The admin must not ask releases.wagtail.org for updates: no requests to other origins.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com in the admin: nothing is loaded from another origin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Audio for podcast episodes (mp3, m4a) besides office documents.
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "m4a",
    "mp3",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Search: Wagtail's database backend (the modelsearch package) through search.backends, which on
# PostgreSQL stems each page and snippet in its own language (nl: dutch, en: english) in one index.
# See docs/search.md.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",
        "SEARCH_CONFIG": os.environ.get("SEARCH_CONFIG", "dutch"),
        "LANGUAGE_CONFIGS": {"nl": "dutch", "en": "english"},
    }
}


EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Mails go out while the visitor waits (after the registration is stored): never hang on a
# slow mail server.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))

# How many proxies in front of the site append to X-Forwarded-For. 0: the connecting address is
# the visitor's. Behind one reverse proxy, 1. Used for the rate limit and the view counter.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Event registration (docs/registrations.md): personal data is removed this many days after a
# date (`manage.py purge_registrations`, daily); one address may send this many registrations
# per window of seconds (kept as a keyed hash in the cache only).
REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS", "30"))
REGISTRATION_RATE_LIMIT = (
    int(os.environ.get("REGISTRATION_RATE_LIMIT", "10")),
    int(os.environ.get("REGISTRATION_RATE_WINDOW", "3600")),
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Images: alt text is written, or the image is explicitly marked decorative.
WAGTAILIMAGES_IMAGE_MODEL = "cms.CustomImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.forms.ImageForm"
