"""The content languages: English is en-gb (Wagtail made its first locale from LANGUAGE_CODE,
which an older database may have as "en"), and Welsh (cy) exists for translations."""

from django.db import migrations


def english_and_welsh(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    if not Locale.objects.filter(language_code="en-gb").exists():
        english = Locale.objects.filter(language_code__in=["en", "en-us"]).first()
        if english is not None:
            english.language_code = "en-gb"
            english.save(update_fields=["language_code"])
        else:
            Locale.objects.create(language_code="en-gb")
    Locale.objects.get_or_create(language_code="cy")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0003_standard_page_contact"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(english_and_welsh, migrations.RunPython.noop)]
