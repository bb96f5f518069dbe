"""`make bench`: the portal at district scale under gunicorn, page type by page type."""
