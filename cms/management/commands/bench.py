import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Run the benchmarks in a scratch database and print their figures. "
        "Uses PostgreSQL when DATABASE_URL points at it, else a temporary SQLite file."
    )

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="*", help="Benchmarks to run (default: all).")
        parser.add_argument("--list", action="store_true", help="List the benchmarks.")
        parser.add_argument(
            "--in-place",
            action="store_true",
            help="Run in the configured database (used internally, inside the scratch one).",
        )

    def handle(self, *args, names=(), list=False, in_place=False, **options):
        from cms import bench

        benchmarks = bench.available()
        if list:
            for name in benchmarks:
                self.stdout.write(name)
            return
        unknown = [name for name in names if name not in benchmarks]
        if unknown:
            raise CommandError(f"Unknown benchmark(s): {', '.join(unknown)}")
        if not in_place:
            self._run_in_scratch_database(names)
            return

        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        context = bench.BenchContext(stdout=self.stdout)
        for name, function in benchmarks.items():
            if names and name not in names:
                continue
            self.stdout.write(self.style.MIGRATE_HEADING(f"\n{name}"))
            function(context)

    def _run_in_scratch_database(self, names):
        url = os.environ.get("DATABASE_URL", "")
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.dev", "DEBUG": "0"}
        command = [
            sys.executable,
            str(Path(settings.BASE_DIR) / "manage.py"),
            "bench",
            "--in-place",
            *names,
        ]
        if url.startswith(("postgres://", "postgresql://")):
            parts = urlsplit(url)
            name = f"herstelsite_bench_{uuid.uuid4().hex[:8]}"
            admin = dict(
                host=parts.hostname or "127.0.0.1",
                port=parts.port or 5432,
                user=parts.username or "root",
                password=parts.password or None,
                dbname="postgres",
            )
            self._admin(admin, f'CREATE DATABASE "{name}"')
            self.stdout.write(f"Scratch PostgreSQL database {name}")
            try:
                env["DATABASE_URL"] = parts._replace(path="/" + name).geturl()
                subprocess.run(command, env=env, check=True)  # noqa: S603 (our own manage.py)
            finally:
                self._admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            with tempfile.TemporaryDirectory() as directory:
                env["DATABASE_URL"] = f"sqlite:///{directory}/bench.sqlite3"
                env["MEDIA_ROOT"] = f"{directory}/media"
                self.stdout.write("Scratch SQLite database (set DATABASE_URL for PostgreSQL)")
                subprocess.run(command, env=env, check=True)  # noqa: S603 (our own manage.py)

    @staticmethod
    def _admin(params, sql):
        import psycopg2

        connection = psycopg2.connect(**params)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(sql)
        connection.close()
