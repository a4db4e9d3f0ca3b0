"""What the browser tests answer: the baseline self-assessment, and the right (or wrong) options
of the seeded quizzes, known from the question banks through their deterministic ids."""

import importlib

from champions.demo.seed_quizzes import BANK_FILES, _id

# Baseline answers by dimension (the item's field is item-<key>; keys start with the dimension):
# agree with the attitude and inclusion items, middling confidence, an action or two.
BASELINE = {"IC": "4", "A": "4", "C": "6", "B": "1"}


def baseline_answer(field_name: str) -> str:
    key = field_name.removeprefix("item-")
    return next(value for prefix, value in BASELINE.items() if key.startswith(prefix))


def _option_answers() -> dict[str, bool]:
    """Whether each seeded quiz option is right, by its id (the radio or checkbox value)."""
    right = {}
    for name in BANK_FILES:
        bank = importlib.import_module(f"champions.demo.question_bank.{name}")
        for question in bank.QUESTIONS:
            for n, option in enumerate(question["options"]):
                right[_id(question["key"], n)] = option["correct"]
    return right


OPTION_IS_RIGHT = _option_answers()
