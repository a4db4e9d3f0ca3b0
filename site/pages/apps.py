from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "champions.pages"
    label = "pages"
    verbose_name = "Home and standard pages"
