"""Test settings whose media folder comes from MEDIA_ROOT, for the backup round trip.

The round trip runs `manage.py` against databases and media folders of its own (DATABASE_URL
is read by the base settings already); the test settings fix MEDIA_ROOT to one folder.
"""

import os
from pathlib import Path

from mokme_cms.settings.test import *  # noqa: F403

MEDIA_ROOT = Path(os.environ["MEDIA_ROOT"])
