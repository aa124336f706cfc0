"""Demo news: an index, categories and a dozen items drawn from the organisation's history."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Locale

from cms.demo import Strings, demo_step, ensure_page, ensure_translation
from news.models import NewsCategory, NewsIndexPage, NewsPage

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

CATEGORIES = [
    ("nieuws", ("Nieuws", "News")),
    ("verslag", ("Verslag", "Report")),
    ("aankondiging", ("Aankondiging", "Announcement")),
    ("podcast", ("Podcast en talkshow", "Podcast and talk show")),
]


def _when(year, month, day, hour=10):
    return dt.datetime(year, month, day, hour, 0, tzinfo=AMSTERDAM)


# slug, english slug, date, categories, tags, programme slug, author, title, lead, paragraphs
ITEMS = [
    (
        "herstelspecial-eemland",
        "eemland-recovery-special",
        _when(2024, 2, 26),
        ["nieuws"],
        ["herstelnetwerk", "Eemland"],
        None,
        "Mehmet Yilmaz",
        (
            "Herstelspecial: van regioplan naar Herstelnetwerk in Eemland",
            "Recovery special: from regional plan to recovery network in Eemland",
        ),
        (
            "Het regioplan van Eemland geeft psychische kwetsbaarheid een eigen thema. In deze "
            "special laten we zien wat het Herstelnetwerk is en hoe het werkt.",
            "Eemland's regional plan gives psychiatric vulnerability a theme of its own. This "
            "special shows what the recovery network is and how it works.",
        ),
        [
            (
                "In het Herstelnetwerk werken ervaringsdeskundigen, mensen uit zorg en welzijn en "
                "een klankbordgroep van inwoners samen. Ze bieden trainingen en lotgenotencontact "
                "aan, meestal gratis en dicht bij huis.",
                "In the recovery network experts by experience, people from care and welfare "
                "and a sounding board of residents work together. They offer trainings and "
                "peer contact, mostly free of charge and close to home.",
            ),
            (
                "Alle activiteiten staan in de activiteitenkalender en zijn open voor iedereen "
                "die in regio Eemland woont.",
                "All activities are in the activity calendar and are open to everyone living in "
                "the Eemland region.",
            ),
        ],
    ),
    (
        "empowerment-in-de-wijk-van-start",
        "empowerment-in-the-neighbourhood-starts",
        _when(2017, 9, 13),
        ["nieuws", "aankondiging"],
        ["empowerment", "wijkteams"],
        "regie-in-de-regio",
        "Sanne Jansen",
        (
            "Project Empowerment in de wijk gaat van start",
            "Project Empowerment in de wijk gets under way",
        ),
        (
            "Op 13 september 2017 begint een project van twee jaar in zes steden, waarin "
            "ervaringsdeskundigen en sociaal werkers samen optrekken in de wijk.",
            "On 13 September 2017 a two-year project starts in six cities, in which experts by "
            "experience and social workers team up in the neighbourhood.",
        ),
        [
            (
                "In Amsterdam, Gouda, Utrecht, Arnhem, Zutphen en Enschede werkt telkens een "
                "zelfhulporganisatie samen met een sociaal wijkteam.",
                "In Amsterdam, Gouda, Utrecht, Arnhem, Zutphen and Enschede a self-help "
                "organisation works with a neighbourhood team in each city.",
            ),
            (
                "Het project duurt 24 maanden en eindigt met een handreiking voor wijkteams in "
                "het hele land.",
                "The project runs for 24 months and ends with a guide for neighbourhood teams "
                "across the country.",
            ),
        ],
    ),
    (
        "verslag-bouwconferentie-zelfregienetwerken",
        "report-building-conference-self-direction-networks",
        _when(2023, 2, 27),
        ["verslag"],
        ["zelfregie", "bouwconferentie"],
        "regie-in-de-regio",
        "Anouk de Vries",
        (
            "Verslag: bouwconferentie zelfregienetwerken in Utrecht",
            "Report: building conference on self-direction networks in Utrecht",
        ),
        (
            "Op vrijdag 24 februari kwamen bouwers van zelfregienetwerken uit het hele land "
            "naar Utrecht om kennis te delen.",
            "On Friday 24 February builders of self-direction networks from all over the "
            "country came to Utrecht to share what they know.",
        ),
        [
            (
                "Geen aannemers in de zaal, wel mensen die netwerken opbouwen waarin cliënten "
                "zelf de regie houden. De middag ging over tien bouwstenen die in elke gemeente "
                "aanwezig zouden moeten zijn.",
                "No builders in the room, but people who build networks in which clients stay "
                "in charge. The afternoon was about ten building blocks every municipality "
                "should have.",
            ),
        ],
    ),
    (
        "beweging-in-kwetsbaarheid-begint",
        "beweging-in-kwetsbaarheid-begins",
        _when(2021, 1, 11),
        ["aankondiging", "podcast"],
        ["Beweging in kwetsbaarheid", "talkshow"],
        None,
        "Fatima El Amrani",
        (
            "Beweging in kwetsbaarheid: een half jaar talkshows en podcasts",
            "Beweging in kwetsbaarheid: six months of talk shows and podcasts",
        ),
        (
            "Van januari tot en met juni 2021 staat elke maand een thema centraal dat bijdraagt "
            "aan een inclusievere samenleving.",
            "From January to June 2021 each month is devoted to a theme that contributes to a "
            "more inclusive society.",
        ),
        [
            (
                "Elke maand is er een talkshow, met podcasts en publicaties eromheen.",
                "Every month there is a talk show, with podcasts and publications around it.",
            ),
        ],
    ),
    (
        "talkshow-wonen-en-herstel",
        "talk-show-housing-and-recovery",
        _when(2021, 2, 18, 20),
        ["podcast"],
        ["Beweging in kwetsbaarheid", "wonen"],
        None,
        "Fatima El Amrani",
        ("Talkshow: wonen en herstel", "Talk show: housing and recovery"),
        (
            "De tweede aflevering ging over een eigen plek: wat heb je nodig om na een opname "
            "weer zelfstandig te wonen?",
            "The second episode was about a place of your own: what do you need to live "
            "independently again after a stay in hospital?",
        ),
        [
            (
                "Gasten vertelden over beschermd wonen, buren en de weg naar een eigen huis.",
                "Guests talked about sheltered housing, neighbours and the road to a home of "
                "their own.",
            ),
        ],
    ),
    (
        "podcast-werk-en-meedoen",
        "podcast-work-and-taking-part",
        _when(2021, 3, 25),
        ["podcast"],
        ["Beweging in kwetsbaarheid", "werk"],
        None,
        "Fatima El Amrani",
        ("Podcast: werk en meedoen", "Podcast: work and taking part"),
        (
            "In de derde aflevering praten ervaringsdeskundigen over werk, vrijwilligerswerk "
            "en wat een werkgever kan doen.",
            "In the third episode experts by experience talk about work, volunteering and what "
            "an employer can do.",
        ),
        [
            (
                "De podcast is te beluisteren via onze eigen website, zonder trackers.",
                "The podcast can be heard on our own website, without trackers.",
            ),
        ],
    ),
    (
        "talkshow-naasten",
        "talk-show-families-and-friends",
        _when(2021, 4, 22, 20),
        ["podcast"],
        ["Beweging in kwetsbaarheid", "naasten"],
        None,
        "Ingrid Bakker",
        ("Talkshow: de rol van naasten", "Talk show: the role of families and friends"),
        (
            "Naasten staan vaak naast iemand in herstel, maar hebben zelf ook steun nodig. "
            "Daarover ging de vierde talkshow.",
            "Families and friends often stand beside someone in recovery, but need support "
            "themselves too. That was the subject of the fourth talk show.",
        ),
        [
            (
                "Een moeder, een partner en een broer vertelden hoe zij hun weg vonden.",
                "A mother, a partner and a brother told how they found their way.",
            ),
        ],
    ),
    (
        "lokale-ervaringsdeskundigheid-vier-gemeenten",
        "local-expertise-by-experience-four-municipalities",
        _when(2022, 6, 9),
        ["nieuws"],
        ["ervaringsdeskundigheid", "training"],
        None,
        "Pieter van Dijk",
        (
            "Training voor ervaringsdeskundigen nu in vier gemeenten",
            "Training for experts by experience now in four municipalities",
        ),
        (
            "Vivenz en MEE plus bieden de training Werken met je eigen ervaring aan, nu met een "
            "dagdeel over het versterken van sociale netwerken.",
            "Vivenz and MEE plus offer the training Working with your own experience, now with "
            "a half day on strengthening social networks.",
        ),
        [
            (
                "De training draait binnen bestaande lokale samenwerkingen, zodat ze ook na het "
                "project blijft.",
                "The training runs within existing local partnerships, so that it stays after "
                "the project ends.",
            ),
        ],
    ),
    (
        "achttien-gemeenten-maken-afspraken",
        "eighteen-municipalities-make-agreements",
        _when(2023, 10, 5),
        ["nieuws"],
        ["Regie in de Regio", "gemeenten"],
        "regie-in-de-regio",
        "Anouk de Vries",
        (
            "Achttien gemeenten maken afspraken met cliënten- en familieorganisaties",
            "Eighteen municipalities make agreements with client and family organisations",
        ),
        (
            "Na een rondje langs de regio's werken achttien gemeenten structureel samen met "
            "lokale of regionale cliënten- en familieorganisaties.",
            "After a tour of the regions, eighteen municipalities now work structurally with "
            "local or regional client and family organisations.",
        ),
        [
            (
                "Van Zwolle tot Zeeland waren er uitwisselingsbijeenkomsten voor initiatieven "
                "voor en door cliënten.",
                "From Zwolle to Zeeland there were exchange meetings for initiatives by and for "
                "clients.",
            ),
        ],
    ),
    (
        "regiobijeenkomsten-doe-mee",
        "regional-meetings-join-in",
        _when(2024, 9, 2),
        ["aankondiging"],
        ["Regie in de Regio", "meedoen"],
        "regie-in-de-regio",
        "Anouk de Vries",
        ("Doe en denk mee in de regiobijeenkomsten", "Think along at the regional meetings"),
        (
            "Wil je meebepalen wat er op de agenda van jouw regio komt? Kom naar een van de "
            "regiobijeenkomsten dit najaar.",
            "Do you want a say in what goes on your region's agenda? Come to one of the "
            "regional meetings this autumn.",
        ),
        [
            (
                "De bijeenkomsten zijn gratis en toegankelijk; laat het ons weten als je iets "
                "nodig hebt om mee te kunnen doen.",
                "The meetings are free and accessible; let us know if you need anything to take "
                "part.",
            ),
        ],
    ),
    (
        "naastengroep-soest",
        "family-group-soest",
        _when(2025, 3, 14),
        ["nieuws"],
        ["naasten", "Eemland"],
        None,
        "Ingrid Bakker",
        ("Nieuwe naastengroep in Soest", "New family group in Soest"),
        (
            "Sinds maart komt er in Soest elke maand een groep naasten bij elkaar om ervaringen "
            "te delen.",
            "Since March a group of families and friends has met in Soest every month to share "
            "experiences.",
        ),
        [
            (
                "De groep is opgezet door naasten zelf, met steun van het Herstelnetwerk Eemland.",
                "The group was set up by families and friends themselves, supported by the "
                "Eemland recovery network.",
            ),
        ],
    ),
    (
        "herstelmarkt-amersfoort",
        "recovery-fair-amersfoort",
        _when(2025, 10, 10),
        ["verslag"],
        ["herstelnetwerk", "Eemland"],
        None,
        "Mehmet Yilmaz",
        ("Verslag: de herstelmarkt in Amersfoort", "Report: the recovery fair in Amersfoort"),
        (
            "Op Wereld Mentale Gezondheidsdag stonden twintig organisaties op de herstelmarkt, "
            "en honderden bezoekers kwamen langs.",
            "On World Mental Health Day twenty organisations took part in the recovery fair, "
            "and hundreds of visitors came by.",
        ),
        [
            (
                "Ervaringsdeskundigen vertelden over hun herstel en over de trainingen die ze "
                "geven.",
                "Experts by experience talked about their recovery and the trainings they give.",
            ),
        ],
    ),
]


def _demo_image():
    """One generated image for the news items that have a lead image (no files from elsewhere)."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title="Nieuws: herstelnetwerk").first()
    if existing is not None:
        return existing
    from PIL import Image as PILImage
    from PIL import ImageDraw

    canvas = PILImage.new("RGB", (1200, 630), "#e3f0ee")
    draw = ImageDraw.Draw(canvas)
    for index, colour in enumerate(["#155e57", "#6b2f8a", "#0a5388", "#ffbf47"]):
        x = 180 + index * 260
        draw.ellipse((x - 110, 205, x + 110, 425), fill=colour)
    for index in range(3):
        x = 180 + index * 260
        draw.line((x + 110, 315, x + 150, 315), fill="#1d1d1f", width=8)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image = image_model(
        title="Nieuws: herstelnetwerk",
        description="Vier gekleurde cirkels naast elkaar, met lijnen verbonden: een netwerk.",
    )
    image.file = ImageFile(buffer, name="nieuws-herstelnetwerk.png")
    image.save()
    # Make the renditions lists and cards use now, not on a visitor's first request.
    from news.models import CARD_IMAGE_SPEC

    image.get_renditions(CARD_IMAGE_SPEC, "fill-1200x630", "width-1200")
    return image


@demo_step(40)
def news(context):
    nl = Locale.objects.get(language_code="nl")
    home = context.objects["home_nl"]

    categories = {}
    for slug, (name_nl, name_en) in CATEGORIES:
        category, _created = NewsCategory.objects.get_or_create(
            slug=slug, locale=nl, defaults={"name": name_nl}
        )
        if _created:
            category.save_revision()
        ensure_translation(category, {category.name: name_en})
        categories[slug] = category

    t = Strings()
    index, _created = ensure_page(
        home,
        NewsIndexPage,
        "nieuws",
        title=t("Nieuws", "News"),
        intro=t(
            "Nieuws uit de programma's, verslagen van bijeenkomsten en aankondigingen.",
            "News from the programmes, reports of meetings and announcements.",
        ),
        show_in_menus=True,
    )
    t("nieuws", "news")
    ensure_translation(index, t)

    programmes = context.objects.get("programmes", {})
    people = context.objects.get("contact_persons", {})
    image = _demo_image()
    pages = []
    for position, item in enumerate(ITEMS):
        (
            slug,
            slug_en,
            when,
            category_slugs,
            tags,
            programme_slug,
            author,
            title,
            lead,
            paragraphs,
        ) = item
        t = Strings()
        t(slug, slug_en)
        fields = dict(
            title=t(*title),
            lead=t(*lead),
            date_published=when,
            body=[("paragraph", t.rich(*paragraphs))],
            author=people.get(author),
            related_programme=programmes.get(programme_slug) if programme_slug else None,
            lead_image=image if position % 3 == 0 else None,
            show_view_count=position == 0,
        )
        existing = NewsPage.objects.child_of(index).filter(slug=slug).first()
        if existing is None:
            page = NewsPage(slug=slug, **fields)
            page.categories = [categories[c] for c in category_slugs]
            page.tags.add(*tags)
            index.add_child(instance=page)
            revision = page.save_revision()
            revision.publish()
            page.refresh_from_db()
        else:
            page = existing
        ensure_translation(page, t)
        pages.append(page)
    context.objects["news_index"] = index
    context.objects["news_categories"] = categories
    context.objects["news_pages"] = pages


@demo_step(95)
def roles(context):
    """The editorial groups and the moderation workflow (also: manage.py setup_roles)."""
    from news.roles import ensure_roles

    context.objects["groups"] = ensure_roles()
