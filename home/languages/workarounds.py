"""Every workaround for wagtail-modeltranslation on Wagtail 8, in one place.

Worked around: wagtail-modeltranslation 0.16.1 on django-modeltranslation 0.20.x, Wagtail 8.0.x,
Django 5.2. Each has a test in tests/home/test_workarounds.py that runs the upstream code with
the workaround left out and asserts that the problem is still there; when an upgrade fixes it
upstream, that test turns red with "remove workaround <NAME>".

ROUTING — finding a page's child by its slug in one query (`route`, installed on every
    translated page type by `install`). wagtail-modeltranslation's `_new_route` loads *every*
    child of the page into Python and compares each one's slug: under a press archive with
    5,000 releases that cost a third of a second per release page. No upstream issue found
    (infoportugal/wagtail-modeltranslation); the translated slug columns are indexed for this
    (home/migrations/0007_translated_slug_indexes.py). The whole address is first looked up
    in one query by the translated url paths (home/languages/routing.py).

SLUG_CHECK — checking that a page's slugs are free among its siblings, in every language, with
    one query that returns only the siblings in conflict (`clean`, installed by `install`).
    Upstream's `_validate_slugs` loads every sibling on every save; under a calendar with
    10,000 events each save was slower than the one before. No upstream issue found.

STREAM_COPY — withdrawing the "copy content from" buttons (`withdraw_stream_copy`, called from
    home/wagtail_hooks.py once the hooks are loaded). They list every language, also those an
    organisation's editor does not see, and post to a CSRF-exempt view
    (`return_translation_target_field_rendered_html`) without page permission checks. Wagtail
    has no public way to withdraw another app's hook, so this edits its registry
    (`wagtail.hooks._hooks`). No upstream issue found. "Start from German" in the translation
    overview does the job instead.

GERMAN_SLUGS — a German slug under another language's prefix (/tr/ueber-uns/ where the page
    has a Turkish slug) answers 404 upstream; mokme_cms/urls.py serves pages through
    `home.languages.serving.serve_page`, which redirects it to the translated address. A link
    shared from the German portal, or a visitor who changes /de/ to /tr/, arrives this way.

SITE_ROOT_PATHS — every page URL starts from its site's root path in the active language.
    wagtail-modeltranslation's `_new_get_site_root_paths` keeps the paths of one language per
    request and asks the shared cache again for each other language (the language switcher
    and hreflang links of every page: 22 round trips) and for each page URL built without the
    request (300 for the district's iCal feed). `home.sites.site_root_paths`, installed on
    every translated page type by `home.sites.install`, reads the site rows once per request
    and keeps each language's paths. No upstream issue found.

LABELS (removed) — "Titel [tr]" in the editor's admin language was rebuilt here with
    `format_lazy`; django-modeltranslation 0.20.x builds its labels lazily itself
    (`build_localized_verbose_name`, deschler/django-modeltranslation#24), so the portal's copy
    went. A test keeps checking that the labels follow the admin language.

KURMANJI — Django knows no Kurmancî (`kmr`): without an entry in `django.conf.locale.LANG_INFO`,
    `get_language_info("kmr")` fails and the language cannot be activated. The entry is added
    in mokme_cms/settings/base.py, since it must exist before any language is activated.
"""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, active_language
from home.languages.routing import route_along, specific_for_serving

# --- ROUTING and SLUG_CHECK: one definition of a slug as each language's readers see it ---------


def effective_slugs(page) -> dict[str, str]:
    """The slug a reader of each language sees: the translated one, else the German."""
    german = getattr(page, build_localized_fieldname("slug", DEFAULT_LANGUAGE)) or page.slug
    return {code: getattr(page, build_localized_fieldname("slug", code)) or german for code in LANGUAGE_CODES}


def pages_with_slug(slug, code):
    """Pages whose slug, as a reader of `code` sees it (else the German one), is `slug`."""
    german = build_localized_fieldname("slug", DEFAULT_LANGUAGE)
    if code == DEFAULT_LANGUAGE:
        return Q(**{german: slug})
    column = build_localized_fieldname("slug", code)
    untranslated = Q(**{f"{column}__isnull": True}) | Q(**{column: ""})
    return Q(**{column: slug}) | (untranslated & Q(**{german: slug}))


def route(self, request, path_components):
    """ROUTING: the child whose slug in the active language (else German) is requested."""
    # A routable page's own sub-routes (the calendar's months, its feeds) come first.
    if isinstance(self, RoutablePageMixin) and self.live:
        path = "/" + "".join(f"{component}/" for component in path_components)
        try:
            view, args, kwargs = self.resolve_subpage(path)
        except Http404:
            pass
        else:
            return RouteResult(self, args=(view, args, kwargs))

    if not path_components:
        if self.live:
            return RouteResult(self)
        raise Http404

    code = active_language().code
    # The whole address in one query where the translated url paths lead (home.languages.routing);
    # from the last page they lead to, one level by its slug.
    result, parent = route_along(self, request, path_components, code)
    if result is not None:
        return result
    remaining = path_components[parent.depth - self.depth :]
    child = parent.get_children().filter(pages_with_slug(remaining[0], code)).order_by("path").first()
    if child is None:
        raise Http404
    return specific_for_serving(child).route(request, remaining[1:])


def slug_conflicts(page) -> dict[str, str]:
    """SLUG_CHECK: the translated slug fields whose slug a sibling already uses."""
    parent = page.get_parent()
    if parent is None:
        return {}
    wanted = effective_slugs(page)
    german_column = build_localized_fieldname("slug", DEFAULT_LANGUAGE)
    query = Q()
    for code, slug in wanted.items():
        query |= pages_with_slug(slug, code)
    siblings = parent.get_children().exclude(pk=page.pk) if page.pk else parent.get_children()
    columns = [build_localized_fieldname("slug", code) for code in LANGUAGE_CODES]
    errors = {}
    for row in siblings.filter(query).values(*columns):
        german = row[german_column]
        for code, slug in wanted.items():
            if (row[build_localized_fieldname("slug", code)] or german) == slug:
                errors[build_localized_fieldname("slug", code)] = _("This slug is already in use")
    return errors


def upstream_clean(model):
    """The model's own `clean`, as modeltranslation found it, without modeltranslation's check."""
    patched = model.clean
    if getattr(patched, "mokme_slug_check", False):
        return patched.mokme_original
    # modeltranslation wraps the model's own clean in a closure; keep that one.
    if getattr(patched, "__closure__", None):
        return next(cell.cell_contents for cell in patched.__closure__ if callable(cell.cell_contents))
    return patched


def _install_slug_check(model):
    original = upstream_clean(model)

    def clean(self):
        with translation.override(DEFAULT_LANGUAGE):
            errors = slug_conflicts(self)
        if errors:
            raise ValidationError(errors)
        original(self)

    clean.mokme_slug_check = True
    clean.mokme_original = original
    model.clean = clean


def translated_page_models():
    return [model for model in translator.get_registered_models() if issubclass(model, Page)]


def install():
    """ROUTING and SLUG_CHECK on every translated page type; wagtail_modeltranslation patched
    them in its own ready(), which runs first (it is listed first in INSTALLED_APPS)."""
    for model in translated_page_models():
        if not getattr(model.clean, "mokme_slug_check", False):
            _install_slug_check(model)
        model.route = route


# --- STREAM_COPY --------------------------------------------------------------------------------

UNWANTED_HOOKS = {
    ("insert_editor_js", "streamfields_translation_copy"),
    ("register_admin_urls", "copy_streamfields_content"),
}


def _is_unwanted(hook_name, function):
    return (
        function.__module__.startswith("wagtail_modeltranslation")
        and (hook_name, function.__name__) in UNWANTED_HOOKS
    )


def withdraw_stream_copy():
    for hook_name, _function_name in UNWANTED_HOOKS:
        # Wagtail offers no public way to withdraw another app's hook.
        hooks._hooks[hook_name] = [
            (function, order)
            for function, order in hooks._hooks.get(hook_name, [])
            if not _is_unwanted(hook_name, function)
        ]
