"""The words each rule starts with, as message templates lead trainers can edit."""

from django.db import migrations

from reminders.defaults import DEFAULTS


def create(apps, schema_editor):
    MessageTemplate = apps.get_model("reminders", "MessageTemplate")
    for rule, (subject, body) in DEFAULTS.items():
        MessageTemplate.objects.get_or_create(
            rule=rule, defaults={"subject": subject, "body": body}
        )


class Migration(migrations.Migration):
    dependencies = [("reminders", "0001_add_reminders")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
