from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text=_("A short heading for this section."))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "pages/blocks/section.html"
        preview_value = {
            "heading": "What the programme is",
            "text": "<p>Short, practical sessions on leading digital change in your council.</p>",
        }
        description = "A heading with a few paragraphs under it."


class StandardBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    text = blocks.RichTextBlock(
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        template="pages/blocks/rich_text.html",
        preview_value="<p>A paragraph of plain English.</p>",
        description="Paragraphs, headings and lists.",
    )
