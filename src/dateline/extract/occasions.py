"""The article's gatherings: a summit named once with its place and day, and the events that refer back to it.

"Leaders from five countries will attend a regional summit in New Delhi on November 14" names a
gathering with its place and day though it tells no event of a named person. Later sentences
refer back to it: "Mehra will host the one-day summit at Bharat Mandapam" (a venue inside New
Delhi), "Rasheed will not attend the summit", "X will hold bilateral meetings with Y on the
sidelines of the summit", "Z and W have confirmed their participation". :func:`article_occasions`
gathers each gathering's place (its venue when one is named), day and mentions
(``occasion_nouns`` in ``triggers.json``; a generic ``occasion_anaphors`` noun, "the gathering",
is the gathering named last before it), and gives an event about one of them the gathering's
place and date where it has none of its own. An attend event told by a plural subject is each
person's own ("X and Y will attend": two attend events, no counterpart of each other).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
import re
from itertools import takewhile

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Token

from ..model import DateValue, Event, PlaceRef
from .actor_mentions import ANONYMOUS
from .codes import event_codes
from .context import _Ctx, clause_tokens, time_to_date
from .nlp import load_data
from .places import in_named_country, named_countries, place_in, resolve_place
from .status import event_status
from .triggers import _REF_VALUES, _lex

__all__ = ["article_occasions", "dateline_place", "occasion_frame", "on_bare_sidelines"]


@dataclass(frozen=True)
class _Words:
    nouns: frozenset[str]
    anaphors: frozenset[str]
    other: frozenset[str]
    frames: frozenset[str]
    verbs: frozenset[str]
    gathering_verbs: frozenset[str]
    sentence_anaphors: frozenset[str]
    role_verbs: frozenset[str]


@cache
def _words() -> _Words:
    data = load_data("triggers.json")
    return _Words(frozenset(data["occasion_nouns"]), frozenset(data["occasion_anaphors"]), frozenset(data["other_occasion_words"]),
                  frozenset(data["occasion_frame_nouns"]), frozenset(data["occasion_verbs"]),
                  frozenset(data["occasion_gathering_verbs"]), frozenset(data["occasion_sentence_anaphors"]),
                  frozenset(data["occasion_role_verbs"]))


@dataclass
class _Occasion:
    key: str
    place: PlaceRef | None = None
    venue: str | None = None
    when: DateValue | None = None
    mentions: list[int] = field(default_factory=list)

    def where(self, ctx: _Ctx) -> PlaceRef | None:
        """The venue inside the gathering's place when one is named ("at Bharat Mandapam"), else the place."""
        if self.venue is None:
            return self.place
        outer = self.place or dateline_place(ctx)
        if outer is None:
            return PlaceRef(self.venue, "site")
        within = (outer.name, *outer.within) if outer.kind != "country" else (outer.name,)
        return PlaceRef(self.venue, "site", outer.country, outer.lat, outer.lon, within)


#: Actions that take a gathering's place but not its day (none: ``reason.occurrences.gathering_cancellations`` leaves out
#: a guest's own withdrawal, so an attend event dated with its gathering is safe).
_PLACE_ONLY: frozenset[str] = frozenset()


def _key(word: str) -> str:
    """word (str): a gathering noun. RETURNS (str): its singular, lower case ("summits" -> "summit"; "congress" and
    "talks" unchanged but for "talks" -> "talk")."""
    low = word.lower()
    return low if low.endswith("ss") else low.removesuffix("s")


def occasion_frame(tok: Token) -> bool:
    """ "on the sidelines of the summit", "on the margins of the forum": a gathering noun that frames another event
    (``occasion_frame_nouns``), no event of its own."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _words().frames


def _other_occasion(tok: Token) -> bool:
    """ "The last such gathering", "the next summit": another gathering than the article's."""
    return any(c.dep_ in ("amod", "det", "predet") and c.lower_ in _words().other for c in tok.children)


def another_occurrence(tok: Token) -> bool:
    """ "The last such summit, planned for 2020, was called off": another occurrence than the one the article plans
    (:func:`_other_occasion`), but not "no such meeting", which refers back to it."""
    return _other_occasion(tok) and not any(c.lower_ == "no" for c in tok.children)


def _mentions(ctx: _Ctx) -> tuple[list[_Occasion], dict[int, _Occasion]]:
    """The article's gatherings in text order, and the gathering each mention token refers to."""
    words = _words()
    found: dict[str, _Occasion] = {}
    order: list[_Occasion] = []
    by_token: dict[int, _Occasion] = {}
    several: set[str] = set()
    last: _Occasion | None = None
    gathered = _officials_gathering(ctx)
    for tok in ctx.doc:
        low = tok.lower_
        if tok.i in gathered:
            # "Security ministers from the member states of SICA are to gather in San Salvador on May 20": a gathering
            # told by its verb (or by "a meeting of" officials), which a later "will chair the meeting" refers to
            occ = _Occasion("meeting", *_gathering_facts(tok, ctx))
            order.append(occ)
            last = occ
            continue
        if low not in words.nouns and low not in words.anaphors and low not in words.sentence_anaphors:
            continue  # most words: no look at their children
        if tok.idx < ctx.dateline_end or tok.pos_ not in ("NOUN", "PROPN") or _other_occasion(tok):
            continue
        blocked = _lex().nouns.get(low, {}).get("blocked_compounds", ())
        if any(c.dep_ in ("compound", "amod") and c.lower_ in blocked for c in tok.children):
            continue  # "a joint news conference"
        if tok.dep_ == "compound" or _negated_object(tok):
            continue  # "a conference centre": the noun names no gathering; "the Mining Forum summit": the head does
        place, venue, when = _own_facts(tok, ctx)
        if low in words.nouns and _key(low) not in found and last is not None and last.key and last.place is not None \
                and place is None and when is None and _bare_mention(tok):
            # "the Africa-Asia Mining Forum summit, which had been due to open in Tunis ... postponed the meeting": a
            # bare definite gathering noun of another kind is the gathering named last
            occ = last
        elif low in words.nouns:
            key = _key(low)
            known = found.get(key)
            if known is not None and (_introduced(tok, ctx) or _other_day(known.when, when)):
                # "A special summit on the Congo conflict", "the ordinary congress in October": another gathering of
                # the noun, after which a definite "the summit" refers to neither (the article tells several)
                several.add(key)
            if known is None or key in several and (_introduced(tok, ctx) or when is not None):
                occ = found[key] = _Occasion(key)
                order.append(occ)
            elif key in several:
                occ = _Occasion("", mentions=[tok.i])  # one of several: no gathering's place or day
                by_token[tok.i] = last = occ
                continue
            else:
                occ = known
        elif low in words.anaphors and last is not None and any(c.lower_ in ("the", "this", "that") for c in tok.children):
            occ = last
        elif low in words.sentence_anaphors and last is not None and (_bare_mention(tok) and (
                any(by_token.get(t.i) is last for t in tok.sent if t.i < tok.i) or occasion_frame(tok)) or _role_object(tok)):
            occ = last  # "Organisers of the X summit ... said they had postponed the meeting": the summit (and "on the
            # sidelines of the one-day meeting" after it: a frame, which only a gathering gives; "will chair the
            # meeting" in the next sentence: a role at a gathering)
        else:
            continue
        last = occ
        occ.mentions.append(tok.i)
        by_token[tok.i] = occ
        if place is None and occ.place is None and (country := _host_country(tok, ctx)) is not None:
            city = dateline_place(ctx)  # "Zambia will host a summit" (LUSAKA, June 15 -): in the host's dateline city
            place = city if city is not None and city.kind == "city" and place_in(city, country) else country
        if occ.place is None and place is not None:
            occ.place = place
        if occ.venue is None and venue is not None:
            occ.venue = venue
        if when is not None and (occ.when is None or occ.when.precision not in ("day", "time") and when.precision == "day"):
            occ.when = when
    return order, by_token


def _gathering_facts(tok: Token, ctx: _Ctx) -> tuple[PlaceRef | None, str | None, DateValue | None]:
    """tok (Token): a trigger of :func:`_officials_gathering`. RETURNS: the gathering's place, venue name and date: a
    verb's own phrases; a noun's (:func:`_own_facts`), then those of the verb it is the object of ("will host a meeting
    of ministers in Doha on March 18"), then a city inside its phrase ("a meeting of GCC foreign ministers in Doha":
    the parser hangs the city on the ministers)."""
    if tok.pos_ != "NOUN":
        return _phrase_facts(tok, [tok], ctx, None, None)
    place, venue, when = _own_facts(tok, ctx)
    if (place is None or when is None) and tok.dep_ in ("dobj", "pobj"):
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        place, more_venue, when = _phrase_facts(tok, [verb], ctx, place, when)
        venue = venue or more_venue
    if place is None:
        place = next((r for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ in ("in", "at")
                      and (r := ctx.places.get(t.i)) is not None and r.kind in ("city", "site")), None)
    return place, venue, when


def _officials_gathering(ctx: _Ctx) -> frozenset[int]:
    """ctx (_Ctx): the doc's context. RETURNS (frozenset[int]): the triggers that tell officials gathering (a verb of
    ``occasion_gathering_verbs`` whose entry makes it a meeting with a plural officials' word as its subject, or as the
    subject of the verb it is the infinitive of: "Ministers are to gather in San Salvador"; a meeting noun introduced
    with "a" and "of" officials: "will host a meeting of GCC foreign ministers in Doha")."""
    verbs = load_data("triggers.json")["verbs"]
    officials_words = frozenset(verbs["convene"]["official_subjects"])  # (the officials' words of a gathering verb)
    found: set[int] = set()
    for i in ctx.trigger_ids:
        tok = ctx.doc[i]
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and _lex().nouns.get(tok.lower_, {}).get("action") == "meet" \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) \
                and any(p.dep_ == "prep" and p.lower_ == "of" and g.lower_ in officials_words
                        for p in tok.children for g in p.children if g.dep_ == "pobj"):
            found.add(i)  # "Qatar will host a meeting of GCC foreign ministers in Doha on March 18"
            continue
        officials = verbs.get(lemma, {}).get("official_subjects") if lemma in _words().gathering_verbs else None
        if tok.pos_ != "VERB" or not officials:
            continue
        owners = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
        if any(c.dep_ == "nsubj" and c.lower_ in officials for o in owners for c in o.children):
            found.add(i)
    return frozenset(found)


def _role_object(tok: Token) -> bool:
    """tok (Token): a gathering anaphor ("meeting"). RETURNS (bool): it is the object of a verb of a role at a
    gathering (``occasion_role_verbs``: "will chair the meeting", "skipped the meeting, which X attended"), with
    "the" and no words of its own before it."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _words().role_verbs \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and all(c.dep_ in ("det", "punct", "relcl") or _length_modifier(c) or c.dep_ == "prep" and c.lower_ == "of"
                for c in tok.children)  # ("will chair the session of the GCC ministerial council": of its body)


def _bare_mention(tok: Token) -> bool:
    """tok (Token): a gathering noun. RETURNS (bool): it has "the" and nothing else of its own before it ("the meeting",
    "the forum's secretariat"), and no phrase after it."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and all(c.dep_ in ("det", "case") or _length_modifier(c) for c in tok.children)


#: A modifier that tells only how long a gathering lasts ("the [one-day] meeting", "the [two-day] summit").
_LENGTH_MODIFIER = re.compile(r"(?:\w+-)?(?:day|days|week|hour)(?:-long)?|(?:\w+)-(?:day|week|hour)(?:-long)?")


def _length_modifier(child: Token) -> bool:
    """child (Token): a modifier of a gathering noun. RETURNS (bool): its words tell only the gathering's length."""
    text = "".join(t.text for t in child.subtree).lower()
    return child.dep_ in ("amod", "compound", "nmod") and _LENGTH_MODIFIER.fullmatch(text) is not None


#: Determiners by which a gathering noun introduces a gathering of its own ("a summit", "another forum").
_INTRODUCING_DETS = frozenset({"a", "an", "another"})


def _introduced(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a gathering noun. ctx (_Ctx): the doc's context. RETURNS (bool): the mention introduces a gathering
    of its own ("a special summit", "a parallel people's summit"), not one named before ("the summit", "their annual
    summit", "Thursday's summit")."""
    return any(c.dep_ == "det" and c.lower_ in _INTRODUCING_DETS for c in tok.children) \
        or any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.i not in ctx.times for c in tok.children)


def _other_day(known: DateValue | None, own: DateValue | None) -> bool:
    """known (DateValue | None): a gathering's date so far. own (DateValue | None): a mention's own date. RETURNS
    (bool): the two dates cannot be one gathering's ("the summit on August 17" and "the congress in October"); a month
    holding the day ("next month" and "August 17") can."""
    if known is None or own is None or not known.value or not own.value:
        return False
    a, b = known.interval(), own.interval()
    if a is None or b is None:
        return False
    if a[0] <= b[0] and b[1] <= a[1] or b[0] <= a[0] and a[1] <= b[1]:
        return False
    gap = max(a[0], b[0]) - min(a[1], b[1])
    return gap.days > _GATHERING_DAYS


#: The most days apart two days of one gathering are told ("the summit opened on Monday ... closed on Wednesday").
_GATHERING_DAYS = 7


def _own_facts(tok: Token, ctx: _Ctx) -> tuple[PlaceRef | None, str | None, DateValue | None]:
    """The place, venue name and date a gathering mention gives: its own modifiers and phrases, and those of the verb it
    is the object of ("attend a summit in New Delhi on November 14", "host the summit at Bharat Mandapam")."""
    heads = [tok]
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if (tok.dep_ in ("dobj", "nsubjpass", "pobj") or tok.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in verb.children)) \
            and verb.pos_ == "VERB" and verb.lemma_.lower() in _words().verbs:  # "the summit opened in Accra on Tuesday"
        heads.append(verb)
    elif (gathering := _purpose_verb(tok)) is not None:
        heads.append(gathering)
    elif (taking := _taking_place(tok)) is not None:
        heads.append(taking)
    # "a regional fisheries forum that Senegal is hosting in Dakar on September 14": the host's clause places and dates it
    heads += [c for c in tok.children if c.dep_ in ("relcl", "acl", "ccomp") and c.pos_ == "VERB" and c.i > tok.i
              and (c.lemma_.lower() in _lex().host_verbs or c.lemma_.lower() in _words().verbs or _place_taken(c))]
    # ("the mining summit, which took place in Tunis on February 10": its own clause; "which had been due to open in
    # Tunis next Thursday": the verb its plan words govern)
    heads += [x for c in tok.children if c.dep_ == "relcl" and c.i > tok.i for x in c.subtree
              if x.dep_ == "xcomp" and x.pos_ == "VERB" and x.lemma_.lower() in _words().verbs | {"take"}
              and (x.lemma_.lower() != "take" or any(g.dep_ == "dobj" and g.lower_ == "place" for g in x.children))]
    return _phrase_facts(tok, heads, ctx, _moved_to(tok, ctx) or _topic_city(tok, ctx), _next_day_phrase(tok, ctx))


def _phrase_facts(tok: Token, heads: list[Token], ctx: _Ctx, place: PlaceRef | None,
                  when: DateValue | None) -> tuple[PlaceRef | None, str | None, DateValue | None]:
    """tok (Token): a gathering mention (a noun, or the verb of officials who gather). heads (list[Token]): it and the
    words whose phrases tell of it. place / when: what is known already. RETURNS: the place, venue name and date their
    "in"/"at" and time phrases give (the first of each)."""
    venue: str | None = None
    for head in heads:
        for child in head.children:
            if child.dep_ == "compound" and head is tok and (ref := ctx.places.get(child.i)) is not None:
                place = place or ref  # "the Delhi summit"
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                for g in child.children:
                    if g.dep_ != "pobj":
                        continue
                    ref = next((r for t in _clause(g) if (r := ctx.places.get(t.i)) is not None), None)
                    if ref is not None:
                        if ref.kind == "site":
                            venue = venue or ref.name
                        else:
                            place = place or ref
                    elif child.lower_ == "at" and (name := _venue(g, ctx)) is not None:
                        venue = venue or name
            if child.dep_ in ("prep", "npadvmod", "tmod") and child.lower_ not in ("since", "until", "by", "before", "after"):
                for t in sorted(_clause(child), key=lambda t: t.i):  # ("from November 20 to 22": the span's start,
                    # which carries its end, not the "22" the walk meets first)
                    x = ctx.times.get(t.i)
                    if x is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P" and x.value not in _REF_VALUES:
                        when = when or time_to_date(x)
                        break
    return place, venue, when


def _topic_city(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "a regional summit on the Congo crisis in Livingstone": a city the parser hangs on the gathering's topic
    (``TOPIC_PREPS``) is where the gathering meets (a country or region there stays the topic's: "a summit on the war in
    Sudan"). tok (Token): a gathering mention. RETURNS (PlaceRef | None): that city, else None."""
    from .venues import TOPIC_PREPS  # (venues imports this module)
    for topic in (g for c in tok.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for g in c.children
                  if g.dep_ == "pobj"):
        for prep in topic.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                ref = next((ctx.places[g.i] for g in prep.children if g.dep_ == "pobj" and g.i in ctx.places), None)
                if ref is not None and ref.kind == "city":
                    return ref
    return None


def _moved_to(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """tok (Token): a gathering mention. RETURNS (PlaceRef | None): the place after "to" when the mention is the object
    or subject of a verb that moves a plan (``moved_verbs`` of ``status_cues.json``: "has moved this week's summit from
    Almaty to Astana", "the summit was moved to Kara"), where the gathering now is; else None."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in load_data("status_cues.json")["moved_verbs"]:
        return None
    for holder in (verb, tok):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for g in prep.children:
                    ref = ctx.places.get(g.i) or next((ctx.places[c.i] for c in g.children if c.dep_ == "appos"
                                                       and c.i in ctx.places), None)  # ("to the capital Astana")
                    if g.dep_ == "pobj" and ref is not None:
                        return ref
    return None


def _next_day_phrase(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "hand over the leadership at a congress on April 25": a day phrase the parser hangs on the verb right after an
    "at" gathering phrase (no word between them) is the gathering's day, as it would be on the noun.

    tok (Token): a gathering mention. ctx (_Ctx): the doc's context.
    RETURNS (DateValue | None): that day, None when the mention is no such "at" object or no day phrase follows it.
    """
    at = tok.head
    if tok.dep_ != "pobj" or at.dep_ != "prep" or at.lower_ != "at":
        return None
    nxt = next((c for c in at.head.children if c.dep_ == "prep" and c.lower_ == "on" and c.i == at.right_edge.i + 1), None)
    if nxt is None:
        return None
    for t in _clause(nxt):
        x = ctx.times.get(t.i)
        if x is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P" and x.value not in _REF_VALUES:
            return time_to_date(x)
    return None


def _host_country(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "Zambia will host a one-day summit": the country subject of the ``host_verbs`` verb a gathering is the object of."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _lex().host_verbs:
        return None
    for sub in verb.children:
        if sub.dep_ == "nsubj" and (ref := ctx.places.get(sub.i)) is not None and ref.kind == "country":
            return ref
    return None


def _taking_place(tok: Token) -> Token | None:
    """ "the heads of state summit would take place on August 17": the "take place" verb whose subject is the gathering
    (or, as the parser may read it, the subject's "of" phrase holds it), whose place and day are the gathering's."""
    head = tok
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() != "take" \
            or not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return None
    return verb


def _place_taken(verb: Token) -> bool:
    """verb (Token): a clause on a gathering noun. RETURNS (bool): it is "take place" with a relative subject ("which
    took place in Tunis on February 10")."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children)


def _negated_object(tok: Token) -> bool:
    """ "has not attended a CAF congress since 2019": an indefinite gathering noun under a negated verb names no
    gathering (none took place for the subject)."""
    if not any(c.dep_ == "det" and c.lower_ in _INTRODUCING_DETS for c in tok.children):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in verb.children)


def _purpose_verb(tok: Token) -> Token | None:
    """ "Leaders will gather in the Ethiopian capital for the summit Feb. 14-15": the gathering verb a "for" gathering
    noun is the purpose of (the parser may hang "for" on the verb's place), whose place and day are the gathering's."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    verb = tok.head.head
    for _ in range(2):
        if verb.pos_ == "VERB" or verb.head.i == verb.i or verb.dep_ not in ("pobj", "prep"):
            break
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _words().gathering_verbs:
        return None
    return verb


def _venue(pobj: Token, ctx: _Ctx) -> str | None:
    """ "at Bharat Mandapam", "at the Palace of Independence": a capitalized name after "at" that is no known place and
    no person, the venue (the recognizer's whole name when it holds the word)."""
    words = [t for t in pobj.subtree if t.i <= pobj.i and t.dep_ in ("compound", "pobj") or t.i == pobj.i]
    if not words or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words):
        return None
    if any((ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person" for t in words):
        return None
    whole = next((e for e in ctx.doc.ents if e.start <= pobj.i < e.end and e.label_ in ("FAC", "ORG", "LOC")), None)
    if whole is not None and whole.start <= min(t.i for t in words) and all(
            t.text[:1].isupper() or t.lower_ in ("of", "the") for t in whole):
        return " ".join(t.text for t in whole if not (t.i == whole.start and t.lower_ == "the"))  # "at the [Palace of
        # Independence]FAC": the whole name, not its first word
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def dateline_place(ctx: _Ctx) -> PlaceRef | None:
    """RETURNS (PlaceRef | None): the place of the article's dateline ("Xiamen, May 22 (Wire) -"), if it is one."""
    if ctx.dateline_end <= 0:
        return None
    head = "".join(t.text_with_ws for t in takewhile(lambda t: t.idx < ctx.dateline_end, ctx.doc))  # (not doc.text,
    # which joins the whole article on every call)
    parts = head[ctx.dateline_start : ctx.dateline_end].strip().split("(")[0].split(",")
    line = parts[0].strip()  # (after its byline)
    cached = ctx.doc.user_data.get(_DATELINE_PLACE_KEY)
    if cached is not None and cached[0] == line:
        known: PlaceRef | None = cached[1]
        return known
    ref = resolve_place(line.title()) if line else None
    stated = resolve_place(parts[1].strip()) if len(parts) > 2 and line else None  # "LEGAZPI, Philippines, May 18"
    if stated is not None and stated.kind == "country" and (ref is None or ref.kind == "city" and ref.country != stated.name):
        ref = in_named_country(ref, frozenset({stated.name})) if ref is not None else None
        if ref is None or ref.country != stated.name:  # the city of that name in the country the dateline states, even
            # one the gazetteer does not know
            ref = PlaceRef(line.title(), "city", stated.name, None, None, (stated.name,))
    elif ref is not None:  # "SAN JOSE, April 6 (Wire) - Costa Rica's president ...": San Jose of the story's country
        ref = in_named_country(ref, named_countries(ctx.doc, list(ctx.places.values())))
    ctx.doc.user_data[_DATELINE_PLACE_KEY] = (line, ref)
    return ref


#: Where :func:`dateline_place` keeps its answer on the doc (``Doc.user_data``), with the dateline it read.
_DATELINE_PLACE_KEY = "dateline_place"


def _trigger(ev: Event, ctx: _Ctx) -> Token | None:
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    return span.root if span is not None else None


_OTHER_CLAUSES = frozenset({"conj", "advcl", "relcl", "ccomp", "parataxis", "acl"})


def _clause(tok: Token) -> list[Token]:
    """A gathering mention's or verb's own clause (not a conjoined or subordinate one; an xcomp stays)."""
    return clause_tokens(tok, _OTHER_CLAUSES)


def _referred(ev: Event, tok: Token, by_token: dict[int, _Occasion], order: list[_Occasion]) -> _Occasion | None:
    """The gathering an event is about: its own trigger, a gathering in its clause, one that frames an event of its
    sentence ("on the sidelines of the gathering", wherever the parser hangs it), or for an attend event without one
    ("confirmed their participation") the gathering the article named last before it."""
    if tok.i in by_token:
        return by_token[tok.i]
    for t in sorted(_clause(tok), key=lambda t: t.i):
        if t.i in by_token and not (t.dep_ == "pobj" and t.head.lower_ in ("after", "before") and t.head.head.i == tok.i):
            return by_token[t.i]  # (not "would travel on to Rwanda after the summit": another moment and place)
    for t in tok.sent:
        if t.i in by_token and occasion_frame(t):
            return by_token[t.i]
    if ev.action == "attend":
        # the gathering mentioned last before it (none when that mention is one of several gatherings of its noun)
        before = [i for i in by_token if i < tok.i]
        return by_token[max(before)] if before and by_token[max(before)].key else None
    return None


def _each_attendee(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "X and Y have confirmed their participation": an attend event of a plural subject is each person's own."""
    out: list[Event] = []
    for ev in events:
        out.append(ev)
        if ev.action != "attend" or ev.refers_to_plan or ev.actor.start < 0:
            continue
        tok = _trigger(ev, ctx)
        if tok is None or tok.lower_ in _words().nouns:
            continue  # "Lula and Modi held a summit": they meet each other there
        subject = next((t for t in ctx.doc if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.idx <= ev.actor.start
                        and ev.actor.start < t.right_edge.idx + len(t.right_edge)), None)
        if subject is None:
            continue
        lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        mates = [c for c in ev.counterparts if c.kind == "person" and c.start >= 0 and lo <= c.start < hi]
        if not mates:
            continue
        rest = tuple(c for c in ev.counterparts if c not in mates)
        out[-1] = replace(ev, counterparts=rest)
        out.extend(replace(ev, actor=m, counterparts=rest) for m in mates)
    return out


def article_occasions(events: list[Event], ctx: _Ctx) -> list[Event]:
    """Give events about one of the article's gatherings its place and date, where they have none of their own.

    events (list[Event]): the article's events, text order. ctx (_Ctx): the doc's context.
    RETURNS (list[Event]): the events, attend events of plural subjects split per person, such ones completed.
    """
    events = _each_attendee(events, ctx)
    order, by_token = _mentions(ctx)
    if not order:
        return events
    _rescheduled(events, by_token, ctx)
    out: list[Event] = []
    for ev in events:
        tok = _trigger(ev, ctx) if ev.place is None or ev.date.value is None or ev.date.precision in ("month", "week") \
            else None
        occ = _referred(ev, tok, by_token, order) if tok is not None else None
        if occ is not None and tok is not None:
            where = _own_mention_place(tok, occ, ctx) or occ.where(ctx)
            place = ev.place
            moved_away = ev.status == "cancelled" and _moved_to(tok, ctx) is not None  # "Thursday's summit ... has
            # been moved to Livingstone": the call-off of the plan at its old place, unnamed, never takes the new one
            if place is None and ev.action != "call" and not moved_away:
                place = where
            elif place is not None and where is not None and where.kind == "site" and place_in(where, place):
                place = where  # "attend the summit in New Delhi": at its venue there
            # "skipped the summit", "the forum was called off": a changed gathering noun keeps its builder's date (the
            # day of the decision, when told), not the gathering's
            changed = ev.status in ("cancelled", "denied") and tok.pos_ in ("NOUN", "PROPN")
            when = ev.date if ev.date.value is not None or occ.when is None or changed or ev.action in _PLACE_ONLY \
                else replace(occ.when, note=f"the day of the {occ.key} the article names")
            if not changed and occ.when is not None and _refines(occ.when, ev.date):
                # "will hold their annual summit ... next month" and "the summit would take place on August 17 and 18"
                when = replace(occ.when, note=f"the day of the {occ.key} the article names, in its '{ev.date.text}'")
            ev = _restatus(replace(ev, place=place, date=when), tok, when if when.value is not None else occ.when, ctx)
        out.append(ev)
    return out


def _own_mention_place(tok: Token, occ: _Occasion, ctx: _Ctx) -> PlaceRef | None:
    """ "planned for the sidelines of the Arusha summit" (after the summit was moved to Kigali): a mention of the
    gathering in the event's own sentence that names its own place by a modifier tells the place the event was at."""
    for i in occ.mentions:
        t = ctx.doc[i]
        if t.sent.start != tok.sent.start:
            continue
        ref = next((ctx.places[c.i] for c in t.children if c.dep_ == "compound" and c.i in ctx.places), None)
        if ref is not None:
            return ref
    return None


def _rescheduled(events: list[Event], by_token: dict[int, _Occasion], ctx: _Ctx) -> None:
    """ "A summit ... scheduled for April 20 in Arusha has been postponed to May 11 and will now be held in Kigali": a
    gathering whose own noun is the trigger of a postponed hold or host event with a place is at that event's new place
    and day (not at the old place its mentions name: "the sidelines of the Arusha summit")."""
    for ev in events:
        if ev.action not in ("hold", "host") or ev.status != "postponed" or ev.place is None:
            continue
        tok = _trigger(ev, ctx)
        occ = by_token.get(tok.i) if tok is not None else None
        if occ is None or not occ.key:
            continue
        occ.place, occ.venue = ev.place, None
        if ev.date.value is not None and ev.date.precision in ("day", "time"):
            occ.when = ev.date


def _refines(day: DateValue, own: DateValue) -> bool:
    """day (DateValue): a gathering's date. own (DateValue): an event's own date. RETURNS (bool): the gathering's
    day falls within the event's coarser own date (a month or a week), so it tells that date more exactly."""
    if day.precision != "day" or own.precision not in ("month", "week") or not own.value:
        return False
    inner, outer = day.interval(), own.interval()
    return inner is not None and outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def _restatus(ev: Event, tok: Token, when: DateValue | None, ctx: _Ctx) -> Event:
    """A noun event whose status only its date could tell ("confirmed their participation": uncertain without one)
    takes the status its gathering's date gives."""
    if ev.status != "uncertain" or tok.pos_ not in ("NOUN", "PROPN") or when is None or when.value is None:
        return ev
    result = event_status(tok, when, ctx.anchor)
    if result.cue is not None or result.status == ev.status or result.status not in ("planned", "happened"):
        return ev
    codes = event_codes(ev.action, result.status)
    return replace(ev, status=result.status, cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode,
                   evidence=replace(ev.evidence, status=result.status))



#: Families of an event that is itself the article's gathering (its place is the gathering's).
_GATHERING_ACTIONS = frozenset({"host", "hold", "attend"})


def _moved_plan(ev: Event) -> bool:
    """ "The meeting ... has been moved from Manila to Cebu": a plan moved to its new place, where its sidelines are."""
    return ev.refers_to_plan and ev.status == "planned"


@cache
def _sideline_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``sideline_occasion_nouns`` of ``triggers.json``: ceremonies people meet on the
    sidelines of ("the funeral", "the ceremony")."""
    return frozenset(load_data("triggers.json")["sideline_occasion_nouns"])


def sideline_attendance(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Abeysekera met Rahman on the sidelines of the BIMSTEC summit in Kathmandu on Tuesday": the people of an event
    framed in its own clause by a gathering ("on the sidelines of" + an ``occasion_nouns`` noun with no possessor:
    not "a deal agreed on the sidelines of last month's summit") attended it, with the event's status, place and day.

    RETURNS (list[Event]): the attendances to add (one per person of such an event, none they already have).
    """
    frames = _words().frames
    have = {(e.actor.name, e.evidence.start) for e in events if e.action == "attend"}
    out: list[Event] = []
    for ev in events:
        if ev.action not in ("meet", "sign", "negotiate") or ev.status not in ("planned", "happened", "ongoing"):
            continue
        trigger = _trigger(ev, ctx)
        if trigger is None:
            continue
        own = _clause(trigger)
        holder = _clause(trigger.head) if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else []  # ("held talks on
        # the sidelines of the ceremony": the clause of the verb that holds them, for a ceremony only)
        noun = next((g for t in (*own, *holder) if t.lower_ in frames and t.dep_ == "pobj" for p in t.children
                     if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj" and (g.lower_ in _words().nouns and t in own or g.lower_ in _sideline_nouns())
                     and not _other_occasion(g)
                     and not any(c.dep_ == "poss" for c in g.children)), None)
        if noun is None:
            continue
        bodies = tuple({r.name: r for t in noun.subtree if t.i < noun.i and (r := ctx.actors.get(t.i)) is not None
                        and r is not ANONYMOUS and r.kind == "org"}.values())  # "a [European Union] summit": the
        # body whose gathering it is, as "attended a European Union summit" names it
        for person in (ev.actor, *(c for c in ev.counterparts if c.kind == "person")):
            if person.kind != "person" or (person.name, ev.evidence.start) in have:
                continue
            have.add((person.name, ev.evidence.start))
            codes = event_codes("attend", ev.status)
            evidence = replace(ev.evidence, trigger_start=noun.idx, trigger_end=noun.idx + len(noun))
            out.append(replace(ev, action="attend", actor=person, counterparts=bodies, what=None, evidence=evidence,
                               cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode))
    return out


def _gathered(ev: Event) -> bool:
    """ev (Event): an event. RETURNS (bool): it is a gathering told as such: hosted, held or attended, or a body meeting
    with nobody else ("NATO defence ministers met in Brussels on Thursday")."""
    return ev.action in _GATHERING_ACTIONS or ev.action == "meet" and ev.actor.kind == "org" and not ev.counterparts


def on_bare_sidelines(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "China hosted leaders of eight Pacific island nations in Xiamen ... X held talks with Y on the sidelines on
    Thursday and signed a memorandum": a sentence framed by a bare ``occasion_frame_nouns`` noun (no "of" gathering)
    is at the article's gathering; its events without a place take the gathering's place (the last hosted, held,
    attended or moved gathering told in it or before it, else the last gathering noun placed, else the dateline's place); its
    events without a date take the day of the last such gathering event told in it or before it (both done, or both not).

    RETURNS (list[Event]): the events, such ones placed.
    """
    frames = _words().frames
    doc = ctx.doc
    hits = numpy.flatnonzero(numpy.isin(doc.to_array([LOWER]).reshape(-1), [doc.vocab.strings.add(w) for w in frames]))
    bare = {t.sent.start_char for t in (doc[int(i)] for i in hits) if t.dep_ == "pobj" and t.head.lower_ in ("on", "at")
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) and t.idx >= ctx.dateline_end}
    if not bare:
        return events
    order, _ = _mentions(ctx)
    out: list[Event] = []
    for ev in events:
        if ev.place is None and ev.action != "call" and ev.evidence.start in bare:
            before = [o for o in out if (_gathered(o) or _moved_plan(o)) and o.place is not None
                      and o.evidence.start <= ev.evidence.start]
            placed = [occ.where(ctx) for occ in order if occ.mentions and ctx.doc[occ.mentions[0]].idx < ev.evidence.start]
            where = before[-1].place if before else next((p for p in reversed(placed) if p is not None), None) or dateline_place(ctx)
            if where is not None:
                ev = replace(ev, place=where)
        if ev.date.value is None and ev.action != "call" and ev.evidence.start in bare:
            # "will attend the summit on Saturday and is expected to meet X on the sidelines": the gathering's day
            dated = [o for o in out if (_gathered(o) or _moved_plan(o)) and o.date.value is not None
                     and o.evidence.start <= ev.evidence.start and (o.status == "happened") == (ev.status == "happened")]
            if dated:
                ev = replace(ev, date=replace(dated[-1].date, note="the day of the gathering it is on the sidelines of"))
        out.append(ev)
    return out
