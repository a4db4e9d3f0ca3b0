"""Programme -> Module -> Lesson pages (content only) and the learner's records
(enrolment, progress per lesson, private reflections)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from champions.pages.serving import ViewRestrictionsFromCacheMixin, records_page

from .blocks import LessonBodyBlock, ModuleCaseStudiesBlock, OfficerQuestionsBlock, OutcomesBlock
from .constants import ModuleKind


class ProgrammePage(ViewRestrictionsFromCacheMixin, Page):
    """A whole programme. Its modules are its children, in the order shown in the admin."""

    introduction = RichTextField(features=["bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        HelpPanel(
            _("Modules are the pages under this one. Drag them in the page list to reorder.")
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["courses.ModulePage", "quizzes.QuizPage"]
    admin_default_ordering = "ord"  # the page explorer lists modules in programme order

    def get_context(self, request, *args, **kwargs):
        from .queries import programme_outline

        context = super().get_context(request, *args, **kwargs)
        context["modules"] = programme_outline(programme=self)
        return context


class ModulePage(ViewRestrictionsFromCacheMixin, Page):
    summary = models.TextField(
        max_length=600, help_text=_("One or two sentences: what this is for.")
    )
    kind = models.CharField(max_length=10, choices=ModuleKind.choices, default=ModuleKind.CORE)
    estimated_minutes = models.PositiveSmallIntegerField(
        default=45, validators=[MinValueValidator(5), MaxValueValidator(600)]
    )
    outcomes = StreamField(
        OutcomesBlock(min_num=3, max_num=4), help_text=_("3 or 4 learning outcomes.")
    )
    case_studies = StreamField(ModuleCaseStudiesBlock(min_num=1))
    questions_for_officers = StreamField(OfficerQuestionsBlock(min_num=1))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("kind"), FieldPanel("estimated_minutes")], heading=_("About")),
        FieldPanel("outcomes"),
        FieldPanel("case_studies"),
        FieldPanel("questions_for_officers"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("outcomes"),
        index.SearchField("case_studies"),
        index.FilterField("kind"),
    ]
    parent_page_types = ["courses.ProgrammePage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]
    admin_default_ordering = "ord"  # the page explorer lists lessons in lesson order

    @property
    def is_core(self) -> bool:
        return self.kind == ModuleKind.CORE

    def get_context(self, request, *args, **kwargs):
        from .queries import learner_next_step, module_overview

        context = super().get_context(request, *args, **kwargs)
        context["outline"], overview = module_overview(module=self, user=request.user)
        # A learner on the programme sees the one next step (the same as on My learning).
        enrolled = (
            request.user.is_authenticated
            and overview.programme.enrolments.filter(user=request.user).exists()
        )
        context["next"] = (
            learner_next_step(user=request.user, overview=overview) if enrolled else None
        )
        return context


class LessonPage(ViewRestrictionsFromCacheMixin, Page):
    summary = models.CharField(max_length=300, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        default=10, validators=[MinValueValidator(1), MaxValueValidator(180)]
    )
    body = StreamField(LessonBodyBlock())

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    def serve(self, request, *args, **kwargs):
        from .services import lesson_visit

        self._visit = None
        # Progress and notes belong to the English lesson, whichever language it is read in.
        self._records_page = records_page(self)
        if request.user.is_authenticated and request.method == "GET":
            self._visit = lesson_visit(user=request.user, lesson=self._records_page)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .queries import lesson_body_parts, lesson_context

        context = super().get_context(request, *args, **kwargs)
        body_parts = lesson_body_parts(lesson=self, request=request)
        context.update(
            lesson_context(
                lesson=getattr(self, "_records_page", None) or records_page(self),
                user=request.user,
                visit=getattr(self, "_visit", None),
                has_notes=any("block" in part for part in body_parts),  # a reflection prompt
            )
        )
        context["body_parts"] = body_parts
        return context

    def reflection_block_ids(self) -> set[str]:
        return {block.id for block in self.body if block.block_type == "reflection"}


class Enrolment(models.Model):
    """A learner on a programme. Created when they join a cohort."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    programme = models.ForeignKey(
        ProgrammePage, on_delete=models.PROTECT, related_name="enrolments"
    )
    enrolled_at = models.DateTimeField(auto_now_add=True)
    last_active_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "programme"], name="enrolment_unique"),
        ]

    def __str__(self):
        return f"{self.user} on {self.programme}"


class LessonProgress(models.Model):
    """One row per learner x lesson, upserted as they read and complete it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="progress")
    started_at = models.DateTimeField()
    last_seen_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="lesson_progress_unique"),
            models.CheckConstraint(
                condition=models.Q(completed_at__isnull=True)
                | models.Q(completed_at__gte=models.F("started_at")),
                name="lesson_progress_completed_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.user} - {self.lesson_id}"


class Reflection(models.Model):
    """A learner's private note on one reflection prompt. Nobody else ever sees it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="reflections")
    block_id = models.CharField(max_length=64, help_text=_("The reflection prompt's block id."))
    text = models.TextField(max_length=5000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"], name="reflection_unique"
            ),
        ]

    def __str__(self):
        return f"Reflection by {self.user_id} on {self.lesson_id}"


class AssessmentPass(models.Model):
    """The learner passed the assessment page (a module quiz) under a module. Written by the
    quizzes app when a quiz is passed, so that courses can decide module completion alone."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessment_passes"
    )
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    passed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "page"], name="assessment_pass_unique"),
        ]

    def __str__(self):
        return f"{self.user_id} passed page {self.page_id}"
