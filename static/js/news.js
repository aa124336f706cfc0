// Counts one view of a news page: a plain same-origin request without cookies or storage.
// The server keeps only a daily-salted hash, so nothing identifies the visitor.
(function () {
    "use strict";
    var article = document.querySelector("[data-count-view]");
    if (!article || !window.fetch) {
        return;
    }
    window.fetch(article.getAttribute("data-count-view"), {
        method: "GET",
        credentials: "omit",
        cache: "no-store",
        keepalive: true
    }).catch(function () {});
})();
