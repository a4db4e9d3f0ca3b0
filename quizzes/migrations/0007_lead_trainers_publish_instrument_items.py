"""Only lead trainers publish self-assessment items; trainers' changes stay drafts until then.
Wagtail creates the "publish" permission after migrating, so a fresh database would not have it
yet: create it here and grant it."""

from django.db import migrations


def grant_publish(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="quizzes", model="instrumentitem"
    )
    publish, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="publish_instrumentitem",
        defaults={"name": "Can publish instrument item"},
    )
    leads, _ = Group.objects.get_or_create(name="Lead trainers")
    leads.permissions.add(publish)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0006_version_instrument_items"),
        ("accounts", "0004_retire_wagtail_default_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_publish, migrations.RunPython.noop)]
