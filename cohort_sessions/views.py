"""Session pages. Facilitators' pages start from ``cohorts_visible_to`` (through
``visible_cohort``); a councillor's from their own memberships. Thin: a form, one service or
selector, render or redirect."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_http_methods

from champions.errors import PageNotFound
from champions.links import absolute_reverse
from cohorts.views import facilitators, visible_cohort
from courses.markdown import render_markdown

from . import queries, services
from .calendar import calendar_for
from .forms import FeedbackForm, RegisterForm, ReplyForm, SessionForm
from .models import Session, SessionFeedback


def _facilitated_session(request, cohort_id: int, session_id: int) -> Session:
    cohort = visible_cohort(request, cohort_id)
    session = queries.session_for_facilitator(
        user=request.user, cohort_id=cohort.pk, session_id=session_id
    )
    if session is None:
        raise PageNotFound(gettext("This session is not part of this cohort."))
    return session


@require_GET
@facilitators
def session_list(request, cohort_id: int):
    cohort = visible_cohort(request, cohort_id)
    sessions = list(queries.sessions_of_cohort(cohort=cohort))
    now = timezone.now()
    return render(
        request,
        "cohort_sessions/session_list.html",
        {
            "cohort": cohort,
            "upcoming": [s for s in sessions if s.ends_at > now],
            "past": [s for s in sessions if s.ends_at <= now][::-1],
        },
    )


def _form_for(request, cohort, session=None):
    initial = None
    if session is not None:
        starts, ends = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
        initial = {
            "title": session.title, "date": starts.date(), "start_time": starts.time(),
            "end_time": ends.time(), "format": session.format, "place": session.place,
            "joining_url": session.joining_url, "language": session.language,
            "agenda": session.agenda, "prework": [p.pk for p in session.prework.all()],
        }  # fmt: skip
    return SessionForm(
        request.POST if request.method == "POST" else None,
        initial=initial,
        prework_pages=queries.prework_pages(cohort=cohort),
    )


def _save_or_errors(request, form, write):
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        return write()
    except services.SessionRefused as refusal:
        field = refusal.field if refusal.field in form.fields else None
        if refusal.field in ("starts_at",):
            field = "start_time"
        elif refusal.field in ("ends_at",):
            field = "end_time"
        form.add_error(field, str(refusal))
        return None


@require_http_methods(["GET", "POST"])
@facilitators
def session_new(request, cohort_id: int):
    cohort = visible_cohort(request, cohort_id)
    form = _form_for(request, cohort)
    session = _save_or_errors(
        request,
        form,
        lambda: services.session_schedule(
            cohort=cohort, prework=form.prework_chosen(), **form.session_fields()
        ),
    )
    if session is not None:
        messages.success(
            request, gettext("“%(title)s” has been scheduled.") % {"title": session.title}
        )
        return redirect("cohort_sessions:list", cohort_id=cohort.pk)
    return render(
        request,
        "cohort_sessions/session_form.html",
        {"cohort": cohort, "form": form, "session": None},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@facilitators
def session_edit(request, cohort_id: int, session_id: int):
    session = _facilitated_session(request, cohort_id, session_id)
    cohort = session.cohort
    if session.is_cancelled:
        return render(
            request, "cohort_sessions/session_closed.html",
            {"cohort": cohort, "session": session,
             "reason": gettext("This session has been cancelled, so it cannot be changed.")},
            status=409,
        )  # fmt: skip
    form = _form_for(request, cohort, session)
    saved = _save_or_errors(
        request,
        form,
        lambda: services.session_update(
            session=session, prework=form.prework_chosen(), **form.session_fields()
        ),
    )
    if saved is not None:
        messages.success(request, gettext(
            "“%(title)s” has been updated. Members have been told of any change to when or "
            "where it is.") % {"title": saved.title})  # fmt: skip
        return redirect("cohort_sessions:list", cohort_id=cohort.pk)
    return render(
        request,
        "cohort_sessions/session_form.html",
        {"cohort": cohort, "form": form, "session": session},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@facilitators
def session_cancel(request, cohort_id: int, session_id: int):
    session = _facilitated_session(request, cohort_id, session_id)
    error = ""
    if request.method == "POST":
        try:
            services.session_cancel(session=session)
        except services.SessionRefused as refusal:
            error = str(refusal)
        else:
            messages.success(
                request,
                gettext("“%(title)s” has been cancelled and members told.")
                % {"title": session.title},
            )
            return redirect("cohort_sessions:list", cohort_id=session.cohort_id)
    return render(
        request,
        "cohort_sessions/session_cancel.html",
        {"cohort": session.cohort, "session": session, "error": error},
        status=400 if error else 200,
    )


@require_http_methods(["GET", "POST"])
@facilitators
def register(request, cohort_id: int, session_id: int):
    session = _facilitated_session(request, cohort_id, session_id)
    rows = queries.register_rows(session=session)
    form = RegisterForm(request.POST if request.method == "POST" else None, rows=rows)
    error = ""
    if request.method == "POST":
        strangers = [k for k in request.POST if k.startswith("mark_") and k not in form.fields]
        try:
            if strangers:
                raise services.SessionRefused(
                    gettext(
                        "The register can only include members of this cohort. Nothing was saved."
                    )
                )
            if "everyone" in request.POST:
                services.register_mark_everyone_present(session=session, recorded_by=request.user)
            elif form.is_valid():
                services.register_mark(
                    session=session, marks=form.marks(), recorded_by=request.user
                )
            else:
                raise services.SessionRefused(
                    gettext("Choose present, absent or apologies for each person.")
                )
        except services.SessionRefused as refusal:
            error = str(refusal)
        else:
            messages.success(request, gettext("The register has been saved."))
            return redirect("cohort_sessions:register", cohort_id=cohort_id, session_id=session.pk)
    return render(
        request,
        "cohort_sessions/register.html",
        {"cohort": session.cohort, "session": session, "form": form, "rows": rows,
         "error": error, "present": sum(1 for r in rows if r.status == "present")},
        status=400 if error else 200,
    )  # fmt: skip


# --- Councillors -----------------------------------------------------------------------


def _member_session(request, session_id: int) -> Session:
    session = (
        queries.sessions_visible_to(request.user)
        .select_related("cohort")
        .prefetch_related("prework__content_type")
        .filter(pk=session_id)
        .first()
    )
    if session is None:
        if Session.objects.filter(pk=session_id).exists():
            raise PermissionDenied(gettext("This session is for another cohort."))
        raise PageNotFound(gettext("There is no such session. It may have been removed."))
    return session


@require_http_methods(["GET", "POST"])
@login_required
def detail(request, session_id: int):
    session = _member_session(request, session_id)
    reply = session.replies.filter(user=request.user).first()
    reply_form = ReplyForm(initial={"answer": reply.answer} if reply else None)
    feedback = SessionFeedback.objects.filter(session=session, user=request.user).first()
    feedback_form = FeedbackForm(
        initial={"usefulness": feedback.usefulness, "next_step": feedback.next_step}
        if feedback else None
    )  # fmt: skip
    if request.method == "POST":
        if "answer" in request.POST or request.POST.get("form") == "reply":
            reply_form = ReplyForm(request.POST)
            if reply_form.is_valid():
                try:
                    services.reply_set(
                        session=session, user=request.user,
                        answer=reply_form.cleaned_data["answer"],
                    )  # fmt: skip
                except services.SessionRefused as refusal:
                    reply_form.add_error(None, str(refusal))
                else:
                    messages.success(request, gettext("Your reply has been saved."))
                    return redirect("cohort_sessions:detail", session_id=session.pk)
        else:
            feedback_form = FeedbackForm(request.POST)
            if feedback_form.is_valid():
                try:
                    services.feedback_submit(
                        session=session, user=request.user, **feedback_form.cleaned_data
                    )
                except services.SessionRefused as refusal:
                    feedback_form.add_error(None, str(refusal))
                else:
                    messages.success(request, gettext("Thank you for your feedback."))
                    return redirect("cohort_sessions:detail", session_id=session.pk)
    now = timezone.now()
    is_member = queries.is_member(user=request.user, cohort_id=session.cohort_id)
    attended = session.attendance.filter(user=request.user, status="present").exists()
    prework = queries.prework_status(user=request.user, sessions=[session])[session.pk]
    return render(
        request,
        "cohort_sessions/detail.html",
        {
            "session": session,
            "agenda": render_markdown(session.agenda) if session.agenda else "",
            "prework": prework,
            "is_member": is_member,
            "reply": reply,
            "reply_form": reply_form,
            "replies_open": is_member and not session.is_cancelled and session.starts_at > now,
            "feedback_form": feedback_form,
            "feedback": feedback,
            "attended": attended,
        },
        status=400 if reply_form.errors or feedback_form.errors else 200,
    )


@require_GET
@login_required
def session_ics(request, session_id: int):
    session = _member_session(request, session_id)
    body = calendar_for([session], name=session.cohort.name)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response


@require_http_methods(["GET", "POST"])
@login_required
def feed_settings(request):
    if request.method == "POST":
        services.calendar_feed_reset(user=request.user)
        messages.success(request, gettext(
            "Your calendar link has been reset. The old link no longer works: subscribe again "
            "with the new one."))  # fmt: skip
        return redirect("cohort_sessions:feed_settings")
    feed = services.calendar_feed_ensure(user=request.user)
    feed_url = absolute_reverse("cohort_sessions:feed", feed.token)
    return render(
        request,
        "cohort_sessions/feed_settings.html",
        {"feed_url": feed_url, "webcal_url": "webcal://" + feed_url.split("://", 1)[1]},
    )


@require_GET
def feed(request, token: str):
    """The subscription itself: no sign-in (calendar apps cannot), the secret is the key."""
    found = queries.feed_for_token(token)
    if found is None:
        return HttpResponse(
            gettext(
                "This calendar link no longer works: it was reset. Sign in and copy your new "
                "link from Your calendar."
            ),
            status=404,
            content_type="text/plain; charset=utf-8",
        )
    services.calendar_feed_used(feed=found)
    body = calendar_for(
        queries.feed_sessions(user=found.user), name=gettext("Digital Champions sessions")
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response
