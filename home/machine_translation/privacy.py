"""What the privacy statement says about machine translation: the engine by name, when the
server has one, and nothing at all when it has none (then no text leaves the server)."""

from urllib.parse import urlsplit

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from home.machine_translation.engines import DeepL, LibreTranslate, configured_engine


def engine_provider(engine) -> str:
    """Who receives the texts: the company behind DeepL, or the host of a LibreTranslate server."""
    if isinstance(engine, DeepL):
        return "DeepL SE, Maarweg 165, 50825 Köln"
    if isinstance(engine, LibreTranslate):
        host = urlsplit(engine.base_url).hostname or ""
        return _("LibreTranslate server at %(host)s") % {"host": host}
    return engine.label


def privacy_section(request, page):
    """The privacy statement's section on machine translation, or None without an engine."""
    engine = configured_engine()
    if engine is None:
        return None
    return render_to_string(
        "home/includes/machine_translation_privacy.html",
        {"engine": engine, "provider": engine_provider(engine)},
        request=request,
    )
