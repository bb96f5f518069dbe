"""Rebuilds the per-language search text of every live page (after a bulk import or new languages)."""

from django.core.management.base import BaseCommand

from wagtail.models import Page

from home.search.page_text import index_pages


class Command(BaseCommand):
    help = "Rebuilds the portal search's text of every live page in every language."

    def handle(self, *args, **options):
        count = index_pages(Page.objects.live().specific().iterator(chunk_size=200))
        self.stdout.write(f"Search text of {count} pages rebuilt.")
