from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChampionsConfig(AppConfig):
    """The project package as an app of its own, for its management commands (the clock)."""

    name = "champions"
    verbose_name = _("Digital Champions")

    def ready(self):
        from . import checks  # noqa: F401 - registers the deploy checks
