"""Template tags of the organisation subsites: their header, protected email, schema.org JSON-LD."""

import re

from django import template
from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wagtail import hooks

from home.images import ORGANISATION_LOGO
from home.page_cache.fragments import kept_items, shared_part
from home.structured_data import absolute_rendition, canonical_url, json_ld_script

register = template.Library()

# Each link of the header's navigation is written with this mark; the one to the page shown
# becomes its aria-current, the others lose it.
_LINK_MARK = re.compile(r' data-subsite-link="([^"]+)"')


def _kept_for(context, organisation, name, render):
    """What ``render()`` gives for ``organisation``: the same for every visitor of a language, so
    kept as a part of the organisation's page (`shared_part`: under the tags its page is cached
    with, which its own, its ancestors' and its pages' changes renew, and the site's)."""
    html = shared_part(context.get("request"), organisation, name, lambda: (render(), None))
    return mark_safe(html)  # noqa: S308 - rendered by a template (or json_ld_script), which escaped it


@register.simple_tag(takes_context=True)
def subsite_header(context):
    """The subsite's header: cover, logo, name, town and the organisation's pages, the same on
    every page of the organisation (its profile, pages, events, news, contact form) and kept.
    Of a visit only the link to the page shown differs: marked in the copy."""
    organisation = context["organisation"]
    page = context.get("page")
    if context.get("contact_url"):
        shown = "contact"
    elif page is not None and page.pk == organisation.pk:
        shown = "overview"
    else:
        shown = str(getattr(page, "pk", ""))

    def render():
        return render_to_string(
            "organisations/includes/subsite_header.html",
            {"organisation": organisation.with_header_images()},
            request=context.get("request"),
        )

    header = _kept_for(context, organisation, "subsite-header", render)
    marked = _LINK_MARK.sub(lambda link: ' aria-current="page"' if link[1] == shown else "", header)
    return mark_safe(marked)  # noqa: S308 - the kept header, with one constant attribute


@register.simple_tag(takes_context=True)
def subsite_head(context, organisation):
    """What other apps add to the subsite's head (the events' and news feeds' links), through
    the `organisation_page_head` hook, so that this app does not import them."""
    request = context.get("request")
    heads = (hook(request, organisation) for hook in hooks.get_hooks("organisation_page_head"))
    return mark_safe("".join(head for head in heads if head is not None))  # noqa: S308 - rendered by templates


@register.simple_tag(takes_context=True)
def organisation_profile(context):
    """The profile beside the organisation's page (address, contacts, office hours, what it
    does, languages, towns), kept: its lists are read only when it is rendered."""
    organisation = context["organisation"]
    request = context.get("request")

    def render():
        return render_to_string(
            "organisations/includes/profile.html",
            {"organisation": organisation.with_profile(request)},
            request=request,
        )

    return _kept_for(context, organisation, "organisation-profile", render)


@register.simple_tag(takes_context=True)
def organisation_cards(context, organisations):
    """The directory's cards, each the same for every visitor of a language, so kept as a part
    of its organisation's page (`kept_items`): a visit reads the twenty in one round trip, and
    only a card not kept reads its fields of activity and logo sizes and is rendered. A card
    names the town filtered by when its organisation sits elsewhere: kept per such town."""
    town_filter = context.get("town_filter")

    def prepare(missing):
        prefetch_related_objects(missing, "fields_of_activity", ORGANISATION_LOGO.renditions_of("logo"))

    def vary(organisation):
        return town_filter.pk if town_filter and organisation.town_id != town_filter.pk else ""

    return kept_items(
        context,
        organisations,
        "organisation-card",
        "organisations/includes/organisation_card.html",
        "organisation",
        prepare,
        vary,
    )


@register.simple_tag
def protected_email(address, organisation):
    """An address that harvesters cannot read from the HTML.

    The text shows “name (at) domain”, the link leads to the contact form;
    portal.js turns it into a mailto link for people with JavaScript.
    """
    user, _at, domain = address.partition("@")
    return format_html(
        '<a class="protected-email" href="{}contact/" data-user="{}" data-domain="{}">{} ({}) {}</a>',
        organisation.url,
        user[::-1],
        domain[::-1],
        user,
        _("at"),
        domain,
    )


@register.simple_tag(takes_context=True)
def organisation_json_ld(context, organisation):
    """The organisation's schema.org description (of its profile, as the profile), kept."""
    request = context.get("request")
    return _kept_for(
        context,
        organisation,
        "organisation-json-ld",
        lambda: _json_ld(request, organisation.with_profile(request)),
    )


def _json_ld(request, organisation):
    url = canonical_url(organisation, request)
    data = {
        "@type": "Organization",
        "name": organisation.title,
        "url": url,
        "description": organisation.short_description,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": organisation.street,
            "postalCode": organisation.postcode,
            "addressLocality": organisation.town.name,
            "addressRegion": "Nordrhein-Westfalen",
            "addressCountry": "DE",
        },
        "areaServed": [town.name for town in organisation.towns_served.all()],
        "knowsLanguage": [language.code for language in organisation.spoken_languages.all()],
        "sameAs": [link.url for link in organisation.social_links.all()]
        + ([organisation.website] if organisation.website else []),
    }
    if organisation.phone:
        data["telephone"] = organisation.phone
    if organisation.founded_year:
        data["foundingDate"] = str(organisation.founded_year)
    data["logo"] = absolute_rendition(request, organisation.logo, "fill-160x160|format-webp")
    return json_ld_script(data)
