from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail import hooks

from champions.accounts.constants import Role
from champions.accounts.permissions import role_required
from champions.errors import PageNotFound
from champions.pages.serving import english_original
from courses.queries import module_link

from . import queries, services
from .constants import SCALES, Dimension, Occasion, QuizKind
from .forms import instrument_answers, numbered_error, quiz_answers, scale_choices
from .models import QuizAttempt, QuizPage, translated

learner_only = role_required(Role.COUNCILLOR, allow_admin=False)

OCCASION_SLUGS = {
    "baseline": Occasion.BASELINE,
    "end": Occasion.END,
    "follow-up": Occasion.FOLLOW_UP,
}
OCCASION_TITLES = {
    Occasion.BASELINE: gettext_lazy("Your starting self-assessment"),
    Occasion.END: gettext_lazy("Looking back: the end of the programme"),
    Occasion.FOLLOW_UP: gettext_lazy("Follow-up: six months on"),
    Occasion.PULSE: gettext_lazy("Quick check-in"),
}
DIMENSION_HEADINGS = {
    Dimension.ATTITUDE: gettext_lazy("Your views on digital change"),
    Dimension.INCLUSION: gettext_lazy("Digital inclusion"),
    Dimension.CONFIDENCE: gettext_lazy("How confident are you?"),
    Dimension.BEHAVIOUR: gettext_lazy("What you have done in the last 3 months"),
}
DIMENSION_HINTS = {
    Dimension.ATTITUDE: gettext_lazy(
        'How far do you agree? Choose "Don\'t know" if you are not sure.'
    ),
    Dimension.INCLUSION: gettext_lazy("How far do you agree?"),
    Dimension.CONFIDENCE: gettext_lazy(
        "0 means not at all confident, 10 means completely confident."
    ),
    Dimension.BEHAVIOUR: gettext_lazy("Count only things you did as a councillor."),
}


def not_open(request, *, title: str, message: str, back_url: str = "", back_label: str = ""):
    """The plain page for a measurement whose window is not open (yet, or any more)."""
    return render(
        request,
        "quizzes/not_open.html",
        {
            "title": title,
            "message": message,
            "back_url": back_url or reverse("courses:learn"),
            "back_label": back_label or _("Go to My learning"),
        },
        status=403,
    )


@require_GET
@learner_only
def start(request):
    """The starting point as a task list: the self-assessment, then the knowledge check."""
    context = queries.starting_point(user=request.user)
    if context is None:
        return redirect("courses:learn")  # not enrolled: My learning says what happens next
    return render(request, "quizzes/task_list.html", context)


@require_GET
@learner_only
def journey(request):
    context = queries.journey(user=request.user)
    # Later apps add to the page through this hook (commitments done, beside the scores).
    context["panels"] = [panel(request) for panel in hooks.get_hooks("journey_page_panels")]
    return render(request, "quizzes/journey.html", context)


KNOWLEDGE_CHECK_TITLES = {
    QuizKind.PRE_TEST: gettext_lazy("The knowledge starting check is not open"),
    QuizKind.POST_TEST: gettext_lazy("The final check is not open yet"),
}


@require_POST
@learner_only
def quiz_start(request, quiz_id: int):
    # A Welsh quiz page starts an attempt at its English original (records belong to it); the
    # questions are drawn in the active language.
    quiz = english_original(get_object_or_404(QuizPage.objects.live(), pk=quiz_id))
    try:
        attempt = services.attempt_start(user=request.user, quiz=quiz)
    except services.NotAvailable as exc:
        raise PageNotFound(str(exc)) from exc
    except services.NotOpen as exc:
        return not_open(request, title=KNOWLEDGE_CHECK_TITLES[quiz.kind], message=str(exc))
    return redirect("quizzes:attempt", attempt_id=attempt.pk)


def _own_attempt(request, attempt_id: int) -> QuizAttempt:
    # Someone else's attempt is indistinguishable from a missing one.
    return get_object_or_404(
        QuizAttempt.objects.select_related("quiz", "module"), pk=attempt_id, user=request.user
    )


@require_http_methods(["GET", "POST"])
@learner_only
def attempt(request, attempt_id: int):
    chosen, errors, status, problem = None, {}, 200, ""
    if request.method == "POST" and "save" in request.POST:
        # "Save and come back later": keeps the answers chosen so far, scores nothing.
        try:
            services.attempt_save_answers(
                user=request.user, attempt_id=attempt_id, answers=quiz_answers(request.POST, [])
            )
        except services.NotAvailable as exc:
            raise PageNotFound(str(exc)) from exc
        except services.AttemptClosed as exc:
            messages.info(request, str(exc))
            return redirect("quizzes:result", attempt_id=attempt_id)
        messages.success(
            request, _("Your answers so far are saved. Come back to this page to finish the quiz.")
        )
        return redirect("quizzes:attempt", attempt_id=attempt_id)
    if request.method == "POST":
        # The service reads the attempt once, locked, and answers for a missing or closed one;
        # the view reads it only to show the form again.
        answers = quiz_answers(request.POST, [])
        try:
            services.attempt_submit(user=request.user, attempt_id=attempt_id, answers=answers)
        except services.NotAvailable as exc:
            raise PageNotFound(str(exc)) from exc
        except services.AttemptClosed as exc:
            messages.info(request, str(exc))
            return redirect("quizzes:result", attempt_id=attempt_id)
        except services.InvalidAnswers as exc:
            chosen, errors, status, problem = answers, exc.errors, 400, str(exc)
        else:
            return redirect("quizzes:result", attempt_id=attempt_id)
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_open:
        return redirect("quizzes:result", attempt_id=attempt.pk)
    if chosen is None:
        chosen = dict(attempt.draft_answers or {})  # what they chose before they left
    questions = queries.attempt_questions(attempt=attempt, chosen=chosen, errors=errors)
    return render(
        request,
        "quizzes/attempt.html",
        {
            "attempt": attempt,
            "module": module_link(attempt.module) if attempt.module else None,
            "questions": questions,
            "knowledge_check": attempt.quiz_kind != QuizKind.MODULE,
            "problem": problem,
            "problem_links": [
                {"anchor": f"q-{q.id}-1", "text": q.error} for q in questions if q.error
            ],
        },
        status=status,
    )


@require_GET
@learner_only
def result(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_open:
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    questions = queries.attempt_questions(attempt=attempt)
    context = {
        "attempt": attempt,
        "questions": questions,
        "right": sum(1 for q in questions if q.credit == 1),
    }
    context.update(queries.result_next_steps(attempt=attempt, user=request.user))
    if attempt.quiz_kind != QuizKind.MODULE:
        return render(request, "quizzes/knowledge_check_result.html", context)
    return render(request, "quizzes/result.html", context)


def _instrument_sections(items, answers=None, retro=None, errors=None, with_retro=False):
    sections = []
    number = 0
    items = translated(items)  # worded in the active language; keys and scoring are the same
    for dimension in (
        Dimension.ATTITUDE,
        Dimension.INCLUSION,
        Dimension.CONFIDENCE,
        Dimension.BEHAVIOUR,
    ):
        rows = []
        for item in items:
            if item.dimension != dimension:
                continue
            value = (answers or {}).get(item.key, "")
            number += 1
            rows.append(
                {
                    "number": number,
                    "name": f"item-{item.key}",
                    "key": item.key,
                    "text": item.text,
                    "value": "dont-know"
                    if value is None and item.key in (answers or {})
                    else str(value),
                    "error": numbered_error((errors or {}).get(item.key, ""), number),
                }
            )
            if with_retro and dimension == Dimension.CONFIDENCE and item.retro_text:
                then = (retro or {}).get(item.key, "")
                number += 1
                rows.append(
                    {
                        "number": number,
                        "name": f"then-{item.key}",
                        "key": f"then-{item.key}",
                        "text": item.retro_text,
                        "value": str(then),
                        "error": numbered_error((errors or {}).get(f"then-{item.key}", ""), number),
                    }
                )
        if rows:
            sections.append(
                {
                    "dimension": dimension,
                    "heading": DIMENSION_HEADINGS[dimension],
                    "hint": DIMENSION_HINTS[dimension],
                    "choices": scale_choices(dimension),
                    "inline": SCALES[dimension][1] > 5,
                    "rows": rows,
                }
            )
    return sections


def _instrument_view(request, *, occasion, quiz=None, action_url, cancel_url):
    items = services.instrument_items(occasion=occasion, quiz=quiz)
    answers, retro, errors, status, problem = {}, {}, {}, 200, ""
    if request.method == "POST":
        answers = instrument_answers(request.POST)
        retro = (
            instrument_answers(request.POST, prefix="then-") if occasion == Occasion.END else None
        )
        try:
            services.self_assessment_submit(
                user=request.user,
                occasion=occasion,
                answers=answers,
                retro_answers=retro,
                quiz=quiz,
            )
        except services.AttemptClosed as exc:
            messages.info(request, str(exc))
            return redirect("quizzes:journey")
        except services.InvalidAnswers as exc:
            errors, status, problem = exc.errors, 400, str(exc)
        else:
            if occasion == Occasion.BASELINE:
                messages.success(
                    request,
                    _(
                        "Your starting self-assessment is saved. "
                        "Next, the knowledge starting check."
                    ),
                )
                return redirect("quizzes:start")
            messages.success(request, _("Thank you. Your answers are saved."))
            return redirect("quizzes:journey")
    sections = _instrument_sections(
        items, answers, retro, errors, with_retro=occasion == Occasion.END
    )
    context = {
        "title": OCCASION_TITLES[occasion],
        "occasion": occasion,
        "sections": sections,
        "problem": problem,
        "problem_links": [
            {"anchor": f"{row['name']}-1", "text": row["error"]}
            for section in sections
            for row in section["rows"]
            if row["error"]
        ],
        "errors": errors,
        "action_url": action_url,
        "cancel_url": cancel_url,
        "quiz": quiz,
        # The module a check-in follows, named in the language being read.
        "module": module_link(quiz.get_parent()) if quiz is not None else None,
    }
    return render(request, "quizzes/self_assessment.html", context, status=status)


@require_http_methods(["GET", "POST"])
@learner_only
def self_assessment(request, occasion: str):
    if occasion not in OCCASION_SLUGS:
        raise PageNotFound(_("There is no such self-assessment."))
    code = OCCASION_SLUGS[occasion]
    refusal = queries.self_assessment_refusal_for(user=request.user, occasion=code)
    if refusal:
        return not_open(
            request,
            title=_("%(title)s: not open") % {"title": OCCASION_TITLES[code]},
            message=refusal,
            back_url=reverse("quizzes:journey"),
            back_label=_("Go to My journey"),
        )
    url = reverse("quizzes:self_assessment", kwargs={"occasion": occasion})
    return _instrument_view(
        request, occasion=code, action_url=url, cancel_url=reverse("quizzes:journey")
    )


@require_http_methods(["GET", "POST"])
@learner_only
def pulse(request, quiz_id: int):
    quiz = english_original(
        get_object_or_404(QuizPage.objects.live().filter(kind="module"), pk=quiz_id)
    )
    passed = QuizAttempt.objects.filter(user=request.user, quiz=quiz, passed=True).exists()
    if not passed:
        return not_open(
            request,
            title=_("This check-in is not open yet"),
            message=_("The check-in after %(module)s opens when you have passed its quiz.")
            % {"module": module_link(quiz.get_parent())["title"]},
        )
    url = reverse("quizzes:pulse", kwargs={"quiz_id": quiz.pk})
    return _instrument_view(
        request,
        occasion=Occasion.PULSE,
        quiz=quiz,
        action_url=url,
        cancel_url=reverse("courses:learn"),
    )
