"""Reviews become append-only (a correction names the review it corrects; deleting a claim no
longer takes its reviews with it), a reopen's reason is kept whole in the claim's history, and
editors may assign claims to others. The roles are brought in line with claims.roles."""

import django.db.models.deletion
from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models


def sync_roles(apps, schema_editor):
    from claims.roles import ROLE_PERMISSIONS

    alias = schema_editor.connection.alias
    create_permissions(global_apps.get_app_config("claims"), verbosity=0, apps=apps, using=alias)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, labels in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.using(alias).get_or_create(name=name)
        wanted = []
        for label in labels:
            app_label, codename = label.split(".")
            wanted.extend(Permission.objects.using(alias).filter(content_type__app_label=app_label, codename=codename))
        # Exactly these: an editor no longer holds the right to change reviews.
        group.permissions.set(wanted)


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0005_checkrun_status_and_error'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='claim',
            options={'ordering': ['-priority', 'article_id', 'start'], 'permissions': [('signoff_claim', 'Can confirm or reopen inaccurate and misleading verdicts'), ('assign_claim', 'Can assign a claim to another person, or unassign someone else')]},
        ),
        migrations.AddField(
            model_name='historicalreview',
            name='corrects',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='The earlier review this one corrects; that review stays as it was.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='claims.review', verbose_name='corrects the review'),
        ),
        migrations.AddField(
            model_name='review',
            name='corrects',
            field=models.ForeignKey(blank=True, help_text='The earlier review this one corrects; that review stays as it was.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='corrections', to='claims.review', verbose_name='corrects the review'),
        ),
        migrations.AlterField(
            model_name='historicalclaim',
            name='history_change_reason',
            field=models.TextField(null=True),
        ),
        migrations.AlterField(
            model_name='historicalreview',
            name='created_at',
            field=models.DateTimeField(blank=True, editable=False, verbose_name='given at'),
        ),
        migrations.AlterField(
            model_name='historicalreview',
            name='evidence_url',
            field=models.URLField(blank=True, max_length=2000, verbose_name='evidence URL'),
        ),
        migrations.AlterField(
            model_name='review',
            name='claim',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='reviews', to='claims.claim'),
        ),
        migrations.AlterField(
            model_name='review',
            name='created_at',
            field=models.DateTimeField(auto_now_add=True, verbose_name='given at'),
        ),
        migrations.AlterField(
            model_name='review',
            name='evidence_url',
            field=models.URLField(blank=True, max_length=2000, verbose_name='evidence URL'),
        ),
        migrations.AddConstraint(
            model_name='review',
            constraint=models.CheckConstraint(condition=models.Q(('corrects', models.F('id')), _negated=True), name='review_corrects_another'),
        ),
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
    ]
