// Wagtail 8's workflow buttons ("Approve and publish", "Approve with comment") add hidden inputs
// (action-workflow-action, workflow-action-name) to the editor's form just before it is sent.
// The unsaved-changes check reads those inputs as an edit, and autosave posts the form a second
// time, action included, while the first post is still being handled: the approval ran twice,
// and the second run wrote back the page as it was before, unpublished.
// Once the form is on its way, or carries a workflow action, autosave stays quiet.
(() => {
  "use strict";
  const ACTION = "action-workflow-action";
  const forms = document.querySelectorAll("form[data-edit-form]");
  const sent = new WeakSet();

  // Autosave's own switch: it saves nothing while its "active" value is false.
  const pause = (form) => {
    sent.add(form);
    form.setAttribute("data-w-autosave-active-value", "false");
  };

  forms.forEach((form) => {
    // The workflow script adds the inputs and, after the comment dialog, sends the form with
    // jQuery, which fires no submit event: the inputs appearing are the sign.
    new MutationObserver(() => {
      if (form.querySelector(`input[name="${ACTION}"]`)) {
        pause(form);
      }
    }).observe(form, { childList: true });
  });

  // On the document, so that a handler on the form that stops the sending is seen first.
  document.addEventListener("submit", (event) => {
    if (!event.defaultPrevented && Array.prototype.includes.call(forms, event.target)) {
      pause(event.target);
    }
  });

  // A save already under way when the form is sent is called off.
  document.addEventListener(
    "w-autosave:save",
    (event) => {
      const data = event.detail && event.detail.formData;
      if (sent.has(event.target) || (data && data.has(ACTION))) {
        event.preventDefault();
      }
    },
    true,
  );
})();
