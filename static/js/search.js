// Suggestions while typing in the header search form (ARIA 1.2 combobox with a listbox).
// Without this script the form submits to the results page as before.
(function () {
    "use strict";

    var DELAY = 200;

    function init(form) {
        var input = form.querySelector('input[name="q"]');
        var url = form.getAttribute("data-suggest-url");
        if (!input || !url || !window.fetch) {
            return;
        }
        var listId = input.id + "-suggestions";
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "site-search__suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", form.getAttribute("data-suggest-label") || "");
        list.hidden = true;
        var status = document.createElement("span");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        form.querySelector(".site-search__row").appendChild(list);
        form.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("aria-expanded", "false");

        var items = [];
        var active = -1;
        var timer = null;
        var latest = 0;

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function setActive(index) {
            var options = list.querySelectorAll('[role="option"]');
            options.forEach(function (option, i) {
                option.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            active = index;
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
                options[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function render(results) {
            items = results;
            list.textContent = "";
            results.forEach(function (result, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.textContent = result.title;
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault(); // keep focus in the input
                });
                option.addEventListener("click", function () {
                    window.location.href = result.url;
                });
                list.appendChild(option);
            });
            active = -1;
            input.removeAttribute("aria-activedescendant");
            if (results.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            } else {
                close();
            }
            var template = form.getAttribute(results.length === 1 ? "data-suggest-one" : "data-suggest-many") || "";
            status.textContent = results.length ? template.replace("{count}", results.length) : "";
        }

        function load() {
            var query = input.value.trim();
            if (query.length < 2) {
                render([]);
                return;
            }
            var ticket = ++latest;
            fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
                .then(function (response) {
                    return response.ok ? response.json() : { results: [] };
                })
                .then(function (data) {
                    if (ticket === latest && document.activeElement === input) {
                        render(data.results || []);
                    }
                })
                .catch(function () {
                    render([]);
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(load, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            var open = !list.hidden;
            if (event.key === "ArrowDown") {
                if (!open) {
                    if (items.length) {
                        list.hidden = false;
                        input.setAttribute("aria-expanded", "true");
                    }
                    return;
                }
                event.preventDefault();
                setActive(active + 1 < items.length ? active + 1 : 0);
            } else if (event.key === "ArrowUp") {
                if (!open) {
                    return;
                }
                event.preventDefault();
                setActive(active > 0 ? active - 1 : items.length - 1);
            } else if (event.key === "Enter") {
                if (open && active >= 0) {
                    event.preventDefault();
                    window.location.href = items[active].url;
                }
            } else if (event.key === "Escape") {
                if (open) {
                    event.preventDefault();
                    close();
                }
            }
        });

        input.addEventListener("blur", close);
    }

    function start() {
        document.querySelectorAll("form[data-suggest-url]").forEach(init);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
