"""Set up the local demo: import the example articles, check them, print the findings, make a login."""

from __future__ import annotations

import io
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from claims.importing import parse_document, read_input, store_document
from claims.models import Article
from claims.pipeline import check_article
from claims.reporting import print_run

DEMO_USERNAME = "reviewer"


class Command(BaseCommand):
    help = "Import and check the example articles and create a local reviewer login. Safe to run again."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--examples", default=str(settings.BASE_DIR / "examples"))

    def handle(self, *args, **options) -> None:
        for path in sorted(Path(options["examples"]).glob("*")):
            if path.suffix.lower() not in {".txt", ".md", ".markdown", ".html", ".htm"}:
                continue
            data, name = read_input(str(path))
            article, created = store_document(Article, parse_document(data, name), publisher="factcheck examples")
            self.stdout.write(f"{'Imported' if created else 'Already had'} article {article.pk}: {article.title}")
            run = check_article(article)
            print_run(self.stdout, article, run)
        call_command("setup_roles", stdout=io.StringIO())
        username, password = self.reviewer_login()
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Reviewer login for http://127.0.0.1:8000/admin/"))
        self.stdout.write(f"  username: {username}")
        self.stdout.write(f"  password: {password}")

    def reviewer_login(self) -> tuple[str, str]:
        """The demo reviewer; the password is made once and kept in var/ so every run prints the same one."""
        from django.contrib.auth.models import Group

        store = Path(settings.VAR_DIR) / "demo-login.txt"
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(username=DEMO_USERNAME, defaults={"is_staff": True})
        password = store.read_text().strip() if store.exists() and not created else ""
        if not password or not user.check_password(password):
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            store.parent.mkdir(parents=True, exist_ok=True)
            store.write_text(password + "\n")
            store.chmod(0o600)
        user.is_staff = True
        user.save()
        user.groups.add(Group.objects.get(name="Reviewer"))
        return DEMO_USERNAME, password
