"""Indexes for the admin at 100,000 claims: repeats of a figure, and queue search on PostgreSQL.

The queue searches words with ``icontains``, which PostgreSQL runs as ``UPPER(column::text) LIKE
UPPER('%word%')``: a trigram index (pg_trgm) on exactly that expression serves it. SQLite has no
such index; there the trigram steps do nothing.
"""

from django.contrib.postgres.operations import TrigramExtension
import django.db.models.expressions
from django.conf import settings
from django.db import migrations, models

# (index name, table, column): the queue's search fields and the article text it also searches.
TRIGRAM_INDEXES = [
    ("claim_surface_trgm", "claims_claim", "surface"),
    ("claim_text_trgm", "claims_claim", "text"),
    ("claim_subject_trgm", "claims_claim", "subject"),
    ("article_title_trgm", "claims_article", "title"),
    ("article_body_trgm", "claims_article", "body"),
]


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, column in TRIGRAM_INDEXES:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" USING gin (UPPER("{column}"::text) gin_trgm_ops)'
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _, _ in TRIGRAM_INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0009_api_tokens_and_background_jobs"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["metric", "unit", "lower"], name="claim_figure_idx"),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                models.F("metric"),
                models.F("unit"),
                models.Case(
                    models.When(hedge="nearly", then=models.Value(None)),
                    default=django.db.models.expressions.CombinedExpression(models.F("upper"), "-", models.F("lower")),
                    output_field=models.FloatField(),
                ),
                name="claim_figure_reach_idx",
            ),
        ),
        # Needs the right to create an extension (a superuser, or pg_trgm already installed).
        TrigramExtension(),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes, elidable=False),
    ]
