from django.db import migrations, models

from home.search.folding import Folded


def fold_texts(apps, schema_editor):
    # In the database, in one statement: PostgreSQL folds with its string functions, SQLite
    # with the Python function Folded registers (the same fold as home.search.folding.fold).
    PageText = apps.get_model("home", "PageText")
    PageText.objects.update(text_folded=Folded("text"))


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0016_page_last_checked"),
    ]

    operations = [
        migrations.AddField(
            model_name="pagetext",
            name="text_folded",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fold_texts, migrations.RunPython.noop),
    ]
