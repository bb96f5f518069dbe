"""Machine pre-translation (“Vorübersetzen”) against local servers that answer as DeepL and
LibreTranslate do: what is sent, what is filled, what is never touched, and what fails cleanly."""

import socket

import pytest
from bs4 import BeautifulSoup

from wagtail.users.models import UserProfile

from home.machine_translation.engines import DeepL, configured_engine
from home.models import MachineTranslationUsage
from tests.editorial.mt_engines import DEEPL_KEY, FakeLibreTranslate, configure_deepl
from tests.factories import StandardPageFactory

BODY = [
    {"type": "heading", "value": {"text": "Unsere Angebote", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            '<p>Wir beraten <b>montags</b> im <a linktype="page" id="2">Rathaus</a>.</p>'
            "<ul><li>Deutschkurse</li></ul>"
        ),
    },
    {
        "type": "call_to_action",
        "value": {
            "heading": "Mitmachen",
            "text": "",
            "button_label": "Anmelden",
            "page": None,
            "url": "https://example.org/anmelden",
        },
    },
]


@pytest.fixture
def admin_client(admin_client, django_user_model):
    # The texts asserted below are the English msgids: independent of the catalogues.
    profile = UserProfile.get_for_user(django_user_model.objects.get(username="verwaltung"))
    profile.preferred_language = "en"
    profile.save(update_fields=["preferred_language"])
    return admin_client


@pytest.fixture
def deepl(settings):
    engine = configure_deepl(settings)
    yield engine
    engine.stop()


@pytest.fixture
def libretranslate(settings):
    engine = FakeLibreTranslate().start()
    settings.MACHINE_TRANSLATION_ENGINE = "libretranslate"
    settings.LIBRETRANSLATE_URL = engine.url
    settings.LIBRETRANSLATE_KEY = "libre-key"
    settings.MACHINE_TRANSLATION_ALLOW_PRIVATE_ADDRESS = True
    yield engine
    engine.stop()


@pytest.fixture
def about(home_page):
    page = StandardPageFactory(
        parent=home_page, title="Über uns", slug="ueber-uns", intro="Wer wir sind.", body=BODY
    )
    page.save_revision().publish()
    return page


def url(page):
    return f"/admin/machine-translation/{page.pk}/"


def pretranslate(client, page, code="tr"):
    return client.post(url(page), {"action": "pretranslate", "language": code}, follow=True)


def draft(page):
    page.refresh_from_db()
    return page.get_latest_revision_as_object()


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_default_configuration_offers_nothing_and_connects_nowhere(admin_client, about, monkeypatch):
    connections = []

    def refuse(sock, address):
        connections.append(address)
        raise OSError("no connection in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert configured_engine() is None
    edit = admin_client.get(f"/admin/pages/{about.pk}/edit/")
    assert edit.status_code == 200
    assert url(about).encode() not in edit.content
    assert admin_client.get(url(about)).status_code == 404
    assert pretranslate(admin_client, about).status_code == 404
    assert connections == []


def test_deepl_free_and_pro_hosts():
    assert DeepL("abc:fx").base_url == "https://api-free.deepl.com"
    assert DeepL("abc").base_url == "https://api.deepl.com"


def test_editor_pretranslates_into_turkish_as_a_draft(admin_client, about, deepl):
    edit = admin_client.get(f"/admin/pages/{about.pk}/edit/")
    assert url(about).encode() in edit.content  # the “Pre-translate” button in the page header

    overview = BeautifulSoup(admin_client.get(url(about)).content, "html.parser")
    rows = {row.th.get_text(strip=True): row.get_text(" ", strip=True) for row in overview.select("tbody tr")}
    assert "Pre-translate into Türkçe" in rows["Türkçe"]
    assert "not offered" in rows["Kurmancî"]  # DeepL has no Kurmancî

    response = pretranslate(admin_client, about)
    assert response.redirect_chain[-1][0].endswith(f"/admin/pages/{about.pk}/edit/?translation=tr")
    assert any("saved as a draft" in message for message in messages_of(response))

    # What went to DeepL: German HTML to Turkish, with the key in the header.
    _method, path, headers, body = deepl.translate_requests[0]
    assert path == "/v2/translate"
    assert headers["Authorization"] == f"DeepL-Auth-Key {DEEPL_KEY}"
    assert body["source_lang"] == "DE" and body["target_lang"] == "TR" and body["tag_handling"] == "html"
    assert "https://example.org/anmelden" not in str(body)  # addresses are not text

    page = draft(about)
    assert page.title_tr == "tr: Über uns"
    assert page.intro_tr == "tr: Wer wir sind."
    blocks = page.body_tr.raw_data
    assert blocks[0]["value"] == {"text": "tr: Unsere Angebote", "level": "h2"}
    assert blocks[1]["value"] == (
        '<p>tr: Wir beraten <b>tr: montags</b>tr:  im <a linktype="page" id="2">tr: Rathaus</a>tr: .</p>'
        "<ul><li>tr: Deutschkurse</li></ul>"
    )
    assert blocks[2]["value"]["url"] == "https://example.org/anmelden"
    assert blocks[2]["value"]["button_label"] == "tr: Anmelden"
    # A draft: the live page is not translated until someone publishes it.
    about.refresh_from_db()
    assert about.has_unpublished_changes and not about.title_tr
    assert MachineTranslationUsage.objects.get(engine="deepl").characters > 0


def test_only_outdated_machine_text_is_translated_again_and_a_persons_text_never(admin_client, about, deepl):
    pretranslate(admin_client, about)
    page = draft(about)
    page.intro_tr = "Biz kimiz."  # a person corrects the machine's introduction
    page.save_revision()
    assert b"up to date" in admin_client.get(url(about)).content

    page = draft(about)
    page.title_de = "Über den Verein"
    page.intro_de = "Wer wir heute sind."
    page.save_revision()
    pretranslate(admin_client, about)
    page = draft(about)
    assert page.title_tr == "tr: Über den Verein"  # the German changed, the machine text was untouched
    assert page.intro_tr == "Biz kimiz."  # the person's text stays
    sent = str(deepl.translate_requests[-1][3]["text"])
    assert "Über den Verein" in sent and "Wer wir heute" not in sent and "Deutschkurse" not in sent


def test_nothing_to_do_sends_nothing(admin_client, about, deepl):
    pretranslate(admin_client, about)
    count = len(deepl.translate_requests)
    response = pretranslate(admin_client, about)
    assert any("Nothing to pre-translate" in message for message in messages_of(response))
    assert len(deepl.translate_requests) == count


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (403, "refused the portal's key"),
        (429, "busy"),
        (456, "quota for this month is used up"),
        (500, "could not be reached"),
    ],
)
def test_a_failing_engine_says_so_and_leaves_the_page_as_it_was(admin_client, about, deepl, status, message):
    admin_client.get(url(about))  # the language list is read (and kept) before the failure
    revisions = about.revisions.count()
    deepl.fail_with = status
    response = pretranslate(admin_client, about)
    assert response.status_code == 200
    assert any(message in text for text in messages_of(response))
    assert about.revisions.count() == revisions
    assert not draft(about).title_tr


def test_long_pages_go_in_pieces_within_the_engines_limits(admin_client, home_page, deepl):
    paragraphs = "".join(f"<p>Absatz {n}</p>" for n in range(120))
    page = StandardPageFactory(
        parent=home_page, title="Lang", slug="lang", body=[{"type": "paragraph", "value": paragraphs}]
    )
    pretranslate(admin_client, page)
    sizes = [len(body["text"]) for _m, _p, _h, body in deepl.translate_requests]
    assert len(sizes) >= 3 and max(sizes) <= 50
    assert draft(page).body_tr.raw_data[0]["value"] == "".join(f"<p>tr: Absatz {n}</p>" for n in range(120))


def test_libretranslate_request_and_languages(admin_client, about, libretranslate):
    overview = BeautifulSoup(admin_client.get(url(about)).content, "html.parser")
    rows = {row.th.get_text(strip=True): row.get_text(" ", strip=True) for row in overview.select("tbody tr")}
    assert "Pre-translate into فارسی" in rows["فارسی"]
    assert "not offered" in rows["Ελληνικά"]
    pretranslate(admin_client, about, "fa")
    _method, path, _headers, body = libretranslate.translate_requests[0]
    assert path == "/translate"
    assert body["source"] == "de" and body["target"] == "fa" and body["format"] == "html"
    assert body["api_key"] == "libre-key" and isinstance(body["q"], list)
    assert draft(about).title_fa == "fa: Über uns"


def test_a_private_address_is_refused_unless_the_operator_allows_it(
    admin_client, about, libretranslate, settings
):
    settings.MACHINE_TRANSLATION_ALLOW_PRIVATE_ADDRESS = False
    response = admin_client.get(url(about))
    assert b"could not be reached" in response.content
    assert b"Pre-translate into" not in response.content
    assert libretranslate.requests == []


def test_the_monthly_budget_stops_requests(admin_client, about, deepl, settings):
    settings.MACHINE_TRANSLATION_MONTHLY_CHARACTERS = 10
    overview = BeautifulSoup(admin_client.get(url(about)).content, "html.parser")
    assert overview.select_one(".machine-translation-usage").get_text(strip=True) == (
        "Characters sent this month: 0 of 10."
    )
    response = pretranslate(admin_client, about)
    assert any("budget" in message for message in messages_of(response))
    assert deepl.translate_requests == []
    assert not draft(about).title_tr


def test_only_users_who_may_publish_the_page_pretranslate(client, org_a, editor_a, deepl):
    from tests.factories import OrganisationContentPageFactory

    page = OrganisationContentPageFactory(parent=org_a, title="Angebote", slug="angebote")
    client.force_login(editor_a)
    assert url(page).encode() not in client.get(f"/admin/pages/{page.pk}/edit/").content
    # Wagtail sends a user without permission back to the dashboard.
    assert client.get(url(page))["Location"] == "/admin/"
    assert client.post(url(page), {"action": "pretranslate", "language": "tr"})["Location"] == "/admin/"
    assert deepl.translate_requests == []


def visit(client, page, code):
    from home.languages.alternates import page_url

    response = client.get(page_url(page, code))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def publish_draft(page):
    page.refresh_from_db()
    page.get_latest_revision().publish()


def review_languages(client, codes):
    from home.models import ReviewLanguages

    user = client.get("/admin/").wsgi_request.user
    ReviewLanguages.objects.update_or_create(user=user, defaults={"languages": codes})


def test_the_account_page_offers_the_languages_one_reviews(admin_client):
    page = BeautifulSoup(admin_client.get("/admin/account/").content, "html.parser")
    boxes = {box["value"] for box in page.select('input[type="checkbox"][name="review_languages-languages"]')}
    assert {"tr", "ar", "fa", "kmr", "en"} <= boxes and "de" not in boxes
    review_languages(admin_client, ["ar"])
    page = BeautifulSoup(admin_client.get("/admin/account/").content, "html.parser")
    checked = {box["value"] for box in page.select('input[name="review_languages-languages"][checked]')}
    assert checked == {"ar"}


def test_visitors_see_the_label_until_a_person_reviews_the_translation(admin_client, client, about, deepl):
    pretranslate(admin_client, about)
    publish_draft(about)

    turkish = visit(client, about, "tr")
    assert turkish.h1.get_text(strip=True) == "tr: Über uns"
    notice = turkish.select_one("main .machine-translation-notice")
    assert notice is not None and notice["role"] == "note"
    link = notice.find("a")
    assert link["href"] == "/de/ueber-uns/" and link["hreflang"] == "de"
    assert turkish.select_one('meta[name="machine-translated"]')["content"] == "not reviewed"
    # German readers and languages nobody translated see no label.
    assert visit(client, about, "de").select_one(".machine-translation-notice") is None
    assert visit(client, about, "ar").select_one(".machine-translation-notice") is None

    report = BeautifulSoup(admin_client.get("/admin/translations/?language=tr").content, "html.parser")
    row = next(
        tr
        for tr in report.select("table.translation-report tbody tr")
        if tr.th.get_text(strip=True) == "Über uns"
    )
    assert "machine-translated, not reviewed" in row.get_text(" ", strip=True)
    machine_only = admin_client.get("/admin/translations/?language=tr&review=machine").content.decode()
    assert "Über uns" in machine_only

    # Only a person who reviews Turkish (set in their account) may mark it reviewed.
    page = BeautifulSoup(admin_client.get(url(about)).content, "html.parser")
    assert page.select_one('input[name="action"][value="review"]') is None
    response = admin_client.post(url(about), {"action": "review", "language": "tr"}, follow=True)
    assert any("only languages you review" in message for message in messages_of(response))
    assert visit(client, about, "tr").select_one(".machine-translation-notice") is not None
    review_languages(admin_client, ["tr"])
    page = BeautifulSoup(admin_client.get(url(about)).content, "html.parser")
    assert page.select_one('input[name="action"][value="review"] ~ input[value="tr"]') is not None

    response = admin_client.post(url(about), {"action": "review", "language": "tr"}, follow=True)
    assert any("marked as reviewed" in message for message in messages_of(response))
    turkish = visit(client, about, "tr")  # the cached page is renewed
    assert turkish.select_one(".machine-translation-notice") is None
    assert turkish.select_one('meta[name="machine-translated"]') is None
    report = admin_client.get("/admin/translations/?language=tr").content.decode()
    assert "machine-translated, reviewed by verwaltung" in report
    assert (
        "Über uns" not in admin_client.get("/admin/translations/?language=tr&review=machine").content.decode()
    )

    # A new machine run needs a new review.
    page = draft(about)
    page.intro_de = "Wer wir heute sind."
    page.save_revision()
    pretranslate(admin_client, about)
    publish_draft(about)
    assert visit(client, about, "tr").select_one(".machine-translation-notice") is not None


@pytest.fixture
def privacy(home_page):
    from home.models import PortalSettings

    page = StandardPageFactory(parent=home_page, title="Datenschutzerklärung", slug="datenschutz")
    page.save_revision().publish()
    portal = PortalSettings.for_site(home_page.get_site())
    portal.privacy_page = page
    portal.save()
    return page


def test_the_privacy_statement_names_the_configured_engine(client, privacy, deepl):
    # Engine and provider are names, the same in every language: independent of the catalogues.
    for code in ("de", "ar"):
        section = visit(client, privacy, code).select_one("main .privacy-machine-translation")
        assert section is not None and section.h2 is not None
        assert "DeepL" in section.get_text() and "DeepL SE" in section.get_text()


def test_the_privacy_statement_names_a_libretranslate_server_by_its_host(client, privacy, libretranslate):
    section = visit(client, privacy, "de").select_one("main .privacy-machine-translation")
    assert "LibreTranslate" in section.get_text() and "127.0.0.1" in section.get_text()


def test_without_an_engine_the_privacy_statement_says_nothing_of_machine_translation(
    client, privacy, about, settings
):
    settings.MACHINE_TRANSLATION_ENGINE = ""
    page = visit(client, privacy, "de")
    assert page.select_one(".privacy-machine-translation") is None
    assert "DeepL" not in page.get_text() and "LibreTranslate" not in page.get_text()
    # Only the privacy statement carries the section, not every standard page.
    settings.MACHINE_TRANSLATION_ENGINE = "deepl"
    settings.DEEPL_KEY = "key:fx"
    assert visit(client, about, "de").select_one(".privacy-machine-translation") is None


@pytest.fixture
def glossary():
    from home.models import GlossaryTerm

    GlossaryTerm.objects.create(term="Kreis Mettmann", keep=True)
    GlossaryTerm.objects.create(term="Sprachcafé", translation_tr="Dil Kafesi", translation_ar="مقهى اللغة")


@pytest.fixture
def sprachcafe(home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="Sprachcafé",
        slug="sprachcafe",
        intro="Das Sprachcafé im Kreis Mettmann.",
        body=[
            {
                "type": "paragraph",
                "value": (
                    '<p>Im <a href="https://example.org/Kreis Mettmann">Kreis Mettmann</a>'
                    " gibt es ein Sprachcafé.</p>"
                ),
            }
        ],
    )
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("engine_fixture", ["deepl", "libretranslate"])
def test_the_glossary_keeps_names_and_fixes_terms(
    admin_client, sprachcafe, glossary, engine_fixture, request
):
    engine = request.getfixturevalue(engine_fixture)
    pretranslate(admin_client, sprachcafe)
    page = draft(sprachcafe)
    # The engine translated the rest (its "tr: " prefix); the glossary's terms came back as set.
    assert page.title_tr.endswith("Dil Kafesi")
    assert page.intro_tr.startswith("tr: Das ") and "Sprachcafé" not in page.intro_tr
    assert "Dil Kafesi" in page.intro_tr and "Kreis Mettmann" in page.intro_tr
    paragraph = page.body_tr[0].value.source
    assert "Kreis Mettmann</a>" in paragraph and "Dil Kafesi" in paragraph
    assert 'href="https://example.org/Kreis Mettmann"' in paragraph
    assert "[G" not in paragraph and "translate=" not in paragraph
    sent = " ".join(str(body) for _method, _path, _headers, body in engine.translate_requests)
    if engine_fixture == "deepl":
        assert '<span translate=\\"no\\"' in sent or '<span translate="no"' in sent
    else:
        assert "[G" in sent and "Kreis Mettmann</a>" not in sent


def test_moderators_edit_the_glossary(client, moderator):
    client.force_login(moderator)
    assert client.get("/admin/snippets/home/glossaryterm/").status_code == 200
    response = client.post(
        "/admin/snippets/home/glossaryterm/add/", {"term": "AWO", "keep": "on", "translation_tr": ""}
    )
    assert response.status_code == 302
    from home.models import GlossaryTerm

    assert GlossaryTerm.objects.filter(term="AWO", keep=True).exists()
