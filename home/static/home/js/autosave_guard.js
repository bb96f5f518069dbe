// Wagtail 8's workflow buttons ("Approve and publish", "Approve with comment") add hidden inputs
// (action-workflow-action, workflow-action-name) to the editor's form just before it is sent.
// The unsaved-changes check reads those inputs as an edit, and autosave posts the form a second
// time, action included, while the first post is still being handled: the approval ran twice,
// and the second run wrote back the page as it was before, unpublished.
// Once the form is on its way, or carries a workflow action, autosave stays quiet.
(() => {
  "use strict";
  const form = document.querySelector("form[data-edit-form]");
  if (!form) {
    return;
  }
  let sent = false;
  // On the document, so that a handler on the form that stops the sending is seen first.
  document.addEventListener("submit", (event) => {
    if (event.target === form && !event.defaultPrevented) {
      sent = true;
    }
  });
  form.addEventListener("w-autosave:save", (event) => {
    const data = event.detail && event.detail.formData;
    if (sent || (data && data.has("action-workflow-action"))) {
      event.preventDefault();
    }
  });
})();
