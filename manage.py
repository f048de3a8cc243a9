#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

# Exit status for bad input or usage, settings included (see "Exit codes" in the README).
USAGE = 2


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        # Load the settings here, where a bad environment (a refused SECRET_KEY, a malformed
        # DATABASE_URL) can be told in one line instead of a traceback from deep in Django.
        settings.INSTALLED_APPS  # noqa: B018
    except ImproperlyConfigured as error:
        sys.stderr.write(f"manage.py: settings: {error}\n")
        sys.exit(USAGE)
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
