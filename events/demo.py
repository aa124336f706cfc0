"""Demo agenda: recurring peer groups, trainings, a monthly talk show and one-off meetings.

Dates are relative to the day the demo is loaded, so the agenda is never empty; weekly and
monthly series run for more than a year and so cross both changes of the clocks.
"""

import datetime

import recurrence

from cms.demo import Strings, demo_step, ensure_page, ensure_translation
from events.models import (
    AgendaPage,
    AttendanceMode,
    Audience,
    EventContactPerson,
    EventException,
    EventPage,
    EventType,
    ExceptionKind,
)

T = datetime.time

# slug, (title nl, en), type, audience, municipality, (venue, address), rule, start offset in
# days from the coming Monday, (start, end) time, extra options
EVENTS = [
    (
        "lotgenotengroep-amersfoort",
        ("Lotgenotengroep Amersfoort", "Peer group Amersfoort"),
        EventType.PEER_GROUP,
        Audience.CLIENTS,
        "amersfoort",
        ("Wijkcentrum De Kei", "Keistraat 4"),
        "weekly",
        1,
        (T(19, 30), T(21, 0)),
        {"exceptions": "cancel-move"},
    ),
    (
        "naastengroep-amersfoort",
        ("Naastengroep Amersfoort", "Family and friends group Amersfoort"),
        EventType.PEER_GROUP,
        Audience.RELATIVES,
        "amersfoort",
        ("Bibliotheek Eemland", "Stadsring 1"),
        "fortnightly",
        2,
        (T(19, 30), T(21, 0)),
        {},
    ),
    (
        "herstelwerkplaats-baarn",
        ("Herstelwerkplaats Baarn", "Recovery workshop Baarn"),
        EventType.WORKSHOP,
        Audience.EVERYONE,
        "baarn",
        ("Het Badhuis", "Brinkstraat 2"),
        "weekly",
        3,
        (T(10, 0), T(12, 0)),
        {},
    ),
    (
        "inloop-soest",
        ("Herstelinloop Soest", "Recovery drop-in Soest"),
        EventType.MEETING,
        Audience.EVERYONE,
        "soest",
        ("Buurthuis Soest-Zuid", "Talmalaan 8"),
        "weekly",
        4,
        (T(13, 30), T(15, 30)),
        {},
    ),
    (
        "wrap-training-leusden",
        ("WRAP-training Leusden", "WRAP training Leusden"),
        EventType.TRAINING,
        Audience.CLIENTS,
        "leusden",
        ("De Tuinkamer", "Hessenweg 10"),
        "fortnightly",
        8,
        (T(14, 0), T(16, 30)),
        {
            "registration": {
                "capacity": 16,
                "max_places": 2,
                "opens_days_before": 42,
                "closes_hours_before": 24,
                "ask_phone": True,
            },
            "demo_registrations": 5,
        },
    ),
    (
        "lotgenotengroep-utrecht",
        ("Lotgenotengroep Utrecht", "Peer group Utrecht"),
        EventType.PEER_GROUP,
        Audience.CLIENTS,
        "utrecht",
        ("Zelfhulpnetwerk Utrecht", "Oudegracht 100"),
        "weekly",
        0,
        (T(19, 30), T(21, 30)),
        {},
    ),
    (
        "naasten-utrecht",
        ("Naastencafé Utrecht", "Family café Utrecht"),
        EventType.MEETING,
        Audience.RELATIVES,
        "utrecht",
        ("Buurtteam Utrecht", "Vleutenseweg 20"),
        "monthly-first-wednesday",
        2,
        (T(19, 0), T(21, 0)),
        {"registration": {"capacity": 25, "max_places": 3, "waiting_list": False}},
    ),
    (
        "talkshow-beweging",
        ("Talkshow Beweging in kwetsbaarheid", "Talk show Moving in vulnerability"),
        EventType.TALKSHOW,
        Audience.EVERYONE,
        "utrecht",
        ("Studio De Stadsschouwburg", "Lucasbolwerk 24"),
        "monthly-second-thursday",
        3,
        (T(20, 0), T(21, 30)),
        {
            "attendance": AttendanceMode.HYBRID,
            "online": "https://example.org/talkshow-live",
            "programme": "beweging-in-kwetsbaarheid",
        },
    ),
    (
        "webinar-regie",
        ("Webinar Regie in de Regio", "Webinar Regie in de Regio"),
        EventType.WEBINAR,
        Audience.PROFESSIONALS,
        None,
        ("", ""),
        "monthly-last-tuesday",
        1,
        (T(12, 0), T(13, 0)),
        {
            "attendance": AttendanceMode.ONLINE,
            "online": "https://example.org/webinar",
            "programme": "regie-in-de-regio",
        },
    ),
    (
        "herstelmarkt-amersfoort",
        ("Herstelmarkt Amersfoort", "Recovery market Amersfoort"),
        EventType.RECOVERY_MARKET,
        Audience.EVERYONE,
        "amersfoort",
        ("De Flint", "Coninckstraat 60"),
        "once",
        40,
        (T(11, 0), T(16, 0)),
        {},
    ),
    (
        "meerdaagse-training-ervaringsdeskundigheid",
        ("Driedaagse training ervaringsdeskundigheid", "Three-day training in lived experience"),
        EventType.TRAINING,
        Audience.CLIENTS,
        "zeist",
        ("Conferentiecentrum Kontakt der Kontinenten", "Amersfoortseweg 10"),
        "once",
        54,
        (T(9, 30), T(16, 30)),
        {
            "days": 3,
            "free": False,
            "price": ("€ 95, inclusief lunch", "€ 95, lunch included"),
            "registration": {"capacity": 6, "closes_hours_before": 48, "ask_remarks": True},
            "demo_registrations": 7,
        },
    ),
    (
        "lotgenotengroep-amsterdam",
        ("Lotgenotengroep Amsterdam-Oost", "Peer group Amsterdam East"),
        EventType.PEER_GROUP,
        Audience.CLIENTS,
        "amsterdam",
        ("Huis van de Wijk Oost", "Linnaeusstraat 2"),
        "weekly",
        2,
        (T(19, 30), T(21, 0)),
        {},
    ),
    (
        "herstelacademie-amsterdam",
        ("Cursus Herstellen doe je zelf", "Course: recovery is yours"),
        EventType.TRAINING,
        Audience.CLIENTS,
        "amsterdam",
        ("Herstelacademie Amsterdam", "Plantage Middenlaan 14"),
        "fortnightly",
        10,
        (T(10, 0), T(12, 30)),
        {},
    ),
    (
        "lotgenotengroep-gouda",
        ("Lotgenotengroep Gouda", "Peer group Gouda"),
        EventType.PEER_GROUP,
        Audience.CLIENTS,
        "gouda",
        ("Huis van de Stad", "Klein Amerika 20"),
        "weekly",
        3,
        (T(19, 30), T(21, 0)),
        {},
    ),
    (
        "naastengroep-gouda",
        ("Naastengroep Gouda", "Family and friends group Gouda"),
        EventType.PEER_GROUP,
        Audience.RELATIVES,
        "gouda",
        ("Huis van de Stad", "Klein Amerika 20"),
        "monthly-first-wednesday",
        9,
        (T(19, 30), T(21, 0)),
        {},
    ),
    (
        "lotgenotengroep-arnhem",
        ("Lotgenotengroep Arnhem", "Peer group Arnhem"),
        EventType.PEER_GROUP,
        Audience.CLIENTS,
        "arnhem",
        ("Wijkcentrum Presikhaaf", "Ringoven 4"),
        "weekly",
        1,
        (T(14, 0), T(15, 30)),
        {},
    ),
    (
        "regiobijeenkomst-arnhem",
        ("Regiobijeenkomst Centraal Gelderland", "Regional meeting Central Gelderland"),
        EventType.MEETING,
        Audience.PROFESSIONALS,
        "arnhem",
        ("Stadhuis Arnhem", "Koningstraat 38"),
        "once",
        24,
        (T(13, 0), T(17, 0)),
        {"programme": "regie-in-de-regio"},
    ),
    (
        "lotgenotengroep-zutphen",
        ("Lotgenotengroep Zutphen", "Peer group Zutphen"),
        EventType.PEER_GROUP,
        Audience.CLIENTS,
        "zutphen",
        ("De Hanzehof", "Coehoornsingel 1"),
        "fortnightly",
        4,
        (T(19, 0), T(20, 30)),
        {},
    ),
    (
        "herstelcafe-deventer",
        ("Herstelcafé Deventer", "Recovery café Deventer"),
        EventType.MEETING,
        Audience.EVERYONE,
        "deventer",
        ("Bibliotheek Deventer", "Stromarkt 18"),
        "monthly-second-thursday",
        10,
        (T(15, 0), T(17, 0)),
        {},
    ),
    (
        "lotgenotengroep-enschede",
        ("Lotgenotengroep Enschede", "Peer group Enschede"),
        EventType.PEER_GROUP,
        Audience.CLIENTS,
        "enschede",
        ("Wijkcentrum De Magneet", "Magnolialaan 2"),
        "weekly",
        0,
        (T(19, 30), T(21, 0)),
        {},
    ),
    (
        "training-naasten-enschede",
        ("Training voor naasten", "Training for family and friends"),
        EventType.TRAINING,
        Audience.RELATIVES,
        "enschede",
        ("Wijkcentrum De Magneet", "Magnolialaan 2"),
        "fortnightly",
        16,
        (T(19, 0), T(21, 30)),
        {"free": False, "price": ("€ 10 per avond", "€ 10 per evening")},
    ),
    (
        "lotgenotengroep-zwolle",
        ("Lotgenotengroep Zwolle", "Peer group Zwolle"),
        EventType.PEER_GROUP,
        Audience.CLIENTS,
        "zwolle",
        ("Het Stadshart", "Grote Markt 3"),
        "weekly",
        3,
        (T(19, 30), T(21, 0)),
        {"exceptions": "note"},
    ),
    (
        "herstelmarkt-zwolle",
        ("Herstelmarkt Zwolle", "Recovery market Zwolle"),
        EventType.RECOVERY_MARKET,
        Audience.EVERYONE,
        "zwolle",
        ("Grote Kerk", "Grote Kerkplein 1"),
        "once",
        130,
        (T(10, 0), T(15, 0)),
        {"all_day": True},
    ),
    (
        "online-lotgenotengroep",
        ("Online lotgenotengroep", "Online peer group"),
        EventType.PEER_GROUP,
        Audience.CLIENTS,
        None,
        ("", ""),
        "weekly",
        6,
        (T(20, 0), T(21, 0)),
        {"attendance": AttendanceMode.ONLINE, "online": "https://example.org/online-groep"},
    ),
    (
        "bouwconferentie-utrecht",
        ("Bouwconferentie Regie in de Regio", "Building conference Regie in de Regio"),
        EventType.MEETING,
        Audience.PROFESSIONALS,
        "utrecht",
        ("Jaarbeurs", "Jaarbeursplein 6"),
        "once",
        88,
        (T(10, 0), T(16, 0)),
        {"programme": "regie-in-de-regio"},
    ),
    (
        "hengelo-wandelgroep",
        ("Wandelgroep Hengelo", "Walking group Hengelo"),
        EventType.PEER_GROUP,
        Audience.EVERYONE,
        "hengelo",
        ("Start bij het station", "Stationsplein 1"),
        "weekly",
        5,
        (T(10, 0), T(11, 30)),
        {},
    ),
]


def _rule(kind):
    if kind == "once":
        return None
    if kind == "weekly":
        return recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY)])
    if kind == "fortnightly":
        return recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY, interval=2)])
    if kind == "monthly-first-wednesday":
        return recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.MONTHLY, byday=[recurrence.Weekday(2, 1)])]
        )
    if kind == "monthly-second-thursday":
        return recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.MONTHLY, byday=[recurrence.Weekday(3, 2)])]
        )
    if kind == "monthly-last-tuesday":
        return recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.MONTHLY, byday=[recurrence.Weekday(1, -1)])]
        )
    raise ValueError(kind)


def _first_date(kind, start):
    """The first date on or after `start` that fits the rule."""
    rule = _rule(kind)
    if rule is None:
        return start
    dtstart = datetime.datetime.combine(start, datetime.time())
    return (
        rule.after(dtstart, inc=True, dtstart=dtstart).date()
        if kind.startswith("monthly")
        else start
    )


@demo_step(30)
def agenda(context):
    home = context.objects["home_nl"]
    municipalities = context.objects.get("municipalities", {})
    programmes = context.objects.get("programmes", {})
    people = list(context.objects.get("contact_persons", {}).values())
    t = Strings()
    agenda_page, _created = ensure_page(
        home,
        AgendaPage,
        "agenda",
        title=t("Agenda", "Calendar"),
        intro=t(
            "Lotgenotengroepen, trainingen, talkshows en bijeenkomsten bij jou in de buurt en "
            "online. Filter op gemeente, soort activiteit of doelgroep, en neem de agenda op in "
            "je eigen agenda-app.",
            "Peer groups, trainings, talk shows and meetings near you and online. Filter by "
            "municipality, kind of activity or audience, and add the calendar to your own "
            "calendar app.",
        ),
        show_in_menus=True,
    )
    t("agenda", "calendar")
    ensure_translation(agenda_page, t)
    context.objects["agenda_nl"] = agenda_page

    today = datetime.date.today()
    monday = today - datetime.timedelta(days=today.weekday())
    # Series started a few weeks ago, so the archive has something and the clocks change twice
    # within the coming year.
    series_start = monday - datetime.timedelta(weeks=3)
    for number, (
        slug,
        (title_nl, title_en),
        kind_of,
        audience,
        place,
        (venue, address),
        rule,
        offset,
        (start, end),
        options,
    ) in enumerate(EVENTS):
        t = Strings()
        recurring = rule != "once"
        start_date = _first_date(
            rule, (series_start if recurring else today) + datetime.timedelta(days=offset)
        )
        fields = {
            "title": t(title_nl, title_en),
            "intro": t(*_intro(kind_of, title_nl, title_en)),
            "event_type": kind_of,
            "audience": audience,
            "start_date": start_date,
            "start_time": start,
            "end_time": end,
            "all_day": options.get("all_day", False),
            "attendance_mode": options.get("attendance", AttendanceMode.ON_SITE),
            "online_url": options.get("online", ""),
            "is_free": options.get("free", True),
            "show_in_menus": False,
        }
        if venue:
            fields["venue"] = t(venue, venue)
        if address:
            fields["address"] = t(address, address)
        if "price" in options:
            fields["price"] = t(*options["price"])
        if options.get("days"):
            fields["end_date"] = start_date + datetime.timedelta(days=options["days"] - 1)
        if place and place in municipalities:
            fields["municipality"] = municipalities[place]
        if options.get("programme") in programmes:
            fields["programme"] = programmes[options["programme"]]
        if recurring:
            fields["recurrence"] = _rule(rule)
        exceptions = []
        if options.get("exceptions") == "cancel-move":
            dates = _series(fields, 6)
            exceptions = [
                EventException(
                    date=dates[3],
                    kind=ExceptionKind.CANCEL,
                    text=t(
                        "Vervalt door de feestdagen.",
                        "Cancelled because of the holidays.",
                    ),
                ),
                EventException(
                    date=dates[5],
                    kind=ExceptionKind.MOVE,
                    new_date=dates[5] + datetime.timedelta(days=1),
                    new_start_time=T(19, 0),
                    new_end_time=T(20, 30),
                    new_venue=t("Bibliotheek Eemland", "Bibliotheek Eemland"),
                    text=t(
                        "Deze keer een dag later en een half uur eerder.",
                        "This time one day later and half an hour earlier.",
                    ),
                ),
            ]
        elif options.get("exceptions") == "note":
            dates = _series(fields, 4)
            exceptions = [
                EventException(
                    date=dates[3],
                    kind=ExceptionKind.NOTE,
                    text=t(
                        "Met een gastspreker van het herstelnetwerk.",
                        "With a guest speaker from the recovery network.",
                    ),
                )
            ]
        fields["exceptions"] = exceptions
        if "registration" in options:
            fields["registration_enabled"] = True
            fields.update(
                {f"registration_{name}": value for name, value in options["registration"].items()}
            )
        if people:
            fields["contact_persons"] = [EventContactPerson(person=people[number % len(people)])]
        t(slug, slug)
        page, created = ensure_page(agenda_page, EventPage, slug, **fields)
        ensure_translation(page, t)
        if created and options.get("demo_registrations"):
            _demo_registrations(page, options["demo_registrations"])


# Made-up visitors for the registrations the demo shows in the admin.
DEMO_PEOPLE = [
    "Sanne Visser",
    "Ahmed El Amrani",
    "Joke van Dijk",
    "Priya Ramdin",
    "Kees Mulder",
    "Fatma Yildiz",
    "Lotte de Groot",
    "Wim Smit",
]


def _demo_registrations(page, count):
    """Registrations for the event's first coming date, stored without sending mail.

    With more people than places, the last ones wait; the admin then shows both lists.
    """
    from django.db import transaction
    from django.utils import timezone

    from events import registrations
    from events.models import EventOccurrence

    occurrence = EventOccurrence.objects.filter(event=page).upcoming().order_by("start").first()
    if occurrence is None:
        return
    with transaction.atomic():
        slot = registrations.locked_slot(page, occurrence)
        _add_demo_people(slot, count, page.registration_max_places, timezone.now())


def _add_demo_people(slot, count, max_places, now):
    from events import registrations
    from events.models import Registration, RegistrationStatus

    taken = 0
    for number, name in enumerate(DEMO_PEOPLE[:count]):
        places = 2 if max_places > 1 and number % 2 == 0 else 1
        fits = taken + places <= slot.capacity
        taken += places if fits else 0
        email = f"{name.split()[0].lower()}@example.org"
        Registration.objects.get_or_create(
            slot=slot,
            email_key=registrations.email_key(email),
            defaults={
                "name": name,
                "email": email,
                "places": places,
                "status": RegistrationStatus.CONFIRMED if fits else RegistrationStatus.WAITING,
                "confirmed_at": now if fits else None,
                "access_needs": "Rolstoeltoegankelijk graag" if number == 1 else "",
            },
        )


def _series(fields, count):
    from events.schedule import series_dates

    first = fields["start_date"]
    return series_dates(
        fields.get("recurrence"), first, first, first + datetime.timedelta(days=400)
    )[:count]


INTROS = {
    EventType.PEER_GROUP: (
        "Een vaste groep waar je ervaringen deelt met mensen die weten hoe het is. Een "
        "ervaringsdeskundige begeleidt de avond. Je hoeft je niet aan te melden.",
        "A regular group where you share experiences with people who know what it is like. An "
        "expert by experience facilitates. No need to sign up.",
    ),
    EventType.TRAINING: (
        "Een training door ervaringsdeskundigen over herstel, eigen regie en wat jou helpt.",
        "A training by experts by experience about recovery, being in charge of your life and "
        "what helps you.",
    ),
    EventType.MEETING: (
        "Een bijeenkomst om elkaar te ontmoeten, ervaringen uit te wisselen en plannen te maken.",
        "A meeting to get to know each other, share experiences and make plans.",
    ),
    EventType.RECOVERY_MARKET: (
        "Op de herstelmarkt laten organisaties, herstelacademies en lotgenotengroepen zien wat "
        "ze doen. Loop binnen wanneer het je uitkomt.",
        "At the recovery market organisations, recovery academies and peer groups show what "
        "they do. Drop in whenever it suits you.",
    ),
    EventType.TALKSHOW: (
        "De maandelijkse talkshow over bewegen en kwetsbaarheid, met gasten uit de praktijk. In "
        "de zaal en live online.",
        "The monthly talk show about movement and vulnerability, with guests from practice. In "
        "the room and live online.",
    ),
    EventType.WEBINAR: (
        "Een webinar van een uur voor professionals en gemeenten over samenwerken in de regio.",
        "A one-hour webinar for professionals and municipalities about working together in the "
        "region.",
    ),
    EventType.WORKSHOP: (
        "Samen aan de slag: een werkplaats waar je in je eigen tempo werkt aan je herstel.",
        "Working together: a workshop where you work on your recovery at your own pace.",
    ),
}


def _intro(kind_of, title_nl, title_en):
    return INTROS[kind_of]
