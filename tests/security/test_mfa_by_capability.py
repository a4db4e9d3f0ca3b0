"""Two-step sign-in follows what a person can reach, not what their group is called: anyone who
can open the admin (through any group's or their own "access admin" permission, or as a
superuser) is sent to set up a second factor before any staff page opens. Wagtail's default
"Editors" and "Moderators" groups, which reached the admin and published pages without the
lead-trainer workflow, are gone."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from champions.accounts.models import User
from tests.factories import LessonPageFactory, UserFactory
from tests.helpers import PASSWORD, sign_in

pytestmark = pytest.mark.django_db


def access_admin() -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def editors_like_group(name: str) -> Group:
    """What Wagtail's default Moderators group held: the admin, and publishing any page."""
    group = Group.objects.create(name=name)
    group.permissions.add(access_admin())
    root = LessonPageFactory().get_parent().get_parent()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=root,
            permission=Permission.objects.get(content_type__app_label="wagtailcore",
                                              codename=codename),
        )  # fmt: skip
    return group


def password_only_person(**kwargs) -> User:
    return UserFactory(password=PASSWORD, **kwargs)


def assert_sent_to_set_up_two_step(client, path="/admin/"):
    response = client.get(path)
    assert response.status_code == 302, (path, response.status_code)
    assert response.url == "/accounts/2fa/", response.url
    # and nothing of the admin opened
    assert client.get("/admin/pages/").status_code == 302


def test_wagtails_default_groups_do_not_exist_after_migrating():
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert not GroupPagePermission.objects.filter(group__name__in=["Editors", "Moderators"])
    assert not GroupCollectionPermission.objects.filter(
        group__name__in=["Editors", "Moderators"]
    ).exists()


@pytest.mark.parametrize("name", ["Moderators", "Editors", "Web team"])
def test_a_group_that_opens_the_admin_needs_two_step_sign_in_whatever_its_name(client, name):
    person = password_only_person()
    person.groups.add(editors_like_group(name))
    sign_in(client, person.email)  # a password alone signs them in ...
    assert_sent_to_set_up_two_step(client)  # ... but the admin waits for a second factor


def test_the_admin_permission_granted_directly_needs_two_step_sign_in(client):
    person = password_only_person()
    person.user_permissions.add(access_admin())
    sign_in(client, person.email)
    assert_sent_to_set_up_two_step(client)


def test_a_superuser_without_any_role_needs_two_step_sign_in(client):
    person = password_only_person()
    User.objects.filter(pk=person.pk).update(is_superuser=True, is_staff=True)
    sign_in(client, person.email)
    for path in ("/admin/", "/cohorts/", "/council/"):
        assert_sent_to_set_up_two_step(client, path)


def test_a_councillor_still_opens_learner_pages_without_two_step_sign_in(client):
    person = password_only_person()
    sign_in(client, person.email)
    assert client.get("/account/").status_code == 200
    assert client.get("/admin/").status_code in (302, 403)
    assert not person.is_staff_member


def test_the_capability_is_read_with_the_roles_in_one_query(django_assert_num_queries):
    person = password_only_person()
    person.groups.add(editors_like_group("Web team"))
    fresh = User.objects.get(pk=person.pk)
    with django_assert_num_queries(1):
        assert fresh.is_staff_member and fresh.can_open_admin and not fresh.roles
