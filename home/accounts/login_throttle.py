"""The answer to a login from an account and address that failed too often (django-axes).

Instead of axes' bare page, the editor sees the admin's own login page again with a message
that says how long to wait and that the password can be reset meanwhile.
"""

from axes.helpers import get_client_username, get_cool_off

from django.conf import settings
from django.contrib import messages
from django.shortcuts import render
from django.utils.translation import gettext, ngettext

from home.admin_forms import PortalLoginForm


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    if minutes:
        message = ngettext(
            "Too many failed sign-in attempts. Please wait %(minutes)d minute before you try again, "
            "or set a new password with “Forgotten password?”.",
            "Too many failed sign-in attempts. Please wait %(minutes)d minutes before you try again, "
            "or set a new password with “Forgotten password?”.",
            minutes,
        ) % {"minutes": minutes}
    else:
        message = gettext(
            "Too many failed sign-in attempts. Please ask the portal's moderation to unlock your account."
        )
    messages.error(request, message)
    form = PortalLoginForm(request, initial={"username": get_client_username(request, credentials) or ""})
    context = {"form": form, "show_password_reset": True, "next": request.POST.get("next", "")}
    return render(request, "wagtailadmin/login.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
