from django.db import models


class Dimension(models.TextChoices):
    ATTITUDE = "A", "Attitude: is digital worthwhile?"
    INCLUSION = "IC", "Concern about digital exclusion"
    CONFIDENCE = "C", "Confidence in your role"
    BEHAVIOUR = "B", "Leadership behaviour in the last 3 months"


class Occasion(models.TextChoices):
    BASELINE = "T0", "Baseline (start of the programme)"
    PULSE = "pulse", "Check-in after a module"
    END = "T1", "End of the programme"
    FOLLOW_UP = "T2", "Follow-up (3 to 6 months later)"


class QuestionKind(models.TextChoices):
    SINGLE = "single", "Single choice"
    MULTIPLE = "multiple", "Multiple choice (select all that apply)"
    TRUE_FALSE = "true_false", "True or false"


class QuizKind(models.TextChoices):
    MODULE = "module", "Module quiz"
    PRE_TEST = "pre_test", "Knowledge pre-test (baseline)"
    POST_TEST = "post_test", "Knowledge post-test (end of programme)"


# The scale of each dimension's items: (lowest, highest, whether "don't know" is allowed).
SCALES = {
    Dimension.ATTITUDE: (1, 5, True),
    Dimension.INCLUSION: (1, 5, False),
    Dimension.CONFIDENCE: (0, 10, False),
    Dimension.BEHAVIOUR: (0, 3, False),
}
AGREE_LABELS = {
    1: "Strongly disagree",
    2: "Disagree",
    3: "Neither agree nor disagree",
    4: "Agree",
    5: "Strongly agree",
}
FREQUENCY_LABELS = {0: "Never", 1: "Once", 2: "Two or three times", 3: "Monthly or more"}

# What facilitators see, and the encouraging words a learner sees for the same stage.
STAGE_LABELS = {
    1: "Sceptic",
    2: "Cautious",
    3: "Exploring",
    4: "Capable",
    5: "Confident champion",
}
LEARNER_STAGE_LABELS = {
    1: "Questioning",
    2: "Open to persuasion",
    3: "Exploring",
    4: "Building capability",
    5: "Confident champion",
}
LEARNER_STAGE_MEANING = {
    1: "You have real doubts about whether digital change is worth it. That is a fair place to "
    "start: good questions are what councils need most from members.",
    2: "You can see some value in digital change but want more evidence before you back it.",
    3: "You see the value of digital change and are building the knowledge to lead it.",
    4: "You have the knowledge and confidence to scrutinise and shape digital change.",
    5: "You know your stuff, feel confident and are already leading: others can learn from you.",
}
