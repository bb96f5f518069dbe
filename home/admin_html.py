"""The admin's pages without the indentation of Wagtail's templates.

A page editor's HTML is one sixth indentation; volunteers open it on phones and
old laptops. Line starts are trimmed everywhere except where whitespace is
content (textareas, pre).
"""

import re

INDENTATION = re.compile(rb"\n[ \t]+")
KEEP = re.compile(rb"(<textarea\b.*?</textarea>|<pre\b.*?</pre>)", re.IGNORECASE | re.DOTALL)


def without_indentation(html: bytes) -> bytes:
    parts = KEEP.split(html)
    # Odd parts are the textareas and pre blocks the split kept.
    return b"".join(part if index % 2 else INDENTATION.sub(b"\n", part) for index, part in enumerate(parts))


class AdminIndentationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path.startswith("/admin/")
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not response.has_header("Content-Encoding")
        ):
            response.content = without_indentation(response.content)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
