/*
 * Related events and organisations of a press release (events/related_pages.py): typing
 * in the search asks the admin for matching pages; a ticked result is chosen.
 */
(function () {
    "use strict";

    function setUp(box) {
        if (box.dataset.ready) {
            return;
        }
        box.dataset.ready = "1";
        var search = box.querySelector(".mokme-related-pages__search");
        var results = box.querySelector(".mokme-related-pages__results");
        var chosen = box.querySelector(".mokme-related-pages__chosen");
        var timer = null;

        function isChosen(id) {
            return chosen.querySelector('input[value="' + id + '"]') !== null;
        }

        function show(items) {
            results.textContent = "";
            items.forEach(function (item) {
                if (isChosen(item.id)) {
                    return;
                }
                var li = document.createElement("li");
                var label = document.createElement("label");
                var input = document.createElement("input");
                input.type = "checkbox";
                input.value = item.id;
                input.addEventListener("change", function () {
                    if (input.checked) {
                        input.name = box.dataset.name;
                        chosen.appendChild(li);
                    }
                });
                label.appendChild(input);
                label.appendChild(document.createTextNode(" " + item.label));
                li.appendChild(label);
                results.appendChild(li);
            });
        }

        search.addEventListener("keydown", function (event) {
            // Enter in the search must not submit the page form.
            if (event.key === "Enter") {
                event.preventDefault();
            }
        });
        search.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                var query = search.value.trim();
                if (query.length < 2) {
                    show([]);
                    return;
                }
                fetch(box.dataset.searchUrl + "?q=" + encodeURIComponent(query), {credentials: "same-origin"})
                    .then(function (response) { return response.json(); })
                    .then(function (data) { show(data.results); });
            }, 250);
        });
    }

    function init() {
        document.querySelectorAll(".mokme-related-pages").forEach(setUp);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
