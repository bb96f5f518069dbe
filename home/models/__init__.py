from .base import BasePage
from .feedback import BarrierReport
from .images import PortalImage, PortalRendition
from .pages import PortalHomePage, StandardPage
from .site_settings import PortalSettings

__all__ = [
    "BarrierReport",
    "BasePage",
    "PortalHomePage",
    "PortalImage",
    "PortalRendition",
    "PortalSettings",
    "StandardPage",
]
