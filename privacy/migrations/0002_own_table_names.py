"""Gives the tables taken over from the cohorts app this app's names, and moves their content
types (and so any permissions and admin history pointing at them) along."""

from django.db import migrations

MODELS = ["accesslogentry", "dataexport"]


def move_content_types(apps, schema_editor, source="cohorts", target="privacy"):
    content_type = apps.get_model("contenttypes", "ContentType")
    taken = set(
        content_type.objects.filter(app_label=target, model__in=MODELS).values_list(
            "model", flat=True
        )
    )
    content_type.objects.filter(app_label=source, model__in=MODELS).exclude(
        model__in=taken
    ).update(app_label=target)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="privacy", target="cohorts")


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0001_exports_and_access_log_from_cohorts"),
        ("cohorts", "0004_rosters_to_councils_exports_to_privacy"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="accesslogentry", table=None),
        migrations.AlterModelTable(name="dataexport", table=None),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
