from zoneinfo import ZoneInfo

import django.db.models.deletion
from django.db import migrations, models

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
STEPLEN = 4


def fill(apps, schema_editor):
    EventOccurrence = apps.get_model("events", "EventOccurrence")
    Page = apps.get_model("wagtailcore", "Page")
    rows = list(EventOccurrence.objects.select_related("event").only("id", "start", "event__path"))
    parent_paths = {row.event.path[:-STEPLEN] for row in rows}
    parents = dict(Page.objects.filter(path__in=parent_paths).values_list("path", "id"))
    for row in rows:
        row.day = row.start.astimezone(AMSTERDAM).date()
        row.agenda_id = parents[row.event.path[:-STEPLEN]]
    EventOccurrence.objects.bulk_update(rows, ["day", "agenda"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_event_details_and_occurrences"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventoccurrence",
            name="day",
            field=models.DateField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="eventoccurrence",
            name="agenda",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="wagtailcore.page",
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
