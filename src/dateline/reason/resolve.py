"""Match a question's pattern to stored events, and resolve it from their evidence.

Matching: the actor phrase is read against every stored actor's name, aliases and
dated titles (``the US defence secretary`` -> Pete Hegseth); the target is a place
(aliases and containment come from the store: JSA is within the DMZ, within South
Korea), a counterpart, or the words of a named meeting. Resolution rules, in order:

1. ``yes``: an event reported as happened within the window (``ambiguous`` instead
   when another article, published no earlier than the first such report, denies,
   postpones or calls off that event or a matched event on the same day: a denial of
   the plan before the event is overtaken by it, not a conflict);
2. ``annulled``: a question "during his trip to X" whose trip events are all cancelled;
3. ``no``: every matching event is cancelled (or reported cancelled, with its only
   "happened" sentences placing it elsewhere), or the window has closed (as-of day
   later than its last day plus :data:`GRACE_DAYS`) with nothing reported as happened;
4. open (None) otherwise.
"""

from __future__ import annotations

import re
from functools import cache
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Mapping, Sequence

from ..model import UNKNOWN_DATE, ActorInfo, DateValue, EventRecord, Evidence, HistoryEntry, PlaceRef
from ..store.base import Store
from ..store.identity import bare, initials
from ..store.merge import what_answers
from .forecast import cue_hits
from .question import QuestionPattern, load_data, words

__all__ = [
    "GRACE_DAYS",
    "LOOKBACK_DAYS",
    "future_window",
    "Resolution",
    "match_actor",
    "namesakes",
    "title_namesakes",
    "in_place",
    "actors_as_of",
    "find_place",
    "candidate_events",
    "trip_events",
    "occurrence_events",
    "gatherings",
    "span_of",
    "nearest_trip_place",
    "may_fall_in",
    "date_words",
    "happened_evidence",
    "counted_happened",
    "counts_for",
    "trigger_clause",
    "trip_called_off",
    "is_called_off",
    "conflicting_reports",
    "gathering_cancellations",
    "only_country_words",
    "stop_cancellations",
    "trip_postponements",
    "trip_moves",
    "moved_copy",
    "postponed_copy",
    "curtailed_plans",
    "gathering_postponements",
    "resolve",
    "withdrawal_words",
]

#: Days after a window's last day before silence counts as "no": reports of a day's
#: events are often published the next day.
GRACE_DAYS = 1

#: A "Will ...?" question with no first day ("by Friday", no date) is about what happens
#: from this many days before it was asked, or before its last day when it is asked
#: after that day: a late report of a visit within the window still answers it ("Will
#: Erdene visit Seoul by April 30?" asked on May 10, visit on April 28), an old one
#: ("Lu last visited Manila in April 2023") does not.
LOOKBACK_DAYS = 30

_HAPPENED = ("happened", "ongoing")


@dataclass(frozen=True)
class Resolution:
    """How a question stands on the as-of day.

    resolution (str | None): ``yes``, ``no``, ``annulled``, ``ambiguous``, or None while open.
    reason (str): one sentence a person can check.
    event (EventRecord | None): the event that decides it (or the best match).
    cited (Evidence | None): the resolving sentence, if any.
    """

    resolution: str | None
    reason: str
    event: EventRecord | None
    cited: Evidence | None = None


def _tokens(text: str) -> list[str]:
    """RETURNS (list[str]): the words of a phrase without stop words and possessive endings
    ("Pakistan's army chief" -> pakistan, army, chief)."""
    stop = set(load_data("question")["stop_words"])
    return [w.removesuffix("'s") for w in words(text) if w not in stop]


def _contains(haystack: list[str], needle: list[str]) -> int:
    """RETURNS (int): end index + 1 of the first contiguous occurrence, 0 when absent."""
    n = len(needle)
    for i in range(len(haystack) - n + 1):
        if n and haystack[i : i + n] == needle:
            return i + n
    return 0


@cache
def _qualifiers() -> dict[str, str]:
    """Words naming a title's country ("romanian", "south korean", "us") -> country: the
    extractor's demonyms and short names, with ``title_qualifiers`` of ``data/question.json`` on top."""
    from ..extract.nlp import load_data as extract_data

    out = {k: v for k, v in extract_data("demonyms.json").items() if not k.startswith("_")}
    out.update({v.lower(): v for v in list(out.values())})  # "the president of Romania"
    out.update(load_data("question")["title_qualifiers"])
    return out


@cache
def _qualifier_pattern() -> "re.Pattern[str]":
    """Any word of :func:`_qualifiers`, longest first, as a whole word."""
    alternation = "|".join(re.escape(q) for q in sorted(_qualifiers(), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w.])")


@cache
def _office_words() -> frozenset[str]:
    """Words of offices: the extractor's title heads and title words (``titles.json``), with
    ``office_words`` of ``data/question.json`` ("director", "chief"), lower case."""
    from ..extract.nlp import load_data as extract_data

    titles = extract_data("titles.json")
    found = {w for t in titles["titles"] for w in _tokens(t.replace("-", " "))} | set(titles["heads"])
    return frozenset(found | set(load_data("question")["office_words"]))


@cache
def _body_pattern() -> "re.Pattern[str]":
    """Any ``body_qualifiers`` name of ``data/question.json`` (hyphens as spaces), longest first, as whole words."""
    names = [" ".join(n.replace("-", " ").split()) for n in load_data("question")["body_qualifiers"]]
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w.])")


def only_country_words(text: str) -> bool:
    """text (str): lower-case words. RETURNS (bool): True when they are only words naming a
    title's country (:func:`_qualifiers`: "chilean", "south korean", "romania"), or none."""
    return not _qualifier_pattern().sub(" ", text).split()


def _title_match(phrase: list[str], title: str, country: str | None) -> tuple[int, int] | None:
    """How well a phrase is the title plus words naming the actor's country.

    phrase (list[str]): the phrase's tokens. title (str): a stored title. country (str | None): the actor's.
    RETURNS (tuple[int, int] | None): (title words, 1 when the country words were checked
        against the actor's country or there are none, 0 when the actor's country is
        unknown); None when the phrase is not that title, or has words that are neither
        the title's nor a country's ("vice" left over from "vice president" is no match for "President").
    """
    ttoks = [p for t in _tokens(title) for p in t.split("-")]  # "Secretary-General" = "secretary general"
    phrase = [p for t in phrase for p in t.split("-")]
    if not ttoks or ("former" in ttoks and "former" not in phrase):
        return None
    head, of, body = title.lower().partition(" of ")
    if of and not set(ttoks) <= set(phrase):
        # "President of the European Commission" asked as "the Commission president": the office's
        # head word and some of its body's words, nothing else
        htoks = [p for t in _tokens(head) for p in t.split("-")]
        btoks = {p for t in _tokens(body) for p in t.split("-")}
        rest = [w for w in phrase if w not in htoks]
        if htoks and set(htoks) <= set(phrase) and rest and set(rest) <= btoks:
            return len(htoks) + len(rest), 1
        return None
    if not set(ttoks) <= set(phrase):
        return None
    rest = [w for w in phrase if w not in ttoks]
    if not rest:
        return len(ttoks), 1
    qualifiers = _qualifiers()
    text = " ".join(rest)
    if _body_pattern().search(text) is not None and not _body_pattern().sub(" ", text).split():
        return len(ttoks), 0  # "the UN Secretary-General": the body's office, whatever the holder's country
    named: set[str] = set()
    own = re.compile(rf"(?<![\w.]){re.escape(country.lower())}(?![\w.])") if country else None
    if own is not None and country and own.search(text):
        named.add(country)  # "the president of Ghana": the actor's own country, demonym or not
        text = own.sub(" ", text)
    named |= {qualifiers[m.group(0)] for m in _qualifier_pattern().finditer(text)}
    left = _qualifier_pattern().sub(" ", text)
    if left.split() or not named:
        return None
    if country is None:
        return len(ttoks), 0
    return (len(ttoks), 1) if country in named else None


#: Regnal numerals (lower case): the last word of "Frederik X", "Osei Tutu II", never a surname.
_REGNAL = frozenset(
    a + b for a in ("", "x", "xx") for b in ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix") if a + b)


def match_actor(phrase: str, actors: Sequence[ActorInfo], as_of: date | None = None) -> ActorInfo | None:
    """Find the stored actor a phrase names, by name, alias or title.

    phrase (str): e.g. ``US Defence Secretary Hegseth`` or ``the US defence secretary``.
    actors (Sequence[ActorInfo]): the store's actors.
    as_of (date | None): titles first seen after this day do not count.
    RETURNS (ActorInfo | None): the best match: longest name or alias found in the
        phrase (persons first, then the one named last, the head of the phrase); else
        an actor holding a title the phrase states (the most recently seen); else None.
    """
    toks = _tokens(phrase)
    best: tuple[tuple[int, int, int], ActorInfo] | None = None
    matched: list[str] = []  # the words of the name the best actor was found by
    for actor in actors:
        names = [_tokens(n) for n in (actor.name, *actor.aliases)]
        office = actor.kind == "person" and bool(actor.country) and actor.name.endswith(f" of {actor.country}")
        if office:
            pass  # "President of Kazakhstan" (an office the extractor kept without a name): never by "Kazakhstan" alone
        elif actor.kind == "person" and len(names[0]) > 1 and names[0][-1] in _REGNAL:
            names.append(names[0][:-1])  # a regnal name without its numeral ("Osei Tutu" of "Osei Tutu II"), never "II"
        elif actor.kind == "org" and len(caps := [w for w in actor.name.split() if w[:1].isupper()]) > 1:
            names.append(["".join(w[0] for w in caps).lower()])  # its initials ("EU" of "European Union")
        elif actor.kind == "org" and (short := initials(actor.name)) is not None and short == actor.name.replace(".", ""):
            names += _spelled_out(phrase, short)  # "the European Union" asked of a body stored as "EU"
        elif actor.kind == "person" and len(names[0]) > 1:
            names.append(names[0][-1:])  # the surname alone ("Hegseth")
            if bare(names[0][-1]) != names[0][-1]:
                names.append([bare(names[0][-1])])  # without its article ("Sisi" of "Abdel Fattah al-Sisi")
            # a capitalised middle name of a long name alone ("Lula" of "Luiz Inacio Lula da Silva")
            names += [_tokens(w) for w in actor.name.split()[1:-1] if w[:1].isupper() and len(w) > 2]
        family = names[0][:1] if actor.kind == "person" and len(names[0]) > 1 and not office else None
        for ntoks in names + ([family] if family else []):
            end = _contains(toks, ntoks)
            if end and ntoks is family and end != len(toks):
                continue  # a family name written first ("President Lee", "Xi"), only as the phrase's last word
            if end:
                key = (len(ntoks), 1 if actor.kind == "person" else 0, end)
                if best is None or key > best[0]:
                    best, matched = (key, actor), ntoks
    if best is not None and best[1].kind == "person":
        return best[1]
    titled: list[tuple[tuple[int, int], date, ActorInfo]] = []
    for actor in actors:
        for title, first, last in actor.titles:
            if as_of is not None and first is not None and first > as_of:
                continue
            fit = _title_match(toks, title, actor.country)
            if fit is not None:
                titled.append((fit, last or first or date.min, actor))
    if not titled:
        own = {w for n in (best[1].name, *best[1].aliases) for w in _tokens(n)} | set(matched) if best is not None else set()
        if best is not None and (set(toks) - own) & _office_words():
            return None  # "the IMF managing director" with no holder on record is not the IMF itself
        if best is not None:
            return best[1]  # a country or body named outright
        return _state_stand_in(toks, actors)
    titled.sort(key=lambda t: (t[0], t[1]))
    return titled[-1][2]  # "the president of Romania" is the person, not Romania


@cache
def _organ_phrases() -> frozenset[str]:
    """The extractor's two-word organs of a state ("space agency", "coast guard": ``state_organs`` of ``titles.json``),
    which name the state itself."""
    from ..extract.nlp import load_data as extract_data

    return frozenset(p for p in extract_data("titles.json")["state_organs"] if " " in p)


def _spelled_out(phrase: str, short: str) -> list[list[str]]:
    """The runs of capitalised words in a phrase whose initials are a body's ("European Union" for "EU").
    RETURNS (list[list[str]]): their tokens, as names to look for in the phrase."""
    words = phrase.split()
    out = []
    for k in range(len(words)):
        for j in range(k + 2, min(len(words), k + 7) + 1):
            if words[k][:1].isupper() and words[j - 1][:1].isupper() and initials(" ".join(words[k:j])) == short:
                out.append(_tokens(" ".join(words[k:j])))
    return out


@cache
def _organ_words() -> frozenset[str]:
    """Words of a state's organs that the extractor stores as the state itself ("parliament",
    "government", "lawmakers"): ``state_organs`` of ``titles.json`` and ``body_nouns`` of ``families.json``."""
    from ..extract.nlp import load_data as extract_data

    organs = extract_data("titles.json")["state_organs"] + extract_data("families.json")["body_nouns"]
    return frozenset(w for o in organs for w in _tokens(o))


@cache
def _crowd_words() -> frozenset[str]:
    """The words for a crowd as such, any group's ("protesters", "demonstrators", "crowds"):
    the extractor's ``crowd_names`` (``families.json``), both sides, and ``crowd_words`` of
    ``data/question.json``."""
    from ..extract.nlp import load_data as extract_data

    names: dict[str, str] = extract_data("families.json")["crowd_names"]
    return frozenset(w.lower() for pair in names.items() for w in pair) | set(load_data("question")["crowd_words"])


def crowd_word(name: str) -> bool:
    """name (str): an actor's name. RETURNS (bool): True when it names a crowd as such
    ("protesters", "people", "crowds"), no one a forecaster names."""
    return " ".join(_tokens(name)) in _crowd_words()


def _state_stand_in(toks: list[str], actors: Sequence[ActorInfo]) -> ActorInfo | None:
    """The stored body, group or country a phrase names by another name, by an organ or by a group of it.

    toks (list[str]): the phrase's tokens ("britain"; "portuguese", "parliament"; "kenyan", "teachers").
    actors (Sequence[ActorInfo]): the store's actors.
    RETURNS (ActorInfo | None): for a country's other name or demonym ("Britain", "UK": the
        extractor's ``country_aliases`` and demonyms) followed by nothing or by organ words only,
        the stored organ ("Parliament of Portugal") when the store has it, else the country
        itself (as the extractor stores "the Portuguese parliament" when it keeps no organ);
        followed by other words, the one stored group of that country whose name holds them
        ("Kenyan teachers": the "teachers' union" of Kenya); None otherwise.
    """
    country, rest = _leading_country(toks)
    if country is None:
        return None
    if all(t in _organ_words() for t in rest):
        ctoks = _tokens(country)
        organ = None
        for a in actors:
            n = _tokens(a.name)
            if rest and a.kind == "org" and (n[-len(ctoks):] == ctoks and _same_organ(n[:-len(ctoks)], rest)
                                            or a.country == country and _same_organ(n, rest)):
                organ = a  # "Parliament of Portugal"; a "Congress" whose country is Peru
                break
        return organ or next((a for a in actors if a.kind == "country" and a.name == country), None)
    wanted = _singular(set(rest))
    groups = [a for a in actors if a.kind != "country" and a.country == country
              and wanted <= _singular(set(_tokens(a.name)))]
    if not groups and len(wanted) == 1:  # "Nigerian workers": the Nigerian unions (``group_equivalents``)
        others = {w for same in load_data("question")["group_equivalents"] if wanted <= set(same) for w in same} - wanted
        groups = [a for a in actors if a.kind != "country" and a.country == country
                  and others & _singular(set(_tokens(a.name)))]
    if not groups and rest and " ".join(rest[-2:]) in _organ_phrases():
        # "the Philippine Space Agency": a named organ of the state, stored as the state (as the extractor does)
        return next((a for a in actors if a.kind == "country" and a.name == country), None)
    return groups[0] if len(groups) == 1 else None


def _same_organ(stored: list[str], asked: list[str]) -> bool:
    """RETURNS (bool): True when two organ names are one organ: a shared word ("government"),
    or both legislatures (``body_nouns`` of ``families.json``: "Congress" asked, "Parliament"
    stored, as the extractor names a legislature)."""
    if not stored or not asked:
        return False
    legislature = _legislature_words()
    return bool(set(stored) & set(asked)) or bool(set(stored) & legislature and set(asked) & legislature)


@cache
def _legislature_words() -> frozenset[str]:
    """The extractor's words for a legislature (``body_nouns`` of ``families.json``)."""
    from ..extract.nlp import load_data as extract_data

    return frozenset(extract_data("families.json")["body_nouns"])


def _leading_country(toks: list[str]) -> tuple[str | None, list[str]]:
    """RETURNS (tuple): the country the longest leading words name (a demonym, a country's
    name or other name) and the words after them; (None, toks) when they name none."""
    from ..extract.places import resolve_place

    for n in range(len(toks), 0, -1):
        named = " ".join(toks[:n])
        country = _qualifiers().get(named)
        if country is None:
            place = resolve_place(" ".join(w.capitalize() for w in toks[:n]))
            country = place.name if place is not None and place.kind == "country" else None
        if country is not None:
            return country, toks[n:]
    return None, toks


def namesakes(phrase: str, actors: Sequence[ActorInfo]) -> list[ActorInfo]:
    """The persons a phrase could name by surname alone ("Wekesa" for Daniel and Grace Wekesa).

    phrase (str): the question's actor words. actors (Sequence[ActorInfo]): the store's actors.
    RETURNS (list[ActorInfo]): every person whose surname the phrase holds, when the phrase
        holds none of their full names or longer aliases; empty otherwise.
    """
    toks = _tokens(phrase)
    persons = [a for a in actors if a.kind == "person" and len(_tokens(a.name)) > 1]
    if any(_contains(toks, _tokens(n)) for a in persons for n in (a.name, *a.aliases) if len(_tokens(n)) > 1):
        return []
    return [a for a in persons if _contains(toks, _tokens(a.name)[-1:])]


def title_namesakes(phrase: str, actors: Sequence[ActorInfo], as_of: date | None = None) -> list[ActorInfo]:
    """The persons a bare title could name ("the prime minister" with several prime ministers
    on record): every holder of the title the phrase states, when the phrase is that title
    and nothing else (no name, no country); empty otherwise.

    phrase (str): the question's actor words. actors (Sequence[ActorInfo]): the store's actors.
    as_of (date | None): titles first seen after this day do not count.
    RETURNS (list[ActorInfo]): the holders, when more than one; else [].
    """
    toks = [p for t in _tokens(phrase) for p in t.split("-")]
    holders = []
    for actor in actors:
        if actor.kind != "person":
            continue
        for title, first, _last in actor.titles:
            if as_of is not None and first is not None and first > as_of:
                continue
            ttoks = [p for t in _tokens(title) for p in t.split("-")]
            if ttoks and sorted(ttoks) == sorted(toks):
                holders.append(actor)
                break
    return holders if len(holders) > 1 else []


def actors_as_of(store: Store, as_of: date) -> list[ActorInfo]:
    """The store's actors as known on a day, so that a later article leaks nothing.

    An actor counts when an event known on ``as_of`` names it (as actor or counterpart);
    its country is the one those events give (None when they give none), and its titles
    are those first seen by ``as_of``, last seen no later than ``as_of``.

    store (Store): the store. as_of (date): the day.
    RETURNS (list[ActorInfo]): those actors, in the store's order.
    """
    seen: dict[str, str | None] = {}
    for event in store.events(as_of=as_of):
        for ref in (event.actor, *event.counterparts):
            if ref.name and not seen.get(ref.name):
                seen[ref.name] = ref.country
    out = []
    for actor in store.actors(as_of=as_of):
        if actor.name not in seen:
            continue
        titles = tuple(
            (title, first, min(last, as_of) if last is not None else None)
            for title, first, last in actor.titles
            if first is None or first <= as_of
        )
        out.append(replace(actor, country=seen[actor.name], titles=titles))
    return out


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
    if found is not None:
        return found
    key = _tokens(name)
    for place in store.places():
        if _tokens(place.name) == key:
            return place
    return None


def _names_actor(refs: Sequence[object], actor: ActorInfo) -> bool:
    names = {" ".join(_tokens(n)) for n in (actor.name, *actor.aliases)}
    return any(" ".join(_tokens(getattr(r, "name", ""))) in names for r in refs)


def _topic_match(event: EventRecord, topic: str) -> bool:
    return any(_sentence_topic(ev.sentence, topic) for ev in event.evidence)


def _at_named_gathering(event: EventRecord, topical: Sequence[EventRecord]) -> bool:
    """True when an attendance ("have confirmed they will attend") is at a gathering its
    article names in another event's sentence ("Zambia will host a one-day summit ..."):
    an event matching the topic, reported by the same article, at the same place (or one
    of them placeless) on overlapping days (or one of them undated)."""
    if event.action != "attend":
        return False
    articles = {e.article_id for e in event.evidence}
    days = event.date.interval()
    for other in topical:
        if other.id == event.id or not articles & {e.article_id for e in other.evidence}:
            continue
        if event.place is not None and other.place is not None and event.place.name != other.place.name:
            continue
        theirs = other.date.interval()
        if days is None or theirs is None or _spans_meet(days, theirs):
            return True
    return False


def counted_happened(
    event: EventRecord,
    pattern: QuestionPattern,
    topic: str | None,
    target: PlaceRef | None = None,
    known: Sequence[PlaceRef] = (),
    datelines: Mapping[str, tuple[int, int]] | None = None,
) -> list[Evidence]:
    """The sentences saying an event happened that count for a question: :func:`happened_evidence`
    without a substitute told instead of the asked topic ("signed a memorandum instead") and,
    for a meeting question, without an arrival naming its counterpart only as the inviter
    or a journey's sentence that names no counterpart.

    event (EventRecord): a matched event. pattern (QuestionPattern): the question.
    topic (str | None): the target when it is neither place nor person.
    target, known, datelines: as for :func:`happened_evidence`.
    RETURNS (list[Evidence]): the sentences.
    """
    return [ev for ev in happened_evidence(event, target, known, datelines)
            if (topic is None or not _replacement(ev.sentence, topic))
            and not (pattern.action == "meet" and (_only_invited(event, ev) or _trip_without_partner(event, ev)))
            and not (pattern.action in ("meet", "call") and _other_partner_only(event, ev, pattern.target))]


def _other_partner_only(event: EventRecord, ev: Evidence, asked: str | None) -> bool:
    """True when a "happened" sentence of a meeting with several counterparts names another
    of them and not the asked one: "held talks with Nkosi" says nothing of the talks with Rao
    planned in the same event. A sentence naming no counterpart (a title only) still counts."""
    if not asked or len(event.counterparts) < 2:
        return False
    want = [w for w in _tokens(asked) if len(w) > 2]
    if any(_mentions(ev.sentence, w) for w in want):
        return False
    others = [c for c in event.counterparts if c.name and not any(w in _tokens(c.name) for w in want)]
    return any(_mentions(ev.sentence, c.name.split()[-1]) for c in others)


def _trip_without_partner(event: EventRecord, ev: Evidence) -> bool:
    """True when a journey's "happened" sentence names none of its counterparts: "Modi left
    Buenos Aires for Brasilia" merged into "will fly on to Brasilia for talks with Lula" says
    the journey took place, not the meeting. Meeting and signing actions are not journeys."""
    if event.action not in ("visit", "travel", "arrive", "tour") or not event.counterparts:
        return False
    return not any(_mentions(ev.sentence, c.name.split()[-1]) for c in event.counterparts if c.name)


def _only_invited(event: EventRecord, ev: Evidence) -> bool:
    """True when a visit's sentence names its counterparts only as the inviter ("arrived in
    Kampala at the invitation of President Mbabazi"): the arrival is no meeting with them yet."""
    if event.action not in load_data("question")["action_matches"]["visit"] or not event.counterparts:
        return False
    text = ev.sentence
    for c in event.counterparts:
        surname = c.name.split()[-1] if c.name else ""
        if not surname:
            continue
        mentions = [m.start() for m in re.finditer(r"\b" + re.escape(surname) + r"\b", text)]
        invited = [m.start() for m in re.finditer(r"\binvitation of\b[^.;]{0,60}?\b" + re.escape(surname) + r"\b", text)]
        if not invited or len(mentions) > len(invited):
            return False
    return True


def _replacement(sentence: str, topic: str) -> bool:
    """True when a sentence tells of something done instead (``substitution`` cues in
    ``data/cues.json``: "signed a memorandum instead") without naming the topic."""
    return cue_hits(sentence, "substitution") > 0 and not _sentence_topic(sentence, topic)


def _sentence_topic(sentence: str, topic: str) -> bool:
    """True when a sentence names most (60%) of a topic's words ("trade agreement"); a
    gathering (a ``gathering_nouns`` word: "Nordic summit") only with every word, so the
    "Nordic-Baltic summit" is not the "Nordic summit" and "the summit" alone is neither."""
    want = set(_tokens(topic))
    if not want:
        return False
    have = set(_tokens(sentence))
    if want & set(load_data("cues")["gathering_nouns"]):
        return _singular(want) <= _singular(have)
    return len(want & have) >= max(1, round(0.6 * len(want)))


def in_place(place: PlaceRef | None, target: PlaceRef) -> bool:
    """RETURNS (bool): True when ``place`` is ``target`` or lies inside it (its country or
    containment chain names it); False for no place."""
    if place is None:
        return False
    return target.name in (place.name, place.country, *place.within)


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


def _possessive(text: str, name: str) -> bool:
    """RETURNS (bool): True when every mention of ``name`` in ``text`` is a possessive ("Japan's",
    "North Korea's")."""
    flat = " ".join(words(text))
    pattern = r"(?<![\w'-])" + re.escape(" ".join(words(name))) + r"(?P<s>'s)?(?![\w-])"
    said = list(re.finditer(pattern, flat))
    return bool(said) and all(m["s"] for m in said)


def _whose(text: str, name: str) -> bool:
    """RETURNS (bool): True when every mention of a country ``name`` in ``text`` follows "of" after a people noun or
    title ("the prime ministers of Cameroon and Equatorial Guinea", "the leaders of Ghana", ``whose_nouns`` of
    ``data/question.json``), with other names of the list between: whose people they are, not where."""
    flat = " ".join(text.lower().split())  # (punctuation kept: "the leaders of Ghana, Togo and Benin")
    target = re.escape(" ".join(name.lower().split()))
    mentions = list(re.finditer(r"(?<![\w'-])" + target + r"(?![\w-])", flat))
    return bool(mentions) and all(_whose_list().search(flat[: m.start()]) for m in mentions)


@cache
def _whose_list() -> "re.Pattern[str]":
    """A people noun's "of" and the names of its list before the next one ("ministers of cameroon, gabon and ")."""
    nouns = "|".join(re.escape(n) for n in load_data("question")["whose_nouns"])
    return re.compile(rf"(?:{nouns})\s+of\s+(?:the\s+)?(?:[\w'-]+(?:\s+[\w'-]+){{0,2}}(?:\s*,|\s+and)\s+)*$")


def _mentions(text: str, name: str) -> bool:
    want = _tokens(name)
    return bool(want) and _contains(_tokens(text), want) > 0


def _place_fits(event: EventRecord, target: PlaceRef) -> bool:
    """True when the event is in the target place, or has no place but names it
    (as a counterpart, or in an evidence sentence)."""
    if in_place(event.place, target):
        return True
    if event.place is not None:
        return False
    return any(_mentions(c.name, target.name) for c in event.counterparts) or any(
        _mentions(e.sentence, target.name) for e in event.evidence
    )


#: A dateline at the top of a sentence ("Seoul, Nov 3 (Dateline Wire) - "): used only when
#: the article's stored dateline offsets are missing.
_DATELINE_RE = re.compile(r"^[A-Z][\w .'-]{0,40},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*(?:\([^)]{0,40}\))?\s*[-\u2013\u2014]+\s*")
_CLAUSE_BREAK_RE = re.compile(r"[,;:]\s|\s[-\u2013\u2014]+\s|\s(?:but|while|whereas|after|before)\s")


def trigger_clause(evidence: Evidence, dateline: tuple[int, int] = (0, 0)) -> str:
    """The clause of an evidence sentence that holds its trigger, dateline cut off.

    evidence (Evidence): the sentence (offsets into its article's text).
    dateline (tuple[int, int]): the article's ``dateline_start, dateline_end`` offsets;
        (0, 0) when unknown (a leading "City, Mon D (Agency) -" is then cut by pattern).
    RETURNS (str): the clause around ``trigger_start`` (the whole sentence without its
        dateline when the trigger offsets are unknown).
    """
    text, base = evidence.sentence, evidence.start
    d_start, d_end = dateline
    a, b = max(d_start - base, 0), min(d_end - base, len(text))
    if d_end > d_start and b > a:
        text = text[:a] + " " * (b - a) + text[b:]  # blank it out: offsets stay valid
    else:
        m = _DATELINE_RE.match(text)
        if m is not None:
            text = " " * m.end() + text[m.end() :]
    trig = evidence.trigger_start - base
    if not 0 <= trig < len(text):
        return text.strip()
    lo = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(text) if m.end() <= trig), default=0)
    hi = min((m.start() for m in _CLAUSE_BREAK_RE.finditer(text) if m.start() >= trig), default=len(text))
    return text[lo:hi].strip()


def counts_for(
    evidence: Evidence,
    target: PlaceRef | None,
    known: Sequence[PlaceRef],
    dateline: tuple[int, int] = (0, 0),
    parties: frozenset[str] = frozenset(),
) -> bool:
    """Whether a "happened" sentence of an event that fits the target place supports it.

    The event itself was matched by its place and containment (:func:`candidate_events`);
    the text is read only to catch a report merged into the event that says the visit
    happened somewhere else ("met Costa in Sao Paulo" for a planned Brasilia visit).

    evidence (Evidence): the sentence. target (PlaceRef | None): the question's place.
    known (Sequence[PlaceRef]): the store's places.
    dateline (tuple[int, int]): the article's dateline offsets (its city is where the
        story was filed, not where the event took place).
    parties (frozenset[str]): the countries of the event's people, which a sentence names to
        say whose event it is ("the foreign ministers of South Korea and Japan"), not where.
    RETURNS (bool): False only when the trigger's clause, dateline cut off, names another
        known place that is neither within the target nor containing it, and names
        neither the target nor a place within it; True otherwise.
    """
    if target is None:
        return True
    clause = trigger_clause(evidence, dateline)
    if _mentions(clause, target.name):
        return True
    elsewhere = False
    for place in known:
        if place.name == target.name or not _mentions(clause, place.name) or _possessive(clause, place.name) \
                or place.kind == "country" and _whose(clause, place.name):
            continue  # "Japan's Emperor Naruhito arrived in Sao Paulo", "the prime ministers of Cameroon and Equatorial
            # Guinea attended the summit": whose people, no place of the event
        if place.kind == "country" and place.name in parties:
            continue  # "the foreign ministers of South Korea and Japan agreed ...": whose talks, not where
        if target.name in (place.country, *place.within):
            return True  # names a place inside the target (the JSA for the DMZ)
        if place.name in target.within or place.name == target.country:
            continue
        elsewhere = True
    return not elsewhere


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
    families: list[str] = data["action_matches"].get(pattern.action, [pattern.action])
    guest_families: list[str] = data["counterpart_actions"].get(pattern.action, [])
    presence: list[str] = data["presence_actions"].get(pattern.action, [])
    unmatched_what = frozenset(data["unmatched_what_families"])
    own = {e.id for e in store.events(actor=actor.name, as_of=as_of)}
    known = store.events(as_of=as_of)
    if actor.kind == "group":
        # a crowd's protest joined to its organisers' ("Thousands of farmers protested" under
        # "farmers' groups"): the group is the event's too when a sentence of it names the group;
        # the crowd as such ("protesters", "demonstrators") is any group's
        said = _singular(set(_tokens(actor.name)))
        anyone = crowd_word(actor.name)
        own |= {e.id for e in known if e.actor.kind == "group" and e.action in families
                and (anyone or any(said <= _singular(set(_tokens(ev.sentence))) for ev in e.evidence))}
        # a protest told with no crowd of its own ("A second protest is planned in Seville", stored under the crowd
        # word "protesters") in an article about the group's protests is the group's
        told = {ev.article_id for e in known if e.id in own for ev in e.evidence}
        own |= {e.id for e in known if e.actor.kind == "group" and e.action in families and crowd_word(e.actor.name)
                and any(ev.article_id in told for ev in e.evidence)}
    topical = [e for e in known if pattern.target and _topic_match(e, pattern.target)]
    visits = set(data["action_matches"]["visit"])
    expected = target_place is not None and any(
        e.id in own and e.action in visits and _place_fits(e, target_place) for e in known)
    out = []
    for event in known:
        if event.id in own:
            if event.action not in families and not (
                event.action in presence and target_place is not None
                and _abroad(event, target_place, actor.country, expected)
            ):
                continue
            if target_actor is not None and not _names_actor(event.counterparts, target_actor):
                continue
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
        if asked_what is not None and what_answers(asked_what, event.what) is False:
            continue  # "launch a satellite" is not answered by a missile
        if named is not None and not any(_mentions(ev.sentence, named.split()[-1]) for ev in event.evidence) \
                and not any(_mentions(c.name, named) for c in event.counterparts):
            continue  # "the appointment of Ivo Marinov": a sentence of the event names Marinov
        if target_place is not None and not _place_fits(event, target_place):
            continue
        if target_place is None and target_actor is None and pattern.target and not (
            _topic_match(event, pattern.target) or any(_mentions(c.name, pattern.target) for c in event.counterparts)
            or _at_named_gathering(event, topical)
        ):
            continue
        if extra_place is not None and event.place is not None and not in_place(event.place, extra_place):
            continue
        if extra_place is not None and event.place is None and _on_trip_elsewhere(event, extra_place, known, visits):
            continue  # "will travel to Asuncion ... expected to sign an agreement": signed in Asuncion, not Encarnacion
        if target_place is None and target_actor is None and pattern.target and pattern.action in ("meet", "call") \
                and not any(_mentions(c.name, pattern.target) for c in event.counterparts):
            event = _topic_sentences(event, pattern.target)
        if target_actor is not None and pattern.action in ("meet", "call") and len(event.counterparts) > 1:
            event = _partner_sentences(event, pattern.target or target_actor.name)
        out.append(event)
    return out


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


def _what_of_name(what: str) -> tuple[str, str | None]:
    """what (str): a question's object ("appointment of Ivo Marinov"). RETURNS (tuple[str, str | None]): the thing and
    the name of whom it is, when it ends in "of" and capitalized words ("appointment", "Ivo Marinov"; events store
    "Marinov's appointment" as "appointment"); else the object and None."""
    m = re.fullmatch(r"(.+?)\s+of\s+((?:[A-Z][\w'-]*\s*)+)", what.strip())
    return (m.group(1), m.group(2).strip()) if m else (what, None)


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
    return _narrowed(event, tuple(ev for ev in event.evidence if not _other_partner_only(event, ev, asked)), event.date)


def _topic_sentences(event: EventRecord, topic: str) -> EventRecord:
    """A meeting matched only because a sentence names the asked person ("talks with Nkosi, and
    with Rao": Rao is no counterpart of the stored event) as that person's meeting: only the
    sentences naming them count ("held talks with Nkosi" tells nothing of Rao).

    event (EventRecord): the matched event. topic (str): the question's target words.
    RETURNS (EventRecord): the event with only those sentences (its status the last one's),
        or the event unchanged when none names the topic."""
    return _narrowed(event, tuple(ev for ev in event.evidence if _sentence_topic(ev.sentence, topic)), UNKNOWN_DATE)


def _narrowed(event: EventRecord, kept: tuple[Evidence, ...], no_date: DateValue) -> EventRecord:
    """The event as only some of its sentences tell it: status of the last of them, history and
    date of their articles (``no_date`` when those articles left no history entry).
    RETURNS (EventRecord): that event, or ``event`` unchanged when ``kept`` is all or nothing."""
    if not kept or len(kept) == len(event.evidence):
        return event
    history = tuple(h for h in event.history if h.article_id in {e.article_id for e in kept})
    return replace(event, status=kept[-1].status, evidence=kept, history=history,
                   date=history[-1].date if history else no_date)


def occurrence_events(
    store: Store, pattern: QuestionPattern, as_of: date, place: PlaceRef | None = None
) -> list[EventRecord]:
    """Stored events (as known on ``as_of``) that are the named gathering of an occurrence
    question ("Will the Security Consultative Meeting take place?"), whoever holds it.

    An event fits when its action is a gathering's (``occurrence_actions`` in
    ``data/question.json``), the clause of one of its sentences that holds the trigger
    names every distinctive word of the gathering ("APEC summit": both "APEC" and
    "summit"), and its place, when both are known, lies in the question's place. A
    guest's own withdrawal ("Wong cancelled her trip to the forum": the guest named with
    a ``guest_withdrawal_nouns`` word, or "Villareal will not attend the summit") is not
    the gathering's cancellation: such an event counts without the withdrawal (it still
    tells that the gathering was planned).

    store (Store): the store. pattern (QuestionPattern): an ``occurrence`` pattern.
    as_of (date): only evidence published by this day counts.
    place (PlaceRef | None): the question's place.
    RETURNS (list[EventRecord]): matching events in calendar order.
    """
    data = load_data("question")
    actions: list[str] = data["occurrence_actions"]
    personal: list[str] = data["occurrence_personal_actions"]
    want = set(_tokens(pattern.target or "")) - set(data["stop_words"])
    if not want:
        return []
    out = []
    for event in store.events(as_of=as_of):
        if event.action not in actions:
            continue
        if place is not None and event.place is not None and not in_place(event.place, place):
            continue
        if event.action in personal and _guest_withdrew(event):
            kept = _without_withdrawal(event)
            if kept is None:
                continue
            event = kept
        if any(_singular(want) <= _singular(set(_tokens(trigger_clause(ev)))) for ev in event.evidence):
            out.append(event)
    return out + _head_named(store, pattern, as_of, out, place)


def _head_named(store: Store, pattern: QuestionPattern, as_of: date, named: list[EventRecord],
                place: PlaceRef | None) -> list[EventRecord]:
    """Events that name a gathering found by its full name only by its head noun ("the Central Asian summit in Astana
    on October 15", then "met in Astana on Thursday for a summit"): those with the head noun in the trigger's clause,
    a place and a day, both the same as one of the fully named events' (never an unplaced or undated mention).

    RETURNS (list[EventRecord]): such events, not already in ``named``, in store order.
    """
    words = _tokens(pattern.target or "")
    if not named or not words:
        return []
    head = _singular({words[-1]})
    actions = set(load_data("question")["occurrence_actions"])
    seen = {e.id for e in named}
    spans = [iv for m in named if m.place is not None and (iv := m.date.interval()) is not None]
    if not spans:
        return []
    out = []
    for event in store.events(as_of=as_of, start=min(a for a, _ in spans), end=max(b for _, b in spans)):
        if event.id in seen or event.action not in actions or event.place is None or event.date.interval() is None:
            continue
        if place is not None and not in_place(event.place, place):
            continue
        if not any(m.place is not None and m.date.interval() is not None and _may_coincide(event, m) for m in named):
            continue
        if any(head <= _singular(set(_tokens(trigger_clause(ev)))) for ev in event.evidence):
            out.append(event)
    return out


def _singular(tokens: set[str]) -> set[str]:
    """Words with a plural -s dropped ("Pacific islands summit" names the "summit of Pacific island leaders")."""
    return {t[:-1] if len(t) > 4 and t.endswith("s") and not t.endswith("ss") else t for t in tokens}


def _without_withdrawal(event: EventRecord) -> EventRecord | None:
    """A guest's event as the gathering sees it: the guest's own withdrawal left out (the
    gathering is still planned, or took place, without them). None when nothing else is left."""
    kept = tuple(ev for ev in event.evidence if ev.status not in ("cancelled", "postponed", "denied"))
    if not kept:
        return None
    return replace(event, status=kept[-1].status, evidence=kept)


def gatherings(events: Sequence[EventRecord]) -> list[list[EventRecord]]:
    """Group events that can be one gathering: places compatible (equal or contained, or
    unknown) and days overlapping (or unknown), transitively.

    events (Sequence[EventRecord]): events matched by name.
    RETURNS (list[list[EventRecord]]): the groups, each in the events' order, ordered by
        their first event.
    """
    groups: list[list[EventRecord]] = []
    for event in events:
        joined = [g for g in groups if any(_may_coincide(event, other) for other in g)]
        merged = [e for g in joined for e in g] + [event]
        groups = [g for g in groups if g not in joined] + [merged]
    order = {e.id: k for k, e in enumerate(events)}
    return sorted((sorted(g, key=lambda e: order[e.id]) for g in groups), key=lambda g: order[g[0].id])


def _may_coincide(a: EventRecord, b: EventRecord) -> bool:
    if a.place is not None and b.place is not None and not (in_place(a.place, b.place) or in_place(b.place, a.place)):
        return False
    x, y = a.date.interval(), b.date.interval()
    return x is None or y is None or _spans_meet(x, y)


def _guest_withdrew(event: EventRecord) -> bool:
    """True when every change of plan of a guest's event names the guest and a word of the
    guest's own part ("Wong cancelled her trip to the forum", ``guest_withdrawal_nouns``)
    or of staying away ("Lehto will skip the summit", ``guest_withdrawal_verbs``), not
    the gathering itself."""
    changes = [ev for ev in event.evidence if ev.status in ("cancelled", "postponed", "denied")]
    surname = event.actor.name.split()[-1] if event.actor.name else ""

    def own(ev: Evidence) -> bool:
        return withdrawal_words(trigger_clause(ev))

    return bool(changes) and all(_mentions(ev.sentence, surname) and own(ev) for ev in changes)


def withdrawal_words(text: str) -> bool:
    """text (str): a clause or sentence. RETURNS (bool): whether it has a word of a guest's own
    part or of staying away (``guest_withdrawal_nouns``/``guest_withdrawal_verbs``)."""
    nouns, verbs = _withdrawal_lexicon()
    clause = _tokens(text)
    return bool(nouns & set(clause)) or any(_contains(clause, list(v)) > 0 for v in verbs)


@cache
def _withdrawal_lexicon() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """``guest_withdrawal_nouns`` and the tokens of each ``guest_withdrawal_verbs`` phrase, read once."""
    data = load_data("question")
    return frozenset(data["guest_withdrawal_nouns"]), tuple(tuple(_tokens(v)) for v in data["guest_withdrawal_verbs"])


def trip_events(store: Store, actor: ActorInfo, place: PlaceRef, as_of: date) -> list[EventRecord]:
    """The events of an actor's trip to a place: visit-family events within it.

    store (Store): the store. actor (ActorInfo): the traveller. place (PlaceRef): the destination.
    as_of (date): only evidence published by this day counts.
    RETURNS (list[EventRecord]): those events, calendar order.
    """
    visit: list[str] = load_data("question")["action_matches"]["visit"]
    meet: list[str] = load_data("question")["action_matches"]["meet"]
    return [
        e
        for e in store.events(actor=actor.name, as_of=as_of)
        if (e.action in visit or e.action in meet) and in_place(e.place, place)
    ]


def nearest_trip_place(store: Store, actor: ActorInfo, asked: date, as_of: date) -> PlaceRef | None:
    """The destination of "during the visit" with no place: the country of the actor's
    dated visit-family event nearest ``asked`` (the first one ending no earlier than
    :data:`LOOKBACK_DAYS` before it, else the last one before that).

    store (Store): the store. actor (ActorInfo): the traveller.
    asked (date): the day the question is asked. as_of (date): only evidence published by this day counts.
    RETURNS (PlaceRef | None): the trip's country (or its place when no country is known); None without such an event.
    """
    visit: list[str] = load_data("question")["action_matches"]["visit"]
    dated = [(iv, e) for e in store.events(actor=actor.name, as_of=as_of)
             if e.action in visit and e.place is not None and (iv := e.date.interval()) is not None]
    if not dated:
        return None
    ahead = [(iv, e) for iv, e in dated if iv[1] >= asked - timedelta(days=LOOKBACK_DAYS)]
    chosen = min(ahead, key=lambda p: p[0][0])[1] if ahead else max(dated, key=lambda p: p[0][1])[1]
    place = chosen.place
    assert place is not None
    if place.country and place.kind != "country":
        country = find_place(store, place.country)
        if country is not None:
            return country
    return place


def span_of(events: Sequence[EventRecord]) -> tuple[date, date] | None:
    """events (Sequence[EventRecord]): events. RETURNS (tuple | None): first and last day
    covered by those not cancelled with a known date; None when none has one."""
    spans = [e.date.interval() for e in events if e.status != "cancelled"]
    known = [s for s in spans if s is not None]
    if not known:
        return None
    return min(s[0] for s in known), max(s[1] for s in known)


def happened_evidence(
    event: EventRecord,
    target: PlaceRef | None = None,
    known: Sequence[PlaceRef] = (),
    datelines: Mapping[str, tuple[int, int]] | None = None,
) -> list[Evidence]:
    """event (EventRecord): an event. target (PlaceRef | None): the question's place.
    known (Sequence[PlaceRef]): the store's places (see :func:`counts_for`).
    datelines (Mapping | None): article id -> dateline offsets.
    RETURNS (list[Evidence]): sentences saying it happened (at the target place); a sentence
        published before the event's own first day cannot say so and is left out."""
    lines = datelines or {}
    span = event.date.interval()
    return [
        e
        for e in event.evidence
        if e.status in _HAPPENED
        and not (span is not None and e.published is not None and e.published < span[0])
        and counts_for(e, target, known, lines.get(e.article_id, (0, 0)), _party_countries(event))
    ]


def _party_countries(event: EventRecord) -> frozenset[str]:
    """RETURNS (frozenset[str]): the countries of the event's actor and counterparts ("the
    foreign ministers of South Korea and Japan agreed ... during talks on the island"):
    naming them tells whose meeting it is, not where it was."""
    refs = (event.actor, *event.counterparts)
    return frozenset(n for r in refs for n in (r.country, r.name if r.kind == "country" else None) if n)


def future_window(
    window: tuple[date | None, date | None], asked: date, past: bool
) -> tuple[date | None, date | None]:
    """Give a future-tense question's window a first day.

    window (tuple[date | None, date | None]): the window as the question writes it.
    asked (date): the day the question is asked (a stored question's creation day, else the as-of day).
    past (bool): True for "Did ...?" questions, which keep an open start.
    RETURNS (tuple[date | None, date | None]): ``window`` with its open first day set to
        :data:`LOOKBACK_DAYS` before the earlier of ``asked`` and the window's last day,
        unless the question is in the past tense.
    """
    lo, hi = window
    if past or lo is not None:
        return window
    base = min(asked, hi) if hi is not None else asked
    return base - timedelta(days=LOOKBACK_DAYS), hi


def _happened_in(event: EventRecord, window: tuple[date | None, date | None], done: Sequence[Evidence],
                 asked: date | None = None) -> bool:
    """Whether an event's reports of it happening put it in the question's window.

    event (EventRecord): the event. window (tuple): the question's days, ends open as None.
    done (Sequence[Evidence]): the reports saying it happened.
    asked (date | None): the day a stored question was asked: an undated event that only
        articles of that day or earlier told as done ("has already sanctioned 100 officials")
        is background the question was asked after, not the event it asks about.
    RETURNS (bool): True when it happened inside the window.
    """
    lo, hi = window
    span = event.date.interval()
    if span is None:
        pubs = [e.published for e in done if e.published]
        if asked is not None:
            pubs = [p for p in pubs if p > asked]
        if not pubs:
            return lo is None and hi is None and asked is None
        day = min(pubs)
        return (lo is None or day >= lo) and (hi is None or day <= hi + timedelta(days=GRACE_DAYS))
    return (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi)


_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}


def date_words(value: str | None, missing: str = "no date") -> str:
    """How a reason shows a date value: "2026-11-13", "2026-11-13 evening" for
    ``2026-11-13TEV``, "2026-11-13 10:30" for ``2026-11-13T10:30``, "the 1960s" for ``196``.

    value (str | None): a TIMEX3 value. missing (str): the words when it is None.
    RETURNS (str): the words.
    """
    if not value:
        return missing
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"  # a decade ("196" is the 1960s)
    if re.fullmatch(r"\d{2}", value):
        return f"the {int(value) + 1}th century"  # "19" is the 20th century (1900-1999)
    day, sep, part = value.partition("T")
    if not sep:
        return value
    return f"{day} {_PARTS_OF_DAY.get(part, part)}"


def may_fall_in(event: EventRecord, lo: date | None, hi: date | None) -> bool:
    """event (EventRecord): an event. lo, hi (date | None): a window, ends open as None.
    RETURNS (bool): True when the event's days overlap the window, or it has no date."""
    iv = event.date.interval()
    return iv is None or ((lo is None or iv[1] >= lo) and (hi is None or iv[0] <= hi))


def _cite(ev: Evidence | None) -> str:
    if ev is None:
        return "no article"
    return f"article {ev.article_id} ({ev.published.isoformat() if ev.published else 'undated'})"


def _cancelled(events: Sequence[EventRecord]) -> Evidence | None:
    cancel = [ev for e in events for ev in e.evidence if ev.status == "cancelled"]
    return cancel[-1] if cancel else None


def _gathering_nouns(texts: Sequence[str]) -> set[str]:
    nouns: list[str] = load_data("cues")["gathering_nouns"]
    found = set()
    for text in texts:
        toks = set(words(text))
        found |= {n for n in nouns if n in toks}
    return found


def _overlaps(a: EventRecord, b: EventRecord) -> bool:
    x, y = a.date.interval(), b.date.interval()
    return x is not None and y is not None and _spans_meet(x, y)


def _spans_meet(x: tuple[date, date], y: tuple[date, date]) -> bool:
    """RETURNS (bool): True when two day spans share a day."""
    return x[0] <= y[1] and y[0] <= x[1]


def _was_dated_over(event: EventRecord, span: tuple[date, date]) -> bool:
    """RETURNS (bool): True when the event's date, now or earlier in its history, shares a day
    with ``span`` (a postponed gathering is matched by the day it was planned for)."""
    return any(_spans_meet(s, span) for s in _days_of(event))


def _same_place(a: EventRecord, b: EventRecord) -> bool:
    if a.place is None or b.place is None:
        return False
    return a.place.name == b.place.name or a.place.name in b.place.within or b.place.name in a.place.within


def stop_cancellations(events: Sequence[EventRecord], others: Sequence[EventRecord]) -> dict[int, Evidence]:
    """Matched plans whose stop or trip was called off: the same actor's visit to the same
    place on an overlapping day is cancelled ("the final leg of the tour, in Kuala Lumpur,
    has been cancelled" cancels "where she is scheduled to meet Faisal Rahim" there that
    day). A visit or meeting inside a country whose leg was called off over its day is
    cancelled too ("will no longer stop in Laos" cancels the Vientiane visit), and so is a
    visit to a country whose only stop was called off ("travel on to Ethiopia" when the
    Addis Ababa leg is dropped). An undated
    call-off ("Japan has called off the minister's trip to the Philippines") cancels the
    actor's plans there that it came after and before whose day it was published. A plan
    with no place of its own (a meeting) falls with the trip its article dates it on: the
    actor's planned visit, inside the called-off place, reported by the same article and
    covering its day. A plan stated again by the call-off's article or a later one outlives
    the trip ("will speak to her by video link instead").

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    RETURNS (dict[int, Evidence]): matched event id -> the cancelling sentence.
    """
    visits = set(load_data("question")["action_matches"]["visit"])
    out: dict[int, Evidence] = {}
    for event in events:
        if event.status == "cancelled":
            continue
        if any(e.status in _HAPPENED for e in event.evidence):
            continue
        ours = event.date.interval()
        for other, where in _own_visits(event, others, "cancelled", visits):
            cancel = [e for e in other.evidence if e.status == "cancelled"]
            if not cancel:
                continue
            if _restated_after(event, cancel[-1]):
                continue  # "called off his trip ... and will speak to her by video link instead"
            if ours is None:
                # an undated plan inside the place called off, told before the call-off ("meet Noboa in
                # Quito" when "will no longer stop in Ecuador")
                if event.place is not None and event.place.name != where.name and in_place(event.place, where):
                    out[event.id] = cancel[-1]
                    break
                continue
            undated = not _days_of(other)
            if undated:
                # the call-off names no day: it must come after the plan and before its day
                said = [e.published for e in event.evidence if e.published is not None]
                told = cancel[-1].published
                if told is None or not said or not (min(said) <= told <= ours[1]):
                    continue
            elif not _was_dated_over(other, ours):
                continue
            if event.place is None:
                if not _trip_within(event, where, others, visits):
                    continue
            else:
                # a meeting at the stop, or a visit to a place within a country leg called off
                # ("will no longer stop in Laos" cancels the Vientiane visit of that week)
                inside = in_place(event.place, where)
                within = inside and (where.name != event.place.name or undated)
                if not (within or event.action not in visits and _same_place(event, other)
                        or _only_stop(event, other, others, visits)):
                    continue
            out[event.id] = cancel[-1]
    return out


def _only_stop(event: EventRecord, stop: EventRecord, others: Sequence[EventRecord], visits: set[str]) -> bool:
    """RETURNS (bool): True when ``event`` is a planned visit to a country and the called-off
    ``stop`` was the actor's only stop in it ("travel on to Ethiopia" when the Addis Ababa leg
    is dropped): no other visit of theirs inside that country is on record over its days."""
    place = event.place
    if place is None or place.kind != "country" or event.action not in visits or stop.place is None:
        return False
    if stop.place.name == place.name or not in_place(stop.place, place):
        return False
    ours = event.date.interval()
    return not any(
        o.id not in (event.id, stop.id) and o.action in visits and o.actor.name == event.actor.name
        and o.status != "cancelled" and o.place is not None and o.place.name != place.name and in_place(o.place, place)
        and (ours is None or not _days_of(o) or any(_spans_meet(d, ours) for d in _days_of(o)))
        for o in others)


def _restated_after(event: EventRecord, change: Evidence) -> bool:
    """RETURNS (bool): True when the event is stated, not as a change, by the article that
    tells ``change`` (a trip's call-off or postponement) or by a later one: a plan that
    outlives the trip ("will speak to her by video link instead")."""
    own = ("cancelled", "postponed", "denied")
    return any(e.status not in own and (e.article_id == change.article_id or (
        e.published is not None and change.published is not None and e.published > change.published))
        for e in event.evidence)


def _own_visits(
    event: EventRecord, others: Sequence[EventRecord], status: str, visits: set[str]
) -> list[tuple[EventRecord, PlaceRef]]:
    """RETURNS (list): (visit, its place) for the other placed visits of the event's actor
    now of ``status`` (a trip or stop called off, postponed)."""
    return [(o, o.place) for o in others if o.id != event.id and o.status == status and o.action in visits
            and o.actor.name == event.actor.name and o.place is not None]


def _trip_within(event: EventRecord, where: PlaceRef, others: Sequence[EventRecord], visits: set[str]) -> bool:
    """RETURNS (bool): True when an article that reports ``event`` (a plan with no place)
    also reports its actor's planned visit inside ``where`` on days covering the event's."""
    ours = event.date.interval()
    articles = {e.article_id for e in event.evidence}
    for trip in others:
        if trip.id == event.id or trip.action not in visits or trip.actor.name != event.actor.name:
            continue
        if trip.place is None or not in_place(trip.place, where) or trip.status in _HAPPENED:
            continue
        if ours is None or not any(d[0] <= ours[0] and ours[1] <= d[1] for d in _days_of(trip)):
            continue
        if articles & {e.article_id for e in trip.evidence}:
            return True
    return False


def postponed_copy(event: EventRecord, sentence: Evidence, new_date: DateValue) -> EventRecord:
    """The plan as a question or proposal sees it once its gathering (under another actor)
    or its trip was postponed: status postponed, the new date, the postponing sentence added
    to its evidence and its history (the store's event itself is not changed).

    event (EventRecord): the plan. sentence (Evidence): the postponing sentence.
    new_date (DateValue): the gathering's or trip's new date.
    RETURNS (EventRecord): the moved copy.
    """
    change = HistoryEntry("postponed", new_date, sentence.article_id, sentence.published)
    return replace(event, status="postponed", date=new_date, evidence=(*event.evidence, sentence),
                   history=(*event.history, change))


def trip_postponements(events: Sequence[EventRecord], others: Sequence[EventRecord]) -> dict[int, tuple[Evidence, DateValue]]:
    """Matched plans that move with their trip: the same actor's visit to the plan's place
    or a place containing it, dated over the plan's day before, was postponed to a new date
    in a report published after the plan ("has postponed his visit to Canada to June 8"
    moves "is due to hold talks with Carney in Ottawa" of May 20). A postponement told with
    its new date only moves the plans inside its place reported before it. A plan with no
    place of its own moves with the trip its article dates it on.

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    RETURNS (dict[int, tuple[Evidence, DateValue]]): matched event id -> (the postponing
        sentence, the trip's new date).
    """
    visits = set(load_data("question")["action_matches"]["visit"])
    out: dict[int, tuple[Evidence, DateValue]] = {}
    for event in events:
        ours = event.date.interval()
        if ours is None or event.status not in ("planned", "uncertain"):
            continue
        if any(e.status in _HAPPENED for e in event.evidence):
            continue
        said = max((e.published or date.min) for e in event.evidence)
        for other, where in _own_visits(event, others, "postponed", visits):
            new = other.date.interval()
            old = [iv for iv in (h.date.interval() for h in other.history[:-1]) if iv is not None]
            if new is None or _spans_meet(new, ours) or old and not any(_spans_meet(iv, ours) for iv in old):
                continue  # no new date, the plan's day is still inside it, or the trip never was over it
            # a postponement first told with its new date only ("has postponed his visit to
            # South Korea to Nov. 20") moves the plans inside that place reported before it
            # and dated before the new date
            if not old and ours[1] >= new[0]:
                continue
            if event.place is None:
                if not _trip_within(event, where, others, visits):
                    continue
            elif not in_place(event.place, where):
                continue
            moved = [e for e in other.evidence if e.status == "postponed"]
            if moved and (moved[-1].published or date.min) >= said:
                out[event.id] = (moved[-1], other.date)
    return out


def trip_moves(events: Sequence[EventRecord], others: Sequence[EventRecord]) -> dict[int, tuple[Evidence, DateValue]]:
    """Matched plans that move with their trip when it is re-dated without a postponement
    ("brought forward by a day": "will now be in Skopje on May 13" moves the talks planned
    there for May 14 to May 13). The same actor's visit to the plan's place (or a place
    containing it; for a plan with no place, a visit its article reported) whose date was
    over the plan's day and is now another, told by a report published after the plan, moves
    a one-day plan by as many days as the visit's first day moved (at most 31).

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    RETURNS (dict[int, tuple[Evidence, DateValue]]): matched event id -> (the re-dating
        sentence, the plan's new day).
    """
    visits = set(load_data("question")["action_matches"]["visit"])
    out: dict[int, tuple[Evidence, DateValue]] = {}
    for event in events:
        ours = event.date.interval()
        if ours is None or ours[0] != ours[1] or event.status not in ("planned", "uncertain"):
            continue
        if any(e.status in _HAPPENED for e in event.evidence):
            continue
        said = max((e.published or date.min) for e in event.evidence)
        mine = {e.article_id for e in event.evidence}
        for trip in others:
            if trip.id == event.id or trip.action not in visits or trip.actor.name != event.actor.name:
                continue
            if trip.place is None or trip.status in ("postponed", "cancelled", "denied"):
                continue  # postponements: trip_postponements
            new = trip.date.interval()
            if new is None or _spans_meet(new, ours):
                continue
            if event.place is not None and not in_place(event.place, trip.place):
                continue
            if event.place is None and not mine & {e.article_id for e in trip.evidence}:
                continue
            before = [(h, iv) for h in trip.history[:-1] if (iv := h.date.interval()) is not None and _spans_meet(iv, ours)]
            if not before:
                continue
            shift = new[0] - before[-1][1][0]
            change = next((e for e in reversed(trip.evidence) if e.published is not None and e.published >= said
                           and e.article_id not in mine and e.status in ("planned", "uncertain", *_HAPPENED)), None)
            if change is None or not 0 < abs(shift.days) <= 31:
                continue
            day = ours[0] + shift
            out[event.id] = (change, DateValue(day.isoformat(), "day", event.date.text,
                                               note=f"moved with its trip from {ours[0].isoformat()}"))
            break
    return out


def moved_copy(event: EventRecord, sentence: Evidence, new_date: DateValue) -> EventRecord:
    """The plan as a question or proposal sees it once its trip was re-dated (:func:`trip_moves`):
    still a plan, on the new day, the re-dating sentence added to its evidence and history."""
    change = HistoryEntry(event.status, new_date, sentence.article_id, sentence.published)
    return replace(event, date=new_date, evidence=(*event.evidence, sentence), history=(*event.history, change))


def curtailed_plans(events: Sequence[EventRecord], others: Sequence[EventRecord]) -> dict[int, Evidence]:
    """Matched plans of a traveller who cut the trip short: a happened departure of the same
    actor told with a ``curtail_patterns`` phrase ("cut short her Asian tour on Thursday and
    flew home from Bangkok"), before the plan's day and at most ``curtail_days`` earlier,
    cancels the plan (the stops still ahead were dropped).

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    RETURNS (dict[int, Evidence]): matched event id -> the departure sentence.
    """
    data = load_data("question")
    patterns = [re.compile(p, re.IGNORECASE) for p in data["curtail_patterns"]]
    reach = timedelta(days=int(data["curtail_days"]))
    out: dict[int, Evidence] = {}
    for event in events:
        ours = event.date.interval()
        if event.status not in ("planned", "uncertain", "postponed") or ours is None:
            continue
        if any(e.status in _HAPPENED for e in event.evidence):
            continue
        for other in others:
            left = other.date.interval()
            if other.actor.name != event.actor.name or other.action != "depart" or other.status != "happened":
                continue
            if left is None or not (left[1] < ours[0] <= left[1] + reach):
                continue
            told = [e for e in other.evidence if any(p.search(e.sentence) for p in patterns)]
            if told:
                out[event.id] = told[-1]
    return out


def gathering_cancellations(
    events: Sequence[EventRecord], others: Sequence[EventRecord], topic: str | None = None
) -> dict[int, Evidence]:
    """Matched events whose gathering (forum, summit...) was called off under another actor.

    A cancellation is often stated with the gathering itself, or its host, as the actor
    ("The Pacific forum in Suva has been cancelled"), so it is not an event of the
    question's actor. It counts for a matched event when it is at the same place, on an
    overlapping day, and its sentence names a gathering noun (``data/cues.json``
    ``gathering_nouns``) that the matched event's evidence or the question's target names,
    and is not one guest's own withdrawal (:func:`_guest_withdrew`).

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    topic (str | None): the question's target words ("the Pacific forum").
    RETURNS (dict[int, Evidence]): matched event id -> the cancelling sentence.
    """
    out: dict[int, Evidence] = {}
    for event in events:
        if event.status == "cancelled" or any(e.status in _HAPPENED for e in event.evidence):
            continue
        mine = _gathering_nouns([e.sentence for e in event.evidence] + ([topic] if topic else []))
        if not mine:
            continue
        for other in others:
            if other.id == event.id or other.status != "cancelled" or other.actor.name == event.actor.name:
                continue
            if not (_same_place(event, other) and _overlaps(event, other)):
                continue
            if other.action in load_data("question")["occurrence_personal_actions"] and _guest_withdrew(other):
                continue  # a guest staying away ("Havili will not attend the summit") cancels nothing of the host's
            cancel = [e for e in other.evidence if e.status == "cancelled" and _gathering_nouns([e.sentence]) & mine]
            if cancel:
                out[event.id] = cancel[-1]
    return out


def _days_of(event: EventRecord) -> list[tuple[date, date]]:
    """Every interval an event was dated at: its current date and each date of its history."""
    return [iv for iv in (event.date.interval(), *(h.date.interval() for h in event.history)) if iv is not None]


def gathering_postponements(
    events: Sequence[EventRecord], others: Sequence[EventRecord], topic: str | None = None
) -> dict[int, tuple[Evidence, DateValue]]:
    """Matched plans whose gathering was postponed under another actor, in a report that
    does not name the plan's actor ("The Kuala Lumpur summit has been pushed back to
    November" moves the host's event only).

    Same conditions as :func:`gathering_cancellations`, with the other event's dates before
    the postponement counting for the overlap (its current date is the new one).

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    topic (str | None): the question's target words.
    RETURNS (dict[int, tuple[Evidence, DateValue]]): matched event id -> (the postponing
        sentence, the gathering's date from then on).
    """
    out: dict[int, tuple[Evidence, DateValue]] = {}
    for event in events:
        if event.status not in ("planned", "uncertain") or any(e.status in _HAPPENED for e in event.evidence):
            continue
        mine = _gathering_nouns([e.sentence for e in event.evidence] + ([topic] if topic else []))
        ours = event.date.interval()
        if not mine or ours is None:
            continue
        for other in others:
            if other.id == event.id or other.status != "postponed" or other.actor.name == event.actor.name:
                continue
            if not _same_place(event, other):
                continue
            if not _was_dated_over(other, ours):
                continue
            moved = [e for e in other.evidence if e.status == "postponed" and _gathering_nouns([e.sentence]) & mine]
            if moved and (moved[-1].published or date.min) > max((e.published or date.min) for e in event.evidence):
                out[event.id] = (moved[-1], other.date)
    return out


def is_called_off(event: EventRecord, done: Sequence[Evidence]) -> bool:
    """Whether an event counts as cancelled for a question.

    event (EventRecord): a matched event.
    done (Sequence[Evidence]): its "happened" sentences that count for the question's
        place (:func:`happened_evidence`).
    RETURNS (bool): True when its status is ``cancelled``, or when its status is
        ``happened`` only through sentences that place it elsewhere ("flew home from
        Bangkok" merged into the Kuala Lumpur leg) and one of its sentences cancels it.
    """
    if event.status == "cancelled":
        return True
    return event.status in _HAPPENED and not done and any(e.status == "cancelled" for e in event.evidence)


def trip_called_off(
    trip: Sequence[EventRecord],
    place: PlaceRef,
    known: Sequence[PlaceRef] = (),
    datelines: Mapping[str, tuple[int, int]] | None = None,
    called_off: Mapping[int, Evidence] | None = None,
) -> bool:
    """trip (Sequence[EventRecord]): the trip's events. place (PlaceRef): its destination.
    known (Sequence[PlaceRef]), datelines (Mapping | None): as for :func:`happened_evidence`.
    called_off (Mapping | None): events cancelled through another event (their stop or
        their gathering: :func:`stop_cancellations`, :func:`gathering_cancellations`).
    RETURNS (bool): True when the visit to the destination itself is cancelled, or,
        when no event names the destination itself, every stop of the trip is
        (:func:`is_called_off`)."""
    through = called_off or {}

    def off(e: EventRecord) -> bool:
        return e.id in through or is_called_off(e, happened_evidence(e, place, known, datelines))

    core = [e for e in trip if e.place is not None and e.place.name == place.name]
    if core:
        return all(off(e) for e in core)
    return bool(trip) and all(off(e) for e in trip)


_CHANGES = ("denied", "postponed", "cancelled")


def conflicting_reports(
    event: EventRecord, done: Sequence[Evidence], events: Sequence[EventRecord]
) -> list[Evidence]:
    """Reports that contradict an event reported as happened.

    A sentence denying, postponing or calling off the event (or another matched event
    dated on one of its days, at a compatible place: "the talks were postponed at the
    last minute", told as the other side's event) contradicts it when it comes from an
    article that does not itself report the event as happened and was published on or
    after the first such report. Earlier ones spoke of the plan and were overtaken ("the
    ministry denied reports that she would travel", then "she visited"); a sentence in
    the reporting article itself is background ("days after her ministry denied ...").

    event (EventRecord): the event. done (Sequence[Evidence]): its counted "happened"
        sentences. events (Sequence[EventRecord]): every matched event.
    RETURNS (list[Evidence]): the contradicting sentences, in evidence order.
    """
    first = min((e.published for e in done if e.published), default=None)
    if first is None:
        return []
    reporting = {e.article_id for e in done}
    ours = _days_of(event)

    def against(ev: Evidence) -> bool:
        return (ev.status in _CHANGES and ev.article_id not in reporting
                and ev.published is not None and ev.published >= first)

    out = [ev for ev in event.evidence if against(ev)]
    for other in events:
        if other.id == event.id or other.status not in _CHANGES:
            continue
        if event.place is not None and other.place is not None and not _may_coincide(event, other):
            continue
        if not any(_was_dated_over(other, span) for span in ours):
            continue
        out.extend(ev for ev in other.evidence if against(ev))
    return out


def resolve(
    pattern: QuestionPattern,
    events: Sequence[EventRecord],
    window: tuple[date | None, date | None],
    as_of: date,
    trip: Sequence[EventRecord] | None = None,
    subject: str = "the event",
    target: PlaceRef | None = None,
    known: Sequence[PlaceRef] = (),
    trip_place: PlaceRef | None = None,
    datelines: Mapping[str, tuple[int, int]] | None = None,
    called_off: Mapping[int, Evidence] | None = None,
    done: str | None = None,
    topic: str | None = None,
    asked: date | None = None,
) -> Resolution:
    """Apply the resolution rules (module docstring) to the matched events.

    pattern (QuestionPattern): the parsed question.
    events (Sequence[EventRecord]): matching events as known on ``as_of``.
    window (tuple[date | None, date | None]): the question window, ends open as None.
    as_of (date): the day of the evaluation.
    trip (Sequence[EventRecord] | None): the trip's events for "during his trip to X".
    subject (str): how the reason names the event ("Pete Hegseth visiting Demilitarized Zone").
    target (PlaceRef | None): the question's place, to ignore reports of a visit elsewhere.
    known (Sequence[PlaceRef]): the store's places.
    trip_place (PlaceRef | None): the trip's destination.
    datelines (Mapping | None): article id -> dateline offsets (``Article.dateline_start/end``).
    called_off (Mapping | None): event id -> a sentence cancelling its gathering under
        another actor (:func:`gathering_cancellations`); such events count as cancelled.
    done (str | None): how the reason says it happened ("Pete Hegseth visited Demilitarized
        Zone"); None: "<subject> happened".
    topic (str | None): the question's target when it is neither a place nor a person
        ("the trade agreement"): a sentence saying something else happened instead ("signed
        a memorandum instead") does not say it happened unless it names it.
    asked (date | None): the day a stored future-tense question was asked (see :func:`_happened_in`).
    RETURNS (Resolution): the resolution, reason and cited evidence.
    """
    lo, hi = window
    said = done or f"{subject} happened"
    done_of = {e.id: counted_happened(e, pattern, topic, target, known, datelines) for e in events}

    def key(e: EventRecord) -> tuple[int, int, int, int, date, int]:
        inside = bool(done_of[e.id]) and _happened_in(e, window, done_of[e.id], asked)
        latest = max((ev.published for ev in e.evidence if ev.published), default=date.min)
        return (1 if inside else 0, 1 if may_fall_in(e, lo, hi) else 0, 1 if done_of[e.id] else 0,
                0 if is_called_off(e, done_of[e.id]) else 1, latest, len(e.evidence))

    best = max(events, key=key) if events else None
    for event in events:
        reports = done_of[event.id]
        if reports and _happened_in(event, window, reports, asked):
            if asked is not None and event.date.interval() is None:
                reports = [r for r in reports if r.published and r.published > asked]  # cite what came after the asking
            against = conflicting_reports(event, reports, events)
            if against:
                verb = {"denied": "denies it", "postponed": "says it was postponed",
                        "cancelled": "says it was called off"}[against[-1].status]
                return Resolution(
                    "ambiguous",
                    f"Sources conflict: {_cite(reports[0])} reports that {said} "
                    f"but {_cite(against[-1])} {verb}.",
                    event,
                    against[-1],
                )
            when = date_words(event.date.value, "an undated day")
            return Resolution("yes", f"{_cite(reports[0])} reports that {said} ({when}).", event, reports[0])
    if trip and trip_place is not None and trip_called_off(trip, trip_place, known, datelines, called_off):
        cited = _cancelled(trip)
        return Resolution(
            "annulled", f"The premise broke: {_cite(cited)} reports that the trip was called off.", best, cited
        )
    off = called_off or {}
    if events and all(is_called_off(e, done_of[e.id]) or e.id in off for e in events):
        cited = _cancelled(events) or next(iter(off.values()), None)
        return Resolution("no", f"{_cite(cited)} reports that {subject} was called off.", best, cited)
    if hi is not None and as_of > hi + timedelta(days=GRACE_DAYS):
        elsewhere = [e for e in events if done_of[e.id]]
        if elsewhere:
            cited = done_of[elsewhere[0].id][0]
            return Resolution(
                "no",
                f"{_cite(cited)} reports that {said} on {date_words(elsewhere[0].date.value, 'another day')}, "
                f"outside the window ending {hi.isoformat()}.",
                elsewhere[0],
                cited,
            )
        last = best.evidence[-1] if best is not None and best.evidence else None
        return Resolution(
            "no",
            f"No article published by {as_of.isoformat()} reports that {said} by {hi.isoformat()}; "
            "the window has closed.",
            best,
            last,
        )
    return Resolution(None, "", best, None)
