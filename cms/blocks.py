"""StreamField blocks that every page type shares."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from .embeds import player_for

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
INLINE_RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
        help_text=_("Use levels in order: a heading 3 sits under a heading 2."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"
        description = _("A section heading, listed in the page outline for screen readers.")
        preview_value = {"text": "Doelen van het programma", "level": "h2"}


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(
        help_text=_("Describe what the image shows, or mark it as decorative."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure.html"
        description = _("An image with alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("who said it"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("their role"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"
        description = _("A quotation, for instance from a participant or an expert by experience.")
        preview_value = {
            "text": "Door mijn eigen verhaal te delen, vond ik weer houvast.",
            "attribution": "Deelnemer",
            "role": "lotgenotengroep Amersfoort",
        }


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or external address"), required=False)
    link_text = blocks.CharBlock(label=_("link text"), max_length=80)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"
        description = _("A highlighted invitation with one link, to a page or another website.")
        preview_value = {
            "heading": "Doe mee",
            "text": "Wil je meedenken over herstel in jouw regio?",
            "url": "https://example.org/",
            "link_text": "Meld je aan",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter an address, not both and not neither.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's own title."),
    )
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_link.html"
        description = _("A link to a report or memo, with its file type and size.")


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("video address"),
        help_text=_("A YouTube or Vimeo address. Other addresses are shown as a plain link."),
    )
    title = blocks.CharBlock(
        label=_("title"),
        max_length=200,
        help_text=_("Names the video for screen readers and on the play button."),
    )
    caption = blocks.TextBlock(label=_("caption or transcript link"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"
        description = _(
            "A video that only loads from YouTube or Vimeo once the visitor chooses to play it."
        )
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "Talkshow Beweging in kwetsbaarheid",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["provider"], context["player_url"] = player_for(value.get("url"))
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        icon="pilcrow",
        template="blocks/paragraph.html",
        description=_("Running text with headings, lists and links."),
        preview_value=(
            "<p>In de regio werken cliënten, naasten en professionals samen aan herstel.</p>"
        ),
    )
    image = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    embed = VideoBlock()

    class Meta:
        block_counts = {}
