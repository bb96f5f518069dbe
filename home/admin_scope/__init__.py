"""What an admin user may see of each kind of object, decided once per model.

The listing, the bulk actions, the choosers, the history views and the admin API of a model
all ask `visible_to(user, model)`; `AdminScopeMiddleware` answers 404 to every admin URL that
names an object outside it. Wagtail itself checks only the model permission in several of
these places, so a rule kept in one listing alone would leak through the others.

Each app registers the scope of its models in its `wagtail_hooks.py`. A model nobody
registered is scoped by its permission policy: what the user may view, change, delete or
choose — so a new kind of object is closed until someone says otherwise.
"""

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db.models import Model, QuerySet

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

Scope = Callable[[object, QuerySet], QuerySet]

_scopes: dict[type[Model], Scope] = {}
_public: set[type[Model]] = set()

# The actions that make an object visible in the admin under its permission policy.
VISIBLE_ACTIONS = ("view", "change", "delete", "choose")


def register_scope(model: type[Model], scope: Scope) -> None:
    """`scope(user, queryset)` narrows `queryset` to what `user` may see in the admin."""
    _scopes[model] = scope


def register_public(*models: type[Model]) -> None:
    """Reference data the public site shows anyway (towns, topics): every admin user may choose it."""
    for model in models:
        _scopes[model] = lambda user, queryset: queryset
        _public.add(model)


def is_public(model: type[Model]) -> bool:
    return model in _public


def permission_scope(user, queryset: QuerySet) -> QuerySet:
    """What the model's permission policy lets the user view, change, delete or choose."""
    model = queryset.model
    try:
        policy = policy_registry.get_by_type(model)
    except LookupError:
        policy = ModelPermissionPolicy(model)
    visible = policy.instances_user_has_any_permission_for(user, VISIBLE_ACTIONS)
    return queryset.filter(pk__in=visible.values("pk"))


def scope_of(model: type[Model]) -> Scope:
    for klass in model.__mro__:
        if klass in _scopes:
            return _scopes[klass]
    return permission_scope


def is_registered(model: type[Model]) -> bool:
    return any(klass in _scopes for klass in model.__mro__)


def visible_to(user, model: type[Model], queryset: QuerySet | None = None) -> QuerySet:
    """The objects of `model` (or of `queryset`) that `user` may see anywhere in the admin."""
    if queryset is None:
        queryset = model._default_manager.all()
    if not (user.is_authenticated and user.is_active):
        return queryset.none()
    if user.is_superuser:
        return queryset
    return scope_of(model)(user, queryset)


def all_visible(user, model: type[Model], pks) -> bool:
    """True when every primary key in `pks` names an object of `model` the user may see."""
    wanted = set()
    for pk in pks:
        try:
            wanted.add(model._meta.pk.to_python(pk))
        except ValidationError:  # a malformed id names nothing the user may see
            return False
    if not wanted:
        return True
    return visible_to(user, model).filter(pk__in=wanted).count() == len(wanted)
