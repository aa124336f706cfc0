// django-recurrence's scripts look for Django admin's `django.jQuery`. In the Wagtail editor we
// hand them the jQuery that Wagtail has already loaded instead of loading a second copy.
(function () {
    "use strict";
    window.django = window.django || {};
    if (typeof window.django.jQuery !== "function") {
        window.django.jQuery = window.jQuery;
    }
})();
