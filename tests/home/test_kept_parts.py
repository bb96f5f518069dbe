"""`{% kept_part %}`: a part of a page kept for every visitor of a language, renewed with what
it shows, including the fragments rendered inside it and what it varies with."""

import pytest

from django.template import Context, Template
from django.test import RequestFactory

from home.page_cache import renew
from home.page_cache.fragments import frame_changed

PART = Template(
    '{% load portal_tags %}{% kept_part page "part" vary %}{{ outer }}'
    '{% frame_fragment "inner" %}/{{ inner }}{% endframe_fragment %}{% endkept_part %}'
)


def render(page, outer, inner, vary="chosen"):
    request = RequestFactory().get(page.url)
    return PART.render(
        Context({"request": request, "page": page, "outer": outer, "inner": inner, "vary": vary})
    )


def test_a_kept_part_is_renewed_by_what_renews_the_fragments_inside_it(home_page):
    assert render(home_page, 1, 1) == "1/1"
    assert render(home_page, 2, 2) == "1/1"
    # Only the inner fragment's tag is renewed (a page elsewhere in the tree changed the menu).
    frame_changed()
    assert render(home_page, 3, 3) == "3/3"
    # The page's own tags renew the part, not the fragment inside it (kept under its own).
    renew({f"tree:{home_page.path}"})
    assert render(home_page, 4, 4) == "4/3"


def test_a_kept_part_is_kept_per_value_it_varies_with_and_not_at_all_for_none(home_page):
    assert render(home_page, 1, 1, vary="a") == "1/1"
    assert render(home_page, 2, 1, vary="b") == "2/1"
    assert render(home_page, 3, 1, vary="a") == "1/1"
    assert render(home_page, 4, 1, vary=None) == "4/1"
    assert render(home_page, 5, 1, vary=None) == "5/1"


@pytest.mark.parametrize("bad", ["{% kept_part page %}", '{% kept_part page "a" b c %}'])
def test_a_kept_part_needs_a_page_and_a_name(bad):
    from django.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        Template("{% load portal_tags %}" + bad + "{% endkept_part %}")
