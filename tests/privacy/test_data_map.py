"""The data protection officer's data map (docs/data-map.md) names every model that holds
personal data: a walk over every model in every installed app (ours, Wagtail's, allauth's)
fails when one that refers to a person is missing, and every model the map names must exist,
so the page and the code cannot drift apart."""

import re
from pathlib import Path

from django.apps import apps
from django.conf import settings

DATA_MAP = Path(settings.BASE_DIR) / "docs" / "data-map.md"

# Personal data held without a foreign key to the user model: the user model itself, the
# session store, background-task arguments, answers that point at their attempt or sitting,
# anonymous departures (listed to say they are anonymous), a council's contact, a pending
# email confirmation, sign-on tokens and the admin's search index.
WITHOUT_A_KEY_TO_THE_USER = {
    "accounts.User",
    "accounts.Council",
    "sessions.Session",
    "django_tasks_database.DBTaskResult",
    "quizzes.QuestionResponse",
    "quizzes.ItemAnswer",
    "cohorts.CohortDeparture",
    "councils.CouncilJourneySnapshot",
    "account.EmailConfirmation",
    "socialaccount.SocialToken",
    "wagtailsearch.IndexEntry",
}


def models_referring_to_people() -> set[str]:
    """Each model with its own key to a person (a page type inherits Page's owner, so only
    ``wagtailcore.Page`` is named)."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    return {
        model._meta.label
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if field.is_relation
        and not field.auto_created
        and field.related_model is user_model
        and field.model is model
    }


def named_in_the_map() -> set[str]:
    return set(re.findall(r"`([a-z_]+\.[A-Z][A-Za-z]+)`", DATA_MAP.read_text()))


def test_the_data_map_names_every_model_that_refers_to_a_person():
    referring = models_referring_to_people()
    assert "quizzes.SelfAssessment" in referring  # the walk finds what it should
    missing = (referring | WITHOUT_A_KEY_TO_THE_USER) - named_in_the_map()
    assert not missing, f"add these to docs/data-map.md: {sorted(missing)}"


def test_every_model_the_data_map_names_exists():
    installed = {model._meta.label for model in apps.get_models()}
    assert named_in_the_map() - installed == set()
