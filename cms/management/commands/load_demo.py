import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from cms import demo


class Command(BaseCommand):
    help = (
        "Load the demo content in Dutch and English and make sure the admin user exists. "
        "Safe to run again: nothing is created twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-password",
            default=os.environ.get("DEMO_ADMIN_PASSWORD", ""),
            help="Password for user 'admin' (default: $DEMO_ADMIN_PASSWORD, or a new random one).",
        )
        parser.add_argument(
            "--site-url",
            default="http://127.0.0.1:8000",
            help="Where the site will be served, for the login address printed at the end.",
        )
        parser.add_argument(
            "--no-admin", action="store_true", help="Do not create or touch the admin user."
        )

    def handle(self, *args, **options):
        self.stdout.write("Loading demo content:")
        demo.run(stdout=self.stdout)
        if not options["no_admin"]:
            self.ensure_admin(options["admin_password"], options["site_url"])

    def ensure_admin(self, password, site_url):
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username="admin",
            defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True},
        )
        generated = False
        remembered = Path(settings.BASE_DIR) / ".demo-admin-password"
        if not password and remembered.exists():
            password = remembered.read_text().strip()
        if not password:
            password = demo.generate_password()
            remembered.write_text(password + "\n")
            remembered.chmod(0o600)
            generated = True
        user.is_staff = True
        user.is_superuser = True
        user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Admin login for {site_url.rstrip('/')}/admin/"))
        self.stdout.write(f"  username: admin\n  password: {password}")
        if generated:
            self.stdout.write(
                f"  (generated and kept in {remembered.name}; set DEMO_ADMIN_PASSWORD to choose)"
            )
