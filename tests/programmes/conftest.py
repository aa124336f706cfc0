import datetime

import pytest
from wagtail.models import Locale

from programmes.models import (
    ContactPerson,
    Municipality,
    Organisation,
    OrganisationKind,
    ProgrammeContactPerson,
    ProgrammeIndexPage,
    ProgrammePage,
    ProgrammePartner,
    ProgrammePlace,
    ProjectPage,
    Region,
    Status,
    WhereWeWorkPage,
)
from tests.factories.pages import add_page


@pytest.fixture
def places(site_tree):
    nl = Locale.objects.get(language_code="nl")
    region = Region.objects.create(name="Regio Eemland", slug="eemland-t", locale=nl)
    lead = Municipality.objects.create(
        name="Amersfoort", slug="amersfoort-t", region=region, is_lead=True, locale=nl
    )
    other = Municipality.objects.create(name="Soest", slug="soest-t", region=region, locale=nl)
    overview = add_page(site_tree["nl"], WhereWeWorkPage, title="Waar we werken", slug="wwt")
    return {"region": region, "lead": lead, "other": other, "overview": overview}


def make_people(count, prefix="Persoon"):
    nl = Locale.objects.get(language_code="nl")
    organisation = Organisation.objects.create(
        name=f"{prefix} organisatie", kind=OrganisationKind.WELFARE, locale=nl
    )
    people = []
    for number in range(count):
        person = ContactPerson(
            name=f"{prefix} {number}",
            role="Adviseur",
            organisation=organisation,
            email=f"{prefix.lower()}{number}@example.org",
            phone="030 123 45 6" + str(number % 10),
            locale=nl,
        )
        person.save()
        person.save_revision().publish()
        people.append(person)
    return people


def make_programme(parent, slug, *, people=(), partners=(), places=(), projects=0, **fields):
    programme = ProgrammePage(
        title=fields.pop("title", f"Programma {slug}"),
        slug=slug,
        intro=fields.pop("intro", "Een programma."),
        status=fields.pop("status", Status.RUNNING),
        start_date=fields.pop("start_date", datetime.date(2020, 1, 1)),
        **fields,
    )
    programme.contact_persons.set([ProgrammeContactPerson(person=p) for p in people])
    programme.partners.set([ProgrammePartner(organisation=o) for o in partners])
    programme.places.set(
        [
            ProgrammePlace(region=p) if isinstance(p, Region) else ProgrammePlace(municipality=p)
            for p in places
        ]
    )
    parent.add_child(instance=programme)
    programme.save_revision().publish()
    for number in range(projects):
        add_page(
            programme,
            ProjectPage,
            title=f"Project {slug} {number:02d}",
            slug=f"project-{number}",
            start_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
        )
    programme.refresh_from_db()
    return programme


@pytest.fixture
def programme_index(site_tree):
    return add_page(site_tree["nl"], ProgrammeIndexPage, title="Programma's", slug="programmas-t")
