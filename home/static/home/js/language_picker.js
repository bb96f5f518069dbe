/*
 * The editor's language picker (home/panels.py): the form holds German and the
 * chosen languages only, so a new choice reloads the editor with
 * `?translation=<choice>`, which the server also remembers for this editor.
 */
(function () {
    "use strict";

    function init() {
        var select = document.getElementById("mokme-language-picker");
        if (!select) {
            return;
        }
        select.addEventListener("change", function () {
            var params = new URLSearchParams(window.location.search);
            params.set(select.dataset.parameter || "translation", select.value);
            window.location.search = params.toString();
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
