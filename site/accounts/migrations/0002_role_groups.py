"""Creates one group per role, so a fresh deployment has its roles without demo data.
Trainers, lead trainers and platform admins may open the Wagtail admin; page permissions on
the programme tree are granted when the programme exists (see courses)."""

from django.db import migrations

GROUPS = {
    "Councillors": False,
    "Trainers": True,
    "Lead trainers": True,
    "Facilitators": False,
    "Council leaders": False,
    "Platform admins": True,
}


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    for name, admin_access in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        if admin_access and access_admin is not None:
            group.permissions.add(access_admin)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
