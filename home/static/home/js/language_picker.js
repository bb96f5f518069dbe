/*
 * The editor's language picker: German is always shown, plus one other
 * language of the editor's choice, remembered across pages. Fields of other
 * languages stay in the form, only hidden. `?translation=tr` in the address
 * (the links of the translation report) picks Turkish.
 */
(function () {
    "use strict";

    var STORAGE_KEY = "mokme.translationLanguage";
    var LABEL = /\[([a-z]{2,3})\]\s*\*?\s*$/;

    function languageOf(text) {
        var match = LABEL.exec((text || "").trim());
        return match ? match[1] : null;
    }

    function collect(form, config) {
        var groups = {};
        function add(code, element) {
            if (!config.languages[code] || code === config.source) {
                return;
            }
            (groups[code] = groups[code] || []).push(element);
        }
        form.querySelectorAll("section.w-panel").forEach(function (section) {
            var heading = section.querySelector(":scope > .w-panel__header [data-panel-heading-text], :scope > .w-panel__header .w-panel__heading");
            var code = heading && languageOf(heading.textContent);
            if (code) {
                add(code, section);
            }
        });
        form.querySelectorAll("[data-field-wrapper], .w-field__wrapper").forEach(function (wrapper) {
            if (wrapper.closest("section.mokme-language-field")) {
                return;
            }
            var label = wrapper.querySelector("label, .w-field__label");
            var code = label && languageOf(label.textContent);
            if (code) {
                add(code, wrapper);
            }
        });
        Object.keys(groups).forEach(function (code) {
            groups[code].forEach(function (element) {
                element.classList.add("mokme-language-field");
            });
        });
        return groups;
    }

    function show(groups, chosen) {
        Object.keys(groups).forEach(function (code) {
            var visible = chosen === "all" || chosen === code;
            groups[code].forEach(function (element) {
                element.classList.toggle("mokme-hidden-language", !visible);
            });
        });
    }

    function init() {
        var configElement = document.getElementById("mokme-language-picker-config");
        var form = document.getElementById("page-edit-form") || document.querySelector("form[data-edit-form]");
        if (!configElement || !form) {
            return;
        }
        var config = JSON.parse(configElement.textContent);
        var groups = collect(form, config);
        var codes = Object.keys(config.languages).filter(function (code) {
            return groups[code];
        });
        if (!codes.length) {
            return;
        }
        var requested = new URLSearchParams(window.location.search).get("translation");
        var chosen = requested || window.localStorage.getItem(STORAGE_KEY) || "";
        if (chosen && chosen !== "all" && !groups[chosen]) {
            chosen = "";
        }
        // A hidden language with an error would hide the reason the form failed.
        codes.forEach(function (code) {
            if (groups[code].some(function (element) { return element.querySelector(".error-message, .w-field--error, [aria-invalid=true]"); })) {
                chosen = chosen && chosen !== code ? "all" : code;
            }
        });

        var picker = document.createElement("div");
        picker.className = "mokme-language-picker";
        var label = document.createElement("label");
        label.htmlFor = "mokme-language-picker";
        label.textContent = config.label;
        var select = document.createElement("select");
        select.id = "mokme-language-picker";
        [["", config.onlySource]].concat(codes.map(function (code) {
            return [code, config.languages[code]];
        })).concat([["all", config.all]]).forEach(function (pair) {
            var option = document.createElement("option");
            option.value = pair[0];
            option.textContent = pair[1];
            select.appendChild(option);
        });
        select.value = chosen;
        select.addEventListener("change", function () {
            window.localStorage.setItem(STORAGE_KEY, select.value);
            show(groups, select.value);
        });
        picker.appendChild(label);
        picker.appendChild(select);
        form.insertBefore(picker, form.firstElementChild);
        show(groups, chosen);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
