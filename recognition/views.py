import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from champions.accounts.constants import Role
from champions.accounts.models import Council, User
from champions.accounts.permissions import role_required
from champions.errors import PageNotFound
from champions.pdf import pdf_from_html
from champions.security import offered_download
from champions.spreadsheets import csv_response
from cohorts.models import Cohort
from cohorts.queries import cohorts_visible_to, councils_managed_by
from courses.models import ModulePage
from privacy.downloads import council_participation_csv, council_participation_pdf

from . import credentials, queries, services
from .certificates import certificate_details, credential_document, person_name
from .certificates import certificate_pdf as render_certificate_pdf
from .constants import FOLLOW_UP_DAYS, STATUS_LIST_NUMBER
from .forms import (
    CommitmentsForm,
    DevelopmentPlanForm,
    FollowUpForm,
    PlanShareForm,
    SessionCommitmentForm,
    ShareForm,
    VerifyCredentialForm,
)
from .keys import NoSigningKey, public_jwks
from .learning_record import COLUMNS as RECORD_COLUMNS
from .learning_record import learning_records
from .models import Commitment
from .rules import follow_up_due_on

learner_only = role_required(Role.COUNCILLOR, allow_admin=False)
RECORD_STYLESHEET = "recognition/record-pdf.css"


def _not_yet(request, *, title: str, message: str):
    return render(
        request, "recognition/not_yet.html", {"title": title, "message": message}, status=403
    )


@require_http_methods(["GET", "POST"])
@learner_only
def commitments_set(request, module_id: int):
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    if not queries.module_passed(user=request.user, module=module):
        return _not_yet(
            request,
            title=_("You cannot set commitments for this module yet"),
            message=_("You can set commitments once you have passed this module's quiz."),
        )
    existing = queries.own_commitments_for_module(user=request.user, module=module)
    taken = {c.text for c in existing}
    suggestions = [s for s in queries.officer_question_suggestions(module=module) if s not in taken]
    form = CommitmentsForm(
        request.POST if request.method == "POST" else None,
        suggestions=suggestions,
        already=len(existing),
    )
    full = len(existing) >= 3
    if request.method == "POST" and not full and form.is_valid():
        try:
            services.commitments_set(
                user=request.user,
                module=module,
                commitments=form.cleaned_data["items"],
                shared=form.cleaned_data["shared"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages[0])
        else:
            messages.success(request, _("Your commitments are saved. We will ask how they went."))
            return redirect("recognition:commitments")
    return render(
        request,
        "recognition/commitments_set.html",
        {"module": module, "form": form, "existing": existing, "full": full},
        status=400 if form.errors else 200,
    )


def _commitments_page(request, *, bound: SessionCommitmentForm | None = None):
    """The councillor's commitments, and their answers after sessions offered as new ones
    (``bound``: the one just posted, with its errors)."""
    offers = [
        bound
        if bound is not None and bound.suggestion.session_id == suggestion.session_id
        else SessionCommitmentForm(suggestion=suggestion)
        for suggestion in queries.session_suggestions(user=request.user)
    ]
    return render(
        request,
        "recognition/commitments.html",
        {"lines": queries.own_commitments(user=request.user), "offers": offers, "bound": bound},
        status=400 if bound is not None else 200,
    )


@require_GET
@learner_only
def commitments(request):
    return _commitments_page(request)


@require_POST
@learner_only
def commitment_from_session(request, session_id: int):
    """One click on "Make this a commitment" beside an answer given after a session."""
    offered = queries.session_suggestions(user=request.user, only=session_id)
    if not offered:
        if Commitment.objects.filter(user=request.user, session_id=session_id).exists():
            messages.info(request, _("That answer is already one of your commitments."))
            return redirect("recognition:commitments")
        raise PageNotFound(_("We could not find that answer: it may have been made a commitment."))
    form = SessionCommitmentForm(request.POST, suggestion=offered[0])
    if form.is_valid():
        try:
            services.commitment_from_session(
                user=request.user,
                session_id=session_id,
                text=form.cleaned_data["text"],
                shared=form.cleaned_data["shared"],
            )
        except ValidationError as exc:
            form.add_error("text", exc.messages[0])
        else:
            messages.success(
                request, _("It is one of your commitments now. We will ask how it went.")
            )
            return redirect("recognition:commitments")
    return _commitments_page(request, bound=form)


@require_http_methods(["GET", "POST"])
@learner_only
def follow_up(request, commitment_id: int, days: int):
    if days not in FOLLOW_UP_DAYS:
        raise PageNotFound(_("There is no follow-up on that day."))
    line = queries.own_commitment(user=request.user, commitment_id=commitment_id)
    if line is None:
        raise PageNotFound(_("We could not find that commitment."))
    if any(answer.days == days for answer in line.answers):
        messages.info(
            request,
            ngettext(
                "You have already said how this went after %(days)d day.",
                "You have already said how this went after %(days)d days.",
                days,
            )
            % {"days": days},
        )
        return redirect("recognition:commitments")
    if days not in line.due:
        return _not_yet(
            request,
            title=_("This follow-up is not open yet"),
            message=ngettext(
                "We will ask how this commitment went %(days)d day after you set it, on %(on)s.",
                "We will ask how this commitment went %(days)d days after you set it, on %(on)s.",
                days,
            )
            % {
                "days": days,
                "on": date_format(
                    follow_up_due_on(timezone.localdate(line.commitment.set_at), days), "j F Y"
                ),
            },
        )
    commitment = line.commitment
    form = FollowUpForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.follow_up_record(
            user=request.user, commitment_id=commitment.pk, days=days, **form.cleaned_data
        )
        messages.success(request, _("Thank you: your answer is saved."))
        return redirect("recognition:commitments")
    return render(
        request,
        "recognition/follow_up.html",
        {"commitment": commitment, "days": days, "form": form},
        status=400 if form.errors else 200,
    )


@require_POST
@learner_only
def share(request, commitment_id: int):
    form = ShareForm(request.POST)
    form.is_valid()
    try:
        commitment = services.commitment_share(
            user=request.user,
            commitment_id=commitment_id,
            shared=form.cleaned_data.get("shared", False),
        )
    except Commitment.DoesNotExist as exc:
        raise PageNotFound(_("We could not find that commitment.")) from exc
    messages.success(
        request,
        _("Your facilitator can now read this commitment.")
        if commitment.shared_with_facilitator
        else _("This commitment is private again: only you can read it."),
    )
    return redirect("recognition:commitments")


@require_GET
@role_required(Role.FACILITATOR)
def cohort_commitments(request, cohort_id: int):
    cohort = cohorts_visible_to(request.user).filter(pk=cohort_id).first()
    if cohort is None:
        get_object_or_404(Cohort, pk=cohort_id)
        raise PermissionDenied(_("This cohort is run by another facilitator."))
    return render(
        request,
        "recognition/cohort_commitments.html",
        {"cohort": cohort, "figures": queries.cohort_commitments(cohort=cohort)},
    )


# --- The member learning record ----------------------------------------------------------


def _own_record(request):
    user = User.objects.select_related("councillor_profile__council").get(pk=request.user.pk)
    return learning_records(users=[user])[0]


@require_GET
@learner_only
def my_record(request):
    return render(
        request,
        "recognition/my_record.html",
        {"record": _own_record(request)},
    )


@require_GET
@learner_only
def my_record_pdf(request):
    """The councillor's own learning record as an A4 PDF, for a portfolio or an annual review."""
    today = timezone.localdate()
    html = render_to_string(
        "recognition/record_pdf.html",
        {
            "record": _own_record(request),
            "today": today,
        },
    )
    return _download(
        pdf_from_html(html, stylesheet_path=RECORD_STYLESHEET),
        content_type="application/pdf",
        filename=f"learning-record-{today:%Y-%m-%d}.pdf",
    )


@require_GET
@learner_only
def my_record_csv(request):
    record = _own_record(request)
    return csv_response(
        [str(column) for column in RECORD_COLUMNS],
        record.rows(),
        filename=f"learning-record-{timezone.localdate():%Y-%m-%d}.csv",
        byte_order_mark=True,
    )


def _council_records(council):
    people = (
        User.objects.filter(councillor_profile__council=council, councillor_profile__left_at=None)
        .select_related("councillor_profile__council")
        .order_by("last_name", "first_name", "email")
    )
    return learning_records(users=people)


@require_GET
@role_required(Role.COUNCIL_LEADER)
def council_records(request, slug: str):
    council = _led_council(request, slug)
    return render(
        request,
        "recognition/council_records.html",
        {
            "council": council,
            "records": _council_records(council),
            "download": _offered_records(request, council),
        },
    )


def _offered_records(request, council) -> dict | None:
    """After confirming who they are, the file they asked for, as a link on the page."""
    names = {
        "recognition:council_records_csv": _("every record (CSV)"),
        "recognition:council_records_pdf": _("every record (PDF)"),
    }

    def describe(match) -> str | None:
        if match.kwargs.get("slug") != council.slug:
            return None
        return names.get(f"{match.namespace}:{match.url_name}")

    return offered_download(request, describe=describe)


@require_GET
@role_required(Role.COUNCIL_LEADER)
def council_records_csv(request, slug: str):
    council = _led_council(request, slug)
    return council_participation_csv(
        request,
        council=council,
        back_to=reverse("recognition:council_records", kwargs={"slug": council.slug}),
        columns=[str(column) for column in RECORD_COLUMNS],
        rows=lambda: [row for record in _council_records(council) for row in record.rows()],
        name="learning-records",
    )


@require_GET
@role_required(Role.COUNCIL_LEADER)
def council_records_pdf(request, slug: str):
    """The same people and columns as the CSV, as one A4 document for Charter evidence or a
    committee: participation only, never a stage, score, answer, reflection or commitment."""
    council = _led_council(request, slug)

    def html() -> str:
        return render_to_string(
            "recognition/council_records_pdf.html",
            {
                "council": council,
                "records": _council_records(council),
                "today": timezone.localdate(),
            },
        )

    return council_participation_pdf(
        request,
        council=council,
        back_to=reverse("recognition:council_records", kwargs={"slug": council.slug}),
        html=html,
        stylesheet_path=RECORD_STYLESHEET,
        name="learning-records",
    )


def _led_council(request, slug: str):
    council = councils_managed_by(request.user).filter(slug=slug).first()
    if council is None:
        get_object_or_404(Council, slug=slug)
        raise PermissionDenied("A council's learning records are for its leader.")
    return council


# --- The personal development plan --------------------------------------------------------


@require_http_methods(["GET", "POST"])
@learner_only
def development_plan(request):
    if request.method == "POST":
        form = DevelopmentPlanForm(request.POST)
        if form.is_valid():
            services.development_plan_save(user=request.user, **form.cleaned_data)
            messages.success(request, _("Your development plan is saved."))
            return redirect("recognition:development_plan")
    else:
        form = DevelopmentPlanForm(initial=queries.development_plan_initial(user=request.user))
    return render(
        request,
        "recognition/development_plan.html",
        {
            "form": form,
            "sharing": queries.plan_sharing(user=request.user),
            "share_form": PlanShareForm(),
        },
        status=400 if form.errors else 200,
    )


@require_POST
@learner_only
def development_plan_share(request):
    """Sends a copy of the saved plan to the council's programme contact (once a day for each
    version of the plan); a refusal is a plain message on the plan page."""
    form = PlanShareForm(request.POST)
    form.is_valid()
    try:
        share, created = services.plan_share(
            user=request.user, include_stage=form.cleaned_data.get("include_stage", False)
        )
    except services.NotAllowed as exc:
        messages.error(request, str(exc))
        return redirect("recognition:development_plan")
    if created:
        messages.success(
            request,
            _("A copy of your plan is on its way to %(contact)s.") % {"contact": share.sent_to},
        )
    else:
        messages.info(
            request,
            _(
                "You already sent this version of your plan to %(contact)s today, so we have "
                "not sent it again."
            )
            % {"contact": share.sent_to},
        )
    return redirect("recognition:development_plan")


# --- Certificates and their credentials --------------------------------------------------


def _own_certificate_or_404(request, public_id: str):
    certificate = queries.own_certificate(user=request.user, public_id=public_id)
    if certificate is None:
        raise PageNotFound(_("We could not find that certificate."))
    return certificate


def _withdrawn(request, certificate):
    return _not_yet(
        request,
        title=_("This certificate was withdrawn"),
        message=_(
            "It was withdrawn on %(on)s: %(reason)s Ask your council's member-development "
            "contact (see Help) if you think this is wrong."
        )
        % {
            "on": date_format(timezone.localdate(certificate.revoked_at), "j F Y"),
            "reason": certificate.revoked_reason,
        },
    )


def _download(content, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@learner_only
def certificate(request, public_id: str):
    details = certificate_details(_own_certificate_or_404(request, public_id))
    return render(request, "recognition/certificate.html", {"details": details})


@require_GET
@learner_only
def certificate_pdf(request, public_id: str):
    found = _own_certificate_or_404(request, public_id)
    if found.revoked:
        return _withdrawn(request, found)
    return _download(
        render_certificate_pdf(certificate_details(found)),
        content_type="application/pdf",
        filename=f"certificate-{found.public_id}.pdf",
    )


def _signed_or_refused(request, public_id: str):
    found = _own_certificate_or_404(request, public_id)
    if found.revoked:
        return found, None, _withdrawn(request, found)
    document = credential_document(certificate_details(found))
    try:
        token = credentials.sign(document)
    except NoSigningKey:
        return (
            found,
            None,
            _not_yet(
                request,
                title=_("Your credential is not ready yet"),
                message=_(
                    "We cannot sign credentials at the moment. Your certificate is safe: "
                    "try again later, or ask us through Help."
                ),
            ),
        )
    return found, (document, token), None


@require_GET
@learner_only
def credential_jwt(request, public_id: str):
    found, signed, refusal = _signed_or_refused(request, public_id)
    if refusal:
        return refusal
    return _download(
        signed[1],
        content_type=credentials.MEDIA_TYPE,
        filename=f"open-badge-{found.public_id}.jwt",
    )


@require_GET
@learner_only
def credential_json(request, public_id: str):
    """The credential the .jwt signs, as readable JSON (the .jwt is the verifiable form)."""
    found, signed, refusal = _signed_or_refused(request, public_id)
    if refusal:
        return refusal
    document = signed[0]
    return _download(
        json.dumps(document, indent=2, ensure_ascii=False),
        content_type="application/json",
        filename=f"open-badge-{found.public_id}.json",
    )


@require_GET
def public_keys(request):
    """The issuer's public keys (a JWKS), for anyone verifying a credential: no sign-in."""
    response = JsonResponse(public_jwks())
    response["Cache-Control"] = "public, max-age=3600"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def status_list(request, number: int):
    """The W3C Bitstring Status List credential: which certificates are withdrawn."""
    if number != STATUS_LIST_NUMBER:
        raise PageNotFound(_("There is no such status list."))
    document = credentials.status_list_credential(revoked=queries.revoked_status_indexes())
    try:
        token = credentials.sign(document)
    except NoSigningKey as exc:
        raise PageNotFound(_("No status list is published yet.")) from exc
    response = HttpResponse(token, content_type=credentials.MEDIA_TYPE)
    response["Cache-Control"] = "public, max-age=300"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_http_methods(["GET", "POST"])
def verify(request, public_id: str):
    """Anyone may check a certificate: valid, withdrawn (and when) or not found; and paste a
    credential to check its signature and status."""
    found = queries.certificate_by_public_id(public_id=public_id)
    form = VerifyCredentialForm(request.POST if request.method == "POST" else None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = credentials.verify(form.cleaned_data["credential"])
        if not result.valid and result.certificate is None and "three parts" in result.message:
            form.add_error("credential", result.message)
            result = None
    return render(
        request,
        "recognition/verify.html",
        {
            "found": found,
            "name": person_name(found.user) if found else "",
            "form": form,
            "result": result,
            "result_name": person_name(result.certificate.user)
            if result and result.certificate
            else "",
        },
        status=(400 if form.errors else 200) if found or request.method == "POST" else 404,
    )
