"""Council uptake caches two shared things: what completing a programme takes (until a page
is published, unpublished, moved or deleted) and the same-type councils' counts (for a few
minutes; counts of other councils only). A council's own figures are always read afresh."""

import pytest
from django.utils import timezone

from champions.accounts.models import User
from councils.queries import council_uptake, required_steps, similar_council_counts
from courses.models import LessonPage, ModulePage, ProgrammePage
from tests.councils.helpers import add_councillors, make_council
from tests.factories import build_programme

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme() -> ProgrammePage:
    return build_programme(modules=1, lessons=1).page


def _publish_lesson_in_a_core_module(programme) -> LessonPage:
    module = ModulePage.objects.child_of(programme).live().filter(kind="core").first()
    model = LessonPage.objects.child_of(module).live().first()
    lesson = LessonPage(
        title="Another lesson", slug="another-lesson", summary="New.", body=model.body.raw_data
    )
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


def test_a_newly_published_lesson_is_a_required_step_at_once(programme):
    (before,) = [s for s in required_steps() if s.programme_id == programme.pk]
    lesson = _publish_lesson_in_a_core_module(programme)
    (after,) = [s for s in required_steps() if s.programme_id == programme.pk]
    assert lesson.pk not in before.lesson_ids
    assert after.lesson_ids == before.lesson_ids | {lesson.pk}


def test_a_councils_own_figures_are_fresh_while_the_comparison_comes_from_the_cache(db):
    council = make_council("freshshire", council_type="metropolitan")
    people = add_councillors(council, 6)
    others = [make_council(f"cached{i}", council_type="metropolitan") for i in range(3)]
    for other in others:
        add_councillors(other, 5)
    first = council_uptake(council=council, now=timezone.now())
    compared = similar_council_counts(council=council, now=timezone.now())

    User.objects.filter(pk__in=[p.pk for p in people[:3]]).update(last_login=timezone.now())
    User.objects.filter(email__endswith="@cached0.example.org").update(last_login=timezone.now())

    again = council_uptake(council=council, now=timezone.now())
    assert again.headline.signed_in == first.headline.signed_in + 3  # ours: at once
    assert similar_council_counts(council=council, now=timezone.now()) == compared  # cached


def test_the_comparison_is_counted_again_when_completing_takes_something_new(programme):
    council = make_council("stepshire", council_type="metropolitan")
    add_councillors(council, 5)
    other = make_council("stepother", council_type="metropolitan")
    add_councillors(other, 5)
    before = similar_council_counts(council=council, now=timezone.now())
    User.objects.filter(email__endswith="@stepother.example.org").update(last_login=timezone.now())
    _publish_lesson_in_a_core_module(programme)
    after = similar_council_counts(council=council, now=timezone.now())
    assert sum(c.signed_in for c in after) == sum(c.signed_in for c in before) + 5


def test_the_comparison_never_includes_the_council_itself(db):
    council = make_council("selfshire", council_type="unitary")
    add_councillors(council, 7)
    other = make_council("selfother", council_type="unitary")
    add_councillors(other, 5)
    rosters = sorted(c.roster for c in similar_council_counts(council=council, now=timezone.now()))
    assert 7 not in rosters and 5 in rosters
    rosters = sorted(c.roster for c in similar_council_counts(council=other, now=timezone.now()))
    assert 7 in rosters and 5 not in rosters
