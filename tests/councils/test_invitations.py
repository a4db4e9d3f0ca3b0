"""Invitations: chosen or all not-yet-invited councillors get an email (sent by a background
task) explaining the programme and how to sign in with a code; re-inviting is rate-limited."""

from datetime import timedelta

import pytest
from django.utils import timezone

from councils.models import Invitation
from councils.services import InvitationRefused, invitations_send
from councils.tasks import send_invitation_emails
from tests.councils.helpers import add_councillors, make_council, make_leader

pytestmark = pytest.mark.django_db


@pytest.fixture
def council():
    return make_council("inviteshire")


@pytest.fixture
def people(council):
    return add_councillors(council, 4)


@pytest.fixture
def leader_client(client, council):
    client.force_login(make_leader(council))
    return client


def invite(client, council, capture, **data):
    with capture(execute=True):
        return client.post(f"/council/{council.slug}/roster/invite/", data)


def test_chosen_councillors_get_an_email_explaining_the_programme_and_sign_in(
    leader_client, council, people, outbox, django_capture_on_commit_callbacks
):
    chosen = people[:2]
    for person in chosen:  # English chosen: with no preference it comes in Welsh and English
        person.language = "en-gb"
        person.save(update_fields=["language"])
    response = invite(
        leader_client, council, django_capture_on_commit_callbacks,
        action="selected", councillors=[p.pk for p in chosen],
    )  # fmt: skip
    assert response.status_code == 302
    assert sorted(m.to[0] for m in outbox) == sorted(p.email for p in chosen)
    body = outbox[0].body
    assert outbox[0].subject == "You are invited to Digital Champions for Councillors"
    assert "Inviteshire Council has invited you" in body
    assert "online learning programme for elected members" in body
    assert "http://testserver/accounts/login/" in body
    assert 'Choose "Email me a sign-in code"' in body
    assert "You do not need a password" in body
    assert "cannot see your answers, quiz results or private notes" in body
    assert all(i.sent_at for i in Invitation.objects.filter(user__in=chosen))

    roster = leader_client.get(response.url).content.decode()
    assert "Invitations on their way to 2 councillors." in roster
    today = timezone.localtime().strftime("%-d %b %Y")
    assert roster.count(today) == 2  # invited-at shown for the two, "Not invited" for the rest
    assert roster.count("Not invited") == 2


def test_inviting_everyone_not_yet_invited_leaves_out_those_already_invited(
    leader_client, council, people, outbox, django_capture_on_commit_callbacks
):
    invitations_send(council=council, user_ids=[people[0].pk], invited_by=None)
    outbox.clear()
    invite(leader_client, council, django_capture_on_commit_callbacks, action="not_invited")
    assert sorted(m.to[0] for m in outbox) == sorted(p.email for p in people[1:])
    response = invite(
        leader_client, council, django_capture_on_commit_callbacks, action="not_invited"
    )
    assert (
        "Everyone on the roster has been invited already."
        in leader_client.get(response.url).content.decode()
    )
    assert len(outbox) == 3


def test_re_inviting_within_24_hours_is_refused_with_a_message(
    leader_client, council, people, outbox, django_capture_on_commit_callbacks
):
    person = people[0]
    invite(leader_client, council, django_capture_on_commit_callbacks,
           action="selected", councillors=[person.pk])  # fmt: skip
    response = invite(leader_client, council, django_capture_on_commit_callbacks,
                      action="selected", councillors=[person.pk])  # fmt: skip
    page = leader_client.get(response.url).content.decode()
    assert (
        f"Not sent to {person.get_full_name()}: they were invited less than 24 hours ago." in page
    )
    assert "You can invite them again after" in page
    assert len(outbox) == 1
    assert Invitation.objects.filter(user=person).count() == 1

    # A day later it is allowed: the roster then shows two invitations.
    later = timezone.now() + timedelta(hours=25)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = invitations_send(
            council=council, user_ids=[person.pk], invited_by=None, now=later
        )
    assert outcome.invited == (person.get_full_name(),) and len(outbox) == 2
    assert "(2 times)" in leader_client.get(f"/council/{council.slug}/roster/").content.decode()


def test_inviting_with_nobody_selected_shows_an_error_linked_to_the_checkboxes(
    leader_client, council, people, outbox, django_capture_on_commit_callbacks
):
    response = invite(leader_client, council, django_capture_on_commit_callbacks, action="selected")
    html = response.content.decode()
    assert response.status_code == 400
    assert '<a href="#id_councillors">Select at least one councillor to invite</a>' in html
    assert 'id="id_councillors"' in html  # the first checkbox, where the summary link lands
    assert '<legend class="govuk-fieldset__legend' in html
    assert outbox == []


def test_people_not_on_this_councils_current_roster_cannot_be_invited(
    leader_client, council, people, outbox, django_capture_on_commit_callbacks
):
    (stranger,) = add_councillors(make_council("strangeshire"), 1, start=900)
    response = invite(leader_client, council, django_capture_on_commit_callbacks,
                      action="selected", councillors=[stranger.pk])  # fmt: skip
    assert response.status_code == 400
    assert "Choose councillors from this council&#x27;s roster" in response.content.decode()
    people[0].councillor_profile.left_at = timezone.now()
    people[0].councillor_profile.save()
    with pytest.raises(InvitationRefused, match="not on this council's current roster"):
        invitations_send(council=council, user_ids=[people[0].pk], invited_by=None)
    assert outbox == [] and not Invitation.objects.filter(council=council).exists()


def test_the_roster_links_to_inviting_one_person_with_their_box_ticked(
    leader_client, council, people
):
    page = leader_client.get(f"/council/{council.slug}/roster/invite/?councillor={people[2].pk}")
    html = page.content.decode()
    assert page.status_code == 200
    assert f'value="{people[2].pk}" checked' in html
    assert f'value="{people[1].pk}" checked' not in html


def test_the_send_task_never_sends_the_same_invitation_twice(council, people, outbox):
    (invitation,) = Invitation.objects.bulk_create(
        [Invitation(user=people[0], council=council, created_at=timezone.now())]
    )
    assert send_invitation_emails.call(invitation_ids=[invitation.pk]) == 1
    assert send_invitation_emails.call(invitation_ids=[invitation.pk]) == 0
    assert len(outbox) == 1


def test_an_invitation_is_claimed_before_sending_and_given_back_when_sending_fails(
    council, people, outbox, monkeypatch
):
    (invitation,) = Invitation.objects.bulk_create(
        [Invitation(user=people[0], council=council, created_at=timezone.now())]
    )

    def mail_server_down(self, messages):
        # The claim is already committed while the message goes out: a worker killed now
        # leaves it marked sent, so a rerun of the task cannot email it a second time.
        assert Invitation.objects.get(pk=invitation.pk).sent_at is not None
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr(
        "django.core.mail.backends.locmem.EmailBackend.send_messages", mail_server_down
    )
    with pytest.raises(ConnectionRefusedError):
        send_invitation_emails.call(invitation_ids=[invitation.pk])
    assert Invitation.objects.get(pk=invitation.pk).sent_at is None
    monkeypatch.undo()
    assert send_invitation_emails.call(invitation_ids=[invitation.pk]) == 1
    assert len(outbox) == 1
