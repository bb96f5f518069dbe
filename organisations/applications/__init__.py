"""An application: from the public form to a provisioned subsite, in the order it happens.

- `forms` — the public application form ("Organisation anmelden", URL `register-an-organisation/`).
- `views` — the form's page, limited in how many applications one connection may send.
- `decisions` — storing an application (once), telling the moderators, approving or rejecting it.
- `provisioning` — the organisation with its subsite, editors' group, collection and invited
  editors, created in one transaction on approval (or directly by a moderator).
- `admin` — the moderators' list of applications, the review, a new organisation without one.

The model is `organisations.models.OrganisationApplication`; the groups and rights a new
organisation receives are rules of `organisations.access.roles`.
"""
