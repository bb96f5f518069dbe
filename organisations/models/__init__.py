from .applications import OrganisationApplication
from .freshness import DirectorySettings, OrganisationFreshness
from .messages import ContactMessage
from .ownership import OrganisationOwnedMixin
from .pages import (
    MODERATE_PERMISSION,
    OrganisationContentPage,
    OrganisationIndexPage,
    OrganisationPage,
    OrganisationSocialLink,
)
from .partners import Partner, PartnersPage
from .taxonomy import Community, FieldOfActivity, SpokenLanguage, Town
from .trust import OrganisationTrust

__all__ = [
    "MODERATE_PERMISSION",
    "Community",
    "ContactMessage",
    "DirectorySettings",
    "FieldOfActivity",
    "OrganisationApplication",
    "OrganisationContentPage",
    "OrganisationFreshness",
    "OrganisationIndexPage",
    "OrganisationOwnedMixin",
    "OrganisationPage",
    "OrganisationSocialLink",
    "OrganisationTrust",
    "Partner",
    "PartnersPage",
    "SpokenLanguage",
    "Town",
]
