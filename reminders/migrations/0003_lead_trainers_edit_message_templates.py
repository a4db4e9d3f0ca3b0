"""Lead trainers look after the words of the reminders (one template per rule, made by
0002, so they change them but neither add nor delete any). Platform admins are superusers and
also keep the pre-election periods."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["change_messagetemplate"]


def grant(apps, schema_editor):
    config = apps.get_app_config("reminders")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Lead trainers")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="reminders", codename__in=CODENAMES)
    )


class Migration(migrations.Migration):
    dependencies = [("reminders", "0002_default_templates"), ("accounts", "0002_role_groups")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
