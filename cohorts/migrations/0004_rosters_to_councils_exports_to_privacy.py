"""Roster uploads and invitations now belong to the councils app, data exports and the access
log to the privacy app. Their tables stay where they are here (state only); each new app's
0002 migration renames them."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0003_privacy_exports_access_log_departures"),
        ("councils", "0001_rosters_and_invitations_from_cohorts"),
        ("privacy", "0001_exports_and_access_log_from_cohorts"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name="AccessLogEntry"),
                migrations.DeleteModel(name="DataExport"),
                migrations.DeleteModel(name="Invitation"),
                migrations.DeleteModel(name="RosterUpload"),
            ],
        ),
    ]
