"""Page forms accept only objects the editor may choose: an image of another organisation's
collection is refused as one's own logo even when its id is posted by hand (the chooser
alone only hides it)."""

from django import forms
from django.db.models import Q

from home.admin_scope import visible_to


def _current_pks(value):
    if value is None or value == "":
        return []
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        value = [value]
    return [getattr(each, "pk", each) for each in value]


def limit_choices_to_scope(form, user):
    """Every model choice of `form` narrowed to what `user` may see, plus what the object
    already holds: a moderator's earlier choice stays valid for the editor."""
    for name, field in form.fields.items():
        if not isinstance(field, forms.ModelChoiceField):
            continue
        queryset = field.queryset
        visible = Q(pk__in=visible_to(user, queryset.model, queryset).values("pk"))
        kept = _current_pks(form.initial.get(name))
        field.queryset = queryset.filter(visible | Q(pk__in=kept)) if kept else queryset.filter(visible)
