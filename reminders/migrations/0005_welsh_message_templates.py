"""Welsh words for every rule's message template (Welsh Language Standards): two fields with
the same placeholders, filled for every existing template from reminders.defaults' Welsh; and
the admin's field names, translatable."""

import django.db.models.deletion
from django.db import migrations, models

from reminders.defaults import DEFAULTS_CY


def fill_welsh(apps, schema_editor):
    MessageTemplate = apps.get_model("reminders", "MessageTemplate")
    for template in MessageTemplate.objects.all():
        template.subject_cy, template.body_cy = DEFAULTS_CY[template.rule]
        template.save(update_fields=["subject_cy", "body_cy"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_council_contact"),
        ("reminders", "0004_session_day_prework_and_follow_up_rules"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="messagetemplate",
            options={
                "ordering": ["rule"],
                "verbose_name": "message template",
                "verbose_name_plural": "message templates",
            },
        ),
        migrations.AlterModelOptions(
            name="preelectionperiod",
            options={
                "ordering": ["-starts"],
                "verbose_name": "pre-election period",
                "verbose_name_plural": "pre-election periods",
            },
        ),
        migrations.AddField(
            model_name="messagetemplate",
            name="body_cy",
            field=models.TextField(
                default="",
                help_text="The same message in Welsh, with the same {placeholders}.",
                max_length=5000,
                verbose_name="body in Welsh",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="messagetemplate",
            name="subject_cy",
            field=models.CharField(default="", max_length=200, verbose_name="subject in Welsh"),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="messagetemplate",
            name="body",
            field=models.TextField(
                help_text="Plain text. Use {placeholders} from the list for this rule, such as {first_name}. Never a stage, score or answer.",
                max_length=5000,
                verbose_name="body",
            ),
        ),
        migrations.AlterField(
            model_name="messagetemplate",
            name="rule",
            field=models.CharField(
                choices=[
                    ("welcome", "Welcome to a cohort"),
                    ("stalled", "Nothing done for a while"),
                    ("session", "A live session in 2 days"),
                    ("session_day", "An online session today, with its joining link"),
                    ("prework", "Pre-work to do before a live session"),
                    ("end_check", "The end-of-programme check is open"),
                    ("follow_up", "The 3-month follow-up is open"),
                    ("facilitator_digest", "Weekly digest to a facilitator"),
                    ("leader_summary", "Monthly participation summary to a council leader"),
                ],
                max_length=30,
                unique=True,
                verbose_name="rule",
            ),
        ),
        migrations.AlterField(
            model_name="messagetemplate",
            name="subject",
            field=models.CharField(max_length=200, verbose_name="subject"),
        ),
        migrations.AlterField(
            model_name="preelectionperiod",
            name="council",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="pre_election_periods",
                to="accounts.council",
                verbose_name="council",
            ),
        ),
        migrations.AlterField(
            model_name="preelectionperiod",
            name="ends",
            field=models.DateField(help_text="The day of the poll.", verbose_name="last day"),
        ),
        migrations.AlterField(
            model_name="preelectionperiod",
            name="starts",
            field=models.DateField(
                help_text="The day the notice of election is published.", verbose_name="first day"
            ),
        ),
        migrations.RunPython(fill_welsh, migrations.RunPython.noop),
    ]
