from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm

ALT_TEXT_REQUIRED = _("Describe the image for people who cannot see it, or mark it as decorative.")


class ImageForm(BaseImageForm):
    """Require a description (the alt text) unless the image is marked decorative."""

    def clean(self):
        cleaned_data = super().clean()
        has_fields = "description" in self.fields and "is_decorative" in self.fields
        described = cleaned_data.get("description") or cleaned_data.get("is_decorative")
        if has_fields and not described:
            self.add_error(
                "description", forms.ValidationError(ALT_TEXT_REQUIRED, code="alt_text")
            )
        return cleaned_data
