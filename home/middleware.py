"""Language handling for the portal's URLs, and the account middleware only some requests need."""

import functools

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.contrib.auth import middleware as auth_middleware
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.messages.storage import default_storage
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.exceptions import MiddlewareNotUsed
from django.core.handlers.exception import convert_exception_to_response
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.middleware.locale import LocaleMiddleware
from django.urls import get_script_prefix, is_valid_path
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.functional import cached_property
from django.utils.module_loading import import_string

# Language-neutral areas: a 404 there stays a 404 instead of a redirect to /de/….
UNPREFIXED_AREAS = ("/admin/", "/documents/", "/static/", "/media/")
# Where the full account middleware runs for every request: the admin (sessions, two-factor,
# scope), documents (collection privacy by session and account), and Wagtail's login and
# password forms under each language (/de/_util/…).
ACCOUNT_AREAS = ("/admin/", "/documents/")
ACCOUNT_UTILITIES = "/_util/"
# A browser with one of these cookies is signed in or has a message waiting.
ACCOUNT_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


@functools.lru_cache(maxsize=256)
def language_of_prefix(segment):
    """The language the path's first segment names ("de", "kmr", or a variant such as "de-at"), or
    None: Django's get_language_from_path, remembered per segment instead of matched per request."""
    return translation.get_language_from_path(f"/{segment}/")


class _LanguageAsked:
    """What Django's get_language_from_request reads of a request: the language cookie and
    Accept-Language. Nothing else of the request decides the language it negotiates."""

    def __init__(self, cookie, accept_language):
        self.COOKIES = {} if cookie is None else {settings.LANGUAGE_COOKIE_NAME: cookie}
        self.META = {"HTTP_ACCEPT_LANGUAGE": accept_language}


# Browsers send a few dozen different Accept-Language headers between them, and most visitors no
# language cookie: each pair is negotiated once per process instead of on every request outside
# the language prefixes (the root, feeds, robots.txt), where negotiating was half of this layer's
# cost. Bounded: a client sending ever new headers only pushes out its own.
@functools.lru_cache(maxsize=256)
def negotiated_language(cookie, accept_language):
    """Django's get_language_from_request for this language cookie (or None) and Accept-Language."""
    return translation.get_language_from_request(_LanguageAsked(cookie, accept_language))


@receiver(setting_changed)
def _forget_language_prefixes(setting, **kwargs):
    if setting in ("LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS", "LANGUAGE_COOKIE_NAME"):
        language_of_prefix.cache_clear()
        negotiated_language.cache_clear()


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, which reads the language from the path once instead of three times.

    A page's address starts with its language (/de/…, /ar/…): that alone decides. The visitor's
    cookie and Accept-Language are read only where the path names no language.
    """

    def process_request(self, request):
        if request.path_info.startswith("/admin/"):
            # The admin speaks German unless an editor chose another language in their
            # account (Wagtail applies that choice per view); a browser set to English or
            # a visitor's language cookie must not change the editors' working language.
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            request.language_from_path = None
            request.language_negotiated = True
            return
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        i18n_patterns_used, prefixed_default_language = is_language_prefix_patterns_used(urlconf)
        language_from_path = None
        if i18n_patterns_used:
            language_from_path = language_of_prefix(request.path_info.split("/", 2)[1])
        request.language_from_path = language_from_path
        # Whether the answer depends on the visitor's Accept-Language (process_response's Vary).
        request.language_negotiated = not (i18n_patterns_used and language_from_path)
        if language_from_path:
            language = language_from_path
        elif i18n_patterns_used and not prefixed_default_language:
            language = settings.LANGUAGE_CODE
        else:
            cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
            language = negotiated_language(cookie, request.META.get("HTTP_ACCEPT_LANGUAGE", ""))
        translation.activate(language)
        # A supported code as LANGUAGES spells it, which is what get_language() would return.
        request.LANGUAGE_CODE = language

    def process_response(self, request, response):
        if response.status_code == 404:
            if request.path_info.startswith(UNPREFIXED_AREAS):
                return response
            redirect = self._not_found_redirect(request)
            if redirect is not None:
                return redirect
        try:
            negotiated = request.language_negotiated
        except AttributeError:
            # The request did not pass process_request (a middleware before answered it).
            negotiated = not self._prefixes(request)[2]
        # The language's code and the header's name need none of the checks of
        # response.headers[...] = … (the codes are those of settings.LANGUAGES).
        store = response.headers._store
        if negotiated:
            if "vary" in store:
                patch_vary_headers(response, ("Accept-Language",))
            else:
                # What patch_vary_headers writes when there is none yet, without its parsing.
                store["vary"] = ("Vary", "Accept-Language")
        if "content-language" not in store:
            store["content-language"] = ("Content-Language", translation.get_language())
        return response

    @staticmethod
    def _prefixes(request):
        """The URL configuration, whether its URLs start with a language even in the default
        language, and the language this request's path names (None where it names none)."""
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        i18n_patterns_used, prefixed_default_language = is_language_prefix_patterns_used(urlconf)
        if not i18n_patterns_used:
            return urlconf, False, None
        try:
            language_from_path = request.language_from_path
        except AttributeError:
            language_from_path = translation.get_language_from_path(request.path_info)
        return urlconf, prefixed_default_language, language_from_path

    def _not_found_redirect(self, request):
        # Django's: a 404 outside the language prefixes goes to the visitor's language, if it exists there.
        urlconf, prefixed, named_in_path = self._prefixes(request)
        if named_in_path or not prefixed:
            return None
        return self._language_redirect(request, translation.get_language(), urlconf)

    def _language_redirect(self, request, language, urlconf):
        # Django's own: the address with the visitor's language in front, if that exists.
        language_path = f"/{language}{request.path_info}"
        path_valid = is_valid_path(language_path, urlconf)
        path_needs_slash = (
            not path_valid
            and settings.APPEND_SLASH
            and not language_path.endswith("/")
            and is_valid_path(f"{language_path}/", urlconf)
        )
        if not (path_valid or path_needs_slash):
            return None
        script_prefix = get_script_prefix()
        language_url = request.get_full_path(force_append_slash=path_needs_slash).replace(
            script_prefix, f"{script_prefix}{language}/", 1
        )
        redirect = self.response_redirect_class(language_url)
        patch_vary_headers(redirect, ("Accept-Language", "Cookie"))
        return redirect


def _on_first_use(accounts):
    """The attributes of a visitor's request that the account layers set on every request, as
    cached properties: made when first read, then kept on the request like any attribute.
    Django's cached_property, not functools': on Python 3.11 that one makes each value under a
    lock shared by every request of every thread.

    Made for every request, the session, the lazy user and the message storage cost about a
    tenth of the portal's own hello (~12 µs of ~110 µs of CPU), and most pages read none of them.
    """
    attributes = {}
    if accounts.session_middleware is not None:
        store = accounts.session_middleware.SessionStore
        # Nothing loads a session without a key: this browser sent no session cookie.
        attributes["session"] = cached_property(lambda request: store(None))
    if accounts.authentication_middleware is not None:
        # What AuthenticationMiddleware sets, the user made when first read instead of a lazy object.
        attributes["user"] = cached_property(auth_middleware.get_user)
        attributes["auser"] = cached_property(_auser)
    if accounts.message_middleware is not None:
        attributes["_messages"] = cached_property(default_storage)
    return attributes


def _auser(request):
    return functools.partial(auth_middleware.auser, request)


def needs_accounts(request):
    """Whether the request may sign in, be signed in, change state or enter the admin.

    A visitor's GET of a public page without session or message cookie is none of these:
    its session would be empty, its user anonymous, its messages none, and two-factor,
    admin scope and login throttling only act in the admin and on logins.
    """
    if request.method not in ("GET", "HEAD"):
        return True
    path = request.path_info
    if path.startswith(ACCOUNT_AREAS) or ACCOUNT_UTILITIES in path:
        return True
    cookies = request.COOKIES
    return any(name in cookies for name in ACCOUNT_COOKIES)


class AccountMiddleware:
    """Runs ``settings.ACCOUNT_MIDDLEWARE`` (sessions, authentication, two-factor, messages, admin
    scope, login throttling) around the view, in that order, for requests that need accounts.

    A public GET by a visitor without cookies skips them: each is a layer of Python on every
    request, most of the portal's own hello view's cost. It still has ``request.session``,
    ``request.user`` and messages, made only when something reads them (see ``_on_first_use``),
    and then saved by the same middleware as for anyone else: a public page that reads the
    session or the user answers with the same Vary header as before, one that writes the session
    sets its cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.view_hooks, self.template_response_hooks, self.exception_hooks = [], [], []
        self.session_middleware = self.authentication_middleware = self.message_middleware = None
        handler = get_response
        for path in reversed(settings.ACCOUNT_MIDDLEWARE):
            try:
                middleware = import_string(path)(handler)
            except MiddlewareNotUsed:
                continue
            # The hooks Django's handler collects from its own middleware, in the same order.
            if hasattr(middleware, "process_view"):
                self.view_hooks.insert(0, middleware.process_view)
            if hasattr(middleware, "process_template_response"):
                self.template_response_hooks.append(middleware.process_template_response)
            if hasattr(middleware, "process_exception"):
                self.exception_hooks.append(middleware.process_exception)
            if isinstance(middleware, SessionMiddleware):
                self.session_middleware = middleware
            elif isinstance(middleware, AuthenticationMiddleware):
                self.authentication_middleware = middleware
            elif isinstance(middleware, MessageMiddleware):
                self.message_middleware = middleware
            handler = convert_exception_to_response(middleware)
        self.with_accounts = handler
        self._visitors_classes = {}

    def __call__(self, request):
        if needs_accounts(request):
            request.with_accounts = True
            return self.with_accounts(request)
        return self.public_visit(request)

    def public_visit(self, request):
        request.__class__ = self._visitors_class(type(request))
        response = self.get_response(request)
        # What the view used is saved as the middleware would have; what it did not use needs nothing.
        made = vars(request)
        if "_messages" in made:
            response = self.message_middleware.process_response(request, response)
        # A session nobody read or wrote is still empty: its middleware would neither vary the
        # response on the cookie nor save anything (this browser sent no session cookie).
        session = made.get("session")
        if session is not None and (session.accessed or session.modified):
            response = self.session_middleware.process_response(request, response)
        return response

    def _visitors_class(self, request_class):
        """`request_class` with the account attributes this middleware's layers would have set,
        each made on first use (a subclass of the request's own class, made once per class)."""
        visitors_class = self._visitors_classes.get(request_class)
        if visitors_class is None:
            attributes = _on_first_use(self)
            visitors_class = type(f"Visitors{request_class.__name__}", (request_class,), attributes)
            self._visitors_classes[request_class] = visitors_class
        return visitors_class

    def process_view(self, request, view, args, kwargs):
        if getattr(request, "with_accounts", False):
            for hook in self.view_hooks:
                response = hook(request, view, args, kwargs)
                if response:
                    return response
        return None

    def process_template_response(self, request, response):
        if getattr(request, "with_accounts", False):
            for hook in self.template_response_hooks:
                response = hook(request, response)
        return response

    def process_exception(self, request, exception):
        if getattr(request, "with_accounts", False):
            for hook in self.exception_hooks:
                response = hook(request, exception)
                if response:
                    return response
        return None
