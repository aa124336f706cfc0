from django.core.management.base import BaseCommand

from events import schedule


class Command(BaseCommand):
    help = (
        "Re-materialise the occurrences of every live event over the rolling horizon "
        f"({schedule.HORIZON_DAYS} days ahead). Run daily, e.g. from cron."
    )

    def handle(self, *args, **options):
        total = schedule.refresh_all()
        self.stdout.write(f"{total} occurrences within the horizon.")
