"""Roster uploads and invitations were rows of the cohorts app. This takes them over in Django's
state only, on the tables they already have; 0002 gives the tables this app's names."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('cohorts', '0003_privacy_exports_access_log_departures'),
        ('accounts', '0003_councillor_profile_left_at'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
        migrations.CreateModel(
            name='Invitation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('sent_at', models.DateTimeField(blank=True, help_text='When the background task sent the email.', null=True)),
                ('council', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='invitations', to='accounts.council')),
                ('invited_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='invitations', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'db_table': 'cohorts_invitation',
                'ordering': ['-created_at'],
                'indexes': [models.Index(fields=['user', '-created_at'], name='invitation_user_latest')],
            },
        ),
        migrations.CreateModel(
            name='RosterUpload',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('uploaded_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('filename', models.CharField(blank=True, max_length=255)),
                ('rows', models.JSONField(blank=True, default=list)),
                ('status', models.CharField(choices=[('pending', 'Waiting for confirmation'), ('imported', 'Imported'), ('discarded', 'Discarded')], default='pending', max_length=20)),
                ('imported_at', models.DateTimeField(blank=True, null=True)),
                ('created_count', models.PositiveIntegerField(default=0)),
                ('updated_count', models.PositiveIntegerField(default=0)),
                ('left_count', models.PositiveIntegerField(default=0)),
                ('council', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='roster_uploads', to='accounts.council')),
                ('imported_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('uploaded_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'db_table': 'cohorts_rosterupload',
                'ordering': ['-uploaded_at'],
                'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('status', 'imported'), _negated=True), ('imported_at__isnull', False), _connector='OR'), name='roster_upload_imported_has_time')],
            },
        ),
            ],
        ),
    ]
