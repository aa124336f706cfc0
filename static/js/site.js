// Small enhancements; every page works without them.
(function () {
    "use strict";

    // Videos load from their provider only after the visitor presses play.
    function initVideos() {
        document.querySelectorAll("[data-video-player]").forEach(function (figure) {
            var button = figure.querySelector(".video__play");
            if (!button) {
                return;
            }
            button.hidden = false;
            button.addEventListener("click", function () {
                var iframe = document.createElement("iframe");
                iframe.src = figure.getAttribute("data-video-player");
                iframe.title = figure.getAttribute("data-video-title") || "";
                iframe.allow = "fullscreen; picture-in-picture";
                iframe.setAttribute("allowfullscreen", "");
                iframe.referrerPolicy = "strict-origin-when-cross-origin";
                var placeholder = figure.querySelector(".video__placeholder");
                placeholder.replaceWith(iframe);
                iframe.focus();
            });
        });
    }

    // Copy-link buttons (share links): copy the page address and say so.
    function initCopyButtons() {
        document.querySelectorAll("[data-copy-url]").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () {
                var status = document.getElementById(button.getAttribute("aria-describedby") || "");
                var url = button.getAttribute("data-copy-url");
                var done = function () {
                    if (status) {
                        status.textContent = button.getAttribute("data-copied-text") || "";
                    }
                };
                if (navigator.clipboard && navigator.clipboard.writeText) {
                    navigator.clipboard.writeText(url).then(done, function () {});
                }
            });
        });
    }

    function init() {
        initVideos();
        initCopyButtons();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
