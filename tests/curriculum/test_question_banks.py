"""Quizzes that test understanding, not test-wiseness. Item-writing good practice, checked on
every module bank and on the knowledge pre-test and post-test in content/ (no database):

- at least 12 questions in a module bank; one best answer out of four; no "all/none of the above";
- options of similar length, so length gives nothing away;
- the right answer is the longest option no more often than chance allows (a one-sided
  binomial test at 5%), and it sits in every position, none more than chance allows;
- three simulated test-wise guessers score well under the pass mark: one always picks the
  longest option, one the shortest, one the option sharing most words with the question.

The knowledge tests are sat whole (every question, every time), so each is checked as a bank of
its own. They also cover the core modules evenly: one question from each core module, named in a
"# Module N" comment above the question in knowledge-tests.yaml, with question i of the
post-test from the same module as question i of the pre-test.

`python -m tests.curriculum.test_question_banks` prints each bank's figures."""

import os
import re
from math import comb

if __name__ == "__main__":  # run as a command: Django must be set up before the reader is imported
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "champions.settings.test")
    django.setup()

import pytest  # noqa: E402

from curriculum.files import read_content  # noqa: E402

MIN_QUESTIONS = 12
OPTIONS = 4
GUESSER_CEILING = 40.0  # percent; the pass mark is 80
ALPHA = 0.05
STOP_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        """a an the and or of to in on for with by at from is are be was were it its this that
    these those as your you our we they their them there what which who how why when should
    would could can do does not no if than then so but about into more most best first next
    will has have had been any all one""",
    )
)
BANNED = re.compile(r"\b(all|none|both|neither) of the (above|others|options)\b", re.I)


CONTENT = read_content()
MODULE_COMMENT = re.compile(r"^\s*#.*\bModule (\d+)\b")
KEY_LINE = re.compile(r"^\s*- key: *['\"]?([\w-]+)")


def banks():
    modules = [m.quiz for m in CONTENT.programme.modules if m.quiz is not None]
    return modules + list(CONTENT.programme.tests)


def bank_name(quiz) -> str:
    return quiz.path.parent.name if quiz.kind == "module" else quiz.slug


def knowledge_test_modules() -> dict[str, int]:
    """Each knowledge-test question's module, from the '# ... Module N' comment above its key."""
    [path] = {quiz.path for quiz in CONTENT.programme.tests}
    found, module = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := MODULE_COMMENT.match(line):
            module = int(match[1])
        elif (match := KEY_LINE.match(line)) and module is not None:
            found[match[1]] = module
            module = None
    return found


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in STOP_WORDS}


def right_index(question) -> int:
    [index] = [n for n, option in enumerate(question.options) if option.correct]
    return index


def longest_credit(question) -> float:
    """What 'always pick the longest option' earns on a question (ties split evenly)."""
    lengths = [len(option.text) for option in question.options]
    longest = [n for n, length in enumerate(lengths) if length == max(lengths)]
    return (right_index(question) in longest) / len(longest)


def shortest_credit(question) -> float:
    """What 'always pick the shortest option' earns: a bank that avoids long right answers
    by making them the shortest gives a cue too."""
    lengths = [len(option.text) for option in question.options]
    shortest = [n for n, length in enumerate(lengths) if length == min(lengths)]
    return (right_index(question) in shortest) / len(shortest)


def overlap_credit(question) -> float:
    """What 'pick the option sharing most words with the question' earns (ties split)."""
    stem = words(question.text)
    shared = [len(words(option.text) & stem) for option in question.options]
    best = [n for n, count in enumerate(shared) if count == max(shared)]
    return (right_index(question) in best) / len(best)


def guesser_percent(quiz, credit) -> float:
    return round(100 * sum(credit(q) for q in quiz.questions) / len(quiz.questions), 1)


def binomial_upper_tail(n: int, k: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    return sum(comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k, n + 1))


def figures(quiz) -> dict:
    right_longest = sum(1 for q in quiz.questions if longest_credit(q) == 1)
    positions = [0] * OPTIONS
    for question in quiz.questions:
        positions[right_index(question)] += 1
    return {
        "questions": len(quiz.questions),
        "longest guesser %": guesser_percent(quiz, longest_credit),
        "shortest guesser %": guesser_percent(quiz, shortest_credit),
        "word-overlap guesser %": guesser_percent(quiz, overlap_credit),
        "right is longest": right_longest,
        "right answer by position": positions,
    }


BANKS = banks()
IDS = [bank_name(quiz) for quiz in BANKS]
CORE = sorted(m.number for m in CONTENT.programme.modules if m.kind == "core")


@pytest.mark.parametrize("quiz", BANKS, ids=IDS)
def test_each_bank_has_enough_single_best_answer_questions(quiz):
    assert len(quiz.questions) >= (MIN_QUESTIONS if quiz.kind == "module" else len(CORE))
    for question in quiz.questions:
        assert question.kind == "single", question.key
        assert len(question.options) == OPTIONS, question.key
        assert sum(option.correct for option in question.options) == 1, question.key
        assert all(option.feedback.strip() for option in question.options), question.key
        assert question.explanation.strip(), question.key
        texts = [question.text] + [option.text for option in question.options]
        assert not any(BANNED.search(text) for text in texts), question.key
        assert len({option.text.strip().lower() for option in question.options}) == OPTIONS


@pytest.mark.parametrize("quiz", BANKS, ids=IDS)
def test_options_are_of_similar_length(quiz):
    for question in quiz.questions:
        lengths = [len(option.text) for option in question.options]
        assert max(lengths) <= 1.6 * min(lengths), (question.key, lengths)


@pytest.mark.parametrize("quiz", BANKS, ids=IDS)
def test_the_right_answer_is_the_longest_no_more_often_than_chance(quiz):
    n = len(quiz.questions)
    k = figures(quiz)["right is longest"]
    assert binomial_upper_tail(n, k, 1 / OPTIONS) > ALPHA or k <= n / OPTIONS, (n, k)


@pytest.mark.parametrize("quiz", BANKS, ids=IDS)
def test_the_right_answer_is_spread_across_positions(quiz):
    n = len(quiz.questions)
    positions = figures(quiz)["right answer by position"]
    assert min(positions) >= 1, positions
    # No position holds the right answer more often than chance allows.
    assert binomial_upper_tail(n, max(positions), 1 / OPTIONS) > ALPHA, positions


@pytest.mark.parametrize("quiz", BANKS, ids=IDS)
def test_test_wise_guessers_score_well_under_the_pass_mark(quiz):
    found = figures(quiz)
    assert found["longest guesser %"] <= GUESSER_CEILING < quiz.pass_mark, found
    assert found["shortest guesser %"] <= GUESSER_CEILING < quiz.pass_mark, found
    assert found["word-overlap guesser %"] <= GUESSER_CEILING < quiz.pass_mark, found


def test_both_knowledge_tests_are_checked():
    assert sorted(q.kind for q in BANKS if q.kind != "module") == ["post_test", "pre_test"]


@pytest.mark.parametrize("test", CONTENT.programme.tests, ids=lambda t: t.slug)
def test_each_knowledge_test_asks_one_question_from_every_core_module(test):
    modules = knowledge_test_modules()
    assert all(q.key in modules for q in test.questions), "a question has no '# Module N'"
    assert sorted(modules[q.key] for q in test.questions) == CORE
    # Sat whole, so every sitting covers every core module.
    assert test.questions_per_attempt == len(test.questions)


def test_the_post_test_pairs_with_the_pre_test_module_by_module():
    modules = knowledge_test_modules()
    pre, post = CONTENT.programme.tests
    assert [modules[q.key] for q in pre.questions] == [modules[q.key] for q in post.questions]


def test_the_guessers_are_scored_as_described():
    from curriculum.files import Option, Question

    def question(texts, right, stem="Which planning system contract term protects us?"):
        options = tuple(Option(t, n == right, "f") for n, t in enumerate(texts))
        return Question("k", "single", stem, "e", options)

    q = question(["short", "a much longer option", "mid length", "tiny"], right=1)
    assert longest_credit(q) == 1 and overlap_credit(q) == 0.25 and shortest_credit(q) == 0
    q = question(["same", "same", "planning contract term", "xx"], right=2)
    assert longest_credit(q) == 1 and overlap_credit(q) == 1
    assert binomial_upper_tail(12, 0, 0.25) == pytest.approx(1)
    assert binomial_upper_tail(12, 7, 0.25) < ALPHA < binomial_upper_tail(12, 5, 0.25)


if __name__ == "__main__":
    for quiz, name in zip(BANKS, IDS, strict=True):
        if all(q.kind == "single" for q in quiz.questions):
            print(name, figures(quiz))
