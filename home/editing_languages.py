"""Which languages the page editor shows: German and the languages the editor works in.

A page form with every field in eleven languages is several hundred kilobytes
and takes seconds to build; a volunteer works in German and one or two other
languages. The editor's choice is stored per user (`EditingLanguages`); the
picker at the top of the editor and the translation report's links change it
with `?translation=tr`, `?translation=tr,ar`, `?translation=de` (German only)
or `?translation=all`.

A posted form writes only the languages it carries: a field of another
language that was not sent keeps its stored value, never blanked out.
"""

from functools import cache

from django.utils import translation

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES

REQUEST_PARAMETER = "translation"
ALL = "all"


def parse_choice(value: str) -> list[str] | None:
    """The codes of a `?translation=` value; None when it names no language of the portal."""
    codes = [code.strip() for code in (value or "").split(",") if code.strip()]
    if codes == [ALL]:
        return [ALL]
    if not codes or not set(codes) <= set(LANGUAGE_CODES):
        return None
    return [code for code in LANGUAGE_CODES if code in codes and code != DEFAULT_LANGUAGE]


def stored_choice(user) -> list[str] | None:
    """The user's stored languages, None before the first choice; read once per request."""
    if user is None or not user.is_authenticated:
        return None
    if not hasattr(user, "_mokme_editing_languages"):
        from home.models import EditingLanguages

        row = EditingLanguages.objects.filter(user=user).only("languages").first()
        user._mokme_editing_languages = list(row.languages) if row else None
    return user._mokme_editing_languages


def remember_choice(user, value: str) -> bool:
    """Store a `?translation=` value as the user's choice; False if it names no language."""
    codes = parse_choice(value)
    if codes is None or not user.is_authenticated:
        return False
    from home.models import EditingLanguages

    EditingLanguages.objects.update_or_create(user=user, defaults={"languages": codes})
    user._mokme_editing_languages = codes
    return True


def languages_to_show(user, offered) -> tuple[str, ...]:
    """German plus the chosen languages among those the page offers.

    Before a first choice: German and the editor's admin language; on an
    organisation's page not offered in that language, German and the
    organisation's first language. Each further language adds a copy of
    every translated field to the form.
    """
    offered = tuple(offered)
    choice = stored_choice(user)
    if choice is None:
        admin_language = translation.get_language() or DEFAULT_LANGUAGE
        others = [code for code in offered if code != DEFAULT_LANGUAGE]
        portal_page = set(offered) == set(LANGUAGE_CODES)
        choice = [admin_language] if portal_page or admin_language in others else others[:1]
    if ALL in choice:
        return offered
    return tuple(code for code in offered if code == DEFAULT_LANGUAGE or code in choice)


@cache
def translated_fields(model) -> dict[str, str]:
    """Form field name → language code of every translation column of `model` (and of Page)."""
    names = {}
    for each in (model, Page) if issubclass(model, Page) else (model,):
        try:
            bases = translator.get_options_for_model(each).all_fields
        except NotRegistered:
            continue
        for base in bases:
            for code in LANGUAGE_CODES:
                names[build_localized_fieldname(base, code)] = code
    return names


def restrict_form(form, offered, shown) -> tuple[str, ...]:
    """Leave out of `form` (and its inline formsets) the fields of languages not shown.

    An unbound form keeps the languages in `shown`; a posted form keeps the
    fields that were sent, of offered languages. Returns the languages left.
    """
    columns = translated_fields(form._meta.model)
    left = {DEFAULT_LANGUAGE}
    for name in list(form.fields):
        code = columns.get(name)
        if code is None or code == DEFAULT_LANGUAGE:
            continue
        if form.is_bound:
            field = form.fields[name]
            keep = code in offered and not field.widget.value_omitted_from_data(
                form.data, form.files, form.add_prefix(name)
            )
        else:
            keep = code in shown
        if keep:
            left.add(code)
        else:
            del form.fields[name]
    for formset in getattr(form, "formsets", {}).values():
        formset.form = _restricted_form_class(formset.form, tuple(offered), tuple(shown))
    return tuple(code for code in LANGUAGE_CODES if code in left)


@cache
def _restricted_form_class(form_class, offered, shown):
    """The child form class of an inline formset, restricted to the same languages."""

    class Restricted(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            restrict_form(self, offered, shown)

    Restricted.__name__ = Restricted.__qualname__ = form_class.__name__
    return Restricted
