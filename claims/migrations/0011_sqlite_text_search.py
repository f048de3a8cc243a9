"""SQLite: trigram FTS5 indexes for the queue search, kept in step by triggers (see claims.text_index).

A no-op on PostgreSQL, whose trigram indexes come from migration 0010. The tables are built and
filled from the rows already stored, so an existing database gets a complete index.
"""

from django.db import migrations


def install(apps, schema_editor):
    from claims.text_index import install

    install(schema_editor.connection)


def uninstall(apps, schema_editor):
    from claims.text_index import uninstall

    uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("claims", "0010_claim_figure_and_search_indexes")]

    operations = [migrations.RunPython(install, uninstall, elidable=False)]
