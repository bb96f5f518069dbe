"""A page loaded from the database holds what Django's constructors would have made of its row.

`BasePage.from_db` places a row's values without running the constructors (`home.models.rows`);
a value put where the constructor would not have put it — a StreamField's JSON left a string,
a translated column under the wrong name, a deferred column filled — would show on the page.
"""

import pytest

from django.db import models
from django.db.models.signals import pre_init

from wagtail.blocks import StreamValue

from events.calendar.models import EventPage
from home.models.rows import _neutral_for_rows, _placement
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationContentPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    PartnersPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

BODY = [{"type": "paragraph", "value": "<p>Ein Absatz.</p>"}]
BODY_AR = [{"type": "paragraph", "value": "<p>فقرة.</p>"}]


@pytest.fixture
def pages(home_page):
    directory = OrganisationIndexPageFactory(parent=home_page)
    organisation = OrganisationPageFactory(parent=directory, title_tr="Kültür Derneği", body=BODY)
    calendar = EventCalendarPageFactory(parent=home_page)
    news = NewsIndexPageFactory(parent=home_page)
    archive = PressArchivePageFactory(parent=home_page)
    return [
        home_page,
        StandardPageFactory(parent=home_page, body=BODY, body_ar=BODY_AR, title_ar="صفحة"),
        directory,
        organisation,
        OrganisationContentPageFactory(parent=organisation, body=BODY),
        PartnersPageFactory(parent=directory),
        calendar,
        EventPageFactory(parent=organisation, body=BODY, teaser_ar="لقاء", price="5 €"),
        news,
        NewsPageFactory(parent=news, body=BODY),
        archive,
        PressReleasePageFactory(parent=archive, body_ar=BODY_AR),
    ]


def _row(model, pk, only=None):
    """The column names and values of one page's row, as a query hands them to `from_db`."""
    names = [f.attname for f in model._meta.concrete_fields if only is None or f.attname in only]
    return names, list(model.objects.filter(pk=pk).values_list(*names).get())


def _state(page):
    values = {}
    for name, value in page.__dict__.items():
        if name == "_state":
            continue
        values[name] = (type(value), list(value.raw_data)) if isinstance(value, StreamValue) else value
    return values, page._state.adding, page._state.db


@pytest.mark.parametrize("deferred", [False, True], ids=["every column", "deferred columns"])
def test_a_loaded_page_holds_what_its_constructors_would_make_of_the_row(pages, deferred):
    for page in pages:
        model = type(page)
        only = None
        if deferred:
            # As listings load pages: without stream fields and a few other columns.
            columns = model._meta.concrete_fields
            streams = {f.attname for f in columns if f.get_internal_type() == "StreamField"}
            only = {f.attname for f in columns} - streams - {"seo_title", "search_description"}
        names, values = _row(model, page.pk, only)
        loaded = model.from_db("default", names, values)
        # Django's own from_db builds the page through the class's constructors.
        constructed = models.Model.from_db.__func__(model, "default", names, values)
        assert _state(loaded) == _state(constructed), model.__name__
        assert loaded.title == page.title
        if deferred:
            assert "seo_title" in loaded.get_deferred_fields()


def test_stream_fields_come_as_blocks_in_the_visitors_language(pages):
    from django.utils import translation

    standard = type(pages[1]).objects.get(pk=pages[1].pk)
    assert isinstance(standard.body_de, StreamValue) and isinstance(standard.body_ar, StreamValue)
    assert "Ein Absatz." in str(standard.body)
    with translation.override("ar"):
        assert "فقرة." in str(standard.body)
        assert standard.title == "صفحة"
    event = EventPage.objects.get(pk=pages[7].pk)
    assert event.organisation.title_tr == "Kültür Derneği"
    assert event.price == "5 €"
    # Assigning after loading still writes the active language's column.
    event.teaser = "Neu"
    assert event.teaser_de == "Neu" and event.teaser_ar == "لقاء"


def test_a_page_type_with_another_constructor_or_a_listener_is_built_by_its_constructors():
    assert _placement(EventPage) is not None

    def listener(**kwargs):
        pass

    pre_init.connect(listener, sender=EventPage)
    try:
        assert _placement(EventPage) is None
    finally:
        pre_init.disconnect(listener, sender=EventPage)

    def greeting_constructor(self, *args, **kwargs):
        super(EventPage, self).__init__(*args, **kwargs)
        self.greeting = "Hallo"

    # modeltranslation's constructor wraps the one it replaced: that one is looked at too.
    assert _neutral_for_rows(EventPage.__init__)
    assert not _neutral_for_rows(greeting_constructor)
