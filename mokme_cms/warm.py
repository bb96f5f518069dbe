"""What every gunicorn worker would otherwise load on its first requests, loaded once in the master.

gunicorn forks its workers from a master that has loaded the application (``preload_app``), and
replaces each worker after ``max_requests``. Django loads the URL configuration (with Wagtail's
admin, ~200 ms), each language's reverse URLs and catalogue, and each template on first use: in
every new worker, in the requests of whichever visitors came first, a few times a minute under
load. Loaded in the master before it forks, all of it is shared with every worker it forks, and
frozen for the garbage collector with the rest (``pre_fork`` in mokme_cms/gunicorn.py).

Nothing here reads the database or the cache: the master must not open connections that its
workers would inherit.
"""

import logging
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils import translation

logger = logging.getLogger("mokme.warm")


def warm_up():
    """Load the URL configuration in every language, the catalogues and the portal's templates."""
    resolver = get_resolver()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            # Reversing is set up per language (the prefix and translated paths of i18n_patterns).
            resolver.reverse_dict  # noqa: B018 - read for its side effect: populated for this language
    for name in portal_templates():
        try:
            get_template(name)
        except Exception:
            # Its page fails as it would have without the warm-up; the master and every other page start.
            logger.exception("Warm-up: the template %s does not compile", name)


def portal_templates():
    """The names of the templates in the portal's own folders (not those of installed packages)."""
    project = Path(settings.BASE_DIR).resolve()
    folders = [Path(folder) for engine in settings.TEMPLATES for folder in engine.get("DIRS", [])]
    folders += [Path(config.path) / "templates" for config in apps.get_app_configs()]
    names = set()
    for folder in folders:
        folder = folder.resolve()
        if folder.is_dir() and folder.is_relative_to(project) and ".venv" not in folder.parts:
            names.update(path.relative_to(folder).as_posix() for path in folder.rglob("*.html"))
    return sorted(names)
