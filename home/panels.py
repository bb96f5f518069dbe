"""The language picker at the top of the page editor (home.editing_languages)."""

from django.utils.translation import gettext, gettext_lazy

from wagtail.admin.panels import Panel

from home.editing_languages import ALL, REQUEST_PARAMETER
from home.languages import DEFAULT_LANGUAGE, get_language


class EditingLanguagesPanel(Panel):
    """Which languages the editor shows; changing it reloads the editor with `?translation=`."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", gettext_lazy("Languages in this form"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return "editing_languages"

    class BoundPanel(Panel.BoundPanel):
        template_name = "home/admin/editing_languages_panel.html"

        def is_shown(self):
            return len(getattr(self.form, "languages_offered", ())) > 1

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            offered = [code for code in self.form.languages_offered if code != DEFAULT_LANGUAGE]
            shown = [code for code in self.form.languages_shown if code != DEFAULT_LANGUAGE]
            german = get_language(DEFAULT_LANGUAGE).name
            options = [(DEFAULT_LANGUAGE, gettext("German only"))]
            options += [(code, f"{german} + {get_language(code).name}") for code in offered]
            options.append((ALL, gettext("All languages")))
            if len(offered) > 1 and set(shown) == set(offered):
                selected = ALL
            elif not shown:
                selected = DEFAULT_LANGUAGE
            elif len(shown) == 1:
                selected = shown[0]
            else:
                selected = ",".join(shown)
                names = ", ".join(get_language(code).name for code in shown)
                options.insert(-1, (selected, f"{german} + {names}"))
            context.update(options=options, selected=selected, parameter=REQUEST_PARAMETER)
            return context
