"""The facilitator's cohort pages: the overview, its four detail pages (learners, journey and
change, questions, measurement quality), a learner, the session plan and exports.
Every view starts from ``cohorts_visible_to``; learner pages only for the cohort's members."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS_3
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_GET

from champions.accounts.constants import Position, Role
from champions.accounts.permissions import role_required
from champions.charts import BLUE, bar_chart, stacked_bars
from champions.errors import PageNotFound
from champions.security import DOWNLOAD_PARAMETER, confirm_before_download, offered_download
from champions.spreadsheets import csv_response, xlsx_response
from cohort_sessions.queries import (
    Member,
    cohort_attendance,
    sessions_attended,
    sessions_overview,
)
from courses.queries import programme_overview
from privacy.constants import AccessAction
from privacy.services import access_record
from quizzes.constants import STAGE_LABELS
from quizzes.models import QuizAttempt, StageSnapshot

from . import exports, stats
from .analytics import cohort_report
from .analytics.minimums import MIN_ITEM_ANSWERS, MIN_PAIRS, MIN_SITTINGS, enough_sittings
from .models import Cohort
from .queries import cohort_list as cohorts_for
from .queries import cohorts_visible_to

facilitators = role_required(Role.FACILITATOR)

SORTS = {
    "name": lambda row: row.name.lower(),
    "council": lambda row: (row.council, row.name.lower()),
    "position": lambda row: (row.position_label, row.name.lower()),
    "stage": lambda row: (row.current_stage or 0, row.name.lower()),
    "modules": lambda row: (-row.modules_done, row.name.lower()),
    "last-active": lambda row: (
        row.last_active_at.timestamp() if row.last_active_at else 0,
        row.name.lower(),
    ),
}
STATUSES = [
    ("", gettext_lazy("Any status")),
    ("follow-up", gettext_lazy("Needs follow-up")),
    ("not started", gettext_lazy("Not started")),
    ("in progress", gettext_lazy("In progress")),
    ("completed", gettext_lazy("Completed")),
]
SORT_LABELS = {
    "name": pgettext_lazy("sort by", "Name"),
    "council": pgettext_lazy("sort by", "Council"),
    "position": pgettext_lazy("sort by", "Position"),
    "stage": pgettext_lazy("sort by", "Stage"),
    "modules": pgettext_lazy("sort by", "Modules"),
    "last-active": pgettext_lazy("sort by", "Last active"),
}


class LearnerFilterForm(forms.Form):
    council = forms.ChoiceField(label=gettext_lazy("Council"), required=False)
    position = forms.ChoiceField(
        label=gettext_lazy("Position"),
        required=False,
        choices=[("", gettext_lazy("Any position")), *Position.choices],
    )
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False, choices=STATUSES)
    sort = forms.ChoiceField(
        label=gettext_lazy("Sort by"),
        required=False,
        choices=[(k, SORT_LABELS[k]) for k in SORTS],
    )

    def __init__(self, *args, councils=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["council"].choices = [("", _("Any council")), *[(c, c) for c in councils]]


def visible_cohort(request, cohort_id: int) -> Cohort:
    cohort = (
        cohorts_visible_to(request.user).select_related("programme").filter(pk=cohort_id).first()
    )
    if cohort is None:
        get_object_or_404(Cohort, pk=cohort_id)
        raise PermissionDenied(_("This cohort is run by another facilitator."))
    return cohort


def filtered_learners(request, report):
    councils = sorted({row.council for row in report.learners if row.council})
    form = LearnerFilterForm(request.GET or None, councils=councils)
    learners = list(report.learners)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["council"]:
            learners = [row for row in learners if row.council == data["council"]]
        if data["position"]:
            learners = [row for row in learners if row.position == data["position"]]
        if data["status"] == "follow-up":
            learners = [row for row in learners if row.needs_follow_up]
        elif data["status"]:
            learners = [row for row in learners if row.status == data["status"]]
        learners.sort(key=SORTS[data["sort"] or "name"])
    return form, learners


FILTER_KEYS = ("council", "position", "status", "sort")


@require_GET
@facilitators
def dashboard(request, cohort_id: int):
    """The overview: who is on track, who needs a nudge and why, where the cohort is on the
    journey and what to cover next time. The detail is on the four pages it links to."""
    cohort = visible_cohort(request, cohort_id)
    if any(key in request.GET for key in FILTER_KEYS):
        # The learner filters used to live here: an old bookmark lands on the learner list.
        return redirect(
            f"{reverse('cohorts:learners', args=[cohort.pk])}?{request.GET.urlencode()}"
        )
    # Only the parts of the report this page shows are built (cohorts/analytics/report.py):
    # rows for the people to follow up, not for every member; no change from baseline and no
    # reliability.
    report = cohort_report(cohort=cohort)
    follow_up = report.follow_up_learners
    members = report.headline["members"]
    return render(
        request,
        "cohorts/dashboard.html",
        {
            "cohort": cohort,
            "report": report,
            "section": "overview",
            "on_track": members - len(follow_up),
            "nudges": learner_lines(cohort, follow_up[:OVERVIEW_NUDGES]),
            "more_nudges": max(0, len(follow_up) - OVERVIEW_NUDGES),
            "funnel": [
                (row, _share(row.started, members), _share(row.quiz_passed, members))
                for row in report.funnel
            ],
            "stage_rows": _stage_rows(report),
            "hardest": hardest_questions(report, top=3),
            "sessions": sessions_overview(cohort=cohort, members=_session_members(report)),
        },
    )


OVERVIEW_NUDGES = 8


def _session_members(report) -> list[Member]:
    """The report's members (already read for the page) as the live-sessions block wants them,
    so it does not read them again."""
    return [
        Member(user_id=uid, name=f"{first} {last}".strip() or email)
        for uid, _joined, first, last, email, *_ in report.members
    ]


def _share(count: int, total: int) -> str:
    return f"{round(100 * count / total)}%" if total else "–"


def _stage_rows(report) -> list[dict]:
    return [
        {
            "stage": n,
            "label": STAGE_LABELS[n],
            "baseline": report.stage_baseline.get(n, 0),
            "now": report.stage_now.get(n, 0),
        }
        for n in range(1, 6)
    ]


def hardest_questions(report, *, top: int) -> list:
    """The questions the fewest got right, among those with a few answers (the report's
    ``hardest``, which keeps the first few); the page prints each share beside its number of
    answers."""
    return report.hardest[:top]


@require_GET
@facilitators
def learners(request, cohort_id: int):
    cohort = visible_cohort(request, cohort_id)
    report = cohort_report(cohort=cohort)
    form, rows = filtered_learners(request, report)
    return render(
        request,
        "cohorts/cohort_learners.html",
        {
            "cohort": cohort,
            "report": report,
            "section": "learners",
            "form": form,
            "learners": rows,
            "query": _filters_query(request),
            "download": _offered_export(request, cohort),
            "learner_lines": learner_lines(
                cohort, rows, attendance=cohort_attendance(cohort=cohort)
            ),
        },
    )


@require_GET
@facilitators
def journey(request, cohort_id: int):
    cohort = visible_cohort(request, cohort_id)
    report = cohort_report(cohort=cohort)
    return render(
        request,
        "cohorts/cohort_journey.html",
        {
            "cohort": cohort,
            "report": report,
            "section": "journey",
            "funnel_charts": _funnel_charts(report),
            "stage_rows": _stage_rows(report),
            "stacks": stacked_bars(
                [(_("At baseline"), report.stage_baseline), (_("Now"), report.stage_now)],
                keys=range(1, 6),
            ),
            "min_pairs": MIN_PAIRS,
        },
    )


ITEM_SORTS = {
    "module": None,  # the programme's order, as the report gives them
    "hardest": lambda r: (r.stats.difficulty is None, r.stats.difficulty or 0, r.text),
    "easiest": lambda r: (r.stats.difficulty is None, -(r.stats.difficulty or 0), r.text),
    "answers": lambda r: (-r.stats.n, r.text),
}


class QuestionFilterForm(forms.Form):
    module = forms.TypedChoiceField(
        label=gettext_lazy("Module"), required=False, coerce=int, empty_value=None
    )
    sort = forms.ChoiceField(
        label=gettext_lazy("Sort by"),
        required=False,
        choices=[
            ("module", gettext_lazy("Module order")),
            ("hardest", gettext_lazy("Fewest right first")),
            ("easiest", gettext_lazy("Most right first")),
            ("answers", gettext_lazy("Most answers first")),
        ],
    )

    def __init__(self, *args, modules=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["module"].choices = [
            ("", _("All modules")),
            *[(m.id, f"{m.label}: {m.title}") for m in modules if m.quiz_id],
        ]


@require_GET
@facilitators
def questions(request, cohort_id: int):
    cohort = visible_cohort(request, cohort_id)
    report = cohort_report(cohort=cohort)
    form = QuestionFilterForm(request.GET or None, modules=report.modules)
    items = list(report.items)
    if form.is_bound and form.is_valid():
        if form.cleaned_data["module"] is not None:
            items = [row for row in items if row.module_id == form.cleaned_data["module"]]
        order = ITEM_SORTS[form.cleaned_data["sort"] or "module"]
        if order:
            items.sort(key=order)
    return render(
        request,
        "cohorts/cohort_questions.html",
        {
            "cohort": cohort,
            "report": report,
            "section": "questions",
            "form": form,
            "items": items,
            "min_answers": MIN_ITEM_ANSWERS,
            "download": _offered_export(request, cohort),
        },
    )


def _at(figures: tuple, n: int):
    """The nth item's figure, or None when there are none (nobody answered every item)."""
    return figures[n] if n < len(figures) else None


DIMENSIONS = {
    "A": gettext_lazy("Attitude"),
    "C": gettext_lazy("Confidence"),
    "B": gettext_lazy("Leadership behaviour"),
}


@require_GET
@facilitators
def quality(request, cohort_id: int):
    cohort = visible_cohort(request, cohort_id)
    report = cohort_report(cohort=cohort)
    scales = []
    for dimension, (mine, pooled, items) in report.reliability.items():
        scales.append(
            {
                "name": DIMENSIONS[dimension],
                "mine": mine,
                "pooled": pooled,
                "mine_shown": enough_sittings(mine.n),
                "pooled_shown": enough_sittings(pooled.n),
                "items": [
                    {
                        "key": key,
                        "text": text,
                        "if_deleted": _at(pooled.alpha_if_deleted, n),
                        "item_total": _at(pooled.item_total, n),
                        "flag": _at(pooled.item_flags, n),
                    }
                    for n, (key, text) in enumerate(items)
                ],
            }
        )
    return render(
        request,
        "cohorts/cohort_quality.html",
        {
            "cohort": cohort,
            "report": report,
            "section": "quality",
            "scales": scales,
            "min_sittings": MIN_SITTINGS,
            "acceptable": stats.ALPHA_ACCEPTABLE,
        },
    )


EXPORT_NAMES = {
    "learners": gettext_lazy("the learner list"),
    "items": gettext_lazy("the question analysis"),
}
FORMAT_NAMES = {"csv": "CSV", "xlsx": "Excel"}


def _filters_query(request) -> str:
    query = request.GET.copy()
    query.pop(DOWNLOAD_PARAMETER, None)
    return query.urlencode()


def _offered_export(request, cohort) -> dict | None:
    """After confirming who they are, the export of this cohort they asked for, as a link."""

    def describe(match) -> str | None:
        kwargs = match.kwargs
        if (
            match.view_name == "cohorts:export"
            and kwargs["cohort_id"] == cohort.pk
            and kwargs["what"] in EXPORT_NAMES
            and kwargs["fmt"] in FORMAT_NAMES
        ):
            return _("%(export)s (%(format)s)") % {
                "export": EXPORT_NAMES[kwargs["what"]],
                "format": FORMAT_NAMES[kwargs["fmt"]],
            }
        return None

    return offered_download(request, describe=describe)


MOVES = {
    "down": gettext_lazy("%(baseline)s → %(now)s (went down)"),
    "up": gettext_lazy("%(baseline)s → %(now)s (went up)"),
}


def learner_lines(cohort, learners, attendance=None) -> list[dict]:
    """The learner table's cells as plain text, for cohorts/learner_rows.html to mark up. Dicts
    of ready strings because for 500 learners the template engine's lookups and filters were
    most of the page's time. With ``attendance`` (cohort_sessions' figures), sessions attended
    ("2 of 3") too."""
    base = reverse("cohorts:learner", args=[cohort.pk, 0]).removesuffix("0/")  # one lookup
    # The month abbreviations ("Jan") and words in the page's language, looked up once.
    words = {
        "months": [str(MONTHS_3[m]).title() for m in range(1, 13)],
        "no_baseline": _("No baseline"),
        "never": _("Never"),
        "moves": {move: str(text) for move, text in MOVES.items()},
        "same": _("%(baseline)s → %(now)s"),
    }
    return [
        {
            "url": f"{base}{row.user_id}/",
            "name": row.name,
            "council": row.council,
            "position": row.position_label,
            "stage": _stage_text(row, words),
            "modules_done": row.modules_done,
            "last_active": _day_text(row.last_active_at, words),
            "follow_up": "; ".join(row.follow_up),
            "sessions": attendance.attended_text(row.user_id) if attendance else "",
        }
        for row in learners
    ]


def _stage_text(row, words: dict) -> str:
    if not row.baseline_stage:
        return words["no_baseline"]
    text = words["moves"].get(row.last_move, words["same"])
    return text % {"baseline": row.baseline_label, "now": row.current_label}


def _day_text(moment, words: dict) -> str:
    if moment is None:
        return words["never"]
    local = timezone.localtime(moment)
    return f"{local.day} {words['months'][local.month - 1]} {local.year}"


def _funnel_charts(report) -> list:
    """Per module: how many members started it, finished its lessons and passed its quiz, as
    bars out of all the members."""
    return [
        (
            row,
            bar_chart(
                [
                    (_("Started"), [(row.started, str(row.started))]),
                    (
                        _("All lessons done"),
                        [(row.lessons_completed, str(row.lessons_completed))],
                    ),
                    (_("Quiz passed"), [(row.quiz_passed, str(row.quiz_passed))]),
                ],
                series=[(_("Members"), BLUE)],
                maximum=report.headline["members"],
                width=400,
                label_width=130,
                legend=False,
            ),
            f"funnel-{row.module.id}",
        )
        for row in report.funnel
    ]


@require_GET
@facilitators
def learner(request, cohort_id: int, user_id: int):
    cohort = visible_cohort(request, cohort_id)
    membership = (
        cohort.memberships.select_related("user__councillor_profile__council")
        .filter(user_id=user_id)
        .first()
    )
    if membership is None:
        raise PageNotFound(_("This person is not a member of this cohort."))
    person = membership.user
    access_record(
        actor=request.user,
        action=AccessAction.VIEWED_LEARNER,
        subject=person,
        cohort=cohort,
        path=request.get_full_path(),
    )
    overview = programme_overview(programme=cohort.programme, user=person)
    attempts = list(
        QuizAttempt.objects.filter(user=person, submitted_at__isnull=False).order_by(
            "-submitted_at"
        )[:50]
    )
    history = list(StageSnapshot.objects.filter(user=person).order_by("recorded_at", "pk"))
    return render(
        request,
        "cohorts/learner.html",
        {
            "cohort": cohort,
            "person": person,
            "membership": membership,
            "overview": overview,
            "attempts": attempts,
            "history": [(s, STAGE_LABELS[s.stage]) for s in history],
            "sessions_attended": sessions_attended(user_ids=[person.pk], cohort=cohort)[person.pk],
        },
    )


@require_GET
@facilitators
def plan(request, cohort_id: int):
    cohort = visible_cohort(request, cohort_id)
    report = cohort_report(cohort=cohort)
    hardest = hardest_questions(report, top=5)
    follow_up = report.follow_up_learners
    return render(
        request,
        "cohorts/plan.html",
        {
            "cohort": cohort,
            "report": report,
            "hardest": hardest,
            "follow_up": follow_up,
            "sessions": sessions_overview(cohort=cohort, members=_session_members(report)),
        },
    )


SHEET_TITLES = {"learners": gettext_lazy("Learners"), "items": gettext_lazy("Items")}
EXPORT_ACTIONS = {
    "learners": AccessAction.EXPORTED_LEARNERS,
    "items": AccessAction.EXPORTED_ITEMS,
}


def _export(request, cohort: Cohort, what: str, fmt: str) -> HttpResponse:
    access_record(
        actor=request.user,
        action=EXPORT_ACTIONS[what],
        cohort=cohort,
        path=request.get_full_path(),
    )
    report = cohort_report(cohort=cohort)
    if what == "learners":
        _, learners = filtered_learners(request, report)
        header, rows = exports.learner_rows(learners)
    else:
        header, rows = exports.item_rows(report.items)
    name = f"{cohort.name} {what}".lower().replace(" ", "-").replace("'", "")
    if fmt == "xlsx":
        return xlsx_response(header, rows, filename=f"{name}.xlsx", title=str(SHEET_TITLES[what]))
    return csv_response(header, rows, filename=f"{name}.csv")


@require_GET
@facilitators
def export(request, cohort_id: int, what: str, fmt: str):
    if what not in ("learners", "items") or fmt not in ("csv", "xlsx"):
        raise PageNotFound(_("There is no such export."))
    cohort = visible_cohort(request, cohort_id)  # someone else's cohort: 403 before anything
    # Personal data leaving the platform: confirm who is there first.
    # Back to the page the export is on (with the same filters), where the file is then offered.
    back_to = reverse(
        "cohorts:learners" if what == "learners" else "cohorts:questions", args=[cohort.pk]
    )
    if request.GET:
        back_to += "?" + request.GET.urlencode()
    confirm = confirm_before_download(request, back_to=back_to)
    return confirm or _export(request, cohort, what, fmt)


@require_GET
@role_required(Role.FACILITATOR)
def cohort_list(request):
    return render(request, "cohorts/cohort_list.html", {"cohorts": cohorts_for(user=request.user)})
