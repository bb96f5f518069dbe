"""Demo content of the portal frame: home, about and the legal pages."""

from django.urls import reverse
from django.utils import translation

from home.demo import legal_texts, portal_texts
from home.demo.builders import add_child_once, demo_image, demo_user, set_translated, stream
from home.languages import DEFAULT_LANGUAGE
from home.models import PortalHomePage, PortalSettings, StandardPage
from home.tree import install_portal_home, prepare_tree_root


def build_portal(log):
    prepare_tree_root()
    home = PortalHomePage.objects.first()
    if home is None:
        home = _home_page()
        install_portal_home(home)
        home.save_revision().publish()
        log("Created the portal home page in 11 languages.")
    else:
        install_portal_home(home)

    about, created = add_child_once(home, _about_page())
    if created:
        log("Created the about page in 11 languages.")

    legal = {}
    for key, texts in (
        ("imprint", legal_texts.IMPRINT),
        ("privacy", legal_texts.PRIVACY),
        ("accessibility", legal_texts.ACCESSIBILITY),
        ("easy_language", legal_texts.EASY_LANGUAGE),
    ):
        page, created = add_child_once(home, _german_page(texts, in_menu=key == "easy_language"))
        legal[key] = page
        if created:
            log(f"Created “{texts['title']}”.")

    site = home.get_site()
    settings = PortalSettings.for_site(site)
    if settings.imprint_page_id is None:
        settings.integration_office_name_de = "Kreis Mettmann – Sachgebiet Integration"
        settings.press_office_name_de = "Pressestelle des Kreises Mettmann"
        settings.integration_office_address_de = "Düsseldorfer Straße 26\n40822 Mettmann"
        settings.integration_office_email = "integration@mokme.example"
        settings.press_office_email = "presse@mokme.example"
        settings.imprint_page = legal["imprint"]
        settings.privacy_page = legal["privacy"]
        settings.accessibility_page = legal["accessibility"]
        settings.easy_language_page = legal["easy_language"]
        settings.save()

    admin = demo_user(
        "admin", email="admin@mokme.example", first_name="Portal", last_name="Admin", superuser=True
    )
    return {"home": home, "about": about, "admin": admin, **legal}


def _home_page():
    home = PortalHomePage(slug="start")
    for field in ("title", "hero_heading", "hero_text"):
        set_translated(home, field, {code: texts[field] for code, texts in portal_texts.HOME.items()})
    set_translated(home, "intro", {code: texts["intro"] for code, texts in portal_texts.HOME.items()})
    home.title = portal_texts.HOME[DEFAULT_LANGUAGE]["title"]
    home.hero_image = demo_image("Titelbild Startseite", seed=3)
    return home


def _about_page():
    page = StandardPage(show_in_menus=True)
    for code, texts in portal_texts.ABOUT.items():
        set_translated(page, "title", {code: texts["title"]})
        set_translated(page, "slug", {code: texts["slug"]})
        set_translated(page, "intro", {code: texts["intro"]})
        set_translated(page, "body", {code: stream(texts["body"])})
    page.title = portal_texts.ABOUT[DEFAULT_LANGUAGE]["title"]
    page.slug = portal_texts.ABOUT[DEFAULT_LANGUAGE]["slug"]
    return page


def _german_page(texts, *, in_menu=False):
    with translation.override(DEFAULT_LANGUAGE):
        report_url = reverse("barrier_report")
    body = []
    for kind, value in texts["body"]:
        if kind == "barrier_report_link":
            body.append(
                (
                    "call_to_action",
                    {"heading": value, "text": "", "button_label": value, "page": None, "url": report_url},
                )
            )
        else:
            body.append((kind, value))
    page = StandardPage(title=texts["title"], slug=texts["slug"], intro=texts["intro"], show_in_menus=in_menu)
    page.body = stream(body)
    return page
