"""Quizzes and the self-assessment instrument: the content (a quiz page, instrument items, the
stage thresholds) and the records (attempts and responses, self-assessments and answers, stage
snapshots). Every attempt and self-assessment stores the definitions it was scored against."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from champions.pages.serving import ViewRestrictionsFromCacheMixin, records_page
from courses.models import ModulePage

from .blocks import QuestionBankBlock
from .constants import Dimension, Occasion, QuizKind


def answered_in() -> str:
    """The active language, as one of ours (en-gb or cy): recorded on each attempt and sitting."""
    return translation.get_supported_language_variant(
        translation.get_language() or settings.LANGUAGE_CODE
    )


class QuizPage(ViewRestrictionsFromCacheMixin, Page):
    """A module quiz (under a module), or the programme's knowledge pre-/post-test (under the
    programme). Its questions are a bank: each attempt draws some of them."""

    kind = models.CharField(max_length=12, choices=QuizKind.choices, default=QuizKind.MODULE)
    introduction = models.TextField(blank=True)
    questions_per_attempt = models.PositiveSmallIntegerField(
        default=8, validators=[MinValueValidator(1), MaxValueValidator(50)]
    )
    pass_mark = models.PositiveSmallIntegerField(
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Percent."),
    )
    questions = StreamField(QuestionBankBlock(min_num=1))
    pulse_items = ParentalManyToManyField(
        "quizzes.InstrumentItem",
        blank=True,
        related_name="+",
        help_text=_("The check-in after this module: 2 or 3 confidence items and 1 attitude item."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("questions_per_attempt"), FieldPanel("pass_mark")], heading=_("Attempts")
        ),
        FieldPanel("questions"),
        FieldPanel("pulse_items"),
    ]
    search_fields = Page.search_fields + [index.FilterField("kind")]
    parent_page_types = ["courses.ModulePage", "courses.ProgrammePage"]
    subpage_types = []
    max_count_per_parent = 1

    @property
    def programme_path(self) -> str:
        """The tree path of the programme this quiz belongs to (a module quiz sits under its
        module; the knowledge tests sit straight under the programme)."""
        steps = 2 if self.kind == QuizKind.MODULE else 1
        return self.path[: -steps * self.steplen]

    def get_context(self, request, *args, **kwargs):
        from .queries import quiz_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_page_context(quiz=records_page(self), user=request.user))
        return context


class InstrumentItemQuerySet(models.QuerySet):
    def originals(self):
        """The English originals: the items that are scored, counted and versioned. A Welsh
        copy only rewords its original (see ``translated``)."""
        return self.filter(locale=Locale.get_default())


def translated(items):
    """Each item as asked in the active language: its translation when there is one, else the
    item itself (English)."""
    items = list(items)
    locale = Locale.get_active()
    if not items or all(item.locale_id == locale.pk for item in items):
        return items
    copies = {
        item.translation_key: item
        for item in InstrumentItem.objects.filter(
            locale=locale, live=True, translation_key__in=[i.translation_key for i in items]
        )
    }
    return [copies.get(item.translation_key, item) for item in items]


class InstrumentItem(
    TranslatableMixin, WorkflowMixin, DraftStateMixin, RevisionMixin, models.Model
):
    """One self-assessment item. Versioned: a trainer's change is a draft revision until a
    lead trainer approves and publishes it (the same "Lead trainer approval" workflow as pages),
    and sittings use only the published items. Editing one never changes past answers' scores:
    each self-assessment stores the items as they were, and the version it was asked in."""

    key = models.SlugField(
        max_length=20, help_text=_("Stable id, e.g. A3 or C5 (the same in every language).")
    )
    dimension = models.CharField(max_length=2, choices=Dimension.choices)
    text = models.CharField(max_length=300)
    retro_text = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("Confidence items only: the 'thinking back' wording asked at the end."),
    )
    reverse_coded = models.BooleanField(
        default=False, help_text=_("Attitude items only: agreeing means a less positive attitude.")
    )
    module = models.ForeignKey(
        ModulePage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The module that builds this; used to recommend a next module."),
    )
    sort_order = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(default=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="instrument_item")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="instrument_item",
        for_concrete_model=False,
    )

    # Welsh (and any other language) translates the wording; everything that scores an item is
    # kept the same as the English original by wagtail-localize.
    translatable_fields = [
        TranslatableField("text"),
        TranslatableField("retro_text"),
        SynchronizedField("key"),
        SynchronizedField("dimension"),
        SynchronizedField("reverse_coded"),
        SynchronizedField("module"),
        SynchronizedField("sort_order"),
        SynchronizedField("active"),
    ]

    objects = InstrumentItemQuerySet.as_manager()

    panels = [
        FieldPanel("key"),
        FieldPanel("dimension"),
        FieldPanel("text"),
        FieldPanel("retro_text"),
        FieldPanel("reverse_coded"),
        FieldPanel("module"),
        FieldPanel("sort_order"),
        FieldPanel("active"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "key"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(reverse_coded=False) | models.Q(dimension="A"),
                name="instrument_item_only_attitude_reversed",
            ),
            # Each language has its own copy of an item, under the same key.
            models.UniqueConstraint(fields=["key", "locale"], name="instrument_item_key_locale"),
        ]

    def __str__(self):
        return f"{self.key}: {self.text}"


@register_setting(icon="crosshairs")
class MeasurementSettings(BaseGenericSetting):
    """The stage thresholds (DOMAIN.md section 3). Starting values a lead trainer can calibrate."""

    a_sceptic = models.DecimalField(
        "Attitude below this is Sceptic", max_digits=4, decimal_places=2, default=2.75
    )
    a_positive = models.DecimalField(
        "Attitude needed beyond Cautious", max_digits=4, decimal_places=2, default=3.5
    )
    k_exploring = models.DecimalField(
        "Knowledge for Exploring", max_digits=3, decimal_places=2, default=0.3
    )
    c_cautious = models.DecimalField(
        "Confidence that lifts out of Cautious", max_digits=4, decimal_places=2, default=5
    )
    k_capable = models.DecimalField(
        "Knowledge for Capable", max_digits=3, decimal_places=2, default=0.6
    )
    c_capable = models.DecimalField(
        "Confidence for Capable", max_digits=4, decimal_places=2, default=6.5
    )
    k_champion = models.DecimalField(
        "Knowledge for Confident champion", max_digits=3, decimal_places=2, default=0.8
    )
    c_champion = models.DecimalField(
        "Confidence for Confident champion", max_digits=4, decimal_places=2, default=7.5
    )
    b_champion = models.DecimalField(
        "Behaviours for Confident champion", max_digits=3, decimal_places=1, default=3
    )
    k_informed = models.DecimalField(
        "Knowledge that makes an informed sceptic", max_digits=3, decimal_places=2, default=0.5
    )
    mastery_percent = models.PositiveSmallIntegerField(
        "Best quiz score that counts as mastering a module (%)",
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("a_sceptic"), FieldPanel("a_positive")], heading=_("Attitude (1 to 5)")
        ),
        MultiFieldPanel(
            [
                FieldPanel("mastery_percent"),
                FieldPanel("k_exploring"),
                FieldPanel("k_capable"),
                FieldPanel("k_champion"),
                FieldPanel("k_informed"),
            ],
            heading=_("Knowledge (share of core modules mastered, 0 to 1)"),
        ),  # fmt: skip
        MultiFieldPanel(
            [FieldPanel("c_cautious"), FieldPanel("c_capable"), FieldPanel("c_champion")],
            heading=_("Confidence (0 to 10)"),
        ),
        MultiFieldPanel([FieldPanel("b_champion")], heading=_("Behaviour (0 to 8)")),
    ]

    class Meta:
        verbose_name = _("Stage thresholds")

    def thresholds(self):
        from .stages import Thresholds

        return Thresholds(**{f: float(getattr(self, f)) for f in Thresholds.__dataclass_fields__})


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(
        QuizPage, null=True, on_delete=models.SET_NULL, related_name="attempts"
    )
    quiz_kind = models.CharField(max_length=12, choices=QuizKind.choices)
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the questions were asked in."),
    )
    module = models.ForeignKey(
        ModulePage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(
        max_length=255, help_text=_("The quiz's title when the attempt began.")
    )
    revision_id = models.PositiveBigIntegerField(null=True, blank=True)
    seed = models.PositiveBigIntegerField()
    snapshot = models.JSONField(help_text=_("The questions drawn, exactly as scored."))
    pass_mark = models.PositiveSmallIntegerField()
    started_at = models.DateTimeField()
    draft_answers = models.JSONField(
        default=dict,
        blank=True,
        help_text=_(
            "The options chosen so far on an open attempt (question id -> option ids), "
            "kept when the learner saves and comes back later."
        ),
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    percent = models.FloatField(null=True, blank=True)
    passed = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["started_at"]
        indexes = [
            models.Index(fields=["user", "quiz"], name="attempt_user_quiz"),
            models.Index(fields=["user", "module", "percent"], name="attempt_user_module_percent"),
            # A cohort's submitted attempts (counted and dated for its cache key, pre/post tests).
            models.Index(fields=["user", "submitted_at"], name="attempt_user_submitted"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(submitted_at__isnull=True, percent__isnull=True, passed__isnull=True)
                    | models.Q(
                        submitted_at__isnull=False, percent__isnull=False, passed__isnull=False
                    )
                ),
                name="attempt_scored_when_submitted",
            ),
            models.CheckConstraint(
                condition=models.Q(percent__isnull=True)
                | models.Q(percent__gte=0, percent__lte=100),
                name="attempt_percent_in_range",
            ),
            # At most one open attempt per person and quiz: reloading never draws a new set.
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=models.Q(submitted_at__isnull=True),
                name="attempt_one_open_per_quiz",
            ),
        ]

    def __str__(self):
        return f"{self.title} attempt {self.pk} by {self.user_id}"

    @property
    def is_open(self) -> bool:
        return self.submitted_at is None


class QuestionResponse(models.Model):
    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="responses")
    question_id = models.CharField(max_length=64)
    chosen = models.JSONField(help_text=_("The option ids chosen."))
    wrong = models.JSONField(
        default=list,
        help_text=_("The chosen option ids that were wrong, as scored (for item analysis)."),
    )
    credit = models.FloatField(validators=[MinValueValidator(0), MaxValueValidator(1)])

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question_id"], name="response_unique"),
            models.CheckConstraint(
                condition=models.Q(credit__gte=0, credit__lte=1), name="response_credit_range"
            ),
        ]

    def __str__(self):
        return f"{self.attempt_id}/{self.question_id}"


class SelfAssessment(models.Model):
    """One sitting of the instrument: the baseline, a module check-in, the end, the follow-up."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="self_assessments"
    )
    occasion = models.CharField(max_length=8, choices=Occasion.choices)
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the items were asked in."),
    )
    module = models.ForeignKey(
        ModulePage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField()
    snapshot = models.JSONField(help_text=_("The items asked, exactly as scored."))
    instrument_version = models.CharField(
        max_length=64,
        blank=True,
        help_text=_(
            "Which published version of the items was asked (empty for sittings from "
            "before versions were recorded)."
        ),
    )
    scores = models.JSONField(
        help_text=_("A, IC, C, B (and C_then at the end); null when invalid.")
    )

    class Meta:
        ordering = ["submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "occasion"],
                condition=models.Q(occasion__in=["T0", "T1", "T2"]),
                name="self_assessment_once_per_occasion",
            ),
            models.UniqueConstraint(
                fields=["user", "module"],
                condition=models.Q(occasion="pulse"),
                name="self_assessment_one_pulse_per_module",
            ),
        ]
        indexes = [
            # Counting every baseline (and the newest) keys the cohort dashboard's cached
            # reliability figures: an index-only scan instead of reading the whole table.
            models.Index(fields=["occasion", "id"], name="self_assessment_occasion_id"),
        ]

    def __str__(self):
        return f"{self.get_occasion_display()} by {self.user_id}"


class ItemAnswer(models.Model):
    assessment = models.ForeignKey(SelfAssessment, on_delete=models.CASCADE, related_name="answers")
    item_key = models.CharField(max_length=20)
    value = models.SmallIntegerField(null=True, blank=True, help_text=_("Empty means don't know."))
    retrospective = models.BooleanField(default=False, help_text=_("A 'thinking back' rating."))

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "item_key", "retrospective"], name="item_answer_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(value__isnull=True) | models.Q(value__gte=0, value__lte=10),
                name="item_answer_value_range",
            ),
        ]

    def __str__(self):
        return f"{self.assessment_id}/{self.item_key}"


class StageSnapshot(models.Model):
    """The stage and its inputs each time an input changed: an auditable history."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="stage_snapshots"
    )
    stage = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    informed_sceptic = models.BooleanField(default=False)
    a = models.FloatField()
    k = models.FloatField()
    c = models.FloatField()
    b = models.FloatField()
    reason = models.CharField(max_length=120)
    thresholds = models.JSONField()
    recorded_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["recorded_at", "pk"]
        # "This person's latest stage": without it PostgreSQL walks the recorded_at index
        # backwards through everybody's snapshots.
        indexes = [models.Index(fields=["user", "recorded_at", "id"], name="stage_user_recorded")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(stage__gte=1, stage__lte=5), name="stage_in_range"
            ),
        ]

    def __str__(self):
        return f"Stage {self.stage} for {self.user_id} at {self.recorded_at:%Y-%m-%d}"
