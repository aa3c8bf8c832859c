"""The dateline city as an event's place: hosts receiving at home, events of actors reported there, meetings with
a local official, and sites on a trip to another city (not the dateline's).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import Event, PlaceRef
from .context import _Ctx
from .nlp import load_data
from .occasions import dateline_place
from .places import capital_of, place_in, resolve_country
from .status import head_chain
from .triggers import _lex
from .venues import no_dateline_place
from .back_references import TRIP_FAMILY
from .trigger_tokens import trigger_token


def dateline_city(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Bengaluru, Nov 18 (Wire) - X opened an office in Bengaluru on Wednesday ... She also met executives": a happened
    event with no place at all (not a call) happens in the article's dateline city when the same actor is reported
    there (a happened or ongoing event in that city with the actor as its actor or a counterpart, on the event's day when it has one, or the city named
    in the event's own sentence); so does an arrival with no place of its own ("flew in from Vienna on Tuesday"), and a
    meeting on the sidelines of a gathering. Never an event whose venue the story says is not known ("He did not give a
    venue"), nor one with no day of its own told in the past perfect ("had also asked to meet X")."""
    city = dateline_place(ctx)
    if city is not None and city.kind == "country":  # "SINGAPORE, Feb 10 (Wire) - X arrived on Sunday evening": a
        # city-state's dateline places an arrival with no place of its own there (nothing else: a state is no venue)
        return [replace(ev, place=city) if ev.action == "arrive" and ev.place is None and ev.status == "happened"
                and not _venue_untold(ev, ctx) else ev for ev in events]
    if city is None or city.kind != "city":
        return events
    old = {k for k, ev in enumerate(events) if _long_before(ev, ctx)}  # "TASHKENT - X and Y signed a treaty in
    # December 2021": background of another time, told from here but not placed here
    recent = [ev for k, ev in enumerate(events) if k not in old]
    recent = [replace(ev, place=city) if _hosts_at_home(ev, city) and not _venue_untold(ev, ctx) else ev for ev in recent]
    placed = _placed_here(recent, city, ctx)
    # a second round: an event placed here by the first round places the same people's others of its day ("held talks
    # with Y on Monday. The two leaders signed an agreement at the presidential palace")
    placed = _placed_here(placed, city, ctx) if placed != recent else placed
    if not old:
        return placed
    rest = iter(placed)
    return [ev if k in old else next(rest) for k, ev in enumerate(events)]


#: How many days before the article an event may end and still be placed at the dateline city.
_DATELINE_REACH_DAYS = 45


def _long_before(ev: Event, ctx: _Ctx) -> bool:
    """ev (Event): an event. RETURNS (bool): its days all end more than ``_DATELINE_REACH_DAYS`` before the article's
    anchor (a treaty signed in 2021 in a 2026 dispatch): no event the dateline's reporter is at."""
    span = ev.date.interval()
    return span is not None and ctx.anchor is not None and (ctx.anchor - span[1]).days > _DATELINE_REACH_DAYS


def _placed_here(events: list[Event], city: PlaceRef, ctx: _Ctx) -> list[Event]:
    """One round of :func:`dateline_city` over the events, with those already placed in ``city``."""
    there = [ev for ev in events if ev.status in ("happened", "ongoing") and ev.place is not None
             and (ev.place.name == city.name or place_in(ev.place, city))]
    out = []
    for ev in events:
        if ev.place is None and ev.status in ("happened", "ongoing", "planned", "postponed", "cancelled") \
                and ev.action in ("protest", "arrest", "arrested", "perform") \
                and _at_local_site(ev, ctx) and not _venue_untold(ev, ctx):
            ev = replace(ev, place=city)  # "PRISTINA - ... as thousands rallied outside the building": a site here (so
            # "police detained 40 protesters outside parliament")
        if ev.place is None and ev.status in ("happened", "planned", "ongoing", "postponed") \
                and (_national_court_at_home(ev, city) or _court_act_here(ev, city, ctx)) and not _venue_untold(ev, ctx):
            ev = replace(ev, place=city)  # "KATHMANDU - Nepal's Supreme Court on Tuesday overturned ...": it sits here
        if ev.place is None and ev.status == "happened" and ev.action not in ("call",) and not no_dateline_place(ev.action) and (any(
                ev.actor.name in (o.actor.name, *(c.name for c in o.counterparts if c.kind == "person"))
                and (ev.date.value is None or o.date.value == ev.date.value) for o in there)
                and not ((ev.date.value is None or ev.date.note) and _told_as_earlier(ev, ctx))
                or _names_place(ev, city, ctx, events) or _met_a_local_official(ev, city) or ev.action == "arrive"
                or _on_the_sidelines(ev, ctx) or ev.action in ("attend", "hold") and _named_in_body(city, ctx)) \
                and not _venue_untold(ev, ctx):
            # ("SAN SALVADOR - ... leaders meeting in San Salvador ... Seven heads of state attended the summit": the
            # gathering reported from here, a city the story itself names)
            # ("LJUBLJANA - X, who flew in from Vienna on Tuesday evening": an arrival with no place of its own is here)
            ev = replace(ev, place=city)
        out.append(ev)
    return out


@cache
def _local_sites() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """RETURNS: the ``nouns``, ``prepositions`` and ``bare`` nouns of ``local_sites`` in ``places.json``."""
    data = load_data("places.json")["local_sites"]
    return frozenset(data["nouns"]), frozenset(data["prepositions"]), frozenset(data["bare"])


def _at_local_site(ev: Event, ctx: _Ctx) -> bool:
    """RETURNS (bool): the event's verb (or noun) is placed by a ``local_sites`` preposition at a definite building with
    no name of its own ("rallied outside the building", "a protest in front of the ministry"), which the story's
    dateline city holds, or at one named by a proper noun of no known place ("at Kasarani stadium")."""
    tok = trigger_token(ev, ctx)
    if tok is None:
        return False
    nouns, preps, bare = _local_sites()
    participles = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"]  # ("played her
    # homecoming show on Saturday, performing for 32,000 fans at the National Stadium": anywhere in the participle)
    for prep in [*tok.children, *(c for p in participles for c in p.subtree if c.dep_ == "prep")]:
        words = prep.lower_ if prep.dep_ == "prep" else ""
        if words == "in" and any(c.lower_ == "front" for c in prep.children):
            words = "before"  # "in front of the ministry"
        if words not in preps:
            continue
        for g in prep.subtree:
            if g.dep_ == "pobj" and g.lower_ in nouns and (g.lower_ in bare or any(
                    c.dep_ in ("det", "poss") or c.dep_ == "compound" and c.pos_ == "PROPN" for c in g.subtree if c.i < g.i)) \
                    and not any(t.i in ctx.places for t in g.subtree):
                return True
    return False


def _court_act_here(ev: Event, city: PlaceRef, ctx: _Ctx) -> bool:
    """RETURNS (bool): a court family's event (a charge, a trial, a verdict, a sentence; ``court_words.families`` of
    ``families.json``) whose verb's subject is a bench or prosecutor word ("PHNOM PENH - A Cambodian court on Thursday
    charged X with incitement", "a judge sentenced ...", "Burundian prosecutors on Monday charged X"): the court sits
    in the dateline city the story is filed from."""
    families, actors = _court_acts()
    if ev.action not in families:
        return False
    tok = trigger_token(ev, ctx)
    verb = tok if tok is not None and tok.pos_ == "VERB" else None
    bench = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in actors), None) \
        if verb is not None else None
    if bench is None:
        return False
    countries = {resolve_country(m.text) for m in bench.children if m.dep_ in ("amod", "compound", "poss")} - {None}
    return not countries or countries == {city.country}  # (not "BANGKOK - A Cambodian court charged X")


@cache
def _court_acts() -> tuple[frozenset[str], frozenset[str]]:
    """RETURNS: the court families whose act a court does (``court_words.families`` of ``families.json`` but a
    captive's release) and the words of its subject (``bench_words`` and ``prosecutor_words``)."""
    data = load_data("families.json")["court_words"]
    return frozenset(data["families"]) - {"freed"}, frozenset(data["bench_words"]) | frozenset(data["prosecutor_words"])


def _national_court_at_home(ev: Event, city: PlaceRef) -> bool:
    """RETURNS (bool): a court's ruling ("Nepal's Supreme Court on Tuesday overturned ...") or a legislature's vote
    ("PRISTINA - Kosovo's parliament on Thursday approved ...") from a dateline that is the capital of the body's
    country: the body sits there (not a country's own vote, an election held all over it)."""
    if ev.action not in ("ruling", "vote") or ev.action == "vote" and ev.actor.kind == "country" \
            or not ev.actor.country or ev.actor.country != city.country:
        return False
    capital = capital_of(ev.actor.country)
    return capital is not None and capital.name == city.name


def _told_as_earlier(ev: Event, ctx: _Ctx) -> bool:
    """ "Santoso had also asked to meet X": an event with no day of its own (undated, or dated only by the trip it was
    told after) told in the past perfect (on its verb or a verb it depends on) came before the story's moment, so the
    actor's presence in the dateline city does not place it."""
    tok = trigger_token(ev, ctx)
    for verb in head_chain(tok) if tok is not None else ():
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
            return True
    return False


def _venue_untold(ev: Event, ctx: _Ctx) -> bool:
    """ "Thailand will host a meeting of border officials next week ... He did not give a venue": the event's sentence or
    the next says its venue is not known (``venue_untold_cues`` in ``places.json``), so it takes no default place."""
    tok = trigger_token(ev, ctx)
    if tok is None:
        return False
    sent = tok.sent
    text = sent.text.lower()
    if sent.end < len(ctx.doc):
        text += " " + ctx.doc[sent.end].sent.text.lower()
    return any(cue in text for cue in _venue_cues())


@cache
def _venue_cues() -> tuple[str, ...]:
    """RETURNS (tuple[str, ...]): ``venue_untold_cues`` of ``places.json`` ("did not give a venue", ...)."""
    return tuple(load_data("places.json")["venue_untold_cues"])


def _hosts_at_home(ev: Event, city: PlaceRef) -> bool:
    """ "MONTEVIDEO - Uruguayan President X will host Portuguese Prime Minister Y later this month", "X received Y at the
    Executive Tower": a host's event with no known place, the host of the dateline city's country (or of no known
    country) and a guest of another, is in the dateline city."""
    if ev.action != "host" or ev.place is not None or city.country is None or not ev.counterparts:
        return False
    if ev.actor.country not in (None, city.country):
        return False
    return all(c.country not in (None, city.country) or c.kind == "person" and c.country is None for c in ev.counterparts)


def installed_at_home(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): an article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the same, a
    swearing-in or crowning with no place of its own placed in the dateline city (:func:`_installed_at_home`), before
    the attendances that refer back to it ("is due to attend the coronation") take its place and day."""
    city = dateline_place(ctx)
    if city is None or city.kind != "city":
        return events
    return [replace(ev, place=city) if _installed_at_home(ev, city, ctx) and not _long_before(ev, ctx)
            and not _venue_untold(ev, ctx) else ev for ev in events]


def _installed_at_home(ev: Event, city: PlaceRef, ctx: _Ctx) -> bool:
    """ "NUKU'ALOFA - Crown Prince X will be crowned King of Tonga on Thursday in a ceremony at the Centenary Church":
    a swearing-in or crowning with no known place, of a person of the dateline city's country (or of no known country),
    whose sentence names no place of another country nor another city or site, planned or told on the article's day,
    is in the dateline city.

    ev (Event): an event. city (PlaceRef): the dateline's city. ctx (_Ctx): the doc's index. RETURNS (bool)."""
    if ev.action != "inaugurate" or ev.place is not None or city.country is None or ev.actor.kind != "person" \
            or ev.actor.country not in (None, city.country):
        return False
    span = ev.date.interval()
    if ev.status != "planned" and (span is None or ctx.anchor is None or span[1] < ctx.anchor):
        return False  # ("TACLOBAN - ... The visit came two days after he took office": sworn in elsewhere, for all the
        # dispatch says; the reporter is where the ceremony is only on its day or ahead of it)
    tok = trigger_token(ev, ctx)
    return tok is not None and not any(
        (ref := ctx.places.get(t.i)) is not None and ((ref.country or resolve_country(ref.name)) not in (None, city.country)
                                                      or ref.kind in ("city", "site") and ref.name != city.name)
        for t in tok.sent)  # ("will take office on March 11, and X will attend the ceremony in Valparaiso": there)


def _named_in_body(city: PlaceRef, ctx: _Ctx) -> bool:
    """city (PlaceRef): the dateline's city. RETURNS (bool): the story names it again after the dateline."""
    return any(t.idx >= ctx.dateline_end and ref.name == city.name for t in ctx.doc if (ref := ctx.places.get(t.i)) is not None)


#: Nouns of the margins of a gathering ("on the sidelines of the UN General Assembly").
_SIDELINES = frozenset({"sidelines", "sideline", "margins", "margin"})


#: How many days after a gathering's last day the dateline may still report from it.
_RECENT_DAYS = 7


def _on_the_sidelines(ev: Event, ctx: _Ctx) -> bool:
    """ "NEW YORK - X met a Bhutanese delegation on the sidelines of the UN General Assembly on Wednesday": a meeting
    told on the sidelines of a gathering with no place of its own is at the gathering, which the dateline reports from;
    not one that ended more than a week before the article ("on the sidelines of a UN conference in September last
    year": that gathering was elsewhere, for all the story says)."""
    tok = trigger_token(ev, ctx)
    if tok is None or ev.action not in ("meet", "sign"):
        return False
    span = ev.date.interval()
    if span is not None and ctx.anchor is not None and (ctx.anchor - span[1]).days > _RECENT_DAYS:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(t.lower_ in _SIDELINES and t.dep_ == "pobj" and t.head.lower_ in ("on", "at", "in") for t in verb.subtree)


def _met_a_local_official(ev: Event, city: PlaceRef) -> bool:
    """ "PRISTINA - EU envoy X met Kosovo Prime Minister Albin Kurti on Monday": a dated meeting (or signing) with an
    official of the dateline city's country (a titled counterpart of that country) or that country itself, the actor
    from elsewhere, is in the dateline city; so is a meeting of that country's titled official with titled officials of
    other countries only (not a signing, which may be done at a distance)."""
    if ev.action not in ("meet", "sign") or ev.date.value is None or city.country is None:
        return False
    if ev.actor.country == city.country:  # "HARARE - Zimbabwean President X met Botswana's President Y on Friday": the
        # dateline state's official receives at home a titled guest of another state
        return ev.action == "meet" and ev.actor.kind == "person" and bool(ev.actor.title) and bool(ev.counterparts) and all(
            c.kind == "person" and c.title and c.country not in (None, city.country) for c in ev.counterparts)
    return any(c.kind == "person" and c.title and c.country == city.country or c.kind == "country" and c.name == city.country
               for c in ev.counterparts)  # (or the state itself: "MONTEVIDEO - X on Tuesday signed an agreement with
    # Uruguay")


def sites_of_trip_city(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "WELLINGTON - X will travel to Canberra on March 12 ... X will meet Y at Parliament House": a site of no known
    city (or one the dateline city lent its own, not one its sentence names: "at the Government Palace in Lima"), on an
    event of a traveller whose trip (or the same act) of the same status told before it goes to a city other than the
    dateline's, is in that city (not in the dateline city)."""
    home = dateline_place(ctx)
    out: list[Event] = []
    for ev in events:
        place = ev.place
        if place is not None and place.kind == "site" and (place.country is None and not place.within
                                                           or home is not None and home.name in place.within
                                                           and not _names_place(ev, home, ctx, events)):
            people = {ev.actor.name, *(c.name for c in ev.counterparts if c.kind == "person")}  # ("will be received
            # by King X at the Royal Palace": the guest's trip)
            trips = [p for p in reversed(out) if (p.actor.name in people and p.action in TRIP_FAMILY or p.action == ev.action
                                                  and (p.actor.name in people or p.actor.kind == "country" and (
                                                      ev.actor.country in (None, p.actor.name)
                                                      or any(c.name == ev.actor.country for c in p.counterparts))))
                     and p.status == ev.status and p.place is not None and p.evidence.start <= ev.evidence.start]
            # ("Chile and Vietnam signed the agreement on Monday in Hanoi ... Foreign Minister X and ... put their
            # signatures to the text at the Government Guest House": the act told again at its site)
            trip = next((p for p in trips if p.place is not None and p.place.kind == "city"
                         and (home is None or p.place.name != home.name)), None) or next(
                (p for p in trips if p.place is not None and p.place.kind == "country" and home is not None
                 and p.place.name != home.country and p.place.name not in home.within), None)
            # ("will travel to Norway for a state visit ... at the Royal Palace": in Norway, not in Vilnius)
            if trip is not None and trip.place is not None:
                city = trip.place
                ev = replace(ev, place=replace(place, country=city.country or city.name, within=(city.name, *city.within),
                                               lat=None, lon=None))
        out.append(ev)
    return out


def _names_place(ev: Event, place: PlaceRef, ctx: _Ctx, events: list[Event]) -> bool:
    """Whether the event's sentence names ``place`` after the dateline, not as a word of another event's verb or noun
    ("held talks with X on Thursday and visited Mumbai on Friday, where ...": Mumbai is the visit's, not the talks')."""
    start = max(ev.evidence.start, ctx.dateline_end)
    if start >= ev.evidence.end:
        return False  # (a headline before the dateline names no place after it)
    span = ctx.doc.char_span(start, ev.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    own = trigger_token(ev, ctx)
    others = [t for o in events if o.evidence.start == ev.evidence.start and o.evidence.trigger_start != ev.evidence.trigger_start
              and (t := trigger_token(o, ctx)) is not None and own is not None and t != own and not t.is_ancestor(own)]
    own_site = own is not None and _at_outlying_site(own)
    return any((ref := ctx.places.get(t.i)) is not None and ref.name == place.name
               and not any(o.is_ancestor(t) or o == t for o in others) and not _in_attribution(t)
               and not (own_site and own is not None and not own.is_ancestor(t)) for t in span)


@cache
def _outlying_sites() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``outlying_sites`` of ``places.json`` ("airport", "border")."""
    return frozenset(load_data("places.json")["outlying_sites"])


def _at_outlying_site(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): its own clause places it "at" or "in" an ``outlying_sites`` noun of
    ``places.json`` ("arrested at the airport"), a site that may lie outside a city its sentence names elsewhere."""
    sites = _outlying_sites()
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in", "near") and any(
        g.dep_ == "pobj" and g.lower_ in sites for g in c.children) for c in tok.children)


def _in_attribution(tok: Token) -> bool:
    """Whether a word is in the source of a reporting verb ("..., the U.S. embassy in Hanoi said"): the source's place,
    not the event's."""
    reporting = _lex().reporting
    for up in tok.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return up.lemma_.lower() in reporting and any(
                c.dep_ == "nsubj" and c.left_edge.i <= tok.i <= c.right_edge.i for c in up.children)
    return False
