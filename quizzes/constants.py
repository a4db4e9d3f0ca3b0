from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop


class Dimension(models.TextChoices):
    ATTITUDE = "A", _("Attitude: is digital worthwhile?")
    INCLUSION = "IC", _("Concern about digital exclusion")
    CONFIDENCE = "C", _("Confidence in your role")
    BEHAVIOUR = "B", _("Leadership behaviour in the last 3 months")


class Occasion(models.TextChoices):
    BASELINE = "T0", _("Baseline (start of the programme)")
    PULSE = "pulse", _("Check-in after a module")
    END = "T1", _("End of the programme")
    FOLLOW_UP = "T2", _("Follow-up (3 to 6 months later)")


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice (select all that apply)")
    TRUE_FALSE = "true_false", _("True or false")


class QuizKind(models.TextChoices):
    MODULE = "module", _("Module quiz")
    PRE_TEST = "pre_test", _("Knowledge pre-test (baseline)")
    POST_TEST = "post_test", _("Knowledge post-test (end of programme)")


# The scale of each dimension's items: (lowest, highest, whether "don't know" is allowed).
SCALES = {
    Dimension.ATTITUDE: (1, 5, True),
    Dimension.INCLUSION: (1, 5, False),
    Dimension.CONFIDENCE: (0, 10, False),
    Dimension.BEHAVIOUR: (0, 3, False),
}
AGREE_LABELS = {
    1: _("Strongly disagree"),
    2: _("Disagree"),
    3: _("Neither agree nor disagree"),
    4: _("Agree"),
    5: _("Strongly agree"),
}
FREQUENCY_LABELS = {
    0: _("Never"),
    1: _("Once"),
    2: _("Two or three times"),
    3: _("Monthly or more"),
}

# What facilitators see, and the encouraging words a learner sees for the same stage. Plain
# English: other apps store them (a council's journey snapshot keys its counts by them), so a
# page translates one when it shows it: gettext(STAGE_LABELS[n]) (the words are in the
# quizzes catalogue).
STAGE_LABELS = {
    1: gettext_noop("Sceptic"),
    2: gettext_noop("Cautious"),
    3: gettext_noop("Exploring"),
    4: gettext_noop("Capable"),
    5: gettext_noop("Confident champion"),
}
LEARNER_STAGE_LABELS = {
    1: gettext_noop("Questioning"),
    2: gettext_noop("Open to persuasion"),
    3: gettext_noop("Exploring"),
    4: gettext_noop("Building capability"),
    5: gettext_noop("Confident champion"),
}
LEARNER_STAGE_MEANING = {
    1: _(
        "You have real doubts about whether digital change is worth it. That is a fair place to "
        "start: good questions are what councils need most from members."
    ),
    2: _("You can see some value in digital change but want more evidence before you back it."),
    3: _("You see the value of digital change and are building the knowledge to lead it."),
    4: _("You have the knowledge and confidence to scrutinise and shape digital change."),
    5: _("You know your stuff, feel confident and are already leading: others can learn from you."),
}
