"""How a row from the database becomes a page, without the constructors that do nothing for it.

Django builds a model instance from a row by calling the class: for a page that runs
modeltranslation's constructor, modelcluster's, Wagtail's two and Django's, which assigns the
row column by column through each column's descriptor. For a row (every column given by
position, the primary key set) none of them does more than put each value into the instance's
`__dict__`, but an event with 167 columns (eleven languages) cost ~85 µs so — the iCal
subscription's 300 events and their organisations spent a quarter of the request there.

`place_row` puts the values where the constructors would have put them: straight into
`__dict__`, except through a StreamField's descriptor, which turns the stored JSON into its
value. A page type whose constructors or descriptors do anything else is built the usual way.
"""

import inspect

from django.db.models import Model
from django.db.models.base import ModelState
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.query_utils import DeferredAttribute
from django.db.models.signals import post_init, pre_init

from modelcluster.models import ClusterableModel
from modeltranslation.fields import TranslationFieldDescriptor
from wagtail.fields import Creator
from wagtail.models import Page
from wagtail.models.pages import AbstractPage, ShowInMenusMixin

# Constructors that, for a row from the database, only assign the columns (Wagtail's set a
# content type or menu default for new pages only; modelcluster's takes child objects by keyword).
_ROW_NEUTRAL_CONSTRUCTORS = {
    Model.__init__,
    ClusterableModel.__init__,
    Page.__init__,
    AbstractPage.__init__,
    ShowInMenusMixin.__init__,
    object.__init__,
}

# Descriptors that leave a value from the database as it is: Django's plain and foreign-key
# columns (nothing is cached yet on a new instance). modeltranslation's field in the active
# language does too, for columns that are no relation: it only stores the value while the
# constructor runs (its `_mt_init`); `_placement` checks that one apart.
_PLAIN_DESCRIPTORS = (type(None), DeferredAttribute, ForeignKeyDeferredAttribute)


def _is_modeltranslation_constructor(function):
    return function.__qualname__ == "patch_constructor.<locals>.new_init"


def _neutral_for_rows(function) -> bool:
    if function in _ROW_NEUTRAL_CONSTRUCTORS:
        return True
    if _is_modeltranslation_constructor(function):
        # It rewrites keyword names and then calls the class's constructor it replaced.
        wrapped = dict(zip(function.__code__.co_freevars, function.__closure__, strict=True))["old_init"]
        return _neutral_for_rows(wrapped.cell_contents)
    return False


def _placement(model):
    """Per concrete column, (attribute name, the descriptor to set it through or None), or None
    when an instance of `model` must be built by its constructors."""
    if pre_init.has_listeners(model):
        return None
    for klass in model.__mro__:
        constructor = klass.__dict__.get("__init__")
        if constructor is not None and not _neutral_for_rows(constructor):
            return None
    placement = []
    for field in model._meta.concrete_fields:
        descriptor = inspect.getattr_static(model, field.attname, None)
        translated = isinstance(descriptor, TranslationFieldDescriptor) and not field.is_relation
        if translated or isinstance(descriptor, _PLAIN_DESCRIPTORS):
            placement.append((field.attname, None))
        elif isinstance(descriptor, Creator):
            placement.append((field.attname, descriptor))
        else:
            return None
    return tuple(placement)


# Decided once per model, at its first row: the classes, their descriptors and `pre_init`'s
# listeners are all in place once the apps are ready.
_placements = {}


def placement_of(model):
    if model not in _placements:
        _placements[model] = _placement(model)
    return _placements[model]


def place_row(model, db, columns, values):
    """An instance of `model` holding `values`, one per entry of `columns` (`placement_of`'s,
    the deferred ones left out), as Django's constructor would have made it."""
    page = model.__new__(model)
    page._state = state = ModelState()
    state.adding = False
    state.db = db
    attributes = page.__dict__
    for (name, descriptor), value in zip(columns, values, strict=True):
        if descriptor is None:
            attributes[name] = value
        else:
            descriptor.__set__(page, value)
    post_init.send(sender=model, instance=page)
    return page


def loaded_columns(placement, mask):
    return tuple(column for column, loaded in zip(placement, mask, strict=True) if loaded)
