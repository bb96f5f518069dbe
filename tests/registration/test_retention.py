"""Registrations are deleted on time, by the scheduled jobs, as the privacy statement says."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from events.registration.models import Registration
from home import registry
from home.demo.legal_texts import PRIVACY


def registration(event, *, starts_at, status="confirmed", created_at=None, date=None):
    return Registration.objects.create(
        event=event,
        date=date,
        starts_at=starts_at,
        name="Gast",
        phone="0211 1",
        status=status,
        language="de",
        created_at=created_at or timezone.now(),
    )


def test_registrations_go_the_set_number_of_days_after_their_date(event, settings):
    now = timezone.now()
    past = registration(event, starts_at=now - datetime.timedelta(days=31), date=datetime.date(2026, 1, 1))
    recent = registration(event, starts_at=now - datetime.timedelta(days=29), date=datetime.date(2026, 1, 2))
    # Signed up for the whole event, whose (upcoming) date is what counts.
    whole = registration(event, starts_at=now - datetime.timedelta(days=40))
    unconfirmed = registration(
        event,
        starts_at=now + datetime.timedelta(days=3),
        status="unconfirmed",
        created_at=now - datetime.timedelta(hours=25),
    )
    fresh = registration(event, starts_at=now + datetime.timedelta(days=3), status="unconfirmed")

    call_command("delete_old_registrations", stdout=io.StringIO())

    left = set(Registration.objects.values_list("pk", flat=True))
    assert left == {recent.pk, whole.pk, fresh.pk}
    assert past.pk not in left and unconfirmed.pk not in left

    settings.REGISTRATION_KEEP_DAYS = 7
    call_command("delete_old_registrations", stdout=io.StringIO())
    assert set(Registration.objects.values_list("pk", flat=True)) == {whole.pk, fresh.pk}


def test_the_clock_runs_the_deletion():
    assert any(command == "delete_old_registrations" for command, _seconds in registry.scheduled_jobs)


def test_the_privacy_statement_says_what_is_kept_and_how_long(settings):
    text = " ".join(str(value) for _kind, value in PRIVACY["body"])
    assert f"{settings.REGISTRATION_KEEP_DAYS} Tage nach dem Termin automatisch gelöscht" in text
    assert "innerhalb von 24 Stunden bestätigt" in text
    for kept in ("Namen", "E-Mail-Adresse oder Telefonnummer", "Zahl der Personen", "Hinweis"):
        assert kept in text
