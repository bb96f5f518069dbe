from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from home import registry


class RegistrationConfig(AppConfig):
    name = "events.registration"
    label = "registration"
    verbose_name = _("Registrations")

    def ready(self):
        from events.registration import signals

        signals.connect()
        # Past dates' registrations go after the days the privacy statement names; unconfirmed
        # ones after a day.
        registry.add_scheduled_job("delete_old_registrations", 60 * 60)
