"""Evidence's claim needs no index of its own: evidence_unique_passage and evidence_stance_idx lead with it."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0013_fewer_indexes_per_claim"),
        ("sources", "0002_revisions_and_evidence_quotes"),
    ]

    operations = [
        migrations.AlterField(
            model_name="evidence",
            name="claim",
            field=models.ForeignKey(
                db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="evidence", to="claims.claim"
            ),
        ),
    ]
