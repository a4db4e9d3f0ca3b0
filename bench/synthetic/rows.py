"""The rows one chunk of learners adds, bulk-inserted together after field validation (every
database constraint still applies)."""

from datetime import datetime

from champions.accounts.models import User
from courses.models import AssessmentPass, Enrolment, LessonProgress
from quizzes.models import ItemAnswer, QuestionResponse, QuizAttempt, SelfAssessment, StageSnapshot


def _create_with_children(pairs: list[tuple], *, link: str) -> tuple[int, int]:
    """Inserts the parents of (parent, children) pairs, then the children pointing at them
    through ``link``; returns how many of each."""
    if not pairs:
        return 0, 0
    parents = [parent for parent, _ in pairs]
    type(parents[0]).objects.bulk_create(parents, batch_size=2000)
    children = []
    for parent, rows in pairs:
        for row in rows:
            setattr(row, link, parent.pk)
            children.append(row)
    if children:
        type(children[0]).objects.bulk_create(children, batch_size=10000)
    return len(parents), len(children)


class ChunkRows:
    """Everything one chunk of learners adds, inserted together."""

    def __init__(self):
        self.progress: list[LessonProgress] = []
        self.attempts: list[tuple[QuizAttempt, list[QuestionResponse]]] = []
        self.passes: list[AssessmentPass] = []
        self.sittings: list[tuple[SelfAssessment, list[ItemAnswer]]] = []
        self.snapshots: list[StageSnapshot] = []
        self.sign_ins: dict[int, datetime] = {}
        self.last_active: dict[int, datetime] = {}

    def save(self, generator) -> None:
        counts = generator.counts
        LessonProgress.objects.bulk_create(self.progress, batch_size=5000)
        counts["lesson progress rows"] += len(self.progress)

        if self.attempts:
            # Field checks for a sample (every attempt is built by the same code), then the
            # database's own constraints for every row.
            self.attempts[0][0].full_clean(
                exclude=["user", "quiz", "module"], validate_constraints=False
            )
        attempts, responses = _create_with_children(self.attempts, link="attempt_id")
        counts["quiz attempts"] += attempts
        counts["question responses"] += responses
        AssessmentPass.objects.bulk_create(self.passes, batch_size=5000)

        sittings, _ = _create_with_children(self.sittings, link="assessment_id")
        counts["self-assessments"] += sittings
        StageSnapshot.objects.bulk_create(self.snapshots, batch_size=5000)
        counts["stage snapshots"] += len(self.snapshots)

        by_user = {uid: when for uid, when in self.last_active.items() if when is not None}
        enrolments = list(
            Enrolment.objects.filter(user_id__in=by_user, programme=generator.programme)
        )
        for enrolment in enrolments:
            enrolment.last_active_at = by_user[enrolment.user_id]
        Enrolment.objects.bulk_update(enrolments, ["last_active_at"], batch_size=2000)
        users = [User(pk=uid, last_login=when) for uid, when in self.sign_ins.items() if when]
        User.objects.bulk_update(users, ["last_login"], batch_size=2000)
