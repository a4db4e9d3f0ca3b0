"""How many people or answers a figure needs before the facilitator's pages show it as a number
(issue 17). Below these a page says how many there are and how many it needs, never a mean, an
interval, an effect size, a flag or a reliability coefficient worked out from a handful.

The statistics themselves (cohorts.stats) still compute whatever they can: these are display
rules, applied by the pages and the exports."""

# Paired change (means before and after, the change, its interval and effect size) and the
# knowledge gain: from 10 people with both measures.
MIN_PAIRS = 10
# A quiz question's share right is always shown with its count; its discrimination and its
# flags ("too easy", "too hard", "not discriminating") only from 20 answers.
MIN_ITEM_ANSWERS = 20
# Reliability (alpha, alpha if deleted, item-total correlations): from 20 complete sittings.
# A cohort below that is judged by the figure pooled over every cohort (DOMAIN.md section 3.5).
MIN_SITTINGS = 20
# How many answered in each language (sittings and quiz attempts): each count only from 5, as
# small counts are hidden elsewhere (docs/disclosure-control.md); when one is hidden so is the
# other, which the total of answers would give away.
MIN_LANGUAGE_COUNT = 5


def enough_pairs(n: int) -> bool:
    return n >= MIN_PAIRS


def enough_answers(n: int) -> bool:
    return n >= MIN_ITEM_ANSWERS


def enough_sittings(n: int) -> bool:
    return n >= MIN_SITTINGS
