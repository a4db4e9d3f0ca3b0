"""Lesson building blocks. Each has a template, an admin preview and a description."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from .constants import CalloutKind, MediaKind
from .markdown import render_markdown


class MarkdownBlock(blocks.TextBlock):
    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["html"] = render_markdown(value)
        return context

    class Meta:
        icon = "code"
        label = gettext_lazy("Markdown")
        template = "courses/blocks/markdown.html"
        rows = 12
        preview_value = "## Why this matters\n\nMost council services now run on **technology**."
        description = gettext_lazy(
            "Text written in Markdown: ## for a subheading, - for a list, **bold**."
        )


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=CalloutKind.choices, default=CalloutKind.KEY_FACT)
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock()

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # What a screen reader announces before the heading: "Key fact", never "Key_Fact".
        context["kind_label"] = CalloutKind(value["kind"]).label
        return context

    class Meta:
        icon = "pick"
        label = gettext_lazy("Key fact or callout")
        template = "courses/blocks/callout.html"
        preview_value = {
            "kind": "key_fact",
            "heading": "Key fact",
            "text": "Most councils now deliver some services only online.",
        }
        description = gettext_lazy("A short fact, tip or warning that stands out from the text.")


class CaseStudyBlock(blocks.StructBlock):
    council = blocks.CharBlock(
        max_length=200, help_text=gettext_lazy("The council or organisation.")
    )
    year = blocks.CharBlock(max_length=20)
    title = blocks.CharBlock(max_length=200)
    what_happened = blocks.TextBlock()
    figures = blocks.ListBlock(
        blocks.CharBlock(max_length=200), default=[], label=gettext_lazy("Key figures")
    )
    source_title = blocks.CharBlock(max_length=300)
    source_url = blocks.URLBlock(
        help_text=gettext_lazy("A public link where a reader can check the facts.")
    )

    class Meta:
        icon = "doc-full-inverse"
        label = gettext_lazy("Case study")
        template = "courses/blocks/case_study.html"
        preview_value = {
            "council": "An example council",
            "year": "2020",
            "title": "Joining up records to spot risk early",
            "what_happened": "The council linked records from several services.",
            "figures": ["752 homes flagged for checks"],
            "source_title": "Source article",
            "source_url": "https://www.example.org/",
        }
        description = gettext_lazy("A real example with its figures and a source link.")


class MediaBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=MediaKind.choices, default=MediaKind.VIDEO)
    title = blocks.CharBlock(max_length=200)
    url = blocks.URLBlock(help_text=gettext_lazy("Link to the video or audio file or page."))
    duration_minutes = blocks.IntegerBlock(min_value=1, max_value=180, required=False)
    transcript = blocks.TextBlock(
        help_text=gettext_lazy("Required: a full transcript, so everyone can use the content.")
    )

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("transcript") or "").strip():
            raise ValidationError(_("A transcript is required for video and audio."))
        return value

    class Meta:
        icon = "media"
        label = gettext_lazy("Video or audio")
        template = "courses/blocks/media.html"
        preview_value = {
            "kind": "video",
            "title": "A councillor explains",
            "url": "https://www.example.org/video",
            "duration_minutes": 4,
            "transcript": "Hello. In this short video I explain...",
        }
        description = gettext_lazy("A video or audio clip with its full transcript.")


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(
        help_text=gettext_lazy("A question the councillor answers privately.")
    )

    class Meta:
        icon = "comment"
        label = gettext_lazy("Reflection prompt")
        template = "courses/blocks/reflection.html"
        preview_value = {"prompt": "Think of a service in your ward that moved online."}
        description = gettext_lazy(
            "A private note box: only the learner ever sees what they write."
        )


class TakeawaysBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="Key takeaways")
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "list-ul"
        label = gettext_lazy("Key takeaways")
        template = "courses/blocks/takeaways.html"
        preview_value = {"heading": "Key takeaways", "items": ["Digital choices are political."]}
        description = gettext_lazy("Three or four points to remember.")


class ReadingItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300)
    publisher = blocks.CharBlock(max_length=200)
    url = blocks.URLBlock()


class FurtherReadingBlock(blocks.StructBlock):
    items = blocks.ListBlock(ReadingItemBlock(), min_num=1)

    class Meta:
        icon = "link"
        label = gettext_lazy("Further reading")
        template = "courses/blocks/further_reading.html"
        preview_value = {
            "items": [
                {
                    "title": "Service Manual",
                    "publisher": "GOV.UK",
                    "url": "https://www.gov.uk/service-manual",
                }
            ]
        }
        description = gettext_lazy("Links for people who want to go further.")


class LessonBodyBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        template="courses/blocks/rich_text.html",
        preview_value="<p>Plain English for a busy councillor.</p>",
        description=gettext_lazy("Paragraphs, headings and lists."),
        icon="pilcrow",
    )
    markdown = MarkdownBlock()
    callout = CalloutBlock()
    case_study = CaseStudyBlock()
    media = MediaBlock()
    reflection = ReflectionBlock()
    takeaways = TakeawaysBlock()
    further_reading = FurtherReadingBlock()


class ModuleCaseStudiesBlock(blocks.StreamBlock):
    case_study = CaseStudyBlock()


class OutcomesBlock(blocks.StreamBlock):
    outcome = blocks.CharBlock(
        max_length=300,
        template="courses/blocks/list_item.html",
        icon="tick",
        preview_value="Explain why digital choices are political choices.",
        description=gettext_lazy("One learning outcome, starting with a verb."),
    )


class OfficerQuestionsBlock(blocks.StreamBlock):
    question = blocks.CharBlock(
        max_length=300,
        template="courses/blocks/list_item.html",
        icon="help",
        preview_value="What evidence do we have of what residents need?",
        description=gettext_lazy("A question a councillor can ask officers in a meeting."),
    )
