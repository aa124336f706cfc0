from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from events import registrations


class Command(BaseCommand):
    help = (
        "Remove names, addresses, phone numbers, access needs and remarks from registrations "
        "for dates that ended REGISTRATION_RETENTION_DAYS (default 30) days ago or earlier. "
        "Status, places and attendance stay, so the counts remain. Run daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Days after a date to keep the data (default: the setting).",
        )

    def handle(self, *args, days=None, **options):
        if days is None:
            days = settings.REGISTRATION_RETENTION_DAYS
        if days < 0:
            raise CommandError("--days cannot be negative.")
        count = registrations.purge(days=days)
        self.stdout.write(f"Personal data removed from {count} registrations ({days} days after).")
