"""Lead trainers calibrate the stage thresholds and look after the instrument; trainers may
edit instrument items too. Permissions are created here so a fresh database has them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Lead trainers": [
        "change_measurementsettings",
        "add_instrumentitem",
        "change_instrumentitem",
        "delete_instrumentitem",
    ],
    "Trainers": ["add_instrumentitem", "change_instrumentitem"],
}


def grant(apps, schema_editor):
    config = apps.get_app_config("quizzes")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="quizzes", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0001_initial"), ("accounts", "0002_role_groups")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
