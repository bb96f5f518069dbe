"""Fields translated with modeltranslation; every Page subclass is registered."""

from modeltranslation.translator import TranslationOptions, register

from organisations.models import (
    Community,
    FieldOfActivity,
    OrganisationContentPage,
    OrganisationIndexPage,
    OrganisationPage,
    Partner,
    PartnersPage,
    SpokenLanguage,
    Town,
)


@register(Town)
class TownTranslation(TranslationOptions):
    fields = ("name",)


@register(FieldOfActivity)
class FieldOfActivityTranslation(TranslationOptions):
    fields = ("name",)


@register(Community)
class CommunityTranslation(TranslationOptions):
    fields = ("name",)


@register(SpokenLanguage)
class SpokenLanguageTranslation(TranslationOptions):
    fields = ("name",)


@register(OrganisationIndexPage)
class OrganisationIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(OrganisationPage)
class OrganisationPageTranslation(TranslationOptions):
    fields = ("short_description", "body", "office_hours")


@register(OrganisationContentPage)
class OrganisationContentPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("description",)


@register(PartnersPage)
class PartnersPageTranslation(TranslationOptions):
    fields = ("intro",)
