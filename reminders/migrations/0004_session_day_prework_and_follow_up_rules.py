"""Three more rules (on the day of an online session, pre-work, the 3-month follow-up), each
with a message template lead trainers can edit, starting from reminders.defaults' words."""

from django.db import migrations, models

from reminders.defaults import DEFAULTS

NEW_RULES = ("session_day", "prework", "follow_up")

# The rule field's choices after this migration; the templates' rule is unique, the outbox's not.
RULE_CHOICES = [
    ("welcome", "Welcome to a cohort"),
    ("stalled", "Nothing done for a while"),
    ("session", "A live session in 2 days"),
    ("session_day", "An online session today, with its joining link"),
    ("prework", "Pre-work to do before a live session"),
    ("end_check", "The end-of-programme check is open"),
    ("follow_up", "The 3-month follow-up is open"),
    ("facilitator_digest", "Weekly digest to a facilitator"),
    ("leader_summary", "Monthly participation summary to a council leader"),
]
RULE_FIELDS = (("messagetemplate", True), ("outboxmessage", False))


def create(apps, schema_editor):
    MessageTemplate = apps.get_model("reminders", "MessageTemplate")
    for rule in NEW_RULES:
        subject, body = DEFAULTS[rule]
        MessageTemplate.objects.get_or_create(
            rule=rule, defaults={"subject": subject, "body": body}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("reminders", "0003_lead_trainers_edit_message_templates"),
    ]

    operations = [
        *(
            migrations.AlterField(
                model_name=model_name,
                name="rule",
                field=models.CharField(choices=RULE_CHOICES, max_length=30, unique=unique),
            )
            for model_name, unique in RULE_FIELDS
        ),
        migrations.RunPython(create, migrations.RunPython.noop),
    ]
