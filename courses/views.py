from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail import hooks

from champions.accounts.constants import Role
from champions.accounts.models import CouncillorProfile
from champions.accounts.permissions import role_required
from champions.contacts import programme_contact
from champions.errors import PageNotFound
from champions.pages.serving import english_original, url_in_active_language

from . import queries, services
from .forms import ReflectionForm, SearchForm
from .models import LessonPage


@require_GET
@role_required(Role.COUNCILLOR, allow_admin=False)
def learn(request):
    """My learning: overall progress, the next lesson, every module with its own progress."""
    programmes = queries.learner_programmes(user=request.user)
    overviews = [queries.programme_overview(programme=p, user=request.user) for p in programmes]
    # Each programme's one next step: the same rule as My journey and a quiz result.
    steps = [queries.learner_next_step(user=request.user, overview=o) for o in overviews]
    # Later apps add panels here (the quizzes app shows the learner's stage) without courses
    # importing them: Wagtail's hook registry carries them.
    panels = [panel(request) for panel in hooks.get_hooks("learn_page_panels")]
    context = {"overviews": list(zip(overviews, steps, strict=True)), "panels": panels}
    if not overviews:
        context["contact"] = _contact_for(request.user)
    return render(request, "courses/learn.html", context)


def _contact_for(user):
    """Who someone not in a cohort yet asks: their council's programme contact, or the
    programme team."""
    profile = (
        CouncillorProfile.objects.select_related("council")
        .filter(user=user, left_at__isnull=True)
        .first()
    )
    return programme_contact(profile.council if profile else None)


@require_GET
@role_required(Role.COUNCILLOR, allow_admin=False)
def notes(request):
    """My notes: the learner's own reflections, to reread or print. Only ever their own."""
    modules = queries.learner_notes(user=request.user)
    return render(request, "courses/notes.html", {"modules": modules})


def _live_lesson(lesson_id: int) -> LessonPage:
    # A Welsh lesson's progress and notes belong to its English original.
    return english_original(get_object_or_404(LessonPage.objects.live(), pk=lesson_id))


@require_POST
@role_required(Role.COUNCILLOR, allow_admin=False)
def lesson_complete(request, lesson_id: int):
    lesson = _live_lesson(lesson_id)
    try:
        services.lesson_mark_complete(user=request.user, lesson=lesson)
    except services.LessonNotAvailable as exc:
        raise PageNotFound(str(exc)) from exc
    context = queries.lesson_context(lesson=lesson, user=request.user)
    if context["next_lesson"]:
        return redirect(context["next_lesson"]["url"])
    messages.success(
        request,
        _("You have finished the lessons in %(module)s.") % {"module": context["module"]["title"]},
    )
    quiz = context["module_quiz"]
    if quiz is not None and not quiz["passed"]:
        return redirect(quiz["url"])  # the button said "Take the ... quiz"
    programme = lesson.get_parent().get_parent().specific
    overview = queries.programme_overview(programme=programme, user=request.user)
    return redirect(queries.learner_next_step(user=request.user, overview=overview).url)


@require_POST
@role_required(Role.COUNCILLOR, allow_admin=False)
def reflection_save(request, lesson_id: int, block_id: str):
    lesson = _live_lesson(lesson_id)
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        messages.error(
            request,
            _("Your note was not saved: %(reason)s") % {"reason": " ".join(form.errors["text"])},
        )
        return redirect(url_in_active_language(lesson, request) + "#reflection-" + block_id)
    try:
        services.reflection_save(
            user=request.user, lesson=lesson, block_id=block_id, text=form.cleaned_data["text"]
        )
    except services.LessonNotAvailable as exc:
        raise PageNotFound(str(exc)) from exc
    except services.ReflectionInvalid as exc:
        raise PageNotFound(str(exc)) from exc
    messages.success(request, _("Your note is saved. Only you can see it."))
    return redirect(url_in_active_language(lesson, request) + "#reflection-" + block_id)


@require_GET
def search(request):
    form = SearchForm(request.GET)
    modules, lessons = [], []
    query = ""
    if form.is_valid() and form.cleaned_data["q"].strip():
        query = form.cleaned_data["q"].strip()
        modules, lessons = queries.search_learning(query=query)
    return render(
        request,
        "courses/search.html",
        {"form": form, "query": query, "modules": modules, "lessons": lessons},
    )
