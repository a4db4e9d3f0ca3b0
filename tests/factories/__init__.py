"""Factories for the tests' own worlds: people, councils, cohorts and a small programme of pages.

Writes go through the product's services (``user_upsert``, ``councillor_profile_upsert``,
``role_grant``, ``council_leader_assign``, ``cohort_upsert``, ``cohort_member_add``), as views,
commands and the demo seeder do. Pages are built with wagtail-factories and published with a
revision, as the seeder publishes them; their StreamField JSON has the seeder's shapes and stable
block ids, so a quiz question keeps its id however often a test builds it.

Nothing here reads the demo: every name, slug and email is made up per test, so a test that
builds its world here passes with or without the demo in the database."""

from .instrument import (
    CHECK_IN,
    INSTRUMENT,
    InstrumentItemFactory,
    instrument_answers,
    instrument_items,
)
from .pages import (
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    PublishedPageFactory,
    QuizPageFactory,
    StandardPageFactory,
    case_study,
    lesson_body,
    questions_json,
    site_home,
    stable_id,
    welsh_copy,
)
from .people import (
    AdminFactory,
    CohortFactory,
    CouncilFactory,
    CouncillorFactory,
    CouncillorProfileFactory,
    FacilitatorFactory,
    LeaderFactory,
    LeadTrainerFactory,
    StaffFactory,
    TrainerFactory,
    UserFactory,
    grant_roles,
    set_up_two_step,
    with_roles,
)
from .world import (
    Programme,
    World,
    build_programme,
    build_world,
    write_history,
)

__all__ = [
    "stable_id",
    "CouncilFactory",
    "grant_roles",
    "set_up_two_step",
    "with_roles",
    "UserFactory",
    "StaffFactory",
    "TrainerFactory",
    "LeadTrainerFactory",
    "FacilitatorFactory",
    "AdminFactory",
    "LeaderFactory",
    "CouncillorFactory",
    "CouncillorProfileFactory",
    "CohortFactory",
    "site_home",
    "welsh_copy",
    "PublishedPageFactory",
    "case_study",
    "lesson_body",
    "questions_json",
    "StandardPageFactory",
    "ProgrammePageFactory",
    "ModulePageFactory",
    "LessonPageFactory",
    "QuizPageFactory",
    "InstrumentItemFactory",
    "INSTRUMENT",
    "CHECK_IN",
    "instrument_items",
    "instrument_answers",
    "Programme",
    "build_programme",
    "write_history",
    "World",
    "build_world",
]
