"""The facilitator's members pages (list, add from the councils' rosters, remove, join link)
and the councillor's side of a join link. Every facilitator page starts from
``cohorts_visible_to`` through ``visible_cohort``."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from champions.errors import PageNotFound
from champions.links import absolute_reverse

from . import queries, services
from .forms import AddMembersForm, JoinLinkForm, MemberSearchForm
from .tasks import names_of
from .views import facilitators, visible_cohort

SHOWN_CANDIDATES = 200  # councillors listed on "Add councillors"; searching narrows the rest


@require_http_methods(["GET"])
@facilitators
def members(request, cohort_id: int):
    cohort = visible_cohort(request, cohort_id)
    rows = queries.cohort_members(cohort=cohort)
    return render(
        request,
        "cohorts/members.html",
        {
            "cohort": cohort,
            "members": rows,
            "not_signed_in": sum(1 for row in rows if not row.signed_in),
            "join_url": absolute_reverse("cohorts:join", cohort.join_token)
            if cohort.join_token
            else "",
        },
    )


@require_http_methods(["GET", "POST"])
@facilitators
def members_add(request, cohort_id: int):
    cohort = visible_cohort(request, cohort_id)
    councils = list(cohort.councils.order_by("name"))
    search = MemberSearchForm(request.GET, councils=councils)
    filters = search.cleaned_data if search.is_valid() else {}
    form = AddMembersForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            added = services.cohort_members_add(
                cohort=cohort, user_ids=form.cleaned_data["councillors"]
            )
        except services.MembershipRefused as refusal:
            form.add_error("councillors", str(refusal))
        else:
            if added:
                messages.success(request, _added_message(added))
            else:
                messages.info(request, _("They were already in this cohort. Nobody was added."))
            return redirect("cohorts:members", cohort_id=cohort.pk)
    candidates = queries.addable_councillors(
        cohort=cohort, search=filters.get("q") or "", council_id=filters.get("council")
    )
    shown = list(candidates[: SHOWN_CANDIDATES + 1])
    chosen = {str(v) for v in request.POST.getlist("councillors")}
    return render(
        request,
        "cohorts/members_add.html",
        {
            "cohort": cohort,
            "search": search,
            "form": form,
            "candidates": shown[:SHOWN_CANDIDATES],
            "more": len(shown) > SHOWN_CANDIDATES,
            "shown": SHOWN_CANDIDATES,
            "chosen": chosen,
            "filtered": bool(filters.get("q") or filters.get("council")),
        },
        status=400 if form.errors or search.errors else 200,
    )


def _added_message(added) -> str:
    if len(added) == 1:
        return _("%(name)s has been added to the cohort and emailed.") % {"name": names_of(added)}
    return ngettext(
        "%(count)d councillor has been added to the cohort and emailed: %(names)s.",
        "%(count)d councillors have been added to the cohort and emailed: %(names)s.",
        len(added),
    ) % {"count": len(added), "names": names_of(added)}


@require_http_methods(["GET", "POST"])
@facilitators
def member_remove(request, cohort_id: int, user_id: int):
    cohort = visible_cohort(request, cohort_id)
    member = next((row for row in queries.cohort_members(cohort=cohort)
                   if row.user_id == user_id), None)  # fmt: skip
    if member is None:
        raise PageNotFound(_("This person is not a member of this cohort."))
    if request.method == "POST":
        services.cohort_member_remove(cohort=cohort, user_id=user_id)
        messages.success(
            request, _("%(name)s has been removed from the cohort.") % {"name": member.name}
        )
        return redirect("cohorts:members", cohort_id=cohort.pk)
    return render(request, "cohorts/member_remove.html", {"cohort": cohort, "member": member})


@require_POST
@facilitators
def join_link(request, cohort_id: int):
    cohort = visible_cohort(request, cohort_id)
    form = JoinLinkForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, _("Choose whether to turn the join link on, reset it or turn it off.")
        )
    elif form.cleaned_data["action"] == JoinLinkForm.DISABLE:
        services.cohort_join_link_disable(cohort=cohort)
        messages.success(request, _("The join link is off. The old link no longer works."))
    else:
        had_link = bool(cohort.join_token)
        services.cohort_join_link_reset(cohort=cohort)
        messages.success(
            request,
            _("The join link has been reset. The old link no longer works: share the new one.")
            if had_link
            else _(
                "The join link is on. Copy it below and share it with the cohort's councillors."
            ),
        )
    return redirect(reverse("cohorts:members", args=[cohort.pk]) + "#join-link")


@require_http_methods(["GET", "POST"])
@login_required
def join(request, token: str):
    cohort = queries.cohort_for_join_token(token)
    if cohort is None:
        raise PageNotFound(
            _(
                "This join link does not work. It may have been replaced with a new one: ask "
                "your facilitator for the current link."
            )
        )
    eligible = (
        queries.addable_councillors(cohort=cohort, include_members=True)
        .filter(user=request.user)
        .exists()
    )
    if not eligible:
        raise PermissionDenied(
            _(
                "This link is for councillors on the roster of a council taking part in "
                "%(cohort)s, so you cannot join it with this account."
            )
            % {"cohort": cohort.name}
        )
    already = cohort.memberships.filter(user=request.user).exists()
    if request.method == "POST":
        services.cohort_join(token=token, user=request.user)
        messages.success(
            request,
            (_("You are in %(cohort)s.") if already else _("You have joined %(cohort)s."))
            % {"cohort": cohort.name},
        )
        return redirect("courses:learn")
    return render(
        request,
        "cohorts/join.html",
        {
            "cohort": cohort,
            "facilitators": names_of(cohort.facilitators.all()),
            "already": already,
        },
    )
