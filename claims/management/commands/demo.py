"""Set up the local demo: import the example articles, check them, print the findings, make two logins.

The reviewer and the editor each get a password made once and kept in var/ (printed on every run),
and the address printed is the one `make run` serves on (its HOST and PORT are passed through).
"""

from __future__ import annotations

import io
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError, CommandParser

from claims.importing import parse_document, read_input, store_document
from claims.management.exit_codes import USAGE, FactcheckCommand
from claims.models import Article
from claims.pipeline import check_article
from claims.reporting import print_run
from sources.models import Source, SourceKind

DOCUMENT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
# Username, role (group) and the file in var/ that keeps the password between runs.
LOGINS = [("reviewer", "Reviewer", "demo-login.txt"), ("editor", "Editor", "demo-editor-login.txt")]
ALL_ADDRESSES = {"0.0.0.0", "::", "[::]"}


def admin_address(host: str, port: int) -> str:
    """The address a browser opens: a server listening on every address is reached on this machine's loopback."""
    shown = "127.0.0.1" if host in ALL_ADDRESSES else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"  # an IPv6 address in a URL is bracketed
    return f"http://{shown}:{port}/admin/"


class Command(FactcheckCommand):
    help = (
        "Import the example articles and sources, link and check them, and create a local reviewer login. "
        "Safe to run again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--examples", default=str(settings.BASE_DIR / "examples"))
        parser.add_argument("--host", default="127.0.0.1", help="Where the server will listen (make run's HOST).")
        parser.add_argument("--port", type=int, default=8000, help="Its port (make run's PORT).")

    def handle(self, *args, **options) -> None:
        examples = Path(options["examples"])
        if not 0 < options["port"] < 65536:
            raise CommandError(f"--port {options['port']}: not a port number (1-65535)", returncode=USAGE)
        if not examples.is_dir():
            raise CommandError(f"--examples {examples}: no such folder", returncode=USAGE)
        if not self.documents(examples):
            raise CommandError(f"--examples {examples}: no article files (.txt, .md, .html) in it", returncode=USAGE)
        sources = [self.store(Source, path, kind=SourceKind.PRIMARY) for path in self.documents(examples / "sources")]
        for path in self.documents(examples):
            article = self.store(Article, path)
            run = check_article(article, link_to=sources)
            print_run(self.stdout, article, run)
        call_command("setup_roles", stdout=io.StringIO())
        address = admin_address(options["host"], options["port"])
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Open {address} and log in as"))
        for username, group, store in LOGINS:
            password = self.demo_login(username, group, store)
            self.stdout.write(f"  {group.lower()}: username {username}  password: {password}")

    @staticmethod
    def documents(folder: Path) -> list[Path]:
        return sorted(p for p in folder.glob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)

    def store(self, model: type[Article] | type[Source], path: Path, **fields: str) -> Article | Source:
        data, name = read_input(str(path))
        obj, created = store_document(model, parse_document(data, name), publisher="factcheck examples", **fields)
        noun = model._meta.verbose_name
        self.stdout.write(f"{'Imported' if created else 'Already had'} {noun} {obj.pk}: {obj.title}")
        return obj

    def demo_login(self, username: str, group_name: str, store_name: str) -> str:
        """A demo login in one role; the password is made once and kept in var/ so every run prints the same one."""
        from django.contrib.auth.models import Group

        store = Path(settings.VAR_DIR) / store_name
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(username=username, defaults={"is_staff": True})
        password = store.read_text().strip() if store.exists() and not created else ""
        if not password or not user.check_password(password):
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            store.parent.mkdir(parents=True, exist_ok=True)
            store.write_text(password + "\n")
            store.chmod(0o600)
        user.is_staff = True
        user.save()
        user.groups.add(Group.objects.get(name=group_name))
        return password
