"""Building blocks of the admin's reports: the period a report covers, its chart drawn on the
server as SVG, and its tables as CSV. The reports themselves live with what they count
(organisations.reports, events.reports), so that home imports neither."""
