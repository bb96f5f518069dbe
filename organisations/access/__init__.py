"""Who may see and edit what in the portal: every rule in one place.

Moderators see and edit everything; an organisation's editors see their own subsite, their
own contact messages and the portal's public reference data; the press office edits the
press archive. Where each rule lives:

- `visibility` — who is a moderator, which organisations and pages a user may see
  (`pages_visible_to` narrows choosers, bulk actions and every admin URL naming a page),
  which organisations a user may import calendars for, who may delete an organisation.
- `roles` — the groups and their permissions: the moderators and the review workflow,
  each organisation's editors' group and collection, the publish right that follows the
  organisation's trust (`set_trust`, `sync_trust`).
- `messages` — the contact messages: an editor sees only their organisations' messages.
- `policies` — the moderators-only permission policy (the applications admin).
- `page_forms` — the page editor of an organisation's pages offers German and the
  organisation's own languages only.
- `scopes` — registers the rules above with the admin's scope machinery.

The machinery that enforces a scope on every admin listing, chooser, bulk action, history
view and URL stays in `home/admin_scope/`: it is generic (it knows models, not
organisations) and the base of the portal, so that `home` depends on no other app; the apps
register their rules with it (`scopes` here, the press contacts and topics in `events`).
The press office's group (press releases under the archive, nothing else) is set up beside
the archive it edits, in `events/press_roles.py`, from the permission lists of `roles`: it
names the press models, and this app does not import the events apps. Which organisation a
page belongs to is a model field, `organisations.models.ownership`
(`OrganisationOwnedMixin`), read by the rules here.

This package imports none of its modules here: the models import `page_forms`, and the
other modules import the models.
"""
