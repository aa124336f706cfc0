from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

import pytest
from bs4 import BeautifulSoup
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.images import get_image_model

from cms.blocks import BodyBlock, CallToActionBlock, FigureBlock, VideoBlock
from cms.embeds import player_for
from tests.factories.images import make_image

pytestmark = pytest.mark.django_db


def render(block, value):
    return BeautifulSoup(
        block.render(block.to_python(value) if isinstance(value, dict) else value), "html5lib"
    )


def test_figure_needs_alt_text_or_decorative_choice():
    image = make_image()
    block = FigureBlock()
    without_alt = block.to_python(
        {"image": {"image": image.id, "alt_text": "", "decorative": False}}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(without_alt)

    decorative = block.to_python(
        {"image": {"image": image.id, "alt_text": "", "decorative": True}}
    )
    block.clean(decorative)
    html = BeautifulSoup(block.render(decorative), "html5lib")
    assert html.img["alt"] == ""

    described = block.to_python(
        {
            "image": {
                "image": image.id,
                "alt_text": "Twee mensen in gesprek",
                "decorative": False,
            },
            "caption": "Bijeenkomst in Gouda",
        }
    )
    block.clean(described)
    html = BeautifulSoup(block.render(described), "html5lib")
    assert html.img["alt"] == "Twee mensen in gesprek"
    assert html.figcaption.get_text(strip=True) == "Bijeenkomst in Gouda"


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    base = {"heading": "Doe mee", "text": "", "link_text": "Aanmelden"}
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**base, "page": None, "url": ""}))
    value = block.clean(
        block.to_python({**base, "page": None, "url": "https://example.org/doe-mee"})
    )
    html = BeautifulSoup(block.render(value), "html5lib")
    assert html.select_one("a.button")["href"] == "https://example.org/doe-mee"
    assert html.h2.get_text(strip=True) == "Doe mee"


@pytest.mark.parametrize(
    ("url", "provider", "player"),
    [
        (
            "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
        ),
        (
            "https://youtu.be/aqz-KE-bpKQ?t=4",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
        ),
        ("https://vimeo.com/76979871", "Vimeo", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://example.org/video.mp4", None, None),
        ("https://www.youtube.com/watch?v=<script>", None, None),
        ("not a url", None, None),
    ],
)
def test_player_for(url, provider, player):
    assert player_for(url) == (provider, player)


def test_video_loads_nothing_until_played():
    block = VideoBlock()
    value = block.to_python(
        {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "Talkshow april",
            "caption": "",
        }
    )
    html = BeautifulSoup(block.render(value), "html5lib")
    assert html.iframe is None
    figure = html.select_one("figure.video")
    assert figure["data-video-player"] == "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
    assert html.select_one("button.video__play").has_attr("hidden")  # shown by the script
    assert html.select_one("a")["href"] == "https://www.youtube.com/watch?v=aqz-KE-bpKQ"


def test_document_link_shows_type_and_size():
    document = Document(title="Verslag bouwconferentie")
    document.file.save("verslag.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048), save=False)
    document.save()
    block = BodyBlock()
    value = block.to_python(
        [
            {
                "type": "document",
                "value": {"document": document.id, "title": "", "description": "Het verslag"},
            }
        ]
    )
    html = BeautifulSoup(block.render(value), "html5lib")
    link = html.select_one(".document-link a")
    assert link.get_text(strip=True) == "Verslag bouwconferentie"
    assert "PDF" in html.select_one(".document-link__meta").get_text()
    assert "KB" in html.select_one(".document-link__meta").get_text()


def test_every_body_block_has_a_template_and_description():
    for name, child in BodyBlock().child_blocks.items():
        assert child.meta.template, name
        assert child.meta.description, name


def test_image_model_never_uses_the_title_as_alt_text():
    image = make_image(title="IMG_2034.jpg", description="")
    assert image.default_alt_text == ""
    image.description = "Deelnemers van de herstelmarkt"
    assert image.default_alt_text == "Deelnemers van de herstelmarkt"
    image.is_decorative = True
    assert image.default_alt_text == ""
    assert get_image_model()._meta.label == "cms.CustomImage"
