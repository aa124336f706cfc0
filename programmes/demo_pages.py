"""Demo programmes, projects, the themed series with its episodes, and the places pages.

Facts (names, places, dates, organisations) come from public pages of the field; the text is
written for the demo. People are fictional.
"""

import datetime
import io
import struct

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from cms.demo import Strings, demo_step, ensure_page, ensure_translation
from programmes.models import (
    EpisodePage,
    EpisodeType,
    ProgrammeContactPerson,
    ProgrammeIndexPage,
    ProgrammePage,
    ProgrammePartner,
    ProgrammePlace,
    ProjectContactPerson,
    ProjectMunicipality,
    ProjectPage,
    ProjectPartner,
    SeriesPage,
    Status,
    WhereWeWorkPage,
)

D = datetime.date


def demo_image(title, filename, description, colours):
    """A generated banner image (no files from elsewhere), made once."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    from PIL import Image as PILImage
    from PIL import ImageDraw

    canvas = PILImage.new("RGB", (1200, 630), "#f4f6f5")
    draw = ImageDraw.Draw(canvas)
    for index, colour in enumerate(colours):
        draw.rectangle((index * 300, 420 - index * 90, index * 300 + 280, 630), fill=colour)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image = image_model(title=title, description=description)
    image.file = ImageFile(buffer, name=filename)
    image.save()
    return image


def demo_document(title, filename, content):
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = document_model(title=title)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def _pdf(text):
    """A small valid one-page PDF with a line of text."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _silent_mp3(seconds):
    """MPEG-1 Layer III frames of silence (128 kbit/s, 44.1 kHz): a file podcast apps can play."""
    header = struct.pack(">I", 0xFFFB9064)
    frame = header + bytes(417 - len(header))
    frames = int(seconds * 44100 / 1152)
    return frame * frames


def _rich(t, *paragraphs):
    return t.rich(*paragraphs)


def _list(t, *items):
    return RichText("<ul>" + "".join(f"<li>{t(nl, en)}</li>" for nl, en in items) + "</ul>")


def _set_children(page, relation, model, rows):
    """Replace the inline rows of a page that is being created."""
    getattr(page, relation).set([model(**row) for row in rows])


@demo_step(20)
def programmes(context):
    home = context.objects["home_nl"]
    people = context.objects["contact_persons"]
    organisations = context.objects["organisations"]
    municipalities = context.objects["municipalities"]
    regions = context.objects["regions"]

    t = Strings()
    index, _created = ensure_page(
        home,
        ProgrammeIndexPage,
        "programmas",
        title=t("Programma's", "Programmes"),
        intro=t(
            "Langlopende programma's waarin cliënten, naasten, ervaringsdeskundigen en gemeenten "
            "samenwerken. Filter op regio of kijk wat er nog loopt.",
            "Long-running programmes in which clients, families, experts by experience and "
            "municipalities work together. Filter by region or see what is still running.",
        ),
        show_in_menus=True,
    )
    t("programmas", "programmes")
    ensure_translation(index, t)

    t = Strings()
    places_page, _created = ensure_page(
        home,
        WhereWeWorkPage,
        "waar-we-werken",
        title=t("Waar we werken", "Where we work"),
        intro=t(
            "De regio's en gemeenten waar onze programma's en projecten lopen. Kies een plaats "
            "en zie wat er dichtbij gebeurt.",
            "The regions and municipalities where our programmes and projects run. Choose a "
            "place and see what happens nearby.",
        ),
        show_in_menus=True,
    )
    t("waar-we-werken", "where-we-work")
    ensure_translation(places_page, t)

    found = {}
    found["regie-in-de-regio"] = _regie_in_de_regio(index, people, organisations, regions)
    found["herstelnetwerk-eemland"] = _herstelnetwerk_eemland(
        index, people, organisations, regions, municipalities
    )
    found["ervaringsdeskundigheid-in-de-wijk"] = _ervaringsdeskundigheid(
        index, people, organisations, municipalities
    )
    found["beweging-in-kwetsbaarheid"] = _beweging_in_kwetsbaarheid(index, people)
    context.objects["programmes"] = found
    context.objects["programme_index_nl"] = index
    context.objects["where_we_work_nl"] = places_page


def _create(parent, model, slug, t, relations=(), **fields):
    """Create, publish and translate a page with inline rows, unless it exists."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = model(slug=slug, **fields)
    for relation, row_model, rows in relations:
        _set_children(page, relation, row_model, rows)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    ensure_translation(page, t)
    return page


def _regie_in_de_regio(index, people, organisations, regions):
    t = Strings()
    t("regie-in-de-regio", "regie-in-de-regio")
    programme = _create(
        index,
        ProgrammePage,
        "regie-in-de-regio",
        t,
        relations=[
            (
                "contact_persons",
                ProgrammeContactPerson,
                [{"person": people["Anouk de Vries"]}, {"person": people["Sanne Jansen"]}],
            ),
            (
                "partners",
                ProgrammePartner,
                [
                    {"organisation": organisations["Kenniscentrum Herstel"]},
                    {"organisation": organisations["Zelfhulpnetwerk Utrecht"]},
                    {"organisation": organisations["Herstelnetwerk Eemland"]},
                ],
            ),
            (
                "places",
                ProgrammePlace,
                [
                    {"region": regions[slug]}
                    for slug in ("utrecht", "eemland", "ijsselland", "twente", "midden-holland")
                ],
            ),
        ],
        title=t("Regie in de Regio", "Regie in de Regio (self-direction in the region)"),
        intro=t(
            "Persoonlijke groei, herstel en meedoen, dichtbij huis. Dat lukt alleen met de stem "
            "van mensen met een psychische kwetsbaarheid en hun naasten, lokaal en in de regio.",
            "Personal growth, recovery and taking part, close to home. That only works with the "
            "voice of people with a psychiatric vulnerability and their families, locally and "
            "in the region.",
        ),
        status=Status.RUNNING,
        start_date=D(2016, 1, 1),
        listing_image=demo_image(
            "Programma: Regie in de Regio",
            "regie-in-de-regio.png",
            "Vier oplopende blokken in groen, paars, blauw en geel.",
            ["#155e57", "#6b2f8a", "#0a5388", "#ffbf47"],
        ),
        goals=[
            (
                "goal",
                t(
                    "De lokale en regionale belangenbehartiging versterken in alle "
                    "centrumgemeenten.",
                    "Strengthen local and regional advocacy in every lead municipality.",
                ),
            ),
            (
                "goal",
                t(
                    "De banden tussen cliënten- en familievertegenwoordigers en gemeenten "
                    "verstevigen, zodat beleid rekening houdt met wat mensen met een psychische "
                    "kwetsbaarheid nodig hebben.",
                    "Tighten the ties between client and family representatives and "
                    "municipalities, so that policy takes account of what people with a "
                    "psychiatric vulnerability need.",
                ),
            ),
            (
                "goal",
                t(
                    "Herstelacademies en zelfregienetwerken steunen en verder ontwikkelen, zodat "
                    "iedereen overal in het land de ruimte krijgt om het leven weer op te pakken.",
                    "Support and develop recovery academies and self-direction networks, so that "
                    "everyone, anywhere in the country, has room to pick up their life again.",
                ),
            ),
        ],
        body=[
            (
                "heading",
                {"text": t("Doe en denk mee", "Take part and think along"), "level": "h2"},
            ),
            (
                "paragraph",
                _rich(
                    t,
                    (
                        "Wat vinden cliënten in jouw regio het belangrijkst? Op onze "
                        "regiobijeenkomsten stellen we samen de agenda op. Wie actief is, "
                        "als sleutelpersoon of vanuit een organisatie, is welkom.",
                        "What matters most to clients in your region? At our regional meetings we "
                        "set the agenda together. Everyone who is active, as a key person or for "
                        "an organisation, is welcome.",
                    ),
                ),
            ),
        ],
        documents=[
            (
                "document",
                {
                    "document": demo_document(
                        "Notitie bouwstenen voor herstel",
                        "notitie-bouwstenen-voor-herstel.pdf",
                        _pdf("Notitie bouwstenen voor herstel"),
                    ),
                    "title": t(
                        "Notitie bouwstenen voor herstel", "Memo: building blocks for recovery"
                    ),
                    "description": t(
                        "Tien bouwstenen die in elke gemeente aanwezig zouden moeten zijn.",
                        "Ten building blocks every municipality should have.",
                    ),
                },
            )
        ],
    )
    projects = [
        (
            "rondje-regios",
            ("Rondje regio's", "Round of the regions"),
            (
                "Langs alle regio's om op te halen wat er speelt bij cliënten- en "
                "familieorganisaties.",
                "A visit to every region to learn what is going on among client and family "
                "organisations.",
            ),
            D(2016, 3, 1),
            D(2017, 6, 30),
            Status.FINISHED,
            ["utrecht", "zwolle", "enschede", "gouda"],
        ),
        (
            "uitwisselingsbijeenkomsten",
            ("Uitwisselingsbijeenkomsten", "Exchange meetings"),
            (
                "Van Zwolle tot Zeeland: ontmoeting en bundeling van initiatieven voor en door "
                "cliënten.",
                "From Zwolle to Zeeland: meeting and bundling initiatives by and for clients.",
            ),
            D(2016, 9, 1),
            None,
            Status.RUNNING,
            ["zwolle", "amersfoort", "arnhem"],
        ),
        (
            "bouwconferentie-zelfregienetwerken",
            (
                "Bouwconferentie zelfregienetwerken",
                "Building conference on self-direction networks",
            ),
            (
                "Bouwers van zelfregienetwerken uit het hele land deelden kennis en inspiratie in "
                "Utrecht.",
                "Builders of self-direction networks from all over the country shared knowledge "
                "and inspiration in Utrecht.",
            ),
            D(2017, 2, 24),
            D(2017, 2, 24),
            Status.FINISHED,
            ["utrecht"],
        ),
    ]
    for slug, (title_nl, title_en), (intro_nl, intro_en), start, end, status, places in projects:
        t = Strings()
        t(slug, slug)
        _create(
            programme,
            ProjectPage,
            slug,
            t,
            relations=[
                (
                    "municipalities",
                    ProjectMunicipality,
                    [{"municipality": _municipality(place)} for place in places],
                ),
                ("contact_persons", ProjectContactPerson, [{"person": people["Anouk de Vries"]}]),
            ],
            title=t(title_nl, title_en),
            intro=t(intro_nl, intro_en),
            start_date=start,
            end_date=end,
            status=status,
            objective=_rich(t, (intro_nl, intro_en)),
        )
    return programme


def _municipality(slug):
    from programmes.models import Municipality

    return Municipality.objects.get(slug=slug, locale__language_code="nl")


def _herstelnetwerk_eemland(index, people, organisations, regions, municipalities):
    t = Strings()
    t("herstelnetwerk-eemland", "eemland-recovery-network")
    programme = _create(
        index,
        ProgrammePage,
        "herstelnetwerk-eemland",
        t,
        relations=[
            (
                "contact_persons",
                ProgrammeContactPerson,
                [{"person": people["Mehmet Yilmaz"]}, {"person": people["Ingrid Bakker"]}],
            ),
            (
                "partners",
                ProgrammePartner,
                [
                    {"organisation": organisations["Herstelnetwerk Eemland"]},
                    {"organisation": organisations["Gemeente Amersfoort"]},
                    {"organisation": organisations["GGZ Centraal"]},
                ],
            ),
            ("places", ProgrammePlace, [{"region": regions["eemland"]}]),
        ],
        title=t("Herstelnetwerk regio Eemland", "Eemland region recovery network"),
        intro=t(
            "Trainingen, lotgenotengroepen en andere herstelactiviteiten in je eigen gemeente, "
            "gedragen door ervaringsdeskundigen.",
            "Trainings, peer groups and other recovery activities in your own municipality, "
            "run by experts by experience.",
        ),
        status=Status.RUNNING,
        start_date=D(2019, 1, 1),
        goals=[
            (
                "goal",
                t(
                    "Cliënten en naasten vinden in hun eigen gemeente trainingen en lotgenoten.",
                    "Clients and families find trainings and peers in their own municipality.",
                ),
            ),
            (
                "goal",
                t(
                    "Instellingen en gemeenten gaan herstelgericht werken.",
                    "Care providers and municipalities work in a recovery-oriented way.",
                ),
            ),
        ],
        body=[],
    )
    t = Strings()
    t("regionale-herstelacademie", "regional-recovery-academy")
    _create(
        programme,
        ProjectPage,
        "regionale-herstelacademie",
        t,
        relations=[
            (
                "municipalities",
                ProjectMunicipality,
                [
                    {"municipality": municipalities[slug]}
                    for slug in ("amersfoort", "soest", "baarn", "leusden")
                ],
            ),
            (
                "partners",
                ProjectPartner,
                [
                    {
                        "organisation": organisations["Herstelnetwerk Eemland"],
                        "role": t(
                            "Uitvoering door ervaringsdeskundigen", "Run by experts by experience"
                        ),
                    },
                    {
                        "organisation": organisations["Gemeente Amersfoort"],
                        "role": t(
                            "Centrumgemeente en opdrachtgever",
                            "Lead municipality and commissioner",
                        ),
                        "municipality": municipalities["amersfoort"],
                    },
                ],
            ),
            ("contact_persons", ProjectContactPerson, [{"person": people["Mehmet Yilmaz"]}]),
        ],
        title=t(
            "Van herstelacademie naar herstelnetwerk", "From recovery academy to recovery network"
        ),
        intro=t(
            "Een regionale herstelacademie die samen met cliënten en naasten een netwerk werd.",
            "A regional recovery academy that became a network together with clients and "
            "families.",
        ),
        status=Status.RUNNING,
        start_date=D(2019, 1, 1),
        duration=t("doorlopend", "ongoing"),
        commissioner=organisations["Gemeente Amersfoort"],
        background=_rich(
            t,
            (
                "In de regio tellen inwoners en hun naasten al lang mee in hun eigen traject, in "
                "beleid en in de uitvoering. Betaalde ervaringsdeskundigen in het sociaal domein "
                "waren nog schaars.",
                "In the region, residents and their families have long had a say in their own "
                "support, in policy and in practice. Paid experts by experience in the social "
                "domain were still rare.",
            ),
        ),
        objective=_rich(
            t,
            (
                "Een herstelacademie die de positie van mensen met psychische aandoeningen en hun "
                "naasten versterkt, met zelfhulp, steun bij meedoen en belangenbehartiging.",
                "A recovery academy that strengthens the position of people with mental illness "
                "and their families, with self-help, support to take part, and advocacy.",
            ),
            (
                "Samen met cliënten en naasten werd het een herstelnetwerk: activiteiten in de "
                "eigen gemeente, gesteund door een klein team van twee betaalde "
                "ervaringsdeskundigen.",
                "Together with clients and families it became a recovery network: activities in "
                "one's own municipality, supported by a small team of two paid experts by "
                "experience.",
            ),
        ),
    )
    return programme


EMPOWERMENT_PAIRS = [
    ("amsterdam", "Team ED", "Wijktafel Amsterdam Zuid"),
    ("gouda", "Kernkracht", "Sociaal team Gouda"),
    ("utrecht", "Steunpunt GGz Utrecht", "Wijkteam Hoograven"),
    ("arnhem", "Zorgbelang Gelderland", "Vitale Verbindingen"),
    ("zutphen", "Ixta Noa", "Perspectief"),
    ("enschede", "Ixta Noa", "Wijkteam Enschede Oost Buiten"),
]


def _ervaringsdeskundigheid(index, people, organisations, municipalities):
    t = Strings()
    t("ervaringsdeskundigheid-in-de-wijk", "expertise-by-experience-in-the-neighbourhood")
    programme = _create(
        index,
        ProgrammePage,
        "ervaringsdeskundigheid-in-de-wijk",
        t,
        relations=[
            (
                "contact_persons",
                ProgrammeContactPerson,
                [{"person": people["Sanne Jansen"]}, {"person": people["Pieter van Dijk"]}],
            ),
            (
                "partners",
                ProgrammePartner,
                [
                    {"organisation": organisations["Kenniscentrum Herstel"]},
                    {"organisation": organisations["Vivenz"]},
                    {"organisation": organisations["MEE plus"]},
                ],
            ),
            (
                "places",
                ProgrammePlace,
                [{"municipality": municipalities[slug]} for slug, _a, _b in EMPOWERMENT_PAIRS],
            ),
        ],
        title=t(
            "Ervaringsdeskundigheid in de wijk", "Expertise by experience in the neighbourhood"
        ),
        intro=t(
            "Ervaringsdeskundigen en sociaal werkers samen in de wijk, zodat mensen met "
            "psychosociale problemen hun eigen regie houden.",
            "Experts by experience and social workers together in the neighbourhood, so that "
            "people with psychosocial problems stay in charge of their lives.",
        ),
        status=Status.FINISHED,
        start_date=D(2017, 9, 13),
        end_date=D(2020, 12, 31),
        goals=[
            (
                "goal",
                t(
                    "Een krachtgerichte aanpak voor sociale wijkteams.",
                    "A strengths-based approach for neighbourhood social teams.",
                ),
            ),
            (
                "goal",
                t(
                    "Zelfhulp- en herstelorganisaties beter bereikbaar voor cliënten van "
                    "wijkteams.",
                    "Self-help and recovery organisations within easier reach of the clients of "
                    "neighbourhood teams.",
                ),
            ),
        ],
        body=[],
    )
    t = Strings()
    t("empowerment-in-de-wijk", "empowerment-in-the-neighbourhood")
    partner_rows = []
    for place, self_help, team in EMPOWERMENT_PAIRS:
        partner_rows.append(
            {
                "organisation": organisations[self_help],
                "role": t("zelfhulporganisatie", "self-help organisation"),
                "municipality": municipalities[place],
            }
        )
        partner_rows.append(
            {
                "organisation": organisations[team],
                "role": t(
                    "wijkteam of welzijnsorganisatie", "neighbourhood team or welfare organisation"
                ),
                "municipality": municipalities[place],
            }
        )
    _create(
        programme,
        ProjectPage,
        "empowerment-in-de-wijk",
        t,
        relations=[
            (
                "municipalities",
                ProjectMunicipality,
                [{"municipality": municipalities[slug]} for slug, _a, _b in EMPOWERMENT_PAIRS],
            ),
            ("partners", ProjectPartner, partner_rows),
            ("contact_persons", ProjectContactPerson, [{"person": people["Sanne Jansen"]}]),
        ],
        title=t("Empowerment in de wijk", "Empowerment in the neighbourhood"),
        intro=t(
            "In zes wijken werken zelfhulporganisaties en sociale wijkteams samen, met "
            "ervaringsdeskundigen in een centrale rol.",
            "In six neighbourhoods self-help organisations and neighbourhood social teams work "
            "together, with experts by experience in a central role.",
        ),
        status=Status.FINISHED,
        start_date=D(2017, 9, 13),
        duration=t("24 maanden", "24 months"),
        neighbourhoods=t(
            "Amsterdam Zuid, Hoograven (Utrecht), Enschede Oost Buiten",
            "Amsterdam Zuid, Hoograven (Utrecht), Enschede Oost Buiten",
        ),
        commissioner=organisations["Fonds Psychische Gezondheid"],
        background=_rich(
            t,
            (
                "Kwetsbare burgers met psychosociale problemen raken vaak ook eenzaam en buiten "
                "de samenleving. Steun van mensen die hetzelfde meemaakten helpt.",
                "Vulnerable citizens with psychosocial problems often also become lonely and "
                "excluded. Support from people who went through the same helps.",
            ),
        ),
        objective=_rich(
            t,
            (
                "Zelfregie en empowerment versterken, en een handreiking voor wijkteams en "
                "ervaringsdeskundigen die landelijk beschikbaar komt.",
                "Strengthen self-direction and empowerment, and a guide for neighbourhood teams "
                "and experts by experience that becomes available nationally.",
            ),
        ),
        approach=_list(
            t,
            (
                "In elke stad een vaste samenwerking tussen een wijkteam en een "
                "zelfhulporganisatie, met een gezamenlijk plan van aanpak.",
                "In each city a lasting partnership between a neighbourhood team and a "
                "self-help organisation, with a joint plan.",
            ),
            (
                "Trainingen voor teams, sociaal werkers en ervaringsdeskundigen, die van elkaar "
                "leren.",
                "Trainings for teams, social workers and experts by experience, who learn from "
                "each other.",
            ),
            (
                "Evaluatieonderzoek naar wat werkt en wat de invoering helpt of hindert.",
                "Evaluation research into what works and what helps or hinders putting it into "
                "practice.",
            ),
        ),
    )
    t = Strings()
    t("lokale-ervaringsdeskundigheid", "local-expertise-by-experience")
    _create(
        programme,
        ProjectPage,
        "lokale-ervaringsdeskundigheid",
        t,
        relations=[
            (
                "partners",
                ProjectPartner,
                [
                    {
                        "organisation": organisations["Vivenz"],
                        "role": t(
                            "afdeling ervaringsdeskundigheid", "expertise-by-experience department"
                        ),
                    },
                    {
                        "organisation": organisations["MEE plus"],
                        "role": t("sociale netwerkversterking", "social network strengthening"),
                    },
                ],
            ),
            ("contact_persons", ProjectContactPerson, [{"person": people["Pieter van Dijk"]}]),
        ],
        title=t("Lokale ervaringsdeskundigheid", "Local expertise by experience"),
        intro=t(
            "Vivenz en MEE plus bouwen lokale ervaringsdeskundigheid op, voor mensen met verward "
            "gedrag in de wijk.",
            "Vivenz and MEE plus build up local expertise by experience, for people with "
            "confused behaviour in the neighbourhood.",
        ),
        status=Status.FINISHED,
        start_date=D(2019, 1, 1),
        end_date=D(2020, 12, 31),
        objective=_rich(
            t,
            (
                "Meer ruimte in de wijk voor mensen met verward gedrag, vanuit hun eigen "
                "leefwereld "
                "en eigen regie.",
                "More room in the neighbourhood for people with confused behaviour, starting from "
                "their own world and their own direction.",
            ),
        ),
        approach=_list(
            t,
            (
                "Lokale ervaringsdeskundigheid opzetten en borgen, met training, coaching en "
                "intervisie.",
                "Set up and secure local expertise by experience, with training, coaching and "
                "peer review.",
            ),
            (
                "Kwartiermaken bij gemeenten: laten zien wat ervaringsdeskundigen kunnen "
                "betekenen.",
                "Pave the way in municipalities: show what experts by experience can offer.",
            ),
            (
                "Ervaringsdeskundigen scholen in sociale netwerkversterking.",
                "Train experts by experience in social network strengthening.",
            ),
        ),
        results=_rich(
            t,
            (
                "De training Werken met je eigen ervaring kreeg er een dagdeel sociale "
                "netwerkversterking bij en wordt in vier gemeenten gegeven.",
                "The training Working with your own experience gained a half day on social "
                "network strengthening and is given in four municipalities.",
            ),
            (
                "Er is een adviesraad binnen de afdeling en het project sloot aan bij de "
                "regionale herstelbeweging.",
                "The department has an advisory board and the project joined the regional "
                "recovery movement.",
            ),
        ),
    )
    return programme


EPISODES = [
    (
        D(2021, 1, 21),
        EpisodeType.TALKSHOW,
        ("Talkshow: wat is inclusie?", "Talk show: what is inclusion?"),
        (
            "Gasten praten over wat een inclusieve samenleving vraagt van buren, werkgevers en "
            "gemeenten.",
            "Guests talk about what an inclusive society asks of neighbours, employers and "
            "municipalities.",
        ),
    ),
    (
        D(2021, 2, 18),
        EpisodeType.PODCAST,
        ("Podcast: werk dat bij je past", "Podcast: work that suits you"),
        (
            "Twee ervaringsdeskundigen over werk vinden en houden na een psychose.",
            "Two experts by experience on finding and keeping work after a psychosis.",
        ),
    ),
    (
        D(2021, 3, 18),
        EpisodeType.TALKSHOW,
        ("Talkshow: wonen in de wijk", "Talk show: living in the neighbourhood"),
        (
            "Over zelfstandig wonen, buren en steun dichtbij huis.",
            "On living independently, neighbours and support close to home.",
        ),
    ),
    (
        D(2021, 4, 15),
        EpisodeType.PODCAST,
        ("Podcast: naasten aan het woord", "Podcast: families speak"),
        (
            "Een moeder en een broer over zorgen voor en loslaten.",
            "A mother and a brother on caring and letting go.",
        ),
    ),
    (
        D(2021, 5, 20),
        EpisodeType.PUBLICATION,
        ("Publicatie: tien lessen over meedoen", "Publication: ten lessons on taking part"),
        (
            "Wat we leerden van de eerste vier maanden, in tien korte lessen.",
            "What we learned in the first four months, in ten short lessons.",
        ),
    ),
    (
        D(2021, 6, 17),
        EpisodeType.PODCAST,
        ("Podcast: terugblik", "Podcast: looking back"),
        (
            "De makers kijken terug op een half jaar Beweging in kwetsbaarheid.",
            "The makers look back on half a year of Beweging in kwetsbaarheid.",
        ),
    ),
]


def _beweging_in_kwetsbaarheid(index, people):
    t = Strings()
    t("beweging-in-kwetsbaarheid", "beweging-in-kwetsbaarheid")
    series = _create(
        index,
        SeriesPage,
        "beweging-in-kwetsbaarheid",
        t,
        relations=[
            ("contact_persons", ProgrammeContactPerson, [{"person": people["Fatima El Amrani"]}]),
        ],
        title=t(
            "Beweging in kwetsbaarheid", "Beweging in kwetsbaarheid (movement in vulnerability)"
        ),
        intro=t(
            "Een half jaar lang aandacht voor een samenleving waarin mensen met een psychische "
            "kwetsbaarheid meetellen: elke maand een talkshow, podcast of publicatie.",
            "Half a year of attention for a society in which people with a psychiatric "
            "vulnerability count: every month a talk show, podcast or publication.",
        ),
        status=Status.FINISHED,
        start_date=D(2021, 1, 1),
        end_date=D(2021, 6, 30),
        listing_image=demo_image(
            "Themareeks: Beweging in kwetsbaarheid",
            "beweging-in-kwetsbaarheid.png",
            "Vier oplopende blokken in paars, geel, groen en blauw.",
            ["#6b2f8a", "#ffbf47", "#155e57", "#0a5388"],
        ),
        theme=_rich(
            t,
            (
                "Van januari tot en met juni 2021 stonden thema's centraal die bijdragen aan een "
                "meer inclusieve samenleving voor psychisch kwetsbare mensen: werk, wonen, "
                "naasten "
                "en meedoen.",
                "From January to June 2021 we focused on themes that contribute to a more "
                "inclusive society for people with a psychiatric vulnerability: work, housing, "
                "families and taking part.",
            ),
        ),
        goals=[],
        body=[],
    )
    for number, (date, kind, (title_nl, title_en), (intro_nl, intro_en)) in enumerate(EPISODES, 1):
        t = Strings()
        slug = f"aflevering-{number}"
        t(slug, f"episode-{number}")
        fields = {
            "title": t(title_nl, title_en),
            "intro": t(intro_nl, intro_en),
            "date": date,
            "episode_type": kind,
        }
        if kind == EpisodeType.TALKSHOW:
            fields["video_url"] = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
        elif kind == EpisodeType.PODCAST:
            fields["audio"] = demo_document(
                f"Podcast Beweging in kwetsbaarheid {number}",
                f"beweging-in-kwetsbaarheid-{number}.mp3",
                _silent_mp3(3),
            )
            fields["audio_duration"] = datetime.timedelta(minutes=30 + number)
        else:
            fields["publication"] = demo_document(
                "Tien lessen over meedoen",
                "tien-lessen-over-meedoen.pdf",
                _pdf("Tien lessen over meedoen"),
            )
        if kind != EpisodeType.PUBLICATION:
            fields["transcript"] = _rich(
                t,
                (
                    f"Presentator: Welkom bij aflevering {number} van Beweging in kwetsbaarheid.",
                    f"Host: Welcome to episode {number} of Beweging in kwetsbaarheid.",
                ),
                (intro_nl, intro_en),
            )
        _create(series, EpisodePage, slug, t, **fields)
    return series
