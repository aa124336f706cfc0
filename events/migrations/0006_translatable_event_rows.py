"""Event contact persons and date changes become translatable: add their locale and key."""

import uuid

import django.db.models.deletion
from django.db import migrations, models

NAMESPACE = uuid.UUID("6f1d2c9e-43c5-4d56-9a7e-3f4b5c6d7e80")


def fill(apps, schema_editor):
    # A row and its copy on the translated page share a key: the page's key and the row's place.
    for name in ("EventContactPerson", "EventException"):
        model = apps.get_model("events", name)
        rows = list(model.objects.select_related("page"))
        for row in rows:
            row.locale_id = row.page.locale_id
            place = row.pk if row.sort_order is None else row.sort_order
            row.translation_key = uuid.uuid5(
                NAMESPACE, f"{name}:{row.page.translation_key}:{place}"
            )
        model.objects.bulk_update(rows, ["locale", "translation_key"], batch_size=500)


def _fields(model_name):
    return [
        migrations.AddField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0005_occurrence_day_and_agenda_required"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *_fields("eventcontactperson"),
        *_fields("eventexception"),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
