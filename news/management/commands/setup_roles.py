from django.core.management.base import BaseCommand

from news.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Create or complete the groups Communicatie, Redactie and Moderatoren and the "
        "moderation workflow for programme pages. Safe to run again."
    )

    def handle(self, *args, **options):
        groups = ensure_roles()
        for name, group in groups.items():
            self.stdout.write(f"{name}: {group.permissions.count()} permissions")
