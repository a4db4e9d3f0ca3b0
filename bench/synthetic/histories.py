"""Each learner's history, from their cohort's start until today: who starts, how far they get,
quiz attempts (drawn and scored by the quiz services' own functions), sittings and stages."""

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from champions.accounts.models import User
from courses.models import AssessmentPass, LessonProgress
from demo.journeys import instrument_answers
from quizzes import scoring
from quizzes.constants import Occasion, QuizKind
from quizzes.models import ItemAnswer, SelfAssessment, StageSnapshot
from quizzes.services import attempt_draw, attempt_score
from quizzes.stages import stage_for

from .rows import ChunkRows


class LearnerHistories:
    """One learner's history: lessons, quiz attempts, sittings and stages, drawn and scored as
    the services do, into a chunk's rows. Mixed into the Generator, whose curriculum and
    settings it reads."""

    def _chunk(self, user_ids: list[int]) -> None:
        rows = ChunkRows()
        for user_id in user_ids:
            self._learner(user_id, rows)
        rows.save(self)

    def _learner(self, user_id: int, rows: "ChunkRows") -> None:
        rng = random.Random(f"{self.rng.random()}:{user_id}")
        # In UTC: adding hours to a London time across a clock change can go backwards.
        day = self.cohort_of[user_id].start_date
        start = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
        elapsed = max(1.0, (self.now - start).total_seconds() / 86400)
        engagement = rng.random()
        if engagement < 0.12:
            return  # invited, never signed in
        if engagement < 0.2:
            rows.sign_ins[user_id] = start + timedelta(days=rng.uniform(0, elapsed))
            return  # signed in once, never started
        # Keen people are still going; the rest drifted off some time ago.
        all_lessons = [(m, lid) for m in self.modules for lid in self.lessons[m.id]]
        reach = max(1, round(len(all_lessons) * min(1.0, engagement**0.75 + 0.05)))
        last_day = elapsed * min(1.0, 0.15 + engagement)
        clock = start + timedelta(hours=rng.uniform(1, 48))
        step = timedelta(days=last_day / (reach + 2))
        user = User(pk=user_id)
        me = Disposition.draw(rng)
        state = LearnerState(rng)
        if rng.random() < 0.9:
            self._baseline(rows, state, user, me, at=clock)
        clock = self._lessons(rows, state, user, me, all_lessons[:reach], clock=clock, step=step)
        if state.core_mastered == len(self.core_ids) and Occasion.BASELINE in state.sittings:
            self._end_of_programme(rows, state, user, me, after=clock)
        rows.sign_ins[user_id] = state.last_active
        rows.last_active[user_id] = state.last_active

    def _baseline(self, rows, state, user, me: "Disposition", *, at) -> None:
        """The starting self-assessment, then the knowledge pre-test."""
        answers = instrument_answers(
            state.rng, self.items, a=me.attitude, c=me.confidence, b=me.behaviour, ic=me.concern
        )
        self._sitting(rows, state, user, Occasion.BASELINE, answers, at=at)
        self._quiz(rows, state, user, self.quizzes[QuizKind.PRE_TEST], me.skill - 0.2,
                   at=at + timedelta(minutes=20))  # fmt: skip

    def _lessons(self, rows, state, user, me: "Disposition", lessons, *, clock, step):
        """Lessons in order, each module's quiz after its last lesson; returns the clock."""
        rng = state.rng
        done_lessons = set()
        for n, (module, lesson_id) in enumerate(lessons):
            clock += step * rng.uniform(0.5, 1.5)
            if clock > self.limit:
                break  # histories stop today: nothing happens in the future
            completed = clock + timedelta(minutes=rng.randint(6, 25))
            finished = n < len(lessons) - 1 or rng.random() < 0.7
            rows.progress.append(
                LessonProgress(
                    user_id=user.pk,
                    lesson_id=lesson_id,
                    started_at=clock,
                    last_seen_at=completed if finished else clock,
                    completed_at=completed if finished else None,
                )
            )
            if finished:
                done_lessons.add(lesson_id)
            state.last_active = max(state.last_active or clock, completed)
            last_of_module = self.lessons[module.id][-1] == lesson_id
            quiz = self.module_quiz.get(module.id)
            if not (last_of_module and finished and quiz is not None):
                continue
            if not set(self.lessons[module.id]) <= done_lessons:
                continue
            at = self._module_quiz(rows, state, user, me, quiz, at=completed + timedelta(hours=1))
            if at is None:
                break
            clock = max(clock, at)
        return clock

    def _module_quiz(self, rows, state, user, me: "Disposition", quiz, *, at):
        """A module quiz until passed (up to four tries), retaken for a better score by some,
        and sometimes followed by a pulse check. Returns when it ended; None if the first
        attempt would be in the future."""
        rng = state.rng
        attempt = self._quiz(rows, state, user, quiz, me.skill, at=at)
        if attempt is None:
            return None
        tries = 1
        while not attempt.passed and tries < 4:
            at += timedelta(days=rng.choice([1, 2, 4]))
            retry = self._quiz(rows, state, user, quiz, min(0.98, me.skill + 0.1 * tries), at)
            if retry is None:
                break
            attempt, tries = retry, tries + 1
        # Retakes are unlimited, and many practise until they get everything right.
        while attempt.passed and attempt.percent < 100 and rng.random() < self.size.retakes:
            at += timedelta(days=rng.choice([1, 3, 7]))
            retake = self._quiz(rows, state, user, quiz, min(0.99, me.skill + 0.1), at)
            if retake is None:
                break
            attempt = retake
        if attempt.passed and rng.random() < 0.6 and self.pulse_items.get(quiz.pk):
            pulse = instrument_answers(
                rng, self.pulse_items[quiz.pk], a=me.attitude + 0.2,
                c=me.confidence + 0.3 * state.core_mastered, b=me.behaviour, ic=me.concern,
            )  # fmt: skip
            self._sitting(rows, state, user, Occasion.PULSE, pulse, at=at, quiz=quiz)
        return at

    def _end_of_programme(self, rows, state, user, me: "Disposition", *, after) -> None:
        """The closing self-assessment (most move up, some stay put, a few go down), with
        "thinking back" confidence, then the post-test."""
        rng = state.rng
        drift = rng.choice([0.6, 0.5, 0.4, 0.3, 0.0, 0.0, -0.8, -1.1])
        end_at = min(self.now - timedelta(hours=1), after + timedelta(days=2))
        answers = instrument_answers(
            rng, self.items, a=me.attitude + drift, c=min(10, me.confidence + 1.8 + drift),
            b=min(8, me.behaviour + 3), ic=me.concern,
        )  # fmt: skip
        retro = {
            i.key: min(10, max(0, round(me.confidence - 0.8 + rng.gauss(0, 1))))
            for i in self.items
            if i.dimension == "C" and i.retro_text
        }
        self._sitting(rows, state, user, Occasion.END, answers, at=end_at, retro=retro)
        self._quiz(rows, state, user, self.quizzes[QuizKind.POST_TEST], me.skill,
                   at=end_at + timedelta(minutes=20))  # fmt: skip

    def _quiz(self, rows, state, user, quiz, skill, at):
        """One attempt, drawn and scored as the services do; None if it would be in the future."""
        if at > self.limit:
            return None
        rng = state.rng
        module = self.module_of.get(quiz.pk)
        attempt = attempt_draw(
            user=user, quiz=quiz, module=module, bank=self.banks[quiz.pk],
            seed=rng.randrange(2**32), at=at,
        )  # fmt: skip
        answers = {}
        for q in attempt.snapshot["questions"]:
            right = [o["id"] for o in q["options"] if o["correct"]]
            wrong = [o["id"] for o in q["options"] if not o["correct"]]
            if rng.random() < skill or not wrong:
                answers[q["id"]] = right
            elif q["kind"] == "multiple" and len(right) > 1 and rng.random() < 0.5:
                answers[q["id"]] = right[:1]
            else:
                answers[q["id"]] = [rng.choice(wrong)]
        submitted = at + timedelta(minutes=rng.randint(4, 15))
        responses = attempt_score(attempt, answers, at=submitted)
        rows.attempts.append((attempt, responses))
        state.last_active = max(state.last_active or submitted, submitted)
        if quiz.kind == QuizKind.MODULE:
            state.best[module.id] = max(state.best.get(module.id, 0.0), attempt.percent)
            if attempt.passed and quiz.pk not in state.passed:
                state.passed.add(quiz.pk)
                rows.passes.append(
                    AssessmentPass(user_id=user.pk, page_id=quiz.pk, passed_at=submitted)
                )
            state.core_mastered = sum(
                1 for m in self.core_ids if state.best.get(m, 0.0) >= self.mastery
            )
            self._stage(rows, state, user, f"{attempt.title} ({attempt.percent:g}%)", submitted)
        return attempt

    def _sitting(self, rows, state, user, occasion, answers, *, at, quiz=None, retro=None):
        """What self_assessment_submit scores and stores for one sitting."""
        items = self.pulse_items[quiz.pk] if occasion == Occasion.PULSE else self.items
        snapshot = [
            {"key": i.key, "dimension": i.dimension, "text": i.text, "reverse": i.reverse_coded,
             "retro_text": i.retro_text}
            for i in items
        ]  # fmt: skip
        definitions = [scoring.ItemDefinition(i.key, i.dimension, i.reverse_coded) for i in items]
        scores = scoring.subscale_scores(definitions, answers, totals=self.totals)
        if retro:
            then = scoring.subscale_scores([d for d in definitions if d.dimension == "C"], retro)
            scores["C_then"] = then.get("C")
        module = self.module_of[quiz.pk] if quiz is not None else None
        assessment = SelfAssessment(
            user=user, occasion=occasion, module=module, submitted_at=at, snapshot=snapshot,
            scores=scores,
        )  # fmt: skip
        answer_rows = [ItemAnswer(item_key=k, value=v) for k, v in answers.items()] + [
            ItemAnswer(item_key=k, value=v, retrospective=True) for k, v in (retro or {}).items()
        ]
        rows.sittings.append((assessment, answer_rows))
        state.last_active = max(state.last_active or at, at)
        if occasion != Occasion.PULSE:
            state.sittings[occasion] = scores
            state.sitting_order.append(scores)
            self._stage(rows, state, user, assessment.get_occasion_display(), at)

    def _stage(self, rows, state, user, reason, at) -> None:
        """stage_recompute's rule: A, C and B from the latest sitting where each was valid,
        K from the best quiz results; a snapshot only when something changed."""
        latest = {}
        for scores in reversed(state.sitting_order):
            for dimension in ("A", "C", "B"):
                if dimension not in latest and scores.get(dimension) is not None:
                    latest[dimension] = scores[dimension]
        if len(latest) < 3:
            return
        k = scoring.knowledge_share(
            best_percent_by_module=state.best, core_module_ids=self.core_ids, mastery=self.mastery
        )
        stage = stage_for(a=latest["A"], k=k, c=latest["C"], b=latest["B"], t=self.thresholds)
        rounded = (round(latest["A"], 3), round(k, 3), round(latest["C"], 3), round(latest["B"], 3))
        if state.last_stage == (stage.number, rounded):
            return
        state.last_stage = (stage.number, rounded)
        rows.snapshots.append(
            StageSnapshot(
                user=user, stage=stage.number, informed_sceptic=stage.informed_sceptic,
                a=rounded[0], k=rounded[1], c=rounded[2], b=rounded[3], reason=reason[:120],
                thresholds=self.thresholds.__dict__, recorded_at=at,
            )
        )  # fmt: skip


@dataclass(frozen=True)
class Disposition:
    """Who a learner is at the start: how well they learn, and their starting attitude,
    confidence, leadership behaviour and inclusion concern."""

    skill: float
    attitude: float
    confidence: float
    behaviour: int
    concern: int

    @classmethod
    def draw(cls, rng: random.Random) -> "Disposition":
        skill = min(0.97, max(0.5, rng.gauss(0.74, 0.1)))
        attitude = rng.choice([2.2, 3.1, 3.1, 3.9, 3.9, 3.9])
        confidence = min(9, max(1, rng.gauss(4.6, 1.4)))
        behaviour = rng.choice([0, 1, 1, 2, 3])
        concern = rng.choice([3, 4, 4, 5])
        return cls(skill, attitude, confidence, behaviour, concern)


class LearnerState:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.best: dict[int, float] = {}
        self.passed: set[int] = set()
        self.core_mastered = 0
        self.sittings: dict[str, dict] = {}
        self.sitting_order: list[dict] = []
        self.last_stage = None
        self.last_active = None
