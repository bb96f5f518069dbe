"""Admin menu entries that only some users see."""


class MenuForSome:
    """Mixin for a Wagtail ViewSet: its menu item is shown when `shows_menu_to(request)` says so."""

    def shows_menu_to(self, request) -> bool:
        raise NotImplementedError

    def get_menu_item(self, order=None):
        item = super().get_menu_item(order)
        item.is_shown = self.shows_menu_to
        return item
