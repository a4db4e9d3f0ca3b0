"""Everything held about one person, as plain tables: the content of "download my data".
A fixed number of queries, whatever the size of the person's history."""

from datetime import date, datetime

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from allauth.usersessions.models import UserSession
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Comment, CommentReply, ModelLogEntry, PageLogEntry

from champions.accounts.constants import Role
from champions.accounts.models import CouncillorProfile
from champions.links import absolute_reverse
from cohort_sessions.models import Attendance, CalendarFeed, Reply, SessionFeedback
from cohorts.models import CohortMembership
from councils.models import Invitation
from courses.models import AssessmentPass, Enrolment, LessonProgress, Reflection
from quizzes.constants import LEARNER_STAGE_LABELS, STAGE_LABELS, Occasion
from quizzes.models import ItemAnswer, QuestionResponse, QuizAttempt, SelfAssessment, StageSnapshot
from recognition.models import (
    Certificate,
    Commitment,
    CommitmentFollowUp,
    DevelopmentPlan,
    DevelopmentPlanShare,
)
from reminders.models import OutboxMessage, ReminderPreference

from .constants import AccessAction
from .models import AccessLogEntry

SCORE_KEYS = ("A", "IC", "C", "B", "C_then")

# What each table holds, in the order they appear in the files.
SECTIONS = {
    "profile": _("Your name, email address, council and position, and how you sign in."),
    "email_addresses": _("The email addresses on your account."),
    "cohorts": _("The cohorts you belong to."),
    "enrolments": _("The programmes you are enrolled on, and when you were last active."),
    "lesson_progress": _("Each lesson you have opened, and when you finished it."),
    "reflections": _("Your private notes (nobody else can see them)."),
    "commitments": _(
        "What you said you would do in your council after a module or a live session (the "
        "module's or session's title), and whether you shared it with your facilitator."
    ),
    "commitment_follow_ups": _("How each commitment went, 30 and 90 days after you set it."),
    "development_plan": _("Your personal development plan: strengths, what to develop, goals."),
    "development_plan_shares": _(
        "Each time you sent a copy of your plan to your council's "
        "programme contact: to which address, whether you included your stage, and when."
    ),
    "certificates": _(
        "Your certificates for completing a programme: when each was issued, its "
        "public verification link, its place in the public list of withdrawn certificates, and "
        "whether and why it was withdrawn. Your Open Badge (signed credential) is made from this "
        "row each time you download it."
    ),
    "quiz_attempts": _("Each quiz you have started or submitted, and your score."),
    "quiz_answers": _(
        "Your answer to each question in each quiz attempt (answers saved on a quiz "
        "you have not submitted yet have no credit)."
    ),
    "quizzes_passed": _("The module quizzes you have passed."),
    "self_assessments": _("Each self-assessment you have completed, and its scores."),
    "self_assessment_answers": _("Your answer to each self-assessment statement."),
    "stages": _("Your stage each time it was worked out, and what it was worked out from."),
    "invitations": _("Invitations your council sent you: who sent each, and when it was emailed."),
    "session_replies": _("Your replies to your cohort's live sessions."),
    "session_attendance": _(
        "The registers of live sessions: whether you were marked present, "
        "absent or sent apologies, and when."
    ),
    "session_feedback": _("Your answers to the two questions after a session."),
    "calendar_feed": _(
        "Your private calendar link: when it was made and last used (not the link itself)."
    ),
    "reminders": _("Whether you turned reminders off, and when."),
    "messages_sent": _(
        "Each reminder we queued or sent you: its subject and words, and what became of it."
    ),
    "access_log": _("Each time a member of staff looked at your records or exported them."),
    "exports_including_you": _(
        "Each time a member of staff downloaded a list you were on: a "
        "cohort's learner list, or your council's participation list."
    ),
    "sign_in_sessions": _(
        "Where you are signed in: when, from which internet address, and with which browser."
    ),
    "single_sign_on": _("Council accounts (single sign-on) linked to yours."),
    "admin_activity": _(
        "What you did in the content editor (staff): pages and items you created, "
        "changed, submitted or published."
    ),
    "admin_comments": _("Comments and replies you wrote on pages in the content editor (staff)."),
}


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows(queryset, columns: dict[str, str]) -> list[dict]:
    """``columns`` maps the exported column name to the queryset field."""
    return [
        {name: _plain(row[field]) for name, field in columns.items()}
        for row in queryset.values(*columns.values())
    ]


def personal_data(*, user) -> dict[str, list[dict]]:
    """Every table in ``SECTIONS``, each a list of rows with the same keys, in that order."""
    tables = {
        "profile": [_profile_row(user)],
        **_account_tables(user),
        **_learning_tables(user),
        **_commitment_tables(user),
        **_quiz_tables(user),
        **_self_assessment_tables(user),
        "stages": _stage_rows(user),
        "invitations": _invitation_rows(user),
        **_session_tables(user),
        **_reminder_tables(user),
        "access_log": _access_rows(user),
        "exports_including_you": _export_rows(user),
        **_sign_in_tables(user),
        **_admin_tables(user),
    }
    return {name: tables[name] for name in SECTIONS}


def _profile_row(user) -> dict:
    profile = CouncillorProfile.objects.filter(user=user).select_related("council").first()
    second_factors = sorted(
        Authenticator.objects.filter(user=user).values_list("type", flat=True).distinct()
    )
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "account_created": _plain(user.date_joined),
        "last_signed_in": _plain(user.last_login),
        "roles": "; ".join(sorted(str(role.label) for role in _roles(user))),
        "has_password": user.has_usable_password(),
        "two_step_sign_in": "; ".join(second_factors),
        "language_for_messages": user.language or None,
        "language_chosen_by_you_at": _plain(user.language_chosen_at),
        "council": profile.council.name if profile else None,
        "position": profile.get_position_display() if profile else None,
        "ward": profile.ward if profile else None,
        "year_first_elected": profile.year_first_elected if profile else None,
        "left_council_roster_at": _plain(profile.left_at) if profile else None,
    }


def _account_tables(user) -> dict[str, list[dict]]:
    return {
        "email_addresses": _rows(
            EmailAddress.objects.filter(user=user).order_by("email"),
            {"email": "email", "primary": "primary", "verified": "verified"},
        ),
        "cohorts": _rows(
            CohortMembership.objects.filter(user=user).order_by("joined_at"),
            {
                "cohort": "cohort__name",
                "programme": "cohort__programme__title",
                "starts": "cohort__start_date",
                "ends": "cohort__end_date",
                "joined_at": "joined_at",
                "added_email_sent_at": "welcome_sent_at",
            },
        ),
    }


def _learning_tables(user) -> dict[str, list[dict]]:
    return {
        "enrolments": _rows(
            Enrolment.objects.filter(user=user).order_by("enrolled_at"),
            {
                "programme": "programme__title",
                "enrolled_at": "enrolled_at",
                "last_active_at": "last_active_at",
            },
        ),
        "lesson_progress": _rows(
            LessonProgress.objects.filter(user=user).order_by("started_at", "pk"),
            {
                "lesson": "lesson__title",
                "started_at": "started_at",
                "last_seen_at": "last_seen_at",
                "completed_at": "completed_at",
            },
        ),
        "reflections": _rows(
            Reflection.objects.filter(user=user).order_by("lesson__path", "block_id"),
            {
                "lesson": "lesson__title",
                "prompt_id": "block_id",
                "note": "text",
                "updated_at": "updated_at",
            },
        ),
    }


def _commitment_tables(user) -> dict[str, list[dict]]:
    return {
        "commitments": _rows(
            Commitment.objects.filter(user=user).order_by("set_at", "slot"),
            {
                "module": "module_title",
                "commitment": "text",
                "from": "source",
                "shared_with_facilitator": "shared_with_facilitator",
                "set_at": "set_at",
            },
        ),
        "commitment_follow_ups": _rows(
            CommitmentFollowUp.objects.filter(commitment__user=user).order_by(
                "commitment__set_at", "commitment__slot", "days"
            ),
            {
                "commitment": "commitment__text",
                "after_days": "days",
                "outcome": "outcome",
                "note": "note",
                "answered_at": "answered_at",
            },
        ),
        "development_plan": _rows(
            DevelopmentPlan.objects.filter(user=user),
            {
                "strengths": "strengths",
                "to_develop": "to_develop",
                "goals": "goals",
                "updated_at": "updated_at",
            },
        ),
        "development_plan_shares": _rows(
            DevelopmentPlanShare.objects.filter(user=user).order_by("requested_at", "pk"),
            {
                "sent_to": "sent_to",
                "included_stage": "include_stage",
                "plan_saved_at": "plan_version",
                "asked_at": "requested_at",
                "sent_at": "sent_at",
            },
        ),
        "certificates": [
            row
            | {
                "verification_link": absolute_reverse(
                    "recognition:verify", row["verification_link"]
                )
            }
            for row in _rows(
                Certificate.objects.filter(user=user).order_by("issued_at", "pk"),
                {
                    "programme": "programme_title",
                    "issued_at": "issued_at",
                    "verification_link": "public_id",
                    "status_list_index": "status_index",
                    "withdrawn_at": "revoked_at",
                    "withdrawn_because": "revoked_reason",
                },
            )
        ],
    }


def _reminder_tables(user) -> dict[str, list[dict]]:
    return {
        "reminders": _rows(
            ReminderPreference.objects.filter(user=user),
            {"reminders_off": "reminders_off", "changed_at": "changed_at"},
        ),
        "messages_sent": _rows(
            OutboxMessage.objects.filter(user=user).order_by("queued_at", "pk"),
            {
                "message": "rule",
                "to": "to_email",
                "subject": "subject",
                "body": "body",
                "status": "status",
                "queued_at": "queued_at",
                "sent_at": "sent_at",
                "delivered_at": "delivered_at",
            },
        ),
    }


def _session_tables(user) -> dict[str, list[dict]]:
    session = {"session": "session__title", "starts_at": "session__starts_at"}
    return {
        "session_replies": _rows(
            Reply.objects.filter(user=user).order_by("session__starts_at", "pk"),
            session | {"reply": "answer", "updated_at": "updated_at"},
        ),
        "session_attendance": _rows(
            Attendance.objects.filter(user=user).order_by("session__starts_at", "pk"),
            session | {"status": "status", "recorded_at": "recorded_at"},
        ),
        "session_feedback": _rows(
            SessionFeedback.objects.filter(user=user).order_by("session__starts_at", "pk"),
            session | {"usefulness": "usefulness", "next_step": "next_step", "at": "submitted_at"},
        ),
        "calendar_feed": _rows(
            CalendarFeed.objects.filter(user=user),
            {"created_at": "created_at", "last_used_at": "last_used_at"},
        ),
    }


def _quiz_tables(user) -> dict[str, list[dict]]:
    """Attempts, and each answer in words: the question and options as the attempt's own
    snapshot had them (quizzes may have changed since)."""
    attempts = list(QuizAttempt.objects.filter(user=user).order_by("started_at", "pk"))
    questions = {
        (a.pk, q["id"]): q for a in attempts for q in (a.snapshot or {}).get("questions", [])
    }
    answers = []
    for response in QuestionResponse.objects.filter(attempt__user=user).order_by(
        "attempt_id", "pk"
    ):
        question = questions.get((response.attempt_id, response.question_id), {})
        options = {o["id"]: o["text"] for o in question.get("options", [])}
        answers.append(
            {
                "attempt": response.attempt_id,
                "question": question.get("text", response.question_id),
                "your_answer": " | ".join(options.get(c, c) for c in response.chosen or []),
                "credit": response.credit,
            }
        )
    for attempt in attempts:
        # Answers saved on a quiz left half-done ("Save and come back later"), not yet scored.
        if attempt.submitted_at is not None or not attempt.draft_answers:
            continue
        for question_id, chosen in attempt.draft_answers.items():
            question = questions.get((attempt.pk, question_id), {})
            options = {o["id"]: o["text"] for o in question.get("options", [])}
            answers.append(
                {
                    "attempt": attempt.pk,
                    "question": question.get("text", question_id),
                    "your_answer": " | ".join(options.get(c, c) for c in chosen or []),
                    "credit": None,  # saved, not submitted
                }
            )
    return {
        "quiz_attempts": [
            {
                "attempt": a.pk,
                "quiz": a.title,
                "kind": a.get_quiz_kind_display(),
                "started_at": _plain(a.started_at),
                "submitted_at": _plain(a.submitted_at),
                "percent": a.percent,
                "passed": a.passed,
            }
            for a in attempts
        ],
        "quiz_answers": answers,
        "quizzes_passed": _rows(
            AssessmentPass.objects.filter(user=user).order_by("passed_at"),
            {"quiz": "page__title", "passed_at": "passed_at"},
        ),
    }


def _self_assessment_tables(user) -> dict[str, list[dict]]:
    """Sittings with their scores, and each answer with the statement as it was asked."""
    sittings = list(
        SelfAssessment.objects.filter(user=user).select_related("module").order_by("submitted_at")
    )
    statements = {
        (s.pk, item["key"]): item for s in sittings for item in (s.snapshot or []) if "key" in item
    }
    return {
        "self_assessments": [
            {
                "self_assessment": s.pk,
                "occasion": s.get_occasion_display(),
                "module": s.module.title if s.module_id and s.occasion == Occasion.PULSE else None,
                "submitted_at": _plain(s.submitted_at),
                **{f"score_{key}": (s.scores or {}).get(key) for key in SCORE_KEYS},
            }
            for s in sittings
        ],
        "self_assessment_answers": [
            {
                "self_assessment": a.assessment_id,
                "statement": _statement(statements.get((a.assessment_id, a.item_key), {}), a),
                "answer": "don't know" if a.value is None else a.value,
                "thinking_back": a.retrospective,
            }
            for a in ItemAnswer.objects.filter(assessment__user=user).order_by(
                "assessment_id", "retrospective", "pk"
            )
        ],
    }


def _stage_rows(user) -> list[dict]:
    return [
        {
            "recorded_at": _plain(s.recorded_at),
            "stage": s.stage,
            "stage_name_you_see": LEARNER_STAGE_LABELS.get(s.stage),
            "stage_name_your_facilitator_sees": STAGE_LABELS.get(s.stage),
            "attitude": s.a,
            "knowledge": s.k,
            "confidence": s.c,
            "behaviour": s.b,
            "informed_sceptic": s.informed_sceptic,
            "reason": s.reason,
        }
        for s in StageSnapshot.objects.filter(user=user).order_by("recorded_at", "pk")
    ]


def _access_rows(user) -> list[dict]:
    return [
        {
            "at": _plain(entry.at),
            "what": entry.get_action_display(),
            "by": entry.actor_name,
            "cohort": entry.cohort.name if entry.cohort_id else None,
        }
        for entry in AccessLogEntry.objects.filter(subject=user)
        .select_related("cohort")
        .order_by("at", "pk")
    ]


def _invitation_rows(user) -> list[dict]:
    return [
        {
            "council": i.council.name,
            "invited_by": _name(i.invited_by) if i.invited_by_id else None,
            "created_at": _plain(i.created_at),
            "emailed_to": user.email if i.sent_at else None,
            "emailed_at": _plain(i.sent_at),
        }
        for i in Invitation.objects.filter(user=user)
        .select_related("council", "invited_by")
        .order_by("created_at", "pk")
    ]


def _export_rows(user) -> list[dict]:
    """Learner-list exports of a cohort while they were in it, and participation-list exports
    of their council while they were on its roster (exports name no single person)."""
    memberships = CohortMembership.objects.filter(user=user).values_list("cohort_id", "joined_at")
    in_cohort = Q()
    for cohort_id, joined_at in memberships:
        in_cohort |= Q(cohort_id=cohort_id, at__gte=joined_at)
    lists = Q(action=AccessAction.EXPORTED_LEARNERS) & in_cohort if in_cohort else Q(pk=None)
    profile = CouncillorProfile.objects.filter(user=user).first()
    if profile is not None:
        on_roster = Q(action=AccessAction.EXPORTED_PARTICIPATION, council_id=profile.council_id)
        if profile.left_at is not None:
            on_roster &= Q(at__lte=profile.left_at)
        lists |= on_roster
    return [
        {
            "at": _plain(entry.at),
            "what": entry.get_action_display(),
            "by": entry.actor_name,
            "cohort": entry.cohort.name if entry.cohort_id else None,
            "council": entry.council.name if entry.council_id else None,
        }
        for entry in AccessLogEntry.objects.filter(lists)
        .select_related("cohort", "council")
        .order_by("at", "pk")
    ]


def _sign_in_tables(user) -> dict[str, list[dict]]:
    return {
        # Never the session key: it would let whoever holds the file sign in as them.
        "sign_in_sessions": _rows(
            UserSession.objects.filter(user=user).order_by("created_at", "pk"),
            {
                "signed_in_at": "created_at",
                "last_seen_at": "last_seen_at",
                "internet_address": "ip",
                "browser": "user_agent",
            },
        ),
        # Never the tokens.
        "single_sign_on": _rows(
            SocialAccount.objects.filter(user=user).order_by("date_joined", "pk"),
            {
                "provider": "provider",
                "account_id": "uid",
                "linked_at": "date_joined",
                "last_used_at": "last_login",
            },
        ),
    }


def _admin_tables(user) -> dict[str, list[dict]]:
    """Staff: what their account did in Wagtail's admin, from its own logs and comments."""
    activity = [
        {"at": _plain(e.timestamp), "action": e.action, "item": e.label}
        for model in (PageLogEntry, ModelLogEntry)
        for e in model.objects.filter(user=user).order_by("timestamp", "pk")
    ]
    comments = [
        {"at": _plain(c.created_at), "page": c.page.title, "text": c.text, "reply": False}
        for c in Comment.objects.filter(user=user).select_related("page")
    ] + [
        {"at": _plain(r.created_at), "page": r.comment.page.title, "text": r.text, "reply": True}
        for r in CommentReply.objects.filter(user=user).select_related("comment__page")
    ]
    return {
        "admin_activity": sorted(activity, key=lambda row: row["at"]),
        "admin_comments": sorted(comments, key=lambda row: row["at"]),
    }


def _name(person) -> str:
    full = person.get_full_name()
    return f"{full} <{person.email}>" if full else person.email


def _statement(item: dict, answer) -> str:
    if answer.retrospective and item.get("retro_text"):
        return item["retro_text"]
    return item.get("text", answer.item_key)


def _roles(user) -> list[Role]:
    return [role for role in Role if role in user.roles]
