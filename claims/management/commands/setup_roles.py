"""Create the Reviewer and Editor groups with their permissions (safe to run again)."""

from __future__ import annotations

from claims.management.exit_codes import FactcheckCommand
from claims.roles import setup_roles


class Command(FactcheckCommand):
    help = "Create or repair the Reviewer and Editor groups."

    def handle(self, *args, **options) -> None:
        for name, group in setup_roles().items():
            self.stdout.write(f"{name}: {group.permissions.count()} permissions")
