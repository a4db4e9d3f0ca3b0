"""The other half of the permission matrix: what every group in the database may do. A URL
matrix says what each of our roles gets; this says that no group (ours, Wagtail's defaults, or
one an admin added by hand) holds a permission nobody decided on. A new group, or a new
permission on a group, fails here until it has a row."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, GroupCollectionPermission, GroupPagePermission

from champions.accounts.constants import GROUP_ROLES, ROLE_GROUPS, STAFF_ROLES, Role

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

ADMIN = "wagtailadmin.access_admin"

# group -> (model permissions, page permissions on any page, collection permissions)
EXPECTED = {
    ROLE_GROUPS[Role.COUNCILLOR]: (set(), set(), set()),
    ROLE_GROUPS[Role.FACILITATOR]: (set(), set(), set()),
    ROLE_GROUPS[Role.COUNCIL_LEADER]: (set(), set(), set()),
    # Trainers edit and submit for review; they publish nothing (self-assessment items
    # included: their changes are drafts until a lead trainer publishes them).
    ROLE_GROUPS[Role.TRAINER]: (
        {ADMIN, "quizzes.add_instrumentitem", "quizzes.change_instrumentitem"},
        {"add_page", "change_page"},
        set(),
    ),
    # Lead trainers approve (the workflow's task), publish, look after measurement and the
    # words of the reminders (one template per rule: changed, never added or deleted).
    ROLE_GROUPS[Role.LEAD_TRAINER]: (
        {
            ADMIN,
            "reminders.change_messagetemplate",
            "quizzes.change_measurementsettings",
            "quizzes.add_instrumentitem",
            "quizzes.change_instrumentitem",
            "quizzes.delete_instrumentitem",
            "quizzes.publish_instrumentitem",
        },
        {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
        set(),
    ),
    # Platform admins are superusers; the group itself only opens the admin.
    ROLE_GROUPS[Role.PLATFORM_ADMIN]: ({ADMIN}, set(), set()),
}


def held(group: Group):
    model = {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    }
    pages = set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "permission__codename", flat=True
        )
    )
    collections = set(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "permission__codename", flat=True
        )
    )
    return model, pages, collections


def test_every_group_in_the_database_has_a_row_and_holds_exactly_that(demo):
    groups = {group.name: group for group in Group.objects.all()}
    assert set(groups) == set(EXPECTED), "a group nobody decided on (or one went missing)"
    for name, group in groups.items():
        assert held(group) == EXPECTED[name], name


def test_only_lead_trainers_approve_changes(demo):
    approvers = set(
        GroupApprovalTask.objects.filter(active=True).values_list("groups__name", flat=True)
    )
    assert approvers == {ROLE_GROUPS[Role.LEAD_TRAINER]}


def test_every_group_that_opens_the_admin_belongs_to_a_role_that_needs_two_step_sign_in(demo):
    for group in Group.objects.filter(permissions__codename="access_admin"):
        assert GROUP_ROLES.get(group.name) in STAFF_ROLES, group.name
