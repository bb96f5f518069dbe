"""Wagtail's password forms for protected pages and documents, kept to local return addresses.

After the right password Wagtail redirects with Django's `redirect(return_url)`, which reads a
bare word such as `start` as the name of a view and fails with a server error; an address on
another site would be an open redirect. The form itself always sends the page's own path, so
anything else came from a hand-made request and is replaced by the home page.
"""

from functools import wraps

from django.utils.http import url_has_allowed_host_and_scheme


def local_return_url(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST":
            url = request.POST.get("return_url", "")
            local = url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
            if not local:
                request.POST = request.POST.copy()
                request.POST["return_url"] = "/"
        return view(request, *args, **kwargs)

    return wrapped
