from django.db import IntegrityError
from django.template.loader import render_to_string

import pytest
from wagtail.models import Locale

from programmes.models import ContactPerson, Municipality, Region
from tests.helpers import HtmlPage

pytestmark = pytest.mark.django_db


def soup(html):
    from bs4 import BeautifulSoup

    return HtmlPage(BeautifulSoup(html, "html5lib"), 200)


def test_contact_card_links_mail_and_phone(demo):
    person = ContactPerson.objects.get(name="Mehmet Yilmaz", locale__language_code="nl")
    card = soup(render_to_string("components/contact_card.html", {"person": person}))
    assert card.select_one("h3").get_text(strip=True) == "Mehmet Yilmaz"
    assert card.select_one('a[href^="mailto:"]')["href"] == "mailto:mehmet.yilmaz@example.org"
    assert card.select_one('a[href^="tel:"]')["href"] == "tel:0331234561"
    assert "Herstelnetwerk Eemland" in card.text("article")


def test_places_and_people_are_translated(demo):
    english = Municipality.objects.select_related("region").get(
        slug="soest", locale__language_code="en"
    )
    assert english.region.name == "Eemland region"
    assert english.region.locale.language_code == "en"
    person = ContactPerson.objects.get(name="Mehmet Yilmaz", locale__language_code="en")
    assert person.role == "Expert by experience, Eemland recovery network"
    assert person.email == "mehmet.yilmaz@example.org"
    assert person.live


def test_region_knows_its_lead_municipality(demo):
    region = Region.objects.prefetch_related("municipalities").get(
        slug="eemland", locale__language_code="nl"
    )
    assert region.lead_municipality.name == "Amersfoort"
    assert region.municipalities.count() == 7


def test_one_lead_municipality_per_region(demo):
    region = Region.objects.get(slug="eemland", locale__language_code="nl")
    with pytest.raises(IntegrityError):
        Municipality.objects.create(
            name="Tweede centrum",
            slug="tweede",
            region=region,
            is_lead=True,
            locale=Locale.objects.get(language_code="nl"),
        )


def test_contact_person_phone_is_validated(db, locales):
    from django.core.exceptions import ValidationError

    person = ContactPerson(name="Test", phone="bel me maar", locale=locales["nl"])
    with pytest.raises(ValidationError):
        person.full_clean()
