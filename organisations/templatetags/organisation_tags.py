"""Template tags of the organisation subsites: protected email, schema.org JSON-LD."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from home.structured_data import absolute_rendition, canonical_url, json_ld_script

register = template.Library()


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
    request = context.get("request")
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
