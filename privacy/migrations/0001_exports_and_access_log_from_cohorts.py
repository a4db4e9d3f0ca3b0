"""Data exports and the access log were rows of the cohorts app. This takes them over in Django's
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
            name='AccessLogEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('actor_name', models.CharField(max_length=300)),
                ('action', models.CharField(choices=[('viewed_learner', "Viewed a learner's page"), ('exported_learners', "Exported a cohort's learner list"), ('exported_items', "Exported a cohort's question statistics"), ('exported_participation', "Exported a council's participation list")], max_length=30)),
                ('path', models.CharField(max_length=500)),
                ('at', models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
                ('actor', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('cohort', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='cohorts.cohort')),
                ('council', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='accounts.council')),
                ('subject', models.ForeignKey(blank=True, help_text="The learner whose page was viewed. Empty for exports, and once the learner's account is deleted.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'db_table': 'cohorts_accesslogentry',
                'verbose_name': 'access log entry',
                'verbose_name_plural': 'access log',
                'ordering': ['-at', '-pk'],
            },
        ),
        migrations.CreateModel(
            name='DataExport',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('requested_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('status', models.CharField(choices=[('pending', 'Being prepared'), ('ready', 'Ready to download'), ('failed', 'Could not be prepared')], default='pending', max_length=10)),
                ('finished_at', models.DateTimeField(blank=True, null=True)),
                ('expires_at', models.DateTimeField(blank=True, null=True)),
                ('json_content', models.TextField(blank=True)),
                ('zip_content', models.BinaryField(blank=True, default=b'', help_text='CSV files in a ZIP.')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='data_exports', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'db_table': 'cohorts_dataexport',
                'ordering': ['-requested_at'],
                'indexes': [models.Index(fields=['user', '-requested_at'], name='data_export_user_latest')],
                'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('status', 'ready'), _negated=True), models.Q(('expires_at__isnull', False), ('finished_at__isnull', False)), _connector='OR'), name='data_export_ready_has_times')],
            },
        ),
            ],
        ),
    ]
