"""Demo content of the home app: the home pages, about, accessibility and privacy statements."""

from wagtail.models import Locale, Page, Site

from cms.demo import Strings, demo_step, ensure_page, ensure_translation
from cms.models import OrganisationSettings
from home.models import HomePage, StandardPage


@demo_step(0)
def locales_and_home(context):
    for code in ("nl", "en"):
        Locale.objects.get_or_create(language_code=code)
    nl = Locale.objects.get(language_code="nl")
    root = Page.get_first_root_node()

    t = Strings()
    fields = dict(
        title=t("Samen werken aan herstel", "Working together on recovery"),
        intro=t(
            "Wij verbinden mensen met een psychische kwetsbaarheid, hun naasten, "
            "ervaringsdeskundigen, gemeenten en zorgaanbieders. Zo vindt iedereen "
            "dichtbij huis steun, scholing en lotgenoten.",
            "We connect people with a psychiatric vulnerability, their families and "
            "friends, experts by experience, municipalities and care providers, so that "
            "everyone finds support, training and peers close to home.",
        ),
        body=[
            (
                "paragraph",
                t.rich(
                    (
                        "In onze programma's werken cliënten, naasten en professionals "
                        "als gelijken samen. Je vindt hier wat er in jouw gemeente "
                        "gebeurt, wie je kunt bellen en wanneer de volgende "
                        "bijeenkomst is.",
                        "In our programmes clients, families and professionals work "
                        "together as equals. Here you find what happens in your "
                        "municipality, whom you can call and when the next meeting is.",
                    ),
                ),
            ),
        ],
    )
    t("home", "home-en")
    home = HomePage.objects.filter(locale=nl, depth=2).first()
    if home is None:
        # Wagtail's installer leaves a placeholder "Welcome" page; the demo home replaces it.
        for placeholder in Page.objects.filter(depth=2, content_type__model="page"):
            placeholder.delete()
        home = HomePage(slug="home", locale=nl, **fields)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, is_default_site=True, root_page=home
        )
    if site.root_page_id != home.id:
        site.root_page = home
        site.site_name = "Samen Herstellen"
        site.save()
    ensure_translation(home, t)
    context.objects["home_nl"] = home
    context.objects["home_en"] = home.get_translation_or_none(
        Locale.objects.get(language_code="en")
    )


@demo_step(90)
def standard_pages(context):
    home = context.objects["home_nl"]
    pages = {}
    for slug, builder, in_menu in (
        ("over-ons", _about, True),
        ("toegankelijkheid", _accessibility, False),
        ("privacy", _privacy, False),
    ):
        t = Strings()
        fields = builder(t)
        t(slug, fields.pop("english_slug"))
        page, _created = ensure_page(home, StandardPage, slug, show_in_menus=in_menu, **fields)
        ensure_translation(page, t)
        pages[slug] = page

    settings = OrganisationSettings.load()
    settings.name = "Samen Herstellen"
    settings.street_address = "Voorbeeldstraat 12"
    settings.postal_code = "3511 AB"
    settings.city = "Utrecht"
    settings.phone = "030 123 45 67"
    settings.email = "info@example.org"
    settings.chamber_of_commerce = "12345678"
    settings.accessibility_page = pages["toegankelijkheid"]
    settings.privacy_page = pages["privacy"]
    settings.save()


def _about(t):
    return {
        "english_slug": "about-us",
        "title": t("Over ons", "About us"),
        "intro": t(
            "Samen Herstellen is een netwerk van cliënten, naasten, ervaringsdeskundigen en "
            "organisaties die herstel dichtbij huis mogelijk maken.",
            "Samen Herstellen is a network of clients, families, experts by experience and "
            "organisations that make recovery possible close to home.",
        ),
        "body": [
            ("heading", {"text": t("Wat we doen", "What we do"), "level": "h2"}),
            (
                "paragraph",
                t.rich(
                    (
                        "We ondersteunen regionale herstelnetwerken en herstelacademies. "
                        "Daar volgen mensen trainingen die door ervaringsdeskundigen worden "
                        "gegeven, en ontmoeten ze lotgenoten in hun eigen gemeente.",
                        "We support regional recovery networks and recovery academies. There "
                        "people take trainings given by experts by experience and meet peers "
                        "in their own municipality.",
                    ),
                    (
                        "Samen met gemeenten, zorgaanbieders en cliëntorganisaties zetten we "
                        "programma's op die de positie van mensen met een psychische "
                        "kwetsbaarheid en hun naasten versterken.",
                        "Together with municipalities, care providers and client "
                        "organisations we set up programmes that strengthen the position of "
                        "people with a psychiatric vulnerability and their families.",
                    ),
                ),
            ),
            (
                "quote",
                {
                    "text": t(
                        "Herstel gebeurt niet in een spreekkamer, maar in je eigen buurt, met "
                        "mensen die weten hoe het is.",
                        "Recovery does not happen in a consulting room but in your own "
                        "neighbourhood, with people who know what it is like.",
                    ),
                    "attribution": t("Ervaringsdeskundige", "Expert by experience"),
                    "role": t("herstelnetwerk Eemland", "Eemland recovery network"),
                },
            ),
            ("heading", {"text": t("Contact", "Contact"), "level": "h2"}),
            (
                "paragraph",
                t.rich(
                    (
                        "Je kunt ons bellen op werkdagen tussen 9.00 en 17.00 uur, of een "
                        "e-mail sturen. Het adres staat onderaan elke pagina.",
                        "You can call us on working days between 9:00 and 17:00, or send an "
                        "e-mail. Our address is at the bottom of every page.",
                    ),
                ),
            ),
        ],
    }


def _accessibility(t):
    return {
        "english_slug": "accessibility",
        "title": t("Toegankelijkheidsverklaring", "Accessibility statement"),
        "intro": t(
            "Iedereen moet deze website kunnen gebruiken. Hier lees je hoe we dat doen, wat "
            "nog niet goed gaat en hoe je ons kunt laten weten wat beter moet.",
            "Everyone should be able to use this website. Here you can read how we do that, "
            "what does not work well yet and how to tell us what should improve.",
        ),
        "body": [
            ("heading", {"text": t("Onze ambitie", "Our aim"), "level": "h2"}),
            (
                "paragraph",
                t.rich(
                    (
                        "Deze website moet voldoen aan de Web Content Accessibility "
                        "Guidelines (WCAG) 2.2 op niveau AA, zoals de Europese norm EN 301 549 "
                        "vraagt. We toetsen elke paginasoort automatisch in beide talen en "
                        "controleren de bediening met alleen een toetsenbord.",
                        "This website aims to meet the Web Content Accessibility Guidelines "
                        "(WCAG) 2.2 at level AA, as the European standard EN 301 549 requires. "
                        "We test every page type automatically in both languages and check "
                        "that everything works with a keyboard alone.",
                    ),
                ),
            ),
            ("heading", {"text": t("Nalevingsstatus", "Compliance status"), "level": "h2"}),
            (
                "paragraph",
                t.rich(
                    (
                        "Deze website voldoet gedeeltelijk: we hebben nog geen onderzoek "
                        "door een onafhankelijke partij laten doen. Video's van derden hebben "
                        "niet altijd ondertiteling; waar dat zo is, bieden we een "
                        "samenvatting of transcript.",
                        "This website partially complies: it has not yet been audited by an "
                        "independent party. Videos by others do not always have subtitles; "
                        "where they do not, we offer a summary or transcript.",
                    ),
                ),
            ),
            (
                "heading",
                {"text": t("Iets niet bruikbaar?", "Something not usable?"), "level": "h2"},
            ),
            (
                "paragraph",
                t.rich(
                    (
                        "Laat het ons weten via info@example.org of 030 123 45 67. We "
                        "reageren binnen vijf werkdagen en zoeken samen met je naar een "
                        "oplossing. Ben je niet tevreden over onze reactie, dan kun je je "
                        "wenden tot de Nationale ombudsman.",
                        "Let us know at info@example.org or 030 123 45 67. We reply within five "
                        "working days and look for a solution together with you. If you are "
                        "not satisfied with our answer, you can turn to the National "
                        "Ombudsman.",
                    ),
                ),
            ),
            ("heading", {"text": t("Gegevens", "Details"), "level": "h2"}),
            (
                "paragraph",
                t.rich(
                    (
                        "Deze verklaring is opgesteld op 23 november 2026 volgens het "
                        "modelformulier voor toegankelijkheidsverklaringen van de Nederlandse "
                        "overheid.",
                        "This statement was drawn up on 23 November 2026 following the Dutch "
                        "government's model for accessibility statements.",
                    ),
                ),
            ),
        ],
    }


def _privacy(t):
    return {
        "english_slug": "privacy",
        "title": t("Privacyverklaring", "Privacy statement"),
        "intro": t(
            "We verzamelen zo weinig mogelijk gegevens. Bezoekers van deze website krijgen "
            "geen cookies en worden niet gevolgd.",
            "We collect as little data as possible. Visitors to this website get no cookies "
            "and are not tracked.",
        ),
        "body": [
            (
                "heading",
                {
                    "text": t("Geen cookies, geen trackers", "No cookies, no trackers"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                t.rich(
                    (
                        "Deze website laadt niets van andere partijen: geen lettertypen, "
                        "geen statistiekdiensten en geen knoppen van sociale media. Video's "
                        "worden pas van YouTube of Vimeo geladen als je zelf op afspelen "
                        "drukt.",
                        "This website loads nothing from other parties: no fonts, no "
                        "analytics and no social media buttons. Videos only load from "
                        "YouTube or Vimeo when you press play yourself.",
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": t("Aanmelden voor activiteiten", "Registering for activities"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                t.rich(
                    (
                        "Meld je je aan voor een activiteit, dan bewaren we je naam, "
                        "e-mailadres en wat je zelf invult tot kort na de activiteit. Daarna "
                        "verwijderen we je gegevens; alleen het aantal deelnemers blijft "
                        "bewaard.",
                        "When you register for an activity, we keep your name, e-mail "
                        "address and what you fill in until shortly after the activity. "
                        "Then we remove your data; only the number of participants is kept.",
                    ),
                ),
            ),
            ("heading", {"text": t("Je rechten", "Your rights"), "level": "h2"}),
            (
                "paragraph",
                t.rich(
                    (
                        "Je mag altijd vragen welke gegevens we van je hebben, en ze laten "
                        "aanpassen of verwijderen. Mail daarvoor naar info@example.org.",
                        "You may always ask which data we hold about you, and have it "
                        "corrected or removed. E-mail info@example.org to do so.",
                    ),
                ),
            ),
        ],
    }
