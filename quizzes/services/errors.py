"""What a quiz service refuses with: a message a learner can be told in plain English, and
nothing written."""

from collections.abc import Mapping


class QuizError(Exception):
    """Something a learner can be told in plain English; nothing was written."""


class NotAvailable(QuizError):
    pass


class NotOpen(QuizError):
    """A measurement whose window is not open for this learner (yet, or any more)."""


class AttemptClosed(QuizError):
    pass


class InvalidAnswers(QuizError):
    def __init__(self, message: str, errors: Mapping[str, str]):
        super().__init__(message)
        self.errors = dict(errors)
