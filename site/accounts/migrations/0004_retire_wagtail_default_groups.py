"""Wagtail's own migrations create "Editors" and "Moderators" groups that may open the admin and
edit or publish any page. Our roles are our own groups (0002), with two-step sign-in and the
lead-trainer approval workflow; a member of the default groups had neither. Delete them, with
their page and collection permissions and memberships. Runs after the Wagtail migrations that
create or extend them, so a fresh database never has them either."""

from django.db import migrations

WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")


def retire_default_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    groups = Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS)
    GroupPagePermission.objects.filter(group__in=groups).delete()
    GroupCollectionPermission.objects.filter(group__in=groups).delete()
    # Wagtail's default "Moderators approval" task approves through the Moderators group; with
    # the group gone it would name nobody, so it stops being used.
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    orphaned = GroupApprovalTask.objects.filter(groups__in=groups).values_list("pk", flat=True)
    orphaned = list(orphaned)
    groups.delete()
    Task = apps.get_model("wagtailcore", "Task")
    Task.objects.filter(pk__in=orphaned, groupapprovaltask__groups__isnull=True).update(
        active=False
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_councillor_profile_left_at"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    # Nothing to restore: recreate groups by hand in the admin if ever wanted.
    operations = [migrations.RunPython(retire_default_groups, migrations.RunPython.noop)]
