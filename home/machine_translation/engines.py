"""The translation engines behind one small interface: DeepL, LibreTranslate, or none.

Which engine is used is the server's choice (``MOKME_MT_ENGINE``); an editor cannot point the
portal at another address. Every request goes from the server, with a timeout, and only to a
public address unless the operator allows a private one (a self-hosted LibreTranslate).
Texts are always sent as HTML, so that rich text keeps its tags, links and embeds.
"""

import ipaddress
import json
import logging
import socket
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from home.languages import DEFAULT_LANGUAGE
from home.security.addresses import is_public

logger = logging.getLogger(__name__)

LANGUAGES_CACHE_SECONDS = 24 * 60 * 60
USER_AGENT = "mokme-machine-translation/1.0"


class EngineError(Exception):
    """The engine did not translate; ``str(error)`` is a message for the editor."""


def _unreachable():
    return EngineError(
        _("The translation service could not be reached. Nothing was changed; try again later.")
    )


def _allowed(address) -> bool:
    return is_public(address) or settings.MACHINE_TRANSLATION_ALLOW_PRIVATE_ADDRESS


def _check_address(url: str):
    """Refuses an address that resolves to the server's own network unless the operator allows it."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _unreachable()
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    except (OSError, UnicodeError, ValueError) as error:
        logger.warning("machine translation: %s does not resolve: %r", parts.hostname, error)
        raise _unreachable() from error
    if not addresses or not all(_allowed(address) for address in addresses):
        logger.warning("machine translation: %s resolves to a non-public address", parts.hostname)
        raise _unreachable()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect could lead to an address that was not checked: it counts as a failure.
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def _request(method: str, url: str, *, headers=None, body=None, errors=None):
    """The JSON answer of one request; EngineError with the editor's message on any failure."""
    _check_address(url)
    data = json.dumps(body).encode() if body is not None else None
    # The scheme is http(s), checked above.
    request = urllib.request.Request(url, data=data, method=method)  # noqa: S310
    request.add_header("User-Agent", USER_AGENT)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with _OPENER.open(request, timeout=settings.MACHINE_TRANSLATION_TIMEOUT_SECONDS) as response:
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        logger.warning("machine translation: %s answered %s", urlsplit(url).hostname, error.code)
        message = (errors or {}).get(error.code)
        raise (EngineError(message) if message else _unreachable()) from error
    except (OSError, ValueError) as error:
        logger.warning("machine translation: %s failed: %r", urlsplit(url).hostname, error)
        raise _unreachable() from error


class Engine:
    """One engine: which languages it translates German into, and translating pieces of HTML."""

    name = ""
    label = ""
    max_texts = 50  # texts per request
    max_characters = 30_000  # characters per request

    def engine_code(self, code: str) -> str:
        return code

    def _fetch_target_languages(self) -> set[str]:
        raise NotImplementedError

    def target_languages(self) -> set[str]:
        """The engine's target codes, asked once a day (the list rarely changes)."""
        key = f"mokme-mt-languages-{self.name}"
        languages = cache.get(key)
        if languages is None:
            languages = self._fetch_target_languages()
            cache.set(key, languages, LANGUAGES_CACHE_SECONDS)
        return languages

    def translates_into(self, code: str) -> bool:
        return code != DEFAULT_LANGUAGE and self.engine_code(code) in self.target_languages()

    def translate(self, texts: list[str], code: str) -> list[str]:
        raise NotImplementedError

    def _errors(self):
        return {
            403: _("The translation service refused the portal's key. Ask the portal's administrators."),
            429: _("The translation service is busy. Nothing was changed; try again in a few minutes."),
        }


class DeepL(Engine):
    name = "deepl"
    label = "DeepL"
    # DeepL takes at most 50 texts and 128 KiB per request; characters are counted, not bytes.
    max_texts = 50
    max_characters = 30_000

    def __init__(self, key: str, base_url: str = ""):
        self.key = key
        # Keys of the free API end in ":fx" and work only on its own host.
        self.base_url = (
            base_url or ("https://api-free.deepl.com" if key.endswith(":fx") else "https://api.deepl.com")
        ).rstrip("/")

    def engine_code(self, code: str) -> str:
        # DeepL translates into British or American English, not into "EN".
        return "EN-GB" if code == "en" else code.upper()

    def _headers(self):
        return {"Authorization": f"DeepL-Auth-Key {self.key}"}

    def _errors(self):
        errors = super()._errors()
        errors[456] = _("The translation service's quota for this month is used up. Nothing was changed.")
        return errors

    def _fetch_target_languages(self) -> set[str]:
        answer = _request(
            "GET", f"{self.base_url}/v2/languages?type=target", headers=self._headers(), errors=self._errors()
        )
        return {
            entry["language"].upper() for entry in answer if isinstance(entry, dict) and "language" in entry
        }

    def translate(self, texts, code):
        body = {
            "text": texts,
            "source_lang": "DE",
            "target_lang": self.engine_code(code),
            "tag_handling": "html",
        }
        answer = _request(
            "POST", f"{self.base_url}/v2/translate", headers=self._headers(), body=body, errors=self._errors()
        )
        try:
            return [entry["text"] for entry in answer["translations"]]
        except (KeyError, TypeError) as error:
            raise _unreachable() from error


class LibreTranslate(Engine):
    name = "libretranslate"
    label = "LibreTranslate"
    # Servers often cap a request at a few thousand characters (LT_CHAR_LIMIT).
    max_texts = 20
    max_characters = 5_000

    def __init__(self, url: str, key: str = ""):
        self.base_url = url.rstrip("/")
        self.key = key

    def _fetch_target_languages(self) -> set[str]:
        answer = _request("GET", f"{self.base_url}/languages", errors=self._errors())
        for entry in answer:
            if isinstance(entry, dict) and entry.get("code") == DEFAULT_LANGUAGE:
                return set(entry.get("targets", ()))
        return set()

    def _errors(self):
        errors = super()._errors()
        errors[400] = _("The translation service could not translate this text. Nothing was changed.")
        return errors

    def translate(self, texts, code):
        body = {"q": texts, "source": DEFAULT_LANGUAGE, "target": self.engine_code(code), "format": "html"}
        if self.key:
            body["api_key"] = self.key
        answer = _request("POST", f"{self.base_url}/translate", body=body, errors=self._errors())
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if isinstance(translated, str):
            translated = [translated]
        if not isinstance(translated, list):
            raise _unreachable()
        return translated


def configured_engine() -> Engine | None:
    """The engine the server is configured with; None (the default) sends nothing anywhere."""
    name = settings.MACHINE_TRANSLATION_ENGINE
    if name == DeepL.name and settings.DEEPL_KEY:
        return DeepL(settings.DEEPL_KEY, getattr(settings, "DEEPL_API_URL", ""))
    if name == LibreTranslate.name and settings.LIBRETRANSLATE_URL:
        return LibreTranslate(settings.LIBRETRANSLATE_URL, settings.LIBRETRANSLATE_KEY)
    return None
