"""Match a question's pattern to stored events.

An event fits when it is the question's actor's (or the actor is its guest, or present abroad
through it), its action is in the question action's family, and its place, counterpart, object
and topic fit (:func:`candidate_events`). The target is a place (aliases and containment come
from the store: JSA is within the DMZ, within South Korea: :func:`find_place`), a counterpart,
or the words of a named meeting.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache
from datetime import date
from typing import Sequence

from ..model import UNKNOWN_DATE, ActorInfo, ActorRef, DateValue, EventRecord, Evidence, PlaceRef
from ..store.base import Store
from ..store.merge import NATIONWIDE_PHRASES, nationwide_what, what_answers
from .actor_match import actors_as_of, crowd_word, signed_by
from .happened import other_partner_only, sentence_topic, titled_members
from .moves import moved_away
from .overlap import in_place, may_coincide, spans_meet
from .phrase_words import mentions_name, phrase_tokens, singular
from .question import QuestionPattern, act_kind_matches, asked_actions, load_data, object_kind

__all__ = ["find_place", "candidate_events", "kinds_told", "known_countries", "sentence_kind"]


def find_place(store: Store, name: str) -> PlaceRef | None:
    """Find a place by name or alias: the gazetteer first, then places the store has seen.

    store (Store): the store.
    name (str): place words from the question (``the DMZ``, ``Seoul``).
    RETURNS (PlaceRef | None): the place, with containment; None when unknown.
    """
    from ..extract.places import resolve_place  # the shared gazetteer (aliases, containment)

    found = resolve_place(name)
    if found is None and name.islower():
        # a question typed in lower case ("will rautio visit thailand"): a country by its name
        # (places the store has seen match in any case below; "summit" is no town here)
        titled = resolve_place(" ".join(w if w in ("of", "and", "the") else w.capitalize() for w in name.split()))
        found = titled if titled is not None and titled.kind == "country" else None
    key = _folded(phrase_tokens(name))
    seen = [place for place in store.places() if _folded(phrase_tokens(place.name)) == key]
    if found is not None and found.kind != "region" and seen and all(p.name != found.name or p.kind != found.kind
                                                                     for p in seen):
        return seen[0]  # "San Jose" asked when the stories tell of Costa Rica's San José, "Liberia" when they tell of
        # the Costa Rican city: the place the store knows (never over a region the gazetteer names so on purpose:
        # "Gaza" is the Gaza Strip, though a "GAZA" dateline stored the city)
    if found is not None:
        return found
    if seen:
        return seen[0]
    words = name.split()
    if len(words) > 1 and words[-1].capitalize() in _place_words("venue_heads"):
        return find_place(store, " ".join(words[:-1]))  # "the terminal at Liberia airport": the airport's town
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 1 and words[0].lower() in load_data("question")["direction_words"]:
        return find_place(store, " ".join(words[1:]))  # "northern Iraq", "the eastern Mediterranean": the place named
    if len(words) > 2 and words[1] == "of" and words[0].lower() in _place_words("settlement_nouns"):
        return find_place(store, " ".join(words[2:]))  # "the port of Rotterdam", "the city of Mosul": that place
    return None


@cache
def _place_words(key: str) -> frozenset[str]:
    """key (str): a word list of the extractor's ``places.json``: ``venue_heads`` (heads of a facility named after its
    town: "Liberia airport", "Durban port") or ``settlement_nouns`` (a settlement named by an "of" phrase: "the port of
    Rotterdam"). RETURNS (frozenset[str]): its words."""
    from ..extract.nlp import load_data  # the extractor's language data, read once

    return frozenset(load_data("places.json")[key])


def _folded(words: list[str]) -> list[str]:
    """words (list[str]): phrase words. RETURNS (list[str]): the same without accents ("josé" -> "jose")."""
    return [unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() or w for w in words]


def _names_actor(refs: Sequence[object], actor: ActorInfo) -> bool:
    """refs (Sequence[object]): actor references (an event's actor, counterparts). actor (ActorInfo): a stored actor.
    RETURNS (bool): True when one of the references is the actor by its name or an alias, stop words aside, or, for a
    country, a person or body of that country ("sign an agreement with Ghana": with Ghana's trade minister; "sanctions
    on Sudan": on its Rapid Support Forces), or, for an office
    ("Defence Minister of Cambodia"), a person of its country holding its title."""
    names = {" ".join(phrase_tokens(n)) for n in (actor.name, *actor.aliases)}
    office = actor.kind == "person" and bool(actor.country) and actor.name.endswith(f" of {actor.country}")
    return any(" ".join(phrase_tokens(getattr(r, "name", ""))) in names for r in refs) or actor.kind == "country" and any(
        getattr(r, "kind", None) in ("person", "org") and getattr(r, "country", None) == actor.name for r in refs) \
        or office and any(
        getattr(r, "kind", None) == "person" and getattr(r, "country", None) == actor.country
        and (title := getattr(r, "title", None)) and f"{title} of {actor.country}".lower() == actor.name.lower()
        for r in refs)  # ("the defence minister of Cambodia": Tea Seiha, the holder the event names, titled so)


def known_countries(event: EventRecord, countries: dict[str, str]) -> EventRecord:
    """The event with each person's country filled in from the store when its report gave
    none ("Tetsuya Morikawa" of Japan), so a sentence naming the parties' countries ("the
    foreign ministers of South Korea and Japan") is read as whose event it is, not where.

    event (EventRecord): a matched event. countries (dict): actor name -> country, as stored.
    RETURNS (EventRecord): the event with those countries."""

    def filled(ref: ActorRef) -> ActorRef:
        return replace(ref, country=countries[ref.name]) if not ref.country and ref.name in countries else ref

    return replace(event, actor=filled(event.actor), counterparts=tuple(filled(c) for c in event.counterparts))


def _sentence_names(event: EventRecord, whom: ActorInfo) -> bool:
    """event (EventRecord): a candidate event. whom (ActorInfo): the person or body a question names. RETURNS (bool): a
    sentence of the event names them (a person by surname)."""
    name = whom.name.split()[-1] if whom.kind == "person" else whom.name
    return any(mentions_name(ev.sentence, name) for ev in event.evidence)


def _topic_match(event: EventRecord, topic: str) -> bool:
    """event (EventRecord): an event. topic (str): the question's target words.
    RETURNS (bool): True when one of its sentences names the topic (:func:`~.happened.sentence_topic`)."""
    return any(sentence_topic(ev.sentence, topic) for ev in event.evidence)


def _owned_gathering(event: EventRecord, target: str, known: list[EventRecord]) -> bool:
    """ "Will Y attend the inauguration of X?": an attendance whose sentence names the occasion ("is expected to attend
    the inauguration") in an article that tells an event of X ("X will be sworn in on Saturday").

    event (EventRecord): a candidate attendance. target (str): "<gathering noun> of <name>". known (list[EventRecord]):
    the stored events. RETURNS (bool): True when so."""
    noun, _, owner = target.partition(" of ")
    owner = owner.strip()
    if event.action != "attend" or not owner or not noun.strip():
        return False
    naming = {ev.article_id for ev in event.evidence if noun.strip().lower() in phrase_tokens(ev.sentence)}
    return bool(naming) and any(mentions_name(other.actor.name, owner) and naming & {ev.article_id for ev in other.evidence}
                                for other in known if other.id != event.id)


def _as_now_told(event: EventRecord, action: str) -> EventRecord:
    """event (EventRecord): a candidate event. action (str): the family asked about.
    RETURNS (EventRecord): the event itself for the asked family; for another family, with only the sentences that tell
    its current status (all of them when none does): "will fly to X to hold talks with Y and to attend a session of
    the council" names the session, but "met Y in X on Wednesday" tells nothing of attending it, so the meeting that
    happened answers no question about the session."""
    if event.action == action:
        return event
    told = tuple(ev for ev in event.evidence if ev.status == event.status)
    return replace(event, evidence=told) if told else event


def _at_named_gathering(event: EventRecord, topical: Sequence[EventRecord]) -> bool:
    """True when an attendance ("have confirmed they will attend") or a hosting ("will host the talks") is at a
    gathering its article names in another event's sentence ("Zambia will host a one-day summit ...", "Nordic energy
    ministers will meet in Oslo on Thursday" for "host the Nordic energy ministers' meeting"):
    an event matching the topic, reported by the same article, at the same place (or one
    of them placeless) on overlapping days (or one of them undated)."""
    if event.action not in ("attend", "host"):
        return False
    articles = {e.article_id for e in event.evidence}
    days = event.date.interval()
    for other in topical:
        if other.id == event.id or not articles & {e.article_id for e in other.evidence}:
            continue
        if event.place is not None and other.place is not None and event.place.name != other.place.name:
            continue
        theirs = other.date.interval()
        if days is None or theirs is None or spans_meet(days, theirs):
            return True
    return False


def _abroad(event: EventRecord, target: PlaceRef, home: str | None = None, expected: bool = False) -> bool:
    """True when the event takes place in the target place and that is abroad for its
    actor: both countries known and different (a host at home is not visiting). When the
    actor's country is not known, meeting a counterpart of the place's country there (the
    host at home) puts the actor abroad: "Boateng met Tinubu in Abuja".

    home (str | None): the actor's country as the store knows it across articles, used when
        the event's latest report gives none ("Prime Minister Nikol Pashinyan").
    expected (bool): the actor has a visit of its own to the target on record (a plan); with
        no home country known (the head of an international body), an event of theirs there
        is that visit ("Georgieva met President Dissanayake in Colombo").
    """
    place = event.place
    if place is None or not in_place(place, target):
        return False
    home, there = event.actor.country or home, place.country or (place.name if place.kind == "country" else None)
    if not home and there:
        return expected or any(c.country == there and c.name != event.actor.name for c in event.counterparts)
    return bool(home and there and home != there)


def _place_fits(event: EventRecord, target: PlaceRef) -> bool:
    """True when the event is in the target place, or has no place but names it
    (as a counterpart, or in an evidence sentence: of a happened event, one telling it happened, and never after
    "instead of"), or covers its actor's whole country
    (:func:`nationwide`) and the target lies in that country."""
    if in_place(event.place, target):
        return True
    if event.place is not None:
        return False
    told = [e for e in event.evidence if e.status == event.status] if event.status == "happened" else []
    return any(mentions_name(c.name, target.name) for c in event.counterparts) or any(
        mentions_name(_without_replaced_places(e.sentence), target.name) for e in told or event.evidence
    ) or _fits_as_nationwide(event, target)


def _without_replaced_places(sentence: str) -> str:
    """sentence (str): an evidence sentence. RETURNS (str): the sentence without the place after each
    ``replaced_place_phrases`` phrase of the extractor's ``triggers.json`` ("went ahead by video link instead of in
    Valletta": Valletta is where it was not held)."""
    return _replaced_place_pattern().sub("", sentence)


@cache
def _replaced_place_pattern() -> re.Pattern[str]:
    """RETURNS (re.Pattern): a ``replaced_place_phrases`` phrase and the capitalized name after it."""
    from ..extract.nlp import load_data as extract_data
    phrases = "|".join(re.escape(p) for p in extract_data("triggers.json")["replaced_place_phrases"])
    return re.compile(rf"\b(?:{phrases})\s+(?:(?:in|to|at)\s+)?(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


def _fits_as_nationwide(event: EventRecord, target: PlaceRef) -> bool:
    """RETURNS (bool): the event has no place, is told as covering its actor's country (:func:`nationwide`), and the
    target lies in that country."""
    return event.place is None and bool(event.actor.country) and event.actor.country in (target.country, target.name) \
        and nationwide(event)


def _local_over_nationwide(events: list[EventRecord], target: PlaceRef) -> list[EventRecord]:
    """events (list[EventRecord]): the events that fit a question about ``target``. RETURNS (list[EventRecord]): the
    same without an event that fits only as a nationwide one where an event placed in the target shares a day with it
    ("Doctors in Andalusia will not join the national strike" answers "in Andalusia", not the national plan)."""
    local = [e for e in events if in_place(e.place, target)]
    return [e for e in events if not (
        local and not in_place(e.place, target) and not any(mentions_name(c.name, target.name) for c in e.counterparts)
        and not any(mentions_name(ev.sentence, target.name) for ev in e.evidence) and _fits_as_nationwide(e, target)
        and any(may_coincide(e, other) for other in local))]


def nationwide(event: EventRecord) -> bool:
    """event (EventRecord): a stored event. RETURNS (bool): True when it is told as covering its actor's whole country:
    its object has a nationwide word (:func:`~dateline.store.merge.nationwide_what`: "a nationwide 24-hour strike", "a
    general strike") or a sentence of it a ``nationwide_phrases`` phrase of the store's ``merge.json`` ("walked out
    across the country")."""
    return nationwide_what(event.what) or any(
        mentions_name(ev.sentence, phrase) for ev in event.evidence for phrase in NATIONWIDE_PHRASES)


def _names_asked_occasion(event: EventRecord, target: str) -> bool:
    """event (EventRecord): a candidate event. target (str): the question's target words ("state dinner for Y").
    RETURNS (bool): False when the target names an occasion (``occasion_nouns`` of ``data/cues.json``: a dinner, a
    reception) that no sentence telling the event's current status names; True otherwise."""
    wanted = singular(set(phrase_tokens(target))) & frozenset(load_data("cues")["occasion_nouns"])
    if not wanted:
        return True
    told = [ev for ev in event.evidence if ev.status == event.status] or list(event.evidence)
    return any(wanted & singular(set(phrase_tokens(ev.sentence))) for ev in told)


def _place_of_another(event: EventRecord, target: PlaceRef, known: list[EventRecord]) -> bool:
    """Whether a placeless event fits ``target`` only because its sentences name it, while each such sentence tells
    another event of the same actor placed there ("cancelled his planned stop in Porto Alegre ... and flew back on
    Thursday night": the place is the stop's, the flight is none to Porto Alegre).

    event (EventRecord): a candidate event. target (PlaceRef): the asked place. known (list[EventRecord]): the
    stored events. RETURNS (bool): True when the place belongs to the other events of those sentences.
    """
    if event.place is not None or any(mentions_name(c.name, target.name) for c in event.counterparts):
        return False
    naming = [ev for ev in event.evidence if mentions_name(ev.sentence, target.name)]
    if not naming:
        return False
    placed = {(ev.article_id, ev.start) for other in known if other.id != event.id
              and other.actor.name == event.actor.name and other.place is not None and in_place(other.place, target)
              for ev in other.evidence}
    return all((ev.article_id, ev.start) in placed for ev in naming)


def sentence_kind(event: EventRecord, ev: Evidence) -> str | None:
    """The kind of act one sentence tells an event as (``act_kinds`` of ``data/question.json``): the longest kind
    word written over its trigger ("would march", "went on strike", "walked out").

    event (EventRecord): the event. ev (Evidence): one of its sentences.
    RETURNS (str | None): the kind; None when the trigger is unknown or a generic word ("protest", "demonstration").
    """
    start, end = ev.trigger_start - ev.start, ev.trigger_end - ev.start
    if ev.trigger_start < 0 or not 0 <= start < len(ev.sentence):
        return None
    over = [m for m in act_kind_matches(event.action, ev.sentence) if m[0] < max(end, start + 1) and m[1] > start]
    return max(over, key=lambda m: m[1] - m[0])[2] if over else None


def kinds_told(event: EventRecord) -> set[str]:
    """event (EventRecord): a stored event. RETURNS (set[str]): the kinds of act the store tells it as: its object's
    ("general strike": strike) and its sentences' (:func:`sentence_kind`); empty when none tells one."""
    told = {k for ev in event.evidence if (k := sentence_kind(event, ev)) is not None}
    kind = object_kind(event.action, event.what)
    return told | {kind} if kind is not None else told


def _of_kind(event: EventRecord, asked: str) -> EventRecord | None:
    """An event as a question naming a kind of act sees it ("Will teachers march ...?").

    event (EventRecord): a candidate event. asked (str): the kind the question names.
    RETURNS (EventRecord | None): None when the store tells the event as other kinds only (Monday's strike for a
        march); the event with only the sentences of the asked kind or of none when it is told as several (a march
        merged into a strike); the event unchanged when it is told as no kind ("a protest") or only the asked one.
    """
    told = kinds_told(event)
    if not told and asked == "strike" and event.cameo.startswith("141"):
        return None  # "Will doctors go on strike?" is not answered by "doctors protested outside the ministry", a
        # demonstration (CAMEO 141), no strike
    if not told or told == {asked}:
        return event
    if asked not in told:
        return None
    return _narrowed(event, tuple(ev for ev in event.evidence if sentence_kind(event, ev) in (asked, None)), event.date)


def _told_in_sentence(asked: str, event: EventRecord) -> bool:
    """Whether a sentence of the event names every word of the asked object ("vote on the South Sudan mission" is
    told by "will vote on a resolution extending the mandate of the peacekeeping mission in South Sudan", whose
    stored object is only "resolution").

    asked (str): the question's object, determiners dropped. event (EventRecord): a stored event.
    RETURNS (bool): True when one evidence sentence holds all the object's words (plural -s dropped; the parts of a
        hyphenated word each: "the Dodoma-Tabora railway" is told by "the railway line between Dodoma and Tabora").
    """
    wanted = singular(_parts(asked))
    return bool(wanted) and any(wanted <= singular(_parts(ev.sentence)) for ev in event.evidence)


def _article_text(store: Store, ev: Evidence, texts: dict[str, str]) -> str:
    """store (Store): the store. ev (Evidence): a report's evidence. texts (dict[str, str]): article id -> text, read
    so far (filled in). RETURNS (str): the text of the evidence's article, read once (the articles of its day, no
    extraction parsed; :meth:`Store.article` for an undated one)."""
    if ev.article_id not in texts:
        day = [a for a in store.articles(ev.published, ev.published) if a.id == ev.article_id] \
            if ev.published is not None else []
        texts[ev.article_id] = day[0].text if day else store.article(ev.article_id)[0].text
    return texts[ev.article_id]


def _proper_name(name: str) -> bool:
    """name (str): an asked actor's name. RETURNS (bool): every word but a short function word is capitalized ("Haki
    Sasa Alliance", "Clean Rivers Now"; not "Greek air traffic controllers", a crowd described)."""
    words = name.removeprefix("the ").split()
    return bool(words) and all(w[:1].isupper() or w in ("of", "for", "and", "the", "de", "du", "des", "la", "le")
                               for w in words)


def _parts(text: str) -> set[str]:
    """text (str): a phrase or a sentence. RETURNS (set[str]): its :func:`phrase_tokens`, hyphenated ones split."""
    return {part for w in phrase_tokens(text) for part in w.split("-") if part}


def candidate_events(
    store: Store,
    pattern: QuestionPattern,
    actor: ActorInfo,
    as_of: date,
    target_place: PlaceRef | None,
    target_actor: ActorInfo | None,
    extra_place: PlaceRef | None = None,
) -> list[EventRecord]:
    """Stored events (as known on ``as_of``) that fit the pattern.

    An event fits when its actor is the question's actor and its action is in the
    question action's family (``action_matches`` in ``data/question.json``) or is one
    that puts the actor in the target place abroad (``presence_actions``: a US
    secretary meeting a minister in Tokyo visits Japan), or when
    the question's actor is one of its counterparts and its action is one the actor
    takes part in as a guest (``counterpart_actions``: a hosted summit is visited,
    attended and met at) or one that puts them in the target place abroad (talks with them
    in Brussels are their visit there); then the place, counterpart and topic must fit.

    store (Store): the store.
    pattern (QuestionPattern): the parsed question.
    actor (ActorInfo): the matched actor.
    as_of (date): only evidence published by this day counts.
    target_place (PlaceRef | None): the target when it is a place.
    target_actor (ActorInfo | None): the target when it is a counterpart.
    extra_place (PlaceRef | None): the meeting place, if the question names one.
    RETURNS (list[EventRecord]): matching events in calendar order.
    """
    data = load_data("question")
    families = asked_actions(pattern.action)
    guest_families: list[str] = data["counterpart_actions"].get(pattern.action, [])
    presence: list[str] = data["presence_actions"].get(pattern.action, [])
    done_presence: list[str] = data["done_presence_actions"].get(pattern.action, [])
    unmatched_what = frozenset(data["unmatched_what_families"])
    topic_what = frozenset(data["sentence_what_families"])
    offices = frozenset(data["office_families"])
    own = {e.id for e in store.events(actor=actor.name, as_of=as_of)}
    countries = {a.name: a.country for a in actors_as_of(store, as_of) if a.country is not None}
    known = [known_countries(e, countries) for e in store.events(as_of=as_of)]  # ("signed ... by Presidents X and
    # Y": Y of Malawi, as stored, for "Will Zambia and Malawi sign ...?"; and a sentence naming the parties' countries,
    # "the foreign ministers of South Korea and Japan", read as whose event it is, not where)
    asked_place = target_place or extra_place
    if asked_place is not None:  # a plan moved away from the place asked about: as it stood there, called off by the move
        known = [away if (away := moved_away(e, lambda p: in_place(p, asked_place))) is not None else e for e in known]
    if actor.kind == "group":
        # a crowd's protest joined to its organisers' ("Thousands of farmers protested" under
        # "farmers' groups"): the group is the event's too when a sentence of it names the group;
        # the crowd as such ("protesters", "demonstrators") is any group's
        said = singular(set(phrase_tokens(actor.name)))
        anyone = crowd_word(actor.name)
        own |= {e.id for e in known if e.actor.kind in ("group", "org") and e.action in families
                and (anyone and e.actor.kind == "group"
                     or not anyone and any(said <= singular(set(phrase_tokens(ev.sentence))) for ev in e.evidence))}
        # (a union told by name, "the Kenya Union of Teachers", is the teachers' when a sentence of its event names
        # them: "Kenya's largest teachers' union said its members would strike")
        # a protest told with no crowd of its own ("A second protest is planned in Seville", stored under the crowd
        # word "protesters") in an article about the group's protests is the group's
        if not anyone and _proper_name(actor.name):  # (the organisers named in the article of an unnamed crowd's
            # protest: "A coalition of rights groups said it would lead a march ... The Haki Sasa Alliance, which brings
            # together ...": the alliance's)
            name = re.compile(rf"(?<![\w-]){re.escape(actor.name.removeprefix('the '))}(?![\w-])", re.IGNORECASE)
            texts: dict[str, str] = {}
            own |= {e.id for e in known if e.actor.kind == "group" and e.actor.name[:1].islower() and e.action in families
                    and any(name.search(_article_text(store, ev, texts))
                            for ev in e.evidence if ev.published is None or ev.published <= as_of)}
        told = {ev.article_id for e in known if e.id in own for ev in e.evidence}
        own |= {e.id for e in known if e.actor.kind == "group" and e.action in families and crowd_word(e.actor.name)
                and any(ev.article_id in told for ev in e.evidence)}
    if actor.kind == "country":
        own |= {e.id for e in known if e.actor.kind == "person" and e.actor.country == actor.name and e.action in families}
        # "Did Paraguay and Vietnam sign a trade agreement?": the signing stored under Paraguay's minister, whichever
        # state the question names first
    if actor.kind == "person" and actor.country is not None:
        own |= {e.id for e in known if e.actor.kind == "country" and e.actor.name == actor.country
                and e.action in families and e.action in data["signer_families"] and signed_by(e, actor.name)}
        # "Will Sarah Whitcombe sign ...?": "New Zealand Trade Minister Sarah Whitcombe signed the accord", stored as
        # the states' signing
    topical = [e for e in known if pattern.target and _topic_match(e, pattern.target)]
    visits = set(data["action_matches"]["visit"])
    expected = target_place is not None and any(
        e.id in own and e.action in visits and _place_fits(e, target_place) for e in known)
    out = []
    for event in known:
        if event.id in own:
            if event.action not in families and not (
                (event.action in presence or event.action in done_presence and event.status == "happened")
                and target_place is not None and _abroad(event, target_place, actor.country, expected)
            ):
                continue  # (an opening abroad puts its actor there once done: "Queen X opened a centre in Mombasa";
                # a planned one moves with the trip it was for)
            if target_actor is not None and not _names_actor(event.counterparts, target_actor) \
                    and not (pattern.action in topic_what and _sentence_names(event, target_actor)):
                continue  # (a vote "against X" told "rejected a motion to censure X": its sentence names X)
        else:
            # the actor as the counterpart: "Costa will host Takaichi" for "Will Takaichi visit Brussels?";
            # a meeting abroad for them: "Halvorsen and Khattak held talks in Brussels" for "Will Khattak visit Brussels?"
            guest = event.action in guest_families and _names_actor(event.counterparts, actor)
            ref = next((c for c in event.counterparts if _names_actor((c,), actor)), None)
            present = (not guest and ref is not None and event.action in presence and target_place is not None
                       and _abroad(replace(event, actor=ref, counterparts=(event.actor,)), target_place, actor.country,
                                   expected))
            if not (guest or present):
                continue
            if target_actor is not None and not _names_actor((event.actor, *event.counterparts), target_actor):
                continue
        asked_what, named = _what_of_name(_bare_what(pattern.what)) if pattern.what is not None \
            and pattern.action not in unmatched_what else (None, None)  # "exchange prisoners": any captives
        if pattern.what is not None and pattern.action in unmatched_what and _is_name(pattern.what):
            named = pattern.what  # "release Andrzej Wolski": an event whose sentence names him
        voted_on = None
        if asked_what is not None and pattern.action == "vote" and asked_what.lower().startswith("to ") \
                and len(asked_what.split()) > 1:
            voted_on = _bare_what(" ".join(asked_what.split()[2:])) or None  # ("vote to extend the South Sudan
            # peacekeeping mission": the mission, which a sentence of the vote names)
            asked_what = asked_what.split()[1]  # "vote to censure Rafael Olguin": a censure vote (whom it is on is told
            # by its sentences, maybe as "him")
        stored_what = event.what
        if asked_what is not None and pattern.action in offices:
            asked_what, stored_what = _portfolio(asked_what), _portfolio(event.what)  # ("farm minister" answers "a new
            # agriculture minister"; the event keeps its own words)
        if asked_what is not None and what_answers(asked_what, stored_what) is False \
                and not (pattern.action in topic_what and _told_in_sentence(asked_what, event)) \
                and not (voted_on is not None and _told_in_sentence(voted_on, event)):
            continue  # "launch a satellite" is not answered by a missile
        if pattern.variety is not None:
            kind = _of_kind(event, pattern.variety)
            if kind is None:
                continue  # "Will teachers march ...?" is not answered by their strike
            event = kind
        if named is not None and not any(mentions_name(ev.sentence, named.split()[-1]) for ev in event.evidence) \
                and not any(mentions_name(c.name, named) for c in event.counterparts):
            continue  # "the appointment of Ivo Marinov": a sentence of the event names Marinov
        if target_place is not None and not _place_fits(event, target_place):
            continue
        if pattern.target and not _names_asked_occasion(event, pattern.target):
            continue  # "host a dinner for Y": "received Y at State House" tells no dinner
        if target_place is not None and _place_of_another(event, target_place, known):
            continue  # "cancelled his stop in Porto Alegre ... and flew back": the flight is not to Porto Alegre
        if pattern.action == "attend" and event.action != "attend" and pattern.target \
                and _before_gathering(event, pattern.target):
            continue  # "held talks with X, a day ahead of the inauguration": not at the inauguration asked
        if target_place is None and target_actor is None and pattern.target and not (
            _topic_match(_as_now_told(event, pattern.action), pattern.target)
            or any(mentions_name(c.name, pattern.target) for c in event.counterparts)
            or _at_named_gathering(event, topical)
            or pattern.action == "attend" and _owned_gathering(event, pattern.target, known)
        ):
            continue
        if extra_place is not None and event.place is not None and not in_place(event.place, extra_place) and not (
                pattern.action == "attend" and event.action == "attend" and in_place(extra_place, event.place)):
            continue  # (an attendance told of the country, "led the delegation instead" after "did not travel to
            # Paraguay for Thursday's Mercosur summit", is at the summit asked of its city)
        if extra_place is not None and event.place is None and _on_trip_elsewhere(event, extra_place, known, visits):
            continue  # "will travel to Asuncion ... expected to sign an agreement": signed in Asuncion, not Encarnacion
        if target_place is None and target_actor is None and pattern.target and pattern.action in ("meet", "call") \
                and not any(mentions_name(c.name, pattern.target) for c in event.counterparts):
            event = _topic_sentences(event, pattern.target)
        if target_actor is not None and pattern.action in ("meet", "call") and len(event.counterparts) > 1:
            event = _partner_sentences(event, pattern.target or target_actor.name)
        out.append(event)
    return _local_over_nationwide(out, target_place) if target_place is not None else out


def _is_name(phrase: str) -> bool:
    """phrase (str): a question's object. RETURNS (bool): every word is capitalized ("Andrzej Wolski"), a name."""
    return bool(phrase.split()) and all(w[:1].isupper() for w in phrase.split())


def _before_gathering(event: EventRecord, target: str) -> bool:
    """Whether every sentence of a non-attendance event tells it ahead of the gathering a question asks about ("held
    talks with X on Monday, a day ahead of the inauguration" for "attend the inauguration": ``ahead_of_gathering`` of
    ``data/cues.json``).

    event (EventRecord): a matched event. target (str): the question's target words ("the inauguration in X").
    RETURNS (bool): True when the target names a gathering noun and each sentence that tells the event happened (each
        evidence sentence when none does) puts it before the gathering.
    """
    data = load_data("cues")
    nouns = [w for w in phrase_tokens(target) if w in data["gathering_nouns"]]
    if not nouns:
        return False
    frames = "|".join(re.escape(p) for p in data["ahead_of_gathering"])
    pattern = re.compile(rf"\b(?:{frames})\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+){{0,3}}(?:{'|'.join(nouns)})\b",
                         re.IGNORECASE)
    told = [ev for ev in event.evidence if ev.status == "happened"] or list(event.evidence)
    return all(pattern.search(ev.sentence) for ev in told)


def _on_trip_elsewhere(event: EventRecord, place: PlaceRef, known: list[EventRecord], journeys: set[str]) -> bool:
    """Whether a placeless event is told in an article of its actor's trip to somewhere outside ``place`` (and no
    sentence of it names ``place``): it belongs to that trip.

    event (EventRecord): a placeless event. place (PlaceRef): the place a question asks about.
    known (list[EventRecord]): the stored events. journeys (set[str]): the actions of a trip (visit, travel...).
    RETURNS (bool): True when such a trip is told in one of the event's articles.
    """
    if _place_fits(event, place):
        return False
    articles = {ev.article_id for ev in event.evidence}
    return any(other.id != event.id and other.action in journeys and other.place is not None
               and other.actor.name == event.actor.name and not in_place(other.place, place)
               and any(ev.article_id in articles for ev in other.evidence) for other in known)


def _portfolio(what: str | None) -> str | None:
    """what (str | None): an office ("farm minister"). RETURNS (str | None): its words with each portfolio name in one
    spelling (``portfolio_synonyms``: "agriculture minister")."""
    if what is None:
        return None
    synonyms: dict[str, str] = load_data("question")["portfolio_synonyms"]
    return " ".join(synonyms.get(w.lower(), w) for w in what.split())


def _what_of_name(what: str) -> tuple[str, str | None]:
    """what (str): a question's object ("appointment of Ivo Marinov", "Mwila Banda's petition"). RETURNS (tuple[str,
    str | None]): the thing and the name of whom it is, when it ends in "of" and capitalized words, or opens with
    capitalized words and "'s" ("appointment", "Ivo Marinov"; events store "Marinov's appointment" as "appointment");
    else the object and None."""
    m = re.fullmatch(r"(.+?)\s+of\s+((?:[A-Z][\w'-]*\s*)+)", what.strip())
    if m:
        return m.group(1), m.group(2).strip()
    m = re.fullmatch(r"((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)(?:'s|’s)\s+(.+)", what.strip())
    return (m.group(2), m.group(1)) if m else (what, None)


def _bare_what(what: str) -> str:
    """what (str): a question's object as written ("new sanctions", "a ballistic missile").
    RETURNS (str): without its leading words (``what_leading_words`` of ``data/question.json``:
        "a", "new", "another"), as events store it."""
    leading = "|".join(re.escape(w) for w in load_data("question")["what_leading_words"])
    return re.sub(rf"^(?:(?:{leading})\s+)+", "", what.strip(), flags=re.IGNORECASE) or what


def _partner_sentences(event: EventRecord, asked: str) -> EventRecord:
    """A meeting with several counterparts as one of them sees it: without the sentences that
    name another counterpart and not the asked one ("held talks with Nkosi" is no report of the
    talks with Rao); status and date as those articles told them.

    event (EventRecord): the matched event. asked (str): the question's counterpart words.
    RETURNS (EventRecord): the narrowed event, or the event unchanged when nothing is left out
        or nothing would be left."""
    return _narrowed(event, tuple(ev for ev in event.evidence if not other_partner_only(event, ev, asked)), event.date)


def _topic_sentences(event: EventRecord, topic: str) -> EventRecord:
    """A meeting matched only because a sentence names the asked person ("talks with Nkosi, and
    with Rao": Rao is no counterpart of the stored event) as that person's meeting: only the
    sentences naming them count ("held talks with Nkosi" tells nothing of Rao).

    event (EventRecord): the matched event. topic (str): the question's target words.
    RETURNS (EventRecord): the event with only those sentences (its status the last one's),
        or the event unchanged when none names the topic."""
    return _narrowed(event, tuple(ev for ev in event.evidence if sentence_topic(ev.sentence, topic)
                                  or titled_members(event, ev.sentence, topic)), UNKNOWN_DATE)



def _narrowed(event: EventRecord, kept: tuple[Evidence, ...], no_date: DateValue) -> EventRecord:
    """The event as only some of its sentences tell it: status of the last of them, history and
    date of their articles (``no_date`` when those articles left no history entry).
    RETURNS (EventRecord): that event, or ``event`` unchanged when ``kept`` is all or nothing."""
    if not kept or len(kept) == len(event.evidence):
        return event
    history = tuple(h for h in event.history if h.article_id in {e.article_id for e in kept})
    return replace(event, status=kept[-1].status, evidence=kept, history=history,
                   date=history[-1].date if history else no_date)
