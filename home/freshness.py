"""When a page was last checked: set when it is published, and by an editor's one-click
"Still correct" when its content is unchanged but still true (issue 21).

The date is a column of every portal page (home.models.base.BasePage.last_checked); the page
shows it at the end of its main content.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.models import Page

from home.models.base import BasePage
from home.page_cache import page_changed


def record_check(page):
    """Marks ``page`` (a specific portal page) as checked today, in its own row only."""
    today = timezone.localdate()
    type(page).objects.filter(pk=page.pk).update(last_checked=today)
    page.last_checked = today


def confirm(page):
    """An editor confirmed the live page: its date changes, and no cached copy shows the old one."""
    record_check(page)
    page_changed(page)


def checked_on_publish(sender, instance, **kwargs):
    if isinstance(instance, BasePage):
        record_check(instance)


def may_confirm(page, user) -> bool:
    return page.live and page.permissions_for_user(user).can_publish()


def confirmable_page(request, page_id):
    """The live portal page the user may confirm; 404 to whoever may not even edit it."""
    page = Page.objects.filter(pk=page_id).first()
    page = page.specific if page is not None else None
    if not isinstance(page, BasePage) or not page.live:
        raise Http404
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise Http404
    if not permissions.can_publish():
        raise PermissionDenied
    return page


@require_http_methods(["GET", "POST"])
def still_correct(request, page_id):
    """GET: a page with the one button (without script); POST: the page is checked today."""
    page = confirmable_page(request, page_id)
    if request.method == "POST":
        confirm(page)
        messages.success(request, _("Thank you: the page is marked as checked today."))
        next_url = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
            return redirect(next_url)
        return redirect("wagtailadmin_pages:edit", page.pk)
    title = _("Is this still correct?")
    return TemplateResponse(
        request, "home/admin/still_correct.html", {"page": page, "page_title": title, "header_title": title}
    )


def still_correct_button(page, user, view_name, next_url=None):
    """In the page's actions menu of the admin: one click posts the confirmation (Wagtail's w-action)."""
    if page.is_root() or not isinstance(page.specific_deferred, BasePage) or not may_confirm(page, user):
        return
    yield still_correct_action(reverse("page_still_correct", args=[page.pk]))


def still_correct_action(url):
    """The "Still correct" entry of a page's actions menu: one click posts to ``url``."""
    from wagtail.admin.widgets import Button

    return Button(
        _("Still correct"),
        url,
        icon_name="check",
        priority=45,
        attrs={"data-controller": "w-action", "data-action": "w-action#post", "data-w-action-url-value": url},
    )
