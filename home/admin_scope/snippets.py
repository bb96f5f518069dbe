"""Snippet admin views whose listing and chooser show only what the user's scope allows.

Wagtail's snippet chooser lists every object of the model to every admin user, whatever
their permissions; the listing asks the permission policy only.
"""

from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_scope import visible_to


class ScopedChooserMixin:
    def get_object_list(self):
        return visible_to(self.request.user, self.model_class, super().get_object_list())


class ScopedChooseView(ScopedChooserMixin, ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooserMixin, ChooseResultsView):
    pass


class ScopedChosenView(SnippetChosenView):
    def get_object(self, pk):
        return visible_to(self.request.user, self.model_class).get(pk=pk)


class ScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return visible_to(self.request.user, self.model_class).filter(pk__in=pks)


class ScopedSnippetChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


class ScopedSnippetViewSet(SnippetViewSet):
    """The base of every snippet viewset of the portal."""

    chooser_viewset_class = ScopedSnippetChooserViewSet

    def get_queryset(self, request):
        return visible_to(request.user, self.model)
