"""The self-assessment instrument in the product's shape, and answers to it."""

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from quizzes.constants import Dimension
from quizzes.models import InstrumentItem


class InstrumentItemFactory(DjangoModelFactory):
    class Meta:
        model = InstrumentItem
        # The English item of a key (the demo also has its Welsh copy, under the same key).
        django_get_or_create = ("key", "locale")

    key = factory.Sequence(lambda n: f"T{n}")
    locale = factory.LazyFunction(Locale.get_default)
    dimension = Dimension.CONFIDENCE
    text = factory.LazyAttribute(lambda item: f"Item {item.key}")
    retro_text = ""
    reverse_coded = False
    sort_order = factory.Sequence(lambda n: n)


# An instrument of the product's shape (content/instrument.yaml): eight attitude items (three
# reverse-coded), two on inclusion, eight on confidence (each with a "thinking back" wording for
# the end of the programme) and eight on behaviour. The keys are the product's, so with the demo
# loaded its items of the same keys are used as they are.
INSTRUMENT = (
    [(f"A{n}", Dimension.ATTITUDE, n in (3, 6, 8)) for n in range(1, 9)]
    + [(f"IC{n}", Dimension.INCLUSION, False) for n in (1, 2)]
    + [(f"C{n}", Dimension.CONFIDENCE, False) for n in range(1, 9)]
    + [(f"B{n}", Dimension.BEHAVIOUR, False) for n in range(1, 9)]
)
# What a module quiz's check-in asks, as the curriculum's quizzes do: two confidence items and
# one attitude item.
CHECK_IN = ("C7", "C1", "A6")


def instrument_items() -> list[InstrumentItem]:
    """The self-assessment instrument to answer (the demo's own, if it is loaded)."""
    for order, (key, dimension, reverse) in enumerate(INSTRUMENT):
        InstrumentItemFactory(
            key=key,
            dimension=dimension,
            reverse_coded=reverse,
            sort_order=order,
            retro_text=f"Thinking back, item {key}" if dimension == Dimension.CONFIDENCE else "",
        )
    return list(InstrumentItem.objects.originals().filter(active=True).order_by("sort_order"))


def instrument_answers(*, a: int, c: int, b: int, ic: int = 4) -> dict[str, int]:
    """An answer to every active item: attitude ``a`` (reverse-coded items mirrored so the
    score is ``a``), confidence ``c``, behaviour ``b``, inclusion ``ic``."""
    return {
        item.key: {"A": 6 - a if item.reverse_coded else a, "IC": ic, "C": c, "B": b}[
            item.dimension
        ]
        for item in InstrumentItem.objects.originals().filter(active=True)
    }


# --- cohorts ------------------------------------------------------------------------------------
