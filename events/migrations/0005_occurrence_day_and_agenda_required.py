import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("events", "0004_occurrence_day_and_agenda")]

    operations = [
        migrations.AlterField(
            model_name="eventoccurrence",
            name="day",
            field=models.DateField(editable=False),
        ),
        migrations.AlterField(
            model_name="eventoccurrence",
            name="agenda",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="wagtailcore.page",
            ),
        ),
        migrations.AddIndex(
            model_name="eventoccurrence",
            index=models.Index(fields=["agenda", "day", "start"], name="occurrence_agenda_day"),
        ),
        migrations.AddIndex(
            model_name="eventoccurrence",
            index=models.Index(fields=["agenda", "start"], name="occurrence_agenda_start"),
        ),
    ]
