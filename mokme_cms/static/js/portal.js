/*
 * Progressive enhancements of the portal. Every feature works without this
 * file; it only remembers the language choice, folds the menu and the language
 * list on phones and loads external embeds after the visitor's consent.
 */
(function () {
    "use strict";

    var LANGUAGE_COOKIE = "mokme_language";
    var ONE_YEAR = 365 * 24 * 60 * 60;

    // Remember the language picked in the switcher, so that "/" leads back to it.
    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest(".language-switcher a[data-language]");
        if (!link) {
            return;
        }
        var secure = window.location.protocol === "https:" ? "; Secure" : "";
        document.cookie = LANGUAGE_COOKIE + "=" + link.dataset.language +
            "; Path=/; Max-Age=" + ONE_YEAR + "; SameSite=Lax" + secure;
    });

    // Load an external embed only when the visitor asks for it.
    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("[data-load-embed]");
        if (!button) {
            return;
        }
        var figure = button.closest("[data-external-embed]");
        var template = figure && figure.querySelector("template");
        if (!template) {
            return;
        }
        var consent = figure.querySelector(".embed-consent");
        var content = document.importNode(template.content, true);
        figure.insertBefore(content, consent);
        consent.remove();
    });

    // On narrow screens the main menu and the language list start folded behind one button each.
    function foldMenu() {
        if (!window.matchMedia("(max-width: 48rem)").matches) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll("[data-collapsible-menu]"), function (menu) {
            menu.removeAttribute("open");
        });
    }

    // A form sent back with errors: the summary of them is read first, its links lead to the fields.
    function focusErrorSummary() {
        var summary = document.querySelector("[data-error-summary]");
        if (summary) {
            summary.focus();
        }
    }

    // Where the stylesheet cannot keep closed filters open on a wide screen, open them here.
    function openFiltersOnWideScreens() {
        var wide = window.matchMedia("(min-width: 48.0625rem)").matches;
        if (!wide || (window.CSS && CSS.supports("selector(::details-content)"))) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll("details.filter-panel"), function (panel) {
            panel.setAttribute("open", "");
        });
    }

    function ready() {
        foldMenu();
        openFiltersOnWideScreens();
        focusErrorSummary();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", ready);
    } else {
        ready();
    }
})();

/*
 * Email addresses of organisations are written reversed in data attributes,
 * so that harvesters reading the HTML find none; here they become mailto links.
 */
(function () {
    "use strict";

    function reveal() {
        var links = document.querySelectorAll("a.protected-email[data-user][data-domain]");
        Array.prototype.forEach.call(links, function (link) {
            var reverse = function (text) { return text.split("").reverse().join(""); };
            var address = reverse(link.dataset.user) + "@" + reverse(link.dataset.domain);
            link.href = "mailto:" + address;
            link.textContent = address;
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", reveal);
    } else {
        reveal();
    }
})();
