"""What the browser tests answer: the baseline self-assessment, and the right (or wrong) options
of the loaded quizzes, known from the question banks in content/ through their stable ids."""

from curriculum.files import read_content

# Baseline answers by dimension (the item's field is item-<key>; keys start with the dimension):
# agree with the attitude and inclusion items, middling confidence, an action or two.
BASELINE = {"IC": "4", "A": "4", "C": "6", "B": "1"}


def baseline_answer(field_name: str) -> str:
    key = field_name.removeprefix("item-")
    return next(value for prefix, value in BASELINE.items() if key.startswith(prefix))


def _option_answers() -> dict[str, bool]:
    """Whether each seeded quiz option is right, by its id (the radio or checkbox value)."""
    right = {}
    for quiz in read_content().quizzes():
        for question in quiz.questions:
            for n, option in enumerate(question.options):
                right[question.option_id(n)] = option.correct
    return right


OPTION_IS_RIGHT = _option_answers()
