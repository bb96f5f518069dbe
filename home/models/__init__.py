from .base import BasePage
from .editorial import (
    EditingLanguages,
    MachineTranslatedField,
    MachineTranslationUsage,
    PagePath,
    ReviewLanguages,
    TranslationEdit,
)
from .feedback import BarrierReport
from .glossary import GlossaryTerm
from .images import PortalImage, PortalRendition
from .mail import OutgoingMail
from .page_views import PageViewBatch, PageViewCount
from .pages import PortalHomePage, StandardPage
from .search import PageText, SearchMiss
from .site_settings import PortalSettings

__all__ = [
    "BarrierReport",
    "BasePage",
    "EditingLanguages",
    "GlossaryTerm",
    "MachineTranslatedField",
    "MachineTranslationUsage",
    "OutgoingMail",
    "PagePath",
    "PageText",
    "PageViewBatch",
    "PageViewCount",
    "PortalHomePage",
    "PortalImage",
    "PortalRendition",
    "PortalSettings",
    "ReviewLanguages",
    "SearchMiss",
    "StandardPage",
    "TranslationEdit",
]
