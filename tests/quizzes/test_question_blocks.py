"""What a trainer is told when a question they write in the CMS cannot be marked fairly."""

import pytest
from django.core.exceptions import ValidationError

from quizzes.blocks import QuestionBlock
from quizzes.constants import QuestionKind


def _question(kind, *rights):
    block = QuestionBlock()
    return block, block.to_python(
        {
            "kind": kind,
            "text": "Who owns the council's website data?",
            "options": [
                {"text": f"Option {n}", "correct": right, "feedback": ""}
                for n, right in enumerate(rights, start=1)
            ],
            "explanation": "Because.",
        }
    )


@pytest.mark.parametrize(
    ("kind", "rights", "message"),
    [
        (QuestionKind.MULTIPLE, (True, False, False), "needs at least 2 right options"),
        (QuestionKind.SINGLE, (True, True, False), "needs exactly 1 right option"),
        (QuestionKind.SINGLE, (False, False), "needs exactly 1 right option"),
        (QuestionKind.TRUE_FALSE, (True, False, False), "has exactly 2 options"),
    ],
)
def test_a_question_that_cannot_be_marked_fairly_is_refused_with_the_reason(kind, rights, message):
    block, value = _question(kind, *rights)
    with pytest.raises(ValidationError, match=message):
        block.clean(value)


@pytest.mark.parametrize(
    ("kind", "rights"),
    [
        (QuestionKind.MULTIPLE, (True, True, False)),
        (QuestionKind.SINGLE, (False, True, False)),
        (QuestionKind.TRUE_FALSE, (True, False)),
    ],
)
def test_well_formed_questions_are_accepted(kind, rights):
    block, value = _question(kind, *rights)
    assert block.clean(value)["kind"] == kind
