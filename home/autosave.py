"""Autosave saves a draft and nothing else.

Wagtail 8's autosave posts the whole editor form, and its edit view performs whatever action the
form names. A workflow action, publish or submit arriving by autosave (JSON expected) is the
editor's click sent a second time: run again while the first is still being handled, it saw the
page as it was before the approval and wrote it back unpublished. Such a post is refused before
anything is written; the click itself is handled by the form's own post.
"""

from django.http import JsonResponse
from django.utils.translation import gettext

ACTION_FIELDS = (
    "action-workflow-action",
    "action-publish",
    "action-submit",
    "action-restart-workflow",
    "action-cancel-workflow",
)


def is_autosave(request) -> bool:
    # What Wagtail's edit view itself takes as a request for a JSON answer.
    return request.method == "POST" and not request.accepts("text/html")


def refuse_actions_by_autosave(request, page):
    if not is_autosave(request) or not any(request.POST.get(field) for field in ACTION_FIELDS):
        return None
    # "invalid_revision" is a code the editor's script knows: it shows the message and stops
    # autosaving this form, which is on its way anyway.
    return JsonResponse(
        {
            "success": False,
            "error_code": "invalid_revision",
            "error_message": gettext("Not saved automatically: the form is being sent with your action."),
        },
        status=400,
    )
