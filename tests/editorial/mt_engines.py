"""Local HTTP servers that answer as DeepL's and LibreTranslate's published APIs do.

Their “translation” prefixes every text node with the target code, so that a test sees which
text went through the engine and that the HTML around it came back as it was sent.
"""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

DEEPL_KEY = "0000-test:fx"
DEEPL_TARGETS = ["AR", "EL", "EN-GB", "EN-US", "IT", "PL", "RU", "TR", "UK"]  # no Kurmancî
LIBRE_TARGETS = ["ar", "en", "fa", "it", "pl", "ru", "tr", "uk"]
TEXT_NODE = re.compile(r"(^|>)([^<]+)(<|$)")


def fake_translate(text, code):
    return TEXT_NODE.sub(lambda m: f"{m[1]}{code}: {m[2]}{m[3]}" if m[2].strip() else m[0], text)


NOT_TRANSLATED = re.compile(r'(<span translate="no"[^>]*>.*?</span>)', re.S)


def deepl_translate(text, code, body):
    # With tag_handling html DeepL leaves elements marked translate="no" as they are.
    if body.get("tag_handling") != "html":
        return fake_translate(text, code)
    parts = NOT_TRANSLATED.split(text)
    return "".join(part if NOT_TRANSLATED.fullmatch(part) else fake_translate(part, code) for part in parts)


class FakeEngine:
    def __init__(self):
        self.requests = []  # (method, path, headers, body)
        self.fail_with = None  # a status code to answer every request with

    def start(self):
        engine = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self, status, payload):
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _handle(self, method):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                engine.requests.append((method, self.path, dict(self.headers), body))
                if engine.fail_with:
                    return self._answer(engine.fail_with, {"message": "failure", "error": "failure"})
                status, payload = engine.answer(method, urlsplit(self.path), self.headers, body)
                self._answer(status, payload)

            def do_GET(self):
                self._handle("GET")

            def do_POST(self):
                self._handle("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    @property
    def translate_requests(self):
        return [request for request in self.requests if request[0] == "POST"]


class FakeDeepL(FakeEngine):
    def answer(self, method, url, headers, body):
        if headers.get("Authorization") != f"DeepL-Auth-Key {DEEPL_KEY}":
            return 403, {"message": "Wrong endpoint. Use https://api.deepl.com"}
        if method == "GET" and url.path == "/v2/languages" and parse_qs(url.query) == {"type": ["target"]}:
            return 200, [
                {"language": code, "name": code, "supports_formality": False} for code in DEEPL_TARGETS
            ]
        if method == "POST" and url.path == "/v2/translate":
            if len(body["text"]) > 50:
                return 413, {"message": "Request Entity Too Large"}
            code = body["target_lang"].lower()
            return 200, {
                "translations": [
                    {"detected_source_language": "DE", "text": deepl_translate(text, code, body)}
                    for text in body["text"]
                ]
            }
        return 404, {"message": "Not found"}


class FakeLibreTranslate(FakeEngine):
    def answer(self, method, url, headers, body):
        if method == "GET" and url.path == "/languages":
            return 200, [
                {"code": "de", "name": "German", "targets": LIBRE_TARGETS},
                {"code": "en", "name": "English", "targets": ["de"]},
            ]
        if method == "POST" and url.path == "/translate":
            if body.get("api_key") != "libre-key":
                return 403, {"error": "Invalid API key"}
            return 200, {"translatedText": [fake_translate(text, body["target"]) for text in body["q"]]}
        return 404, {"error": "Not found"}


def configure_deepl(settings):
    """Starts a fake DeepL and points the portal at it; the caller stops it."""
    engine = FakeDeepL().start()
    settings.MACHINE_TRANSLATION_ENGINE = "deepl"
    settings.DEEPL_KEY = DEEPL_KEY
    settings.DEEPL_API_URL = engine.url
    settings.MACHINE_TRANSLATION_ALLOW_PRIVATE_ADDRESS = True  # the fake listens on 127.0.0.1
    return engine
