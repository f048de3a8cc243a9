"""Fewer indexes to write for each stored claim and run: a checked article stores about fifty claims at once.

- The article's and the assignee's own indexes on a claim, and the article's on a run, are dropped: an index that
  leads with the same column already serves every lookup they did (claim_unique_span, claim_assignee_idx,
  checkrun_current_idx).
- PostgreSQL: the trigram index on a claim's figure is dropped. The figure is always a piece of its sentence
  (both are spans of the article text, the figure inside the sentence), so the queue search finds a word of the
  figure through the sentence's index (claims.search).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

SURFACE_INDEX = (
    'CREATE INDEX IF NOT EXISTS "claim_surface_trgm" ON "claims_claim" USING gin (UPPER("surface"::text) gin_trgm_ops)'
)


def drop_surface_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute('DROP INDEX IF EXISTS "claim_surface_trgm"')


def create_surface_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(SURFACE_INDEX)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0012_background_job_worker_heartbeat"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="checkrun",
            name="article",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="check_runs",
                to="claims.article",
            ),
        ),
        migrations.AlterField(
            model_name="claim",
            name="article",
            field=models.ForeignKey(
                db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="claims", to="claims.article"
            ),
        ),
        migrations.AlterField(
            model_name="claim",
            name="assignee",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(drop_surface_index, create_surface_index, elidable=False),
    ]
