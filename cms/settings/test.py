"""Settings for the test suite (pytest-django)."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "tests",
    },
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "tests-renditions",
    },
}
# A scratch directory for uploads that tests write through the storage API.
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT", "/tmp/herstelsite-test-media")  # noqa: S108
WAGTAILADMIN_BASE_URL = "http://testserver"
REGISTRATION_RATE_LIMIT = (1000, 3600)  # tests that need the limit set their own
