"""The label of a machine-translated, unreviewed page, shown to visitors in their language.

Machine-translated public information is marked unless a person reviewed it (EU AI Act,
Art. 50(4)): a note at the top of the page with a link to the German original, and a mark in
the page's metadata.
"""

from django import template

from home.languages import DEFAULT_LANGUAGE, active_language
from home.languages.alternates import page_url
from home.machine_translation.review import needs_label
from home.models import TranslationEdit

register = template.Library()


@register.simple_tag(takes_context=True)
def machine_translation_label(context):
    """The German original's URL when the page needs the label, else ""."""
    page = context.get("page")
    code = active_language().code
    if code == DEFAULT_LANGUAGE or page is None or not hasattr(page, "is_available_in"):
        return ""
    if not page.is_available_in(code):
        return ""  # the visitor reads the German fallback, not a translation
    edit = TranslationEdit.objects.filter(page_id=page.pk, language=code).first()
    if not needs_label(edit):
        return ""
    return page_url(page, DEFAULT_LANGUAGE, context.get("request")) or "/de/"
