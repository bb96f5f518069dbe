"""The admin's reports on the portal's reach (organisations.reports.reach) and on the
applications of new organisations (organisations.reports.applications); the events per town are
reported by events.reports. Moderators see the whole portal, an organisation's editors their own
subsite."""
