"""Existing instrument items become the English (default locale) originals, each with its own
translation key: Wagtail's documented recipe for making an existing model translatable."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0009_instrument_items_translatable_bootstrap"),
        ("pages", "0004_english_and_welsh_locales"),
    ]

    operations = [BootstrapTranslatableModel("quizzes.InstrumentItem")]
