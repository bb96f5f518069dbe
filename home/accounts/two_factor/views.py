"""Turning two-factor login on and off in the account, and the code step after the password."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.accounts.two_factor.devices import (
    confirmed_device,
    has_confirmed_device,
    pending_device,
    qr_code_data_uri,
    secret,
)
from home.accounts.two_factor.forms import CodeForm


class AccountPageMixin(WagtailAdminTemplateMixin):
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_account"), "label": _("Account")},
            {"url": "", "label": self.get_page_title()},
        ]


class SetupView(AccountPageMixin, FormView):
    template_name = "home/two_factor/setup.html"
    form_class = CodeForm
    page_title = gettext_lazy("Turn on two-factor login")

    def dispatch(self, request, *args, **kwargs):
        if has_confirmed_device(request.user):
            return redirect("two_factor:turn_off")
        self.device = pending_device(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.device}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["qr_code"] = qr_code_data_uri(self.device)
        context["secret"] = secret(self.device)
        return context

    def form_valid(self, form):
        device = form.device
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=self.request.user, confirmed=False).delete()
        # The code just entered proves the device; this session need not ask for another.
        otp_login(self.request, device)
        messages.success(
            self.request,
            _("Two-factor login is on. From now on you will be asked for a code after your password."),
        )
        return redirect("wagtailadmin_account")


class TurnOffView(AccountPageMixin, FormView):
    template_name = "home/two_factor/turn_off.html"
    form_class = CodeForm
    page_title = gettext_lazy("Turn off two-factor login")

    def dispatch(self, request, *args, **kwargs):
        self.device = confirmed_device(request.user)
        if self.device is None:
            return redirect("two_factor:setup")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.device}

    def form_valid(self, form):
        TOTPDevice.objects.filter(user=self.request.user).delete()
        self.request.session.pop(DEVICE_ID_SESSION_KEY, None)
        messages.success(self.request, _("Two-factor login is off. Your password alone signs you in again."))
        return redirect("wagtailadmin_account")


class VerifyView(FormView):
    """The step between the password and the admin for users who turned two-factor login on."""

    template_name = "home/two_factor/verify.html"
    form_class = CodeForm

    def dispatch(self, request, *args, **kwargs):
        self.device = confirmed_device(request.user)
        if self.device is None or request.user.is_verified():
            return redirect(self.next_url())
        return super().dispatch(request, *args, **kwargs)

    def next_url(self):
        target = self.request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(
            target, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        ):
            return target
        return reverse("wagtailadmin_home")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.device}

    def form_valid(self, form):
        otp_login(self.request, form.device)
        return redirect(self.next_url())
