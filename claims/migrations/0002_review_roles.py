"""Create the Reviewer and Editor groups on migrate, so a fresh database has the roles
without anyone remembering to run ``setup_roles`` (which stays, to repair them)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    from claims.roles import ROLE_PERMISSIONS

    # Permissions are normally made after the last migration; the groups need them now.
    for label in ("claims", "sources"):
        create_permissions(
            global_apps.get_app_config(label), verbosity=0, apps=apps, using=schema_editor.connection.alias
        )
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, labels in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.using(schema_editor.connection.alias).get_or_create(name=name)
        wanted = []
        for label in labels:
            app_label, codename = label.split(".")
            wanted.extend(Permission.objects.filter(content_type__app_label=app_label, codename=codename))
        group.permissions.add(*wanted)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
