"""The organisers' lists: their editors see who comes, other editors nothing, moderators counts."""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from events.registration.models import Registration
from tests.factories import EventPageFactory
from tests.registration.helpers import with_registration


@pytest.fixture
def org_event(org_a):
    event = with_registration(
        EventPageFactory(parent=org_a, title="Frauenfrühstück", slug="fruehstueck"), places=10
    )
    for name, phone, people, status in [
        ("Ayşe Demir", "0211 1", 2, Registration.Status.CONFIRMED),
        ('=HYPERLINK("http://evil.example")', "+49 211 2", 1, Registration.Status.CONFIRMED),
        ("Bilal Kaya", "0211 3", 1, Registration.Status.WAITING),
    ]:
        Registration.objects.create(
            event=event,
            starts_at=event.start,
            name=name,
            phone=phone,
            people=people,
            status=status,
            language="de",
        )
    Registration.objects.create(
        event=event,
        starts_at=event.start,
        name="Unbestätigt",
        email="u@example.org",
        status="unconfirmed",
        language="de",
    )
    return event


def list_url(event):
    return f"/admin/registrations/{event.pk}/all/"


def test_the_organisations_editor_sees_the_list_csv_and_print_view(client, editor_a, org_event):
    client.force_login(editor_a)
    overview = BeautifulSoup(client.get("/admin/registrations/").content, "html.parser")
    assert "Frauenfrühstück" in overview.get_text()
    assert overview.find("a", href=list_url(org_event))

    listing = client.get(list_url(org_event)).content.decode()
    assert "Ayşe Demir" in listing and "Bilal Kaya" in listing
    assert "Unbestätigt" not in listing  # holds no place until the address is confirmed

    exported = client.get(list_url(org_event) + "csv/")
    assert exported["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows[1][:4] == ["Ayşe Demir", "", "0211 1", "2"]
    # What a visitor typed never runs as a spreadsheet formula.
    assert rows[2][0].startswith("'=") and rows[2][2] == "'+49 211 2"

    printed = client.get(list_url(org_event) + "print/").content.decode()
    assert "Ayşe Demir" in printed and "Bilal Kaya" in printed


def test_another_organisations_editor_sees_nothing(client, editor_b, org_event):
    client.force_login(editor_b)
    assert "Frauenfrühstück" not in client.get("/admin/registrations/").content.decode()
    for suffix in ("", "csv/", "print/"):
        assert client.get(list_url(org_event) + suffix).status_code == 404


def test_moderators_see_counts_not_names(client, moderator, org_event):
    client.force_login(moderator)
    overview = client.get("/admin/registrations/").content.decode()
    assert "Frauenfrühstück" in overview
    assert "3 / 10" in overview
    assert "Ayşe" not in overview
    for suffix in ("", "csv/", "print/"):
        # Wagtail's admin answers a refusal with its dashboard and a message.
        refused = client.get(list_url(org_event) + suffix)
        assert refused.status_code == 302 and "Ayşe" not in refused.content.decode()


def test_a_nonsense_date_is_not_found(client, editor_a, org_event):
    client.force_login(editor_a)
    assert client.get(f"/admin/registrations/{org_event.pk}/2026-13-45/").status_code == 404
