"""Settings: production refuses to start without its secrets and passes `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.db import connection

from home.languages import LANGUAGE_CODES

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env):
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_need_secrets_from_the_environment():
    result = run_manage("check", env={"DJANGO_SETTINGS_MODULE": "mokme_cms.settings.production"})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DJANGO_SETTINGS_MODULE": "mokme_cms.settings.production",
            "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-1234567890",
            "ALLOWED_HOSTS": "mokme.example",
            "DATABASE_URL": "postgres://mokme@127.0.0.1:5432/mokme",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_nothing_is_fetched_from_other_origins_by_the_admin():
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False


def test_kurmanji_is_known_to_django():
    from django.utils.translation import get_language_info

    assert get_language_info("kmr")["name_local"] == "Kurmancî"


def test_page_translation_columns_exist_after_migrate(db):
    with connection.cursor() as cursor:
        columns = {
            column.name
            for column in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
    for field in ("title", "slug", "url_path", "seo_title", "search_description"):
        for code in LANGUAGE_CODES:
            assert f"{field}_{code}" in columns


def test_production_static_files_are_hashed_and_compressed(tmp_path):
    result = run_manage(
        "collectstatic",
        "--noinput",
        env={
            "DJANGO_SETTINGS_MODULE": "mokme_cms.settings.production",
            "SECRET_KEY": "collectstatic-only-secret",
            "ALLOWED_HOSTS": "mokme.example",
            "DATABASE_URL": "postgres://mokme@127.0.0.1:5432/mokme",
            "STATIC_ROOT": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stderr
    hashed = [path.name for path in (tmp_path / "css").glob("portal.*.css")]
    assert len(hashed) == 1
    assert (tmp_path / "css" / f"{hashed[0]}.gz").exists()


def test_scheduled_jobs_are_registered_and_run(db, capsys):
    from django.core.management import call_command

    from home.management.commands.run_scheduled_jobs import scheduled_jobs

    commands = dict(scheduled_jobs())
    assert commands["publish_scheduled"] == 60
    assert commands["extend_event_occurrences"] == 86400
    assert "fetch_calendar_subscriptions" in commands
    call_command("run_scheduled_jobs", "--once")
    assert "recurring events are up to date" in capsys.readouterr().out


def test_procfile_names_the_scheduled_jobs():
    procfile = (ROOT / "Procfile").read_text()
    assert "clock: python manage.py run_scheduled_jobs" in procfile
    assert "setup_portal_roles" in procfile


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "mokme_cms.settings.production",
    "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-1234567890",
    "ALLOWED_HOSTS": "mokme.example",
    "DATABASE_URL": "postgres://mokme@127.0.0.1:5432/mokme",
}
SHOW_SETTINGS = (
    "import json; from django.conf import settings as s; print(json.dumps({"
    "'storage': s.STORAGES['default']['BACKEND'],"
    "'bucket': s.STORAGES['default'].get('OPTIONS', {}).get('bucket_name'),"
    "'cache': s.CACHES['default']['BACKEND'], 'redis': s.CACHES['default'].get('LOCATION'),"
    "'conn_max_age': s.DATABASES['default']['CONN_MAX_AGE'],"
    "'health_checks': s.DATABASES['default']['CONN_HEALTH_CHECKS'],"
    "'connect_timeout': s.DATABASES['default'].get('OPTIONS', {}).get('connect_timeout')}))"
)


def production_settings(**env):
    import json

    result = run_manage("shell", "-c", SHOW_SETTINGS, env={**PRODUCTION, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_one_production_server_keeps_media_on_disk_and_reuses_database_connections():
    shown = production_settings()
    assert shown["storage"] == "django.core.files.storage.FileSystemStorage"
    assert shown["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert shown["conn_max_age"] == 60
    assert shown["health_checks"] is True
    assert shown["connect_timeout"] == 5


def test_several_servers_share_object_storage_and_redis_through_the_environment():
    shown = production_settings(
        AWS_STORAGE_BUCKET_NAME="mokme-media",
        AWS_S3_ENDPOINT_URL="https://s3.example",
        REDIS_URL="redis://10.0.0.5:6379/0",
    )
    assert shown["storage"] == "storages.backends.s3.S3Storage"
    assert shown["bucket"] == "mokme-media"
    assert shown["cache"] == "home.page_cache.backend.ResilientRedisCache"
    assert shown["redis"] == "redis://10.0.0.5:6379/0"


def test_production_without_a_shared_cache_keeps_no_page_cache_and_no_cached_site():
    # Each gunicorn worker would keep its own copies, which another worker's publication (or
    # change of a site) cannot renew.
    show = "from django.conf import settings as s; print(s.PAGE_CACHE_SECONDS, s.SITE_LOOKUP_CACHE)"
    result = run_manage("shell", "-c", show, env=PRODUCTION)
    assert result.stdout.strip().splitlines()[-1] == "0 False"
    with_redis = run_manage("shell", "-c", show, env={**PRODUCTION, "REDIS_URL": "redis://127.0.0.1:6379/0"})
    assert with_redis.stdout.strip().splitlines()[-1] == "600 True"
