"""Which sentences saying an event happened count for a question.

The clause around a sentence's trigger (dateline cut off) must not place the event somewhere
else (:func:`counts_for`); a sentence published before the event's first day cannot tell it
happened (:func:`happened_evidence`); a substitute done instead, or a meeting's sentence that
names only another partner, only the inviter or no partner at all, does not count
(:func:`counted_happened`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Mapping, Sequence

from ..extract.bodies import known_body_forms, known_body_name
from ..model import EventRecord, Evidence, PlaceRef
from ..store.merge import with_bloc_names
from .forecast import cue_hits
from .phrase_words import mentions_name, phrase_tokens, singular
from .question import QuestionPattern, load_data, words

__all__ = [
    "HAPPENED",
    "trigger_clause",
    "counts_for",
    "happened_evidence",
    "counted_happened",
    "sentence_topic",
    "other_partner_only",
]


HAPPENED = ("happened", "ongoing")


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
            and not (pattern.action in ("meet", "call") and other_partner_only(event, ev, pattern.target))]


def other_partner_only(event: EventRecord, ev: Evidence, asked: str | None) -> bool:
    """True when a "happened" sentence of a meeting with several counterparts names another
    of them and not the asked one: "held talks with Nkosi" says nothing of the talks with Rao
    planned in the same event. A sentence naming no counterpart (a title only) still counts."""
    if not asked or len(event.counterparts) < 2 or titled_members(event, ev.sentence, asked):
        return False  # ("Herrero met CTE leader X and UDL leader Y" tells the meeting with "union leaders")
    want = [w for w in phrase_tokens(asked) if len(w) > 2]
    if any(mentions_name(ev.sentence, w) for w in want):
        return False
    asked_people = [c for c in event.counterparts if c.name and any(w in phrase_tokens(c.name) for w in want)]
    homes = {c.country for c in asked_people if c.kind == "person" and c.country}
    others = [c for c in event.counterparts if c.name and not any(w in phrase_tokens(c.name) for w in want)
              and not (c.kind == "country" and (c.name in homes or c.name == event.actor.country))]
    # ("the foreign ministers of Armenia and Azerbaijan" tells the talks with Azerbaijan's minister; "talks between Iran
    # and the United States" tells the US envoy's own talks with Iran's minister)
    return any(mentions_name(ev.sentence, c.name.split()[-1]) for c in others)


def titled_members(event: EventRecord, sentence: str, topic: str) -> bool:
    """RETURNS (bool): whether a sentence names a person of the event's other side by the asked group's head word as
    their title ("Herrero met CTE leader Marta Solis and UDL leader Javier Ortega" for "union leaders"): the group's
    members met."""
    words = phrase_tokens(topic)
    if len(words) < 2 or not words[-1].endswith("s"):
        return False
    head = singular({words[-1]}).pop()
    flat = " ".join(phrase_tokens(sentence))
    return any(c.kind == "person" and re.search(rf"\b{re.escape(head)} {re.escape(' '.join(phrase_tokens(c.name)))}\b",
                                                 flat) is not None for c in event.counterparts)


def _trip_without_partner(event: EventRecord, ev: Evidence) -> bool:
    """True when a journey's "happened" sentence names none of its counterparts: "Modi left
    Buenos Aires for Brasilia" merged into "will fly on to Brasilia for talks with Lula" says
    the journey took place, not the meeting. Meeting and signing actions are not journeys."""
    if event.action not in ("visit", "travel", "arrive", "tour") or not event.counterparts:
        return False
    return not any(mentions_name(ev.sentence, c.name.split()[-1]) for c in event.counterparts if c.name)


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
    return cue_hits(sentence, "substitution") > 0 and not sentence_topic(sentence, topic)


def sentence_topic(sentence: str, topic: str) -> bool:
    """True when a sentence names most (60%) of a topic's words ("trade agreement"); a
    gathering (a ``gathering_nouns`` word: "Nordic summit") only with every word, so the
    "Nordic-Baltic summit" is not the "Nordic summit" and "the summit" alone is neither; a gathering noun is also named
    by one of its ``gathering_synonyms`` ("the inauguration" by "the swearing-in"), and a word made of a verb by another
    form of that verb ("pledging conference" by "pledged ... at a conference"); a known international body is named by
    any of its written forms ("GCC" by "Gulf Cooperation Council")."""
    topic, sentence = with_bloc_names(_body_names(topic)), with_bloc_names(_body_names(sentence))  # ("the GCC summit"
    # names the Gulf Cooperation Council's; "the ASEAN economy ministers' meeting", "a meeting of Southeast Asian economy
    # ministers")
    want = set(phrase_tokens(topic))
    if not want:
        return False
    have = set(phrase_tokens(sentence))
    if want & set(load_data("cues")["gathering_nouns"]):
        synonyms: dict[str, list[str]] = load_data("cues")["gathering_synonyms"]
        stems = {_stem(h) for h in have}
        return all(any(s in have for s in synonyms.get(w, ())) or _stem(w) in stems
                   for w in singular(want) - singular(have))  # ("pledging conference" named by "pledged ... at a
        # conference")
    if len(want & have) >= max(1, round(0.6 * len(want))):
        return True
    head = phrase_tokens(topic)[-1]
    return head in _TEXT_HEADS and re.search(rf"(?<![\w'-])(?:the|this) {re.escape(head)}(?![\w'-])", sentence.lower()) is not None
    # ("is expected to sign the bill into law next Tuesday" after "approved a water rights reform bill": the bare
    # definite text is the one asked of)


def _body_names(text: str) -> str:
    """text (str): a topic or sentence. RETURNS (str): the text with each written form of a known international body
    (``known_bodies`` of the extractor's ``families.json``: "GCC", "CARICOM") replaced by its full name."""
    forms = known_body_forms()
    return forms.sub(lambda m: known_body_name(m.group(0)) or m.group(0), text) if forms.search(text) else text


def _stem(word: str) -> str:
    """RETURNS (str): a verb-made word without its "-ing" or "-ed" ending ("pledging", "pledged": "pledg"), other words
    as they are (long enough words only: not "red", "king")."""
    for end in ("ing", "ed"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


#: Heads of a text acted on that "the <head>" refers back to in a plan sentence ("sign the bill into law").
_TEXT_HEADS = frozenset({"bill", "law", "budget", "agreement", "accord", "treaty", "deal", "pact", "decree", "reform",
                         "amendment", "legislation", "measure", "resolution", "constitution"})


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
    if mentions_name(clause, target.name):
        return True
    elsewhere = False
    for place in known:
        if place.name == target.name or not mentions_name(clause, place.name) or _possessive(clause, place.name) \
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
        if e.status in HAPPENED
        and not (span is not None and e.published is not None and e.published < span[0])
        and counts_for(e, target, known, lines.get(e.article_id, (0, 0)), _party_countries(event))
    ]


def _party_countries(event: EventRecord) -> frozenset[str]:
    """RETURNS (frozenset[str]): the countries of the event's actor and counterparts ("the
    foreign ministers of South Korea and Japan agreed ... during talks on the island"):
    naming them tells whose meeting it is, not where it was."""
    refs = (event.actor, *event.counterparts)
    return frozenset(n for r in refs for n in (r.country, r.name if r.kind == "country" else None) if n)
