from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from .constants import QuestionKind


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(
        required=False, help_text=gettext_lazy("Tick every right option.")
    )
    feedback = blocks.TextBlock(
        required=False,
        help_text=gettext_lazy("Shown to someone who chose this option, after they submit."),
    )


class QuestionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=QuestionKind.choices, default=QuestionKind.SINGLE)
    text = blocks.TextBlock(
        help_text=gettext_lazy("Best as a short scenario a councillor would face.")
    )
    options = blocks.ListBlock(OptionBlock(), min_num=2, max_num=6)
    explanation = blocks.TextBlock(
        help_text=gettext_lazy("Why the right answer is right; shown after submission.")
    )

    def clean(self, value):
        value = super().clean(value)
        right = sum(1 for option in value["options"] if option["correct"])
        kind = value["kind"]
        if kind == QuestionKind.MULTIPLE and right < 2:
            raise ValidationError(
                _("A 'select all that apply' question needs at least 2 right options.")
            )
        if kind in (QuestionKind.SINGLE, QuestionKind.TRUE_FALSE) and right != 1:
            raise ValidationError(_("This kind of question needs exactly 1 right option."))
        if kind == QuestionKind.TRUE_FALSE and len(value["options"]) != 2:
            raise ValidationError(_("A true or false question has exactly 2 options."))
        return value

    class Meta:
        icon = "help"
        label = gettext_lazy("Question")
        template = "quizzes/blocks/question_preview.html"
        preview_value = {
            "kind": "single",
            "text": "An officer says a new online form will save money. What do you ask first?",
            "options": [
                {
                    "text": "What do residents who cannot use it do instead?",
                    "correct": True,
                    "feedback": "",
                },
                {"text": "Which supplier built it?", "correct": False, "feedback": ""},
            ],
            "explanation": "Savings only hold if everyone can still get the service.",
        }
        description = gettext_lazy("A question with its options, feedback and explanation.")


class QuestionBankBlock(blocks.StreamBlock):
    question = QuestionBlock()
