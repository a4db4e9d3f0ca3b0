"""The one "what next" rule, table-driven over plain data (no database)."""

import pytest

from courses.queries import (
    AssessmentRow,
    LessonRow,
    Milestones,
    ModuleRow,
    NextStep,
    ProgrammeOverview,
    next_step,
)

END = NextStep("Take the end-of-programme self-assessment", "/journey/self-assessment/end/", "")
FINAL = NextStep("Take the final knowledge check", "/final-check/", "")


def module(n: int, *, done: int, passed: bool, core: bool = True, lessons: int = 2) -> ModuleRow:
    return ModuleRow(
        id=n,
        label=f"Module {n}" if core else "Elective",
        title=f"M{n}",
        url=f"/m{n}/",
        summary="",
        is_core=core,
        estimated_minutes=30,
        lessons=tuple(
            LessonRow(
                id=n * 10 + i,
                title=f"L{n}.{i}",
                url=f"/m{n}/l{i}/",
                minutes=10,
                started=i <= done,
                completed=i <= done,
            )
            for i in range(1, lessons + 1)
        ),
        assessments=(
            AssessmentRow(id=n * 100, title=f"Quiz {n}", url=f"/m{n}/quiz/", passed=passed),
        ),
    )


def milestones(*, start=True, end=()):
    return Milestones(
        starting_point_done=start,
        starting_point_url="/journey/start/",
        end_steps=tuple(end),
        journey_url="/journey/",
    )


CASES = [
    # (what the learner has done, milestones, the label and url expected)
    ("nothing yet", [module(1, done=0, passed=False), module(2, done=0, passed=False)],
     milestones(start=False), "Finish your starting point", "/journey/start/"),
    ("starting point done, nothing read", [module(1, done=0, passed=False),
     module(2, done=0, passed=False)], milestones(), "Start M1: L1.1", "/m1/l1/"),
    ("module 1 half read", [module(1, done=1, passed=False), module(2, done=0, passed=False)],
     milestones(), "Continue M1: L1.2", "/m1/l2/"),
    ("module 1 read, quiz not passed", [module(1, done=2, passed=False),
     module(2, done=0, passed=False)], milestones(), "Take the M1 quiz", "/m1/quiz/"),
    ("module 1 complete", [module(1, done=2, passed=True), module(2, done=0, passed=False)],
     milestones(), "Start M2: L2.1", "/m2/l1/"),
    ("module 2 under way before module 1's quiz: the module in progress first",
     [module(1, done=2, passed=False), module(2, done=1, passed=False)], milestones(),
     "Take the M1 quiz", "/m1/quiz/"),
    ("every core module complete: the end steps", [module(1, done=2, passed=True),
     module(2, done=2, passed=True), module(3, done=0, passed=False, core=False)],
     milestones(end=[END, FINAL]), END.label, END.url),
    ("end sitting done: the final check", [module(1, done=2, passed=True)],
     milestones(end=[FINAL]), FINAL.label, FINAL.url),
    ("end steps done, elective left", [module(1, done=2, passed=True),
     module(3, done=0, passed=False, core=False)], milestones(), "Start M3: L3.1", "/m3/l1/"),
    ("everything done", [module(1, done=2, passed=True),
     module(3, done=2, passed=True, core=False)], milestones(), "See your journey", "/journey/"),
    ("an elective under way is carried on before starting a new core module", [module(3, done=1,
     passed=False, core=False), module(1, done=0, passed=False)], milestones(),
     "Continue M3: L3.2", "/m3/l2/"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("situation", "modules", "marks", "label", "url"), CASES, ids=[c[0] for c in CASES]
)
def test_the_next_step_follows_one_order(situation, modules, marks, label, url):
    step = next_step(
        overview=ProgrammeOverview(programme=None, modules=tuple(modules)), milestones=marks
    )
    assert (step.label, step.url) == (label, url)
    assert step.reason or step in (END, FINAL)


def test_the_starting_point_comes_first_even_with_lessons_already_read():
    modules = (module(1, done=1, passed=False),)
    step = next_step(
        overview=ProgrammeOverview(programme=None, modules=modules),
        milestones=milestones(start=False),
    )
    assert step.url == "/journey/start/"
