import html

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from champions.accounts.constants import Role
from champions.accounts.models import Council
from champions.accounts.permissions import role_required
from champions.charts import BLUE, GREEN, bar_chart, line_chart
from champions.forms import is_record_id
from champions.pdf import pdf_from_html
from champions.security import (
    offered_download,
    require_recent_reauthentication,
)
from champions.spreadsheets import csv_response
from cohort_sessions.queries import council_sessions_attended
from cohorts import queries as visibility
from privacy.downloads import council_participation_csv
from reminders import services as reminders
from reminders.forms import PreElectionPeriodForm
from reminders.models import PreElectionPeriod

from . import queries, services
from .constants import RosterUploadStatus
from .forms import (
    CouncilContactForm,
    InviteForm,
    MemberLanguageForm,
    RosterConfirmForm,
    RosterUploadForm,
)
from .models import RosterUpload
from .roster import COLUMN_HEADINGS, COLUMNS, RosterFileError
from .suppression import HIDDEN
from .uptake import PARTICIPATION_COLUMNS, percent

REPORT_STYLESHEET = "councils/report-pdf.css"

# --- Council uptake (leaders, facilitators of the council's cohorts, admins) -------------


def _visible_council(request, slug: str) -> Council:
    council = visibility.councils_visible_to(request.user).filter(slug=slug).first()
    if council is None:
        get_object_or_404(Council, slug=slug)
        raise PermissionDenied(
            gettext(
                "A council's uptake is for its leader, the facilitators of its cohorts and "
                "platform admins."
            )
        )
    return council


def _managed_council(request, slug: str) -> Council:
    council = visibility.councils_managed_by(request.user).filter(slug=slug).first()
    if council is None:
        get_object_or_404(Council, slug=slug)
        raise PermissionDenied(
            gettext(
                "Only the council's leader or a platform admin can manage its roster and "
                "send invitations."
            )
        )
    return council


@require_GET
@role_required(Role.COUNCIL_LEADER, Role.FACILITATOR)
def council_home(request):
    """The leader's own council, or a choice when the person can see several."""
    councils = list(visibility.councils_visible_to(request.user).order_by("name"))
    if len(councils) == 1:
        return redirect("council:uptake", slug=councils[0].slug)
    return render(request, "councils/council.html", {"councils": councils})


def _report_context(council: Council) -> dict:
    """What the committee report shows (print view and PDF): figures, no names."""
    uptake = queries.council_uptake(council=council, now=timezone.now())
    # The journey as last published, never live: see docs/disclosure-control.md.
    return {
        "council": council,
        "uptake": uptake,
        "position_chart": _breakdown_chart(uptake.by_position),
        "tenure_chart": _breakdown_chart(uptake.by_tenure),
        "trend_chart": _trend_chart(uptake.trend),
        "trend_description": _trend_description(uptake),
        "journey": queries.published_journey(council=council, today=uptake.today),
        "hidden": HIDDEN,
    }


def _uptake_context(request, council: Council) -> dict:
    """The dashboard: the report's figures, the participation list and the links."""
    context = _report_context(council)
    return context | {
        "columns": PARTICIPATION_COLUMNS,
        "participation_rows": _participation_rows(context["uptake"].participation),
        "can_manage": visibility.councils_managed_by(request.user).filter(pk=council.pk).exists(),
        "download": _offered_export(request, council),
        **_sessions_attended(council, roster=context["uptake"].headline.roster),
    }


def _sessions_attended(council: Council, *, roster: int) -> dict:
    """Live sessions attended (cohort_sessions): one row on the headline figures."""
    attended = council_sessions_attended(council=council)
    return {"sessions_attended": attended, "sessions_share": percent(attended.councillors, roster)}


PARTICIPATION_ROW = (
    '<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">{}</th>'
    '<td class="govuk-table__cell">{}</td><td class="govuk-table__cell">{}</td>'
    '<td class="govuk-table__cell">{}</td><td class="govuk-table__cell">{}</td></tr>'
)


def _participation_rows(rows) -> str:
    """The participation list's table rows, every cell escaped, built in one pass: at a
    national council's size (260 councillors) the template engine's loop, and then Django's
    lazy-aware ``format_html`` per cell, were most of the dashboard's time. The cells are
    plain text (names, labels, months), escaped as ``escape`` would."""
    not_yet = gettext("Not yet")
    return mark_safe(  # noqa: S308 - every cell is escaped below
        "\n".join(
            PARTICIPATION_ROW.format(*(html.escape(str(cell)) for cell in cells))
            for cells in (
                (name, position, ward, status, last or not_yet)
                for name, position, ward, status, last in rows
            )
        )
    )


def _offered_export(request, council: Council) -> dict | None:
    """After confirming who they are, this council's participation list, as a link."""

    def describe(match) -> str | None:
        if match.view_name == "council:export" and match.kwargs.get("slug") == council.slug:
            return gettext("the participation list (CSV)")
        return None

    return offered_download(request, describe=describe)


def _breakdown_chart(breakdown):
    """Started and completed, per group of an uptake ``Breakdown``, as shares of the group's
    roster (0 to 100%), so groups of different sizes compare; each bar's text is the count
    and the share."""
    return bar_chart(
        [
            (row.label, [(row.cells[m].percent, row.cells[m].text) for m in BREAKDOWN_MEASURES])
            for row in breakdown.rows
        ],
        series=[
            (gettext("Started the programme"), BLUE),
            (gettext("Completed the programme"), GREEN),
        ],
        maximum=100,
    )


BREAKDOWN_MEASURES = ("started", "completed")


def _trend_chart(trend):
    return line_chart(
        [date_format(row.month, "M") for row in trend],
        [
            (gettext("Active that month"), BLUE, [row.active for row in trend]),
            (gettext("Completed by then"), GREEN, [row.completed_total for row in trend]),
        ],
        title=gettext(
            "Councillors active each month, and councillors who had completed the programme by then"
        ),
    )


def _trend_description(uptake) -> str:
    first, last = uptake.trend[0], uptake.trend[-1]
    return gettext(
        "A line chart of the last %(months)s months, from %(first)s to %(today)s. In "
        "%(today)s, %(active)s councillors were active and %(completed)s had completed the "
        "programme. The table below has every month's figures."
    ) % {
        "months": len(uptake.trend),
        "first": date_format(first.month, "F Y"),
        "today": date_format(uptake.today, "F Y"),
        "active": last.active,
        "completed": last.completed_total,
    }


@require_GET
@role_required(Role.COUNCIL_LEADER, Role.FACILITATOR)
def council_dashboard(request, slug: str):
    council = _visible_council(request, slug)
    return render(request, "councils/council_dashboard.html", _uptake_context(request, council))


@require_GET
@role_required(Role.COUNCIL_LEADER, Role.FACILITATOR)
def council_report(request, slug: str):
    council = _visible_council(request, slug)
    return render(request, "councils/council_report.html", _report_context(council))


@require_GET
@role_required(Role.COUNCIL_LEADER, Role.FACILITATOR)
def council_report_pdf(request, slug: str):
    """The printable report's body as an A4 PDF for a committee agenda pack. Counts only, no
    names, so unlike the participation list it needs no fresh confirmation of who is asking
    (docs/information-governance.md)."""
    council = _visible_council(request, slug)
    context = _report_context(council)
    pdf = pdf_from_html(
        render_to_string("councils/council_report_pdf.html", context),
        stylesheet_path=REPORT_STYLESHEET,
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"{council.slug}-committee-report-{context['uptake'].today:%Y-%m-%d}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@role_required(Role.COUNCIL_LEADER, Role.FACILITATOR)
def council_export(request, slug: str):
    council = _visible_council(request, slug)
    # Names and statuses leaving the platform: confirm who is there first, as for every other
    # export of personal data. The dashboard then offers the file.
    return council_participation_csv(
        request,
        council=council,
        back_to=reverse("council:uptake", kwargs={"slug": council.slug}),
        columns=PARTICIPATION_COLUMNS,
        rows=lambda: queries.council_uptake(council=council, now=timezone.now()).participation,
        name="participation",
    )


@require_GET
@role_required(Role.COUNCIL_LEADER)
def roster(request, slug: str):
    council = _managed_council(request, slug)
    roster = queries.council_roster(council=council)
    return render(
        request,
        "councils/roster.html",
        {
            "council": council,
            "roster": roster,
            "not_in_cohort": sum(1 for entry in roster.current if not entry.cohorts),
        },
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.COUNCIL_LEADER)
def contact(request, slug: str):
    """The council's programme contact: who its councillors ask about the programme."""
    council = _managed_council(request, slug)
    form = CouncilContactForm(request.POST or None, instance=council)
    if request.method == "POST" and form.is_valid():
        services.council_contact_update(council=council, **form.cleaned_data)
        messages.success(request, gettext("The programme contact has been saved."))
        return redirect("council:roster", slug=council.slug)
    return render(
        request,
        "councils/contact.html",
        {"council": council, "form": form},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.COUNCIL_LEADER)
def roster_member_language(request, slug: str, user_id: int):
    """One councillor's language for messages, set by their council's leader (or a platform
    admin) while the councillor has not chosen it themselves; once they have, the page shows
    their choice and changes nothing (docs/welsh.md)."""
    council = _managed_council(request, slug)
    member = queries.current_member(council=council, user_id=user_id)
    if member is None:
        raise Http404(gettext("This council's roster has no such councillor."))
    person = member.user
    name = person.get_full_name() or person.email
    chosen = person.language_chosen_at is not None
    initial = {"language": person.language or MemberLanguageForm.NOT_KNOWN}
    form = MemberLanguageForm(request.POST if request.method == "POST" else None, initial=initial)
    problem = None
    if request.method == "POST" and form.is_valid():
        try:
            changed = services.member_language_set(
                council=council,
                user_id=person.pk,
                language=form.cleaned_data["language"],
                set_by=request.user,
                path=request.path,
            )
        except services.MemberLanguageRefused as error:
            problem = str(error)
            chosen = True
            person.refresh_from_db(fields=["language", "language_chosen_at"])
        else:
            message = (
                gettext("%(name)s's messages will now be in: %(language)s.")
                if changed
                else gettext("%(name)s's messages were already set to: %(language)s.")
            )
            label = dict(form.fields["language"].choices)[request.POST["language"]]
            messages.success(request, message % {"name": name, "language": label})
            return redirect("council:roster", slug=council.slug)
    status = 200
    if form.errors:
        status = 400
    elif problem:
        status = 409
    return render(
        request,
        "councils/roster_language.html",
        {
            "council": council,
            "person": person,
            "name": name,
            "chosen": chosen,
            "form": form,
            "problem": problem,
        },
        status=status,
    )


@require_GET
@role_required(Role.COUNCIL_LEADER)
def roster_template(request, slug: str):
    _managed_council(request, slug)
    return csv_response(
        [COLUMN_HEADINGS[c] for c in COLUMNS],
        [
            [
                "Jo Example",
                "jo.example@council.example.org",
                "backbench",
                "Old Town",
                "2022",
                "Welsh",
            ]
        ],
        filename="roster-template.csv",
    )


@require_http_methods(["GET", "POST"])
@role_required(Role.COUNCIL_LEADER)
def roster_upload(request, slug: str):
    council = _managed_council(request, slug)
    # An import changes many people's records, so the leader confirms who they are first: on
    # opening the page, because a chosen file cannot be carried through the confirmation.
    require_recent_reauthentication(request)
    posted = request.method == "POST"
    form = RosterUploadForm(request.POST if posted else None, request.FILES if posted else None)
    if posted and form.is_valid():
        file = form.cleaned_data["file"]
        try:
            upload = services.roster_upload_stage(
                council=council, uploaded_by=request.user, filename=file.name, data=file.read()
            )
        except RosterFileError as error:
            form.add_error("file", str(error))
        else:
            return redirect("council:roster_preview", slug=council.slug, upload_id=upload.pk)
    return render(request, "councils/roster_upload.html", {"council": council, "form": form})


@require_http_methods(["GET", "POST"])
@role_required(Role.COUNCIL_LEADER)
def roster_preview(request, slug: str, upload_id: int):
    council = _managed_council(request, slug)
    upload = get_object_or_404(RosterUpload, pk=upload_id, council=council)
    if request.method == "POST":
        require_recent_reauthentication(request)
    if upload.status != RosterUploadStatus.PENDING:
        messages.info(request, gettext("That upload has already been imported or cancelled."))
        return redirect("council:roster", slug=council.slug)
    form = RosterConfirmForm(request.POST if request.method == "POST" else None)
    problem = None
    if request.method == "POST" and form.is_valid():
        action = form.cleaned_data["action"]
        if action == "cancel":
            services.roster_upload_discard(upload=upload)
            messages.info(request, gettext("The upload was cancelled. Nothing was imported."))
            return redirect("council:roster", slug=council.slug)
        try:
            result = services.roster_import(upload=upload, mode=action, imported_by=request.user)
        except services.RosterImportRefused as error:
            problem = str(error)
        else:
            messages.success(request, _import_summary(result))
            return redirect("council:roster", slug=council.slug)
    elif request.method == "POST":
        problem = gettext("Choose what to import")
    preview = queries.roster_preview(upload=upload, this_year=timezone.localdate().year)
    return render(
        request,
        "councils/roster_preview.html",
        {
            "council": council,
            "preview": preview,
            "problem": problem,
            "row_problems": _row_problems(preview.invalid_rows),
            "shown": SHOWN_ROWS,
        },
        status=400 if problem else 200,
    )


SHOWN_ROWS = 500  # rows listed in each preview table; the counts cover the whole file
SUMMARISED_ROWS = 20  # rows with problems linked from the error summary


def _row_problems(invalid_rows) -> dict:
    """The error summary of a roster's rows with problems: the first few, each linked to its
    line in the table below."""
    count = len(invalid_rows)
    return {
        "title": ngettext("%(count)s row has problems", "%(count)s rows have problems", count)
        % {"count": count},
        "links": [
            {
                "anchor": f"line-{row.line}",
                "text": gettext("Line %(line)s: %(problems)s")
                % {"line": row.line, "problems": "; ".join(row.errors)},
            }
            for row in invalid_rows[:SUMMARISED_ROWS]
        ],
        "note": gettext("The table below lists every row with a problem.")
        if count > SUMMARISED_ROWS
        else "",
    }


def _import_summary(result: services.RosterImportResult) -> str:
    figures = {
        "created": f"{result.created:,}",
        "updated": f"{result.updated:,}",
        "left": f"{result.left:,}",
        "skipped": f"{result.skipped:,}",
    }
    # One whole sentence for each combination, so that each can be translated as a sentence.
    if result.left and result.skipped:
        summary = ngettext(
            "Roster imported: %(created)s added, %(updated)s updated, %(left)s marked as having "
            "left, %(skipped)s row with problems not imported.",
            "Roster imported: %(created)s added, %(updated)s updated, %(left)s marked as having "
            "left, %(skipped)s rows with problems not imported.",
            result.skipped,
        )
    elif result.skipped:
        summary = ngettext(
            "Roster imported: %(created)s added, %(updated)s updated, %(skipped)s row with "
            "problems not imported.",
            "Roster imported: %(created)s added, %(updated)s updated, %(skipped)s rows with "
            "problems not imported.",
            result.skipped,
        )
    elif result.left:
        summary = gettext(
            "Roster imported: %(created)s added, %(updated)s updated, %(left)s marked as having "
            "left."
        )
    else:
        summary = gettext("Roster imported: %(created)s added, %(updated)s updated.")
    return summary % figures


@require_http_methods(["GET", "POST"])
@role_required(Role.COUNCIL_LEADER)
def roster_invite(request, slug: str):
    council = _managed_council(request, slug)
    current = queries.council_roster(council=council).current
    ids = [entry.user_id for entry in current]
    if request.method == "POST":
        form = InviteForm(request.POST, user_ids=ids)
        if form.is_valid():
            if form.cleaned_data["action"] == InviteForm.NOT_INVITED:
                chosen = queries.not_invited_user_ids(council=council)
                if not chosen:
                    messages.info(
                        request, gettext("Everyone on the roster has been invited already.")
                    )
                    return redirect("council:roster", slug=council.slug)
            else:
                chosen = form.cleaned_data["councillors"]
            try:
                outcome = services.invitations_send(
                    council=council, user_ids=chosen, invited_by=request.user
                )
            except services.InvitationRefused as error:
                form.add_error("councillors", str(error))
            else:
                _report_invitations(request, outcome)
                return redirect("council:roster", slug=council.slug)
    else:
        preselected = [v for v in request.GET.getlist("councillor") if is_record_id(v)]
        form = InviteForm(initial={"councillors": [int(v) for v in preselected]}, user_ids=ids)
    selected = {str(v) for v in (form["councillors"].value() or [])}
    return render(
        request,
        "councils/roster_invite.html",
        {"council": council, "form": form, "current": current, "selected": selected},
        status=400 if form.errors else 200,
    )


# "3:15 p.m. on 26 November"; translated, as the word "on" is part of it.
AGAIN_FORMAT = gettext_lazy("g:i a \\o\\n j F")


def _report_invitations(request, outcome: services.InvitationOutcome) -> None:
    if outcome.invited:
        count = len(outcome.invited)
        if count == 1:
            message = gettext("Invitation on its way to %(name)s.") % {"name": outcome.invited[0]}
        else:
            message = ngettext(
                "Invitations on their way to %(count)s councillor.",
                "Invitations on their way to %(count)s councillors.",
                count,
            ) % {"count": f"{count:,}"}
        messages.success(request, message)
    for name, when in outcome.too_soon[:20]:
        again = date_format(timezone.localtime(when), str(AGAIN_FORMAT))
        messages.warning(
            request,
            gettext(
                "Not sent to %(name)s: they were invited less than 24 hours ago. You can invite "
                "them again after %(again)s."
            )
            % {"name": name, "again": again},
        )
    if len(outcome.too_soon) > 20:
        more = len(outcome.too_soon) - 20
        messages.warning(
            request,
            ngettext(
                "%(count)s more was invited less than 24 hours ago and was not sent another "
                "invitation.",
                "%(count)s more were invited less than 24 hours ago and were not sent another "
                "invitation.",
                more,
            )
            % {"count": f"{more:,}"},
        )


# --- Pre-election periods (the council's leader and platform admins) -----------------------


@require_http_methods(["GET", "POST"])
@role_required(Role.COUNCIL_LEADER)
def pre_election(request, slug: str):
    """The council's pre-election periods: during one, its councillors get no reminders."""
    council = _managed_council(request, slug)
    form = PreElectionPeriodForm(
        request.POST if request.method == "POST" else None,
        instance=PreElectionPeriod(council=council),
    )
    if request.method == "POST" and form.is_valid():
        period = reminders.pre_election_period_add(
            council=council, starts=form.cleaned_data["starts"], ends=form.cleaned_data["ends"]
        )
        messages.success(
            request,
            gettext(
                "Pre-election period added: %(starts)s to %(ends)s. Reminders pause for those days."
            )
            % {
                "starts": date_format(period.starts, "j F Y"),
                "ends": date_format(period.ends, "j F Y"),
            },
        )
        return redirect("council:pre_election", slug=council.slug)
    return render(
        request,
        "councils/pre_election.html",
        {
            "council": council,
            "form": form,
            "periods": list(PreElectionPeriod.objects.filter(council=council)),
            "today": timezone.localdate(),
        },
        status=400 if form.errors else 200,
    )


@require_POST
@role_required(Role.COUNCIL_LEADER)
def pre_election_delete(request, slug: str, period_id: int):
    council = _managed_council(request, slug)
    if not reminders.pre_election_period_delete(council=council, period_id=period_id):
        raise Http404(gettext("This council has no such pre-election period."))
    messages.success(request, gettext("Pre-election period deleted."))
    return redirect("council:pre_election", slug=council.slug)
