"""The public home page and plain content pages (accessibility statement, privacy notice)."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import StandardBodyBlock
from .serving import ViewRestrictionsFromCacheMixin, records_page, route_by_url_path


class HomePage(ViewRestrictionsFromCacheMixin, Page):
    """Explains the programme to a councillor who has never heard of it."""

    lead = models.CharField(
        max_length=300,
        help_text=_("One sentence under the main heading: what this is and who it is for."),
    )
    body = StreamField(StandardBodyBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    def route(self, request, path_components):
        # The site's root, so every page is found this way: two queries, not two per level.
        if not path_components:
            return super().route(request, path_components)
        return route_by_url_path(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Programmes are children of the home page; list their modules without importing the
        # courses app (the site package sits before it in the flow of data).
        # A translated home page lists the English programme's modules (each in this language
        # where it has been translated, otherwise the English), not only those translated yet.
        english = records_page(self)
        programmes = english.get_children().live().public().not_type(StandardPage).specific()
        # Only the modules: the knowledge checks under a programme are not modules. Named by
        # its label, not imported, for the reason above.
        module_page = apps.get_model("courses", "ModulePage")
        context["programmes"] = []
        for programme in programmes:
            modules = list(programme.get_children().live().public().type(module_page).specific())
            if english is not self:
                programme, modules = programme.localized, [m.localized for m in modules]
            core = sum(1 for m in modules if getattr(m, "kind", "core") == "core")
            context["programmes"].append((programme, modules, core, len(modules) - core))
        return context


class PageContact(models.TextChoices):
    """Which of the service's contacts (ServiceContacts) a plain page shows at its foot."""

    NONE = "", "None"
    DATA_PROTECTION = "data_protection", "Data protection (for the privacy notice)"
    ACCESSIBILITY = "accessibility", "Accessibility (for the accessibility statement)"


class StandardPage(ViewRestrictionsFromCacheMixin, Page):
    """A plain page of text: the accessibility statement, the privacy notice, about pages."""

    lead = models.CharField(max_length=300, blank=True)
    body = StreamField(StandardBodyBlock())
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text=_("Shown at the foot of the page; required for statements."),
    )
    contact = models.CharField(
        "Contact shown on the page",
        max_length=20,
        choices=PageContact.choices,
        blank=True,
        help_text=_(
            "Shows that contact from the Service contacts settings, so the address is "
            "kept in one place."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
        FieldPanel("contact"),
    ]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]


@register_setting(icon="mail")
class ServiceContacts(BaseGenericSetting):
    """Who people contact about the service as a whole. The help page, the privacy notice and
    the accessibility statement read these, so a change here reaches every page at once."""

    programme_team_name = models.CharField(
        max_length=200, default="The Digital Champions programme team"
    )
    programme_team_email = models.EmailField(blank=True)
    programme_team_phone = models.CharField(max_length=40, blank=True)
    data_protection_email = models.EmailField(
        "Data protection contact email",
        blank=True,
        help_text=_("Where people send a subject access request or a privacy question."),
    )
    accessibility_email = models.EmailField(
        "Accessibility contact email",
        blank=True,
        help_text=_("Where people report an accessibility problem or ask for another format."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("programme_team_name"),
                FieldPanel("programme_team_email"),
                FieldPanel("programme_team_phone"),
            ],
            heading=_("Programme team"),
        ),
        FieldPanel("data_protection_email"),
        FieldPanel("accessibility_email"),
    ]

    class Meta:
        verbose_name = _("Service contacts")
