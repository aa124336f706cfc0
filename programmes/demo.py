"""Demo places, organisations and contact persons (fictional people, example.org addresses)."""

from wagtail.models import Locale

from cms.demo import Strings, demo_step, ensure_translation
from programmes.models import ContactPerson, Municipality, Organisation, OrganisationKind, Region

# Regions for sheltered housing and care, each led by a centrumgemeente (marked with *).
REGIONS = [
    (
        "eemland",
        ("Regio Eemland", "Eemland region"),
        ["Amersfoort*", "Baarn", "Bunschoten", "Eemnes", "Leusden", "Soest", "Woudenberg"],
    ),
    (
        "amsterdam-amstelland",
        ("Amsterdam-Amstelland", "Amsterdam-Amstelland"),
        ["Amsterdam*", "Amstelveen"],
    ),
    ("midden-holland", ("Midden-Holland", "Midden-Holland"), ["Gouda*", "Waddinxveen"]),
    ("utrecht", ("Regio Utrecht", "Utrecht region"), ["Utrecht*", "Nieuwegein", "Zeist"]),
    ("centraal-gelderland", ("Centraal Gelderland", "Central Gelderland"), ["Arnhem*", "Ede"]),
    (
        "midden-ijssel-oost-veluwe",
        ("Midden-IJssel/Oost-Veluwe", "Midden-IJssel/Oost-Veluwe"),
        ["Apeldoorn*", "Zutphen", "Deventer"],
    ),
    ("twente", ("Twente", "Twente"), ["Enschede*", "Hengelo", "Almelo"]),
    ("ijsselland", ("IJsselland", "IJsselland"), ["Zwolle*", "Kampen"]),
]

ORGANISATIONS = [
    (
        "Herstelnetwerk Eemland",
        OrganisationKind.CLIENT_ORGANISATION,
        "https://example.org/herstelnetwerk-eemland",
    ),
    ("Vivenz", OrganisationKind.WELFARE, "https://example.org/vivenz"),
    ("MEE plus", OrganisationKind.WELFARE, "https://example.org/mee-plus"),
    ("GGZ Centraal", OrganisationKind.CARE_PROVIDER, "https://example.org/ggz-centraal"),
    ("Gemeente Amersfoort", OrganisationKind.MUNICIPALITY, "https://example.org/amersfoort"),
    (
        "Zelfhulpnetwerk Utrecht",
        OrganisationKind.SELF_HELP,
        "https://example.org/zelfhulp-utrecht",
    ),
    ("Buurtteam Utrecht", OrganisationKind.WELFARE, "https://example.org/buurtteam-utrecht"),
    ("Kenniscentrum Herstel", OrganisationKind.KNOWLEDGE, "https://example.org/kenniscentrum"),
    # The partner pairs of Empowerment in de wijk: a self-help organisation and a neighbourhood
    # team or welfare organisation in each of six cities.
    ("Team ED", OrganisationKind.SELF_HELP, ""),
    ("Wijktafel Amsterdam Zuid", OrganisationKind.WELFARE, ""),
    ("Kernkracht", OrganisationKind.SELF_HELP, ""),
    ("Sociaal team Gouda", OrganisationKind.WELFARE, ""),
    ("Steunpunt GGz Utrecht", OrganisationKind.SELF_HELP, ""),
    ("Wijkteam Hoograven", OrganisationKind.WELFARE, ""),
    ("Zorgbelang Gelderland", OrganisationKind.CLIENT_ORGANISATION, ""),
    ("Vitale Verbindingen", OrganisationKind.WELFARE, ""),
    ("Ixta Noa", OrganisationKind.SELF_HELP, ""),
    ("Perspectief", OrganisationKind.WELFARE, ""),
    ("Wijkteam Enschede Oost Buiten", OrganisationKind.WELFARE, ""),
    ("Colour Kitchen", OrganisationKind.OTHER, ""),
    ("Fonds Psychische Gezondheid", OrganisationKind.FUNDER, "https://example.org/fonds"),
]

PEOPLE = [
    # name, (role nl, role en), organisation, e-mail, phone, (bio nl, bio en)
    (
        "Anouk de Vries",
        ("Programmaleider Regie in de Regio", "Programme lead, Regie in de Regio"),
        "Kenniscentrum Herstel",
        "anouk.devries@example.org",
        "030 123 45 60",
        (
            "Anouk werkte tien jaar in de wijk en leidt nu het programma.",
            "Anouk worked in neighbourhood teams for ten years and now leads the programme.",
        ),
    ),
    (
        "Mehmet Yilmaz",
        (
            "Ervaringsdeskundige, herstelnetwerk Eemland",
            "Expert by experience, Eemland recovery network",
        ),
        "Herstelnetwerk Eemland",
        "mehmet.yilmaz@example.org",
        "033 123 45 61",
        (
            "Mehmet geeft trainingen en begeleidt lotgenotengroepen in Amersfoort.",
            "Mehmet gives trainings and facilitates peer groups in Amersfoort.",
        ),
    ),
    (
        "Ingrid Bakker",
        (
            "Ervaringsdeskundige, herstelnetwerk Eemland",
            "Expert by experience, Eemland recovery network",
        ),
        "Herstelnetwerk Eemland",
        "ingrid.bakker@example.org",
        "033 123 45 62",
        (
            "Ingrid is naaste en richtte de naastengroep in Soest op.",
            "Ingrid is a family member and started the family group in Soest.",
        ),
    ),
    (
        "Sanne Jansen",
        ("Projectleider Empowerment in de wijk", "Project lead, Empowerment in de wijk"),
        "Kenniscentrum Herstel",
        "sanne.jansen@example.org",
        "030 123 45 63",
        (
            "Sanne verbindt zelfhulporganisaties en buurtteams in zes steden.",
            "Sanne connects self-help organisations and neighbourhood teams in six cities.",
        ),
    ),
    (
        "Pieter van Dijk",
        ("Adviseur lokale ervaringsdeskundigheid", "Adviser on local expertise by experience"),
        "MEE plus",
        "pieter.vandijk@example.org",
        "0318 123 456",
        (
            "Pieter ondersteunt gemeenten bij het inzetten van ervaringsdeskundigen.",
            "Pieter helps municipalities work with experts by experience.",
        ),
    ),
    (
        "Fatima El Amrani",
        ("Coördinator Beweging in kwetsbaarheid", "Coordinator, Beweging in kwetsbaarheid"),
        "Kenniscentrum Herstel",
        "fatima.elamrani@example.org",
        "030 123 45 64",
        (
            "Fatima presenteerde de maandelijkse talkshow.",
            "Fatima hosted the monthly talk show.",
        ),
    ),
]


@demo_step(10)
def places(context):
    nl = Locale.objects.get(language_code="nl")
    municipalities = {}
    regions = {}
    for slug, (name_nl, name_en), members in REGIONS:
        t = Strings()
        region, _created = Region.objects.get_or_create(
            slug=slug, locale=nl, defaults={"name": t(name_nl, name_en)}
        )
        t(region.name, name_en)
        ensure_translation(region, t)
        regions[slug] = region
        for member in members:
            name = member.rstrip("*")
            municipality, _created = Municipality.objects.get_or_create(
                slug=_slugify(name),
                locale=nl,
                defaults={"name": name, "region": region, "is_lead": member.endswith("*")},
            )
            ensure_translation(municipality, {name: name})
            municipalities[municipality.slug] = municipality
    context.objects["regions"] = regions
    context.objects["municipalities"] = municipalities


@demo_step(11)
def people_and_organisations(context):
    nl = Locale.objects.get(language_code="nl")
    organisations = {}
    for name, kind, website in ORGANISATIONS:
        organisation, _created = Organisation.objects.get_or_create(
            name=name, locale=nl, defaults={"kind": kind, "website": website}
        )
        ensure_translation(organisation, {name: name})
        organisations[name] = organisation
    people = {}
    for name, (role_nl, role_en), organisation, email, phone, (bio_nl, bio_en) in PEOPLE:
        person = ContactPerson.objects.filter(name=name, locale=nl).first()
        if person is None:
            person = ContactPerson(
                name=name,
                role=role_nl,
                organisation=organisations[organisation],
                email=email,
                phone=phone,
                bio=bio_nl,
                locale=nl,
            )
            person.save()
            person.save_revision().publish()
        ensure_translation(person, {role_nl: role_en, bio_nl: bio_en})
        people[name] = person
    context.objects["organisations"] = organisations
    context.objects["contact_persons"] = people


def _slugify(name):
    from django.utils.text import slugify

    return slugify(name.replace("/", " "))


# The pages (programmes, projects, series, places) are in their own module.
from programmes import demo_pages  # noqa: E402, F401
