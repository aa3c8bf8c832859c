"""An event's venue: the place phrase nearest its trigger, in a locative role.

:func:`_place` reads the venue off the tokens near the trigger; :func:`_place_root`
climbs a place name to the head of its phrase.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import takewhile

from spacy.tokens import Token

from .objects import new_family
from .strikes import effect_told
from ..model import DateValue, Event, PlaceRef
from .actor_lexicon import lexicon, title_words
from .arguments import _titled_object, _walk
from .context import _Ctx, sentence_numbers, time_to_date
from .crowds import counted_nouns, crowd_words
from .nlp import doc_text, load_data, proper_compound_start
from .occasions import dateline_place
from .people_nouns import people_words
from .places import (_roles as roles, compass_words, in_part_of_place, misparsed_object, on_site_heads, part_nouns, place_in,
                     resolve_country, resolve_place, settlement_nouns, trip_heads)
from .reasons import in_reason
from .plans import relative_plan_clause
from .status import _purpose, head_chain
from .triggers import _LOC_PREPS, _REF_VALUES, _lex

_PLACE_OBJECT_ACTIONS = frozenset({"visit", "travel", "arrive", "depart", "attend"})
_TRIP_ACTIONS = frozenset({"visit", "travel", "arrive"})
#: Families of a meeting of people, whose venue is never the place of a thing they discuss ("discuss the Asian Cup in
#: Saudi Arabia"); a vote or sanction on "the mission in South Sudan" keeps that country as its place.
_CONTACT_ACTIONS = frozenset({"meet", "negotiate", "mediate", "attend", "host", "hold", "sign"})


def _place(tok: Token, chain: list[Token], action: str, ctx: _Ctx) -> PlaceRef | None:
    rank = {"site": 0, "city": 1, "region": 2, "country": 3}
    named = _named_leg(tok, ctx)
    if named is not None:
        return named
    if (bound := _destination(tok, action, ctx)) is not None:
        return bound
    if (handed := _handover_place(tok, action, ctx)) is not None:
        return handed
    if action in _TRIP_ACTIONS and (around := _compass_country(chain, ctx)) is not None:
        return around
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" \
            and tok.head.lemma_.lower() in _lex().nouns.get(tok.lower_, {}).get("subject_verbs", ()) \
            and (reached := next((r for c in tok.head.children if c.dep_ == "dobj" and (r := ctx.places.get(c.i)) is not None),
                                 None)) is not None:
        return reached  # "A UN aid convoy reached Rafah": where the noun's own movement goes
    for cand in _walk(tok, chain, ctx):
        ref = ctx.places.get(cand.i)
        if ref is None or cand.idx < ctx.dateline_end:
            continue
        root = _place_root(cand)
        role_ok = (root.dep_ == "pobj" and root.head.lower_ in _LOC_PREPS) or _stranded_object(root) or _city_of(root) or (
            root.dep_ == "pobj" and root.head.lower_ == "for" and action == "travel" and root.head.head.i == chain[0].i
        ) or (
            (root.dep_ == "dobj" or misparsed_object(root))
            and action in _PLACE_OBJECT_ACTIONS and root.head.i in {t.i for t in chain}
            and not (root.head.pos_ == "VERB" and _lex().verbs.get(root.head.lemma_.lower(), {}).get("own_side_object"))
            # ("will represent Norway at the ceremony in Caen": the side he stands for, no venue)
        ) or (
            root.dep_ == "dobj" and root.i != cand.i and root.head.i in {t.i for t in chain}
            and root.lower_ in _town_facility_nouns()  # "will inaugurate the expanded port of Callao": the port's town
        ) or _on_island(root) or (
            root.dep_ == "pobj" and root.head.lower_ == "through" and action == "protest"  # "march through London"
        ) or (
            root.dep_ == "pobj" and root.head.lower_ == "from" and action == "depart"
            and chain[0].i in (root.head.head.i, root.head.head.head.i)  # "flew (home) from Bangkok"
        )
        if not role_ok or ref.kind != "site" and _describes_thing(root, ctx) or _in_description(root, tok, ctx) \
                or _of_framed_event(root, tok) or _destination_of_thing(root, tok, action) \
                or action in _CONTACT_ACTIONS and _topic_of_other_verb(root, tok, chain, ctx) \
                or action in ("meet", "sign") and (_in_topic(root, tok) and not _city_after_topic(root, ref)
                                                   or under_topic(cand, tok) or _in_gerund_topic(root, tok)) \
                or _country_of_gathering_topic(root, tok, ref) \
                or _conjunct_of_thing(cand, ctx):
            continue
        if _title_country(root, tok):
            continue  # "Japan's ambassador to Vietnam, X, attended the ceremony": the title's country is no venue
        if root.dep_ == "pobj" and root.head.lower_ == "outside" and ref.kind in ("city", "country", "region"):
            continue  # "one of its meetings outside Frankfurt": somewhere else (but "outside parliament" is a venue)
        if action == "vote" and _in_voted_measure(cand, tok):
            continue  # "voted to approve a package ..., including evacuation centres in Nadi": what the measure pays for
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and root.head.head.dep_ == "nsubj" \
                and (root.head.head.pos_ == "NOUN" or root.head.head.pos_ == "PROPN" and ctx.actors.get(root.head.head.i) is None
                     and root.head.head.is_title) and root.head.head.i not in {t.i for t in chain} \
                and root.head.head.head.i in {t.i for t in chain}:
            continue  # "Police in Mozambique arrested X in Maputo" ("Police" read as a name after a dateline too): who
            # acts, not where (the subject's place is the fallback when the clause names none: :func:`_subject_place`)
        if _inside_name(cand, ref, ctx):
            continue  # "will attend the Africa-Asia Mining Forum summit in Tunis": a word of the forum's name
        if ref.kind == "country" and _hyphen_pair(cand, ctx):
            continue  # "will attend an Indonesia-Vietnam investment forum in Hanoi": the two sides, not the venue
        if in_reason(cand, tok):
            continue  # "cancelled her trip because of a parliamentary session in Tokyo": where the reason is
        if action == "protest" and ref.kind not in ("city", "site") and _against_what(cand, tok):
            continue  # "will march through London to protest against new licences in the North Sea": what is opposed
        if _in_reduced_relative(root, tok):
            continue  # "pray for migrants lost at sea on the route to the Canary Islands": where the migrants were lost
        if action != "depart" and _in_origin(root, tok, ctx):
            continue  # "arrived by road from Gisenyi in Rwanda": where the journey began, not where it ended
        if _after_replaced_phrase(cand):
            continue  # "went ahead by video link on Monday instead of in Valletta": where the plan was, not the venue
        if _in_result_participle(root, tok):
            continue  # "charged X on Tuesday, putting his extradition to the United Kingdom on hold": what followed
        better = _more_specific(cand, ref, ctx, rank)
        return better
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "X's main business in Seoul is the SCM": the subject's place
        for sub in tok.head.children:
            if sub.dep_ != "nsubj":
                continue
            for cand in sub.subtree:
                ref = ctx.places.get(cand.i)
                root = _place_root(cand)
                if ref is not None and root.dep_ == "pobj" and root.head.lower_ in _LOC_PREPS and root.head.head.i == sub.i:
                    return ref
    return _where_clause(chain, ctx) or _fronted_setting(tok, action, ctx) or _since_trip(tok, action, ctx) or _brought_to(tok, action, ctx) \
        or _there(chain, ctx) or _named_before(chain, ctx) or _left_place(tok, ctx) or _trip_purpose(tok, ctx) \
        or _visit_frame_place(tok, ctx) or _conjunct_place(tok, action, ctx) \
        or _planned_place(tok, ctx) or _here(tok, chain, ctx) or _guest_venue(tok, ctx) or _the_country(tok, ctx) \
        or _court_city(tok, ctx) or _subject_place(tok, action, ctx) or _court_subject_city(chain, ctx) or _settlement_phrase(tok, ctx) or _earlier_mention(tok, ctx) \
        or _conjunct_noun_place(tok, action, ctx) or _invited_to(tok, action, ctx)


def _compass_country(chain: list[Token], ctx: _Ctx) -> PlaceRef | None:
    """chain (list[Token]): a journey trigger's head chain. RETURNS (PlaceRef | None): for a journey to somewhere told only
    by its direction from a named place ("will visit the quake-hit villages south of Marrakesh", "toured flooded
    villages north of Dhaka"), the country of that place (the journey is not to the place itself); else None."""
    compass = compass_words()
    verb = chain[0]
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for w in (w for h in holders for w in h.children if w.lower_ in compass and w.dep_ in ("advmod", "npadvmod", "amod")):
        for g in (g for p in w.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.subtree):
            ref = ctx.places.get(g.i)
            if ref is None or g.idx < ctx.dateline_end:
                continue
            if ref.kind == "country":
                return ref
            return resolve_place(ref.country) if ref.country else None
    return None


def _handover_place(tok: Token, action: str, ctx: _Ctx) -> PlaceRef | None:
    """tok (Token): a trigger. action (str): its family. RETURNS (PlaceRef | None): for a person freed by a verb, the
    place an "at"/"in" phrase of a ``handover_verbs`` verb joined to it names ("will free X and hand him over at the
    Medininkai border crossing on Monday", "release X and hand her over to French diplomats in Muscat"); else None."""
    if action != "freed" or tok.pos_ != "VERB":
        return None
    verbs = _handover_verbs()
    heads = [tok]
    while heads[-1].dep_ == "xcomp" and heads[-1].head.i != heads[-1].i:
        heads.append(heads[-1].head)  # ("Iran plans to release X ... and hand her over": joined to "plans")
    for conj in (c for h in heads for c in h.children):
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.lemma_.lower() not in verbs:
            continue
        for t in conj.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("at", "in") and (ref := next(
                    (r for u in t.subtree if (r := ctx.places.get(u.i)) is not None), None)) is not None:
                return ref  # (also a place named inside the phrase: "at the [Medininkai] border crossing")
    return None


@cache
def _handover_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``handover_verbs`` of ``triggers.json`` ("hand", "transfer")."""
    return frozenset(load_data("triggers.json")["handover_verbs"])


@cache
def _town_facility_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``town_facility_nouns`` of ``places.json`` ("port", "airport"): a facility "of" a town."""
    return frozenset(load_data("places.json")["town_facility_nouns"])


def _hyphen_pair(cand: Token, ctx: _Ctx) -> bool:
    """cand (Token): a country's word. ctx (_Ctx): the doc's index. RETURNS (bool): it is one side of two countries
    joined by a hyphen with no space ("Indonesia-Vietnam"), a pair's label, no place."""
    doc = cand.doc
    own = ctx.places.get(cand.i)
    name = own.name if own is not None else None
    after = cand.i + 2 < len(doc) and doc[cand.i + 1].text == "-" and not cand.whitespace_ \
        and not doc[cand.i + 1].whitespace_ and (r := ctx.places.get(cand.i + 2)) is not None and r.kind == "country" \
        and r.name != name
    before = cand.i >= 2 and doc[cand.i - 1].text == "-" and not doc[cand.i - 1].whitespace_ \
        and not doc[cand.i - 2].whitespace_ and (b := ctx.places.get(cand.i - 2)) is not None and b.kind == "country" \
        and b.name != name
    return after or before  # (never the one country "Guinea-Bissau")


def _in_result_participle(root: Token, tok: Token) -> bool:
    """root (Token): a place word's phrase head. tok (Token): the trigger. RETURNS (bool): the word lies inside a
    participle clause after the trigger's verb whose verb tells no event of its own (", putting his extradition to the
    United Kingdom on hold"): what the act brought about, not where it took place (", flying on to Kandahar", a trigger
    verb, is the trip's own next leg)."""
    node = root
    while node.head.i != node.i and node.head.i != tok.i:
        node = node.head
    return node.head.i == tok.i and node.dep_ == "advcl" and node.tag_ == "VBG" and node.i > tok.i \
        and node.lemma_.lower() not in roles().motion_words and node.lemma_.lower() not in roles().object_verbs


def _invited_to(tok: Token, action: str, ctx: _Ctx) -> PlaceRef | None:
    """ "President X invited Prime Minister Y to Panama City. Y will make the visit on Feb. 22": a definite trip noun
    ("the visit", "the trip") with no place of its own, in the sentence right after an invitation to a place (an
    "invite" verb with a person object and a "to" place, no infinitive), is a visit there."""
    if action not in _TRIP_ACTIONS or tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or tok.sent.start == 0:
        return None
    for verb in ctx.doc[tok.sent.start - 1].sent:
        if verb.lemma_.lower() != "invite" or verb.pos_ != "VERB" or any(c.dep_ == "xcomp" for c in verb.children):
            continue
        if (ref := _to_place(verb, ctx)) is not None:
            return ref
    return None


def _settlement_phrase(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "The dockworkers' strike at Kingston's port was averted": a settlement noun after a locative preposition of the
    trigger names its place by its owner or its "of"/"in" name (:func:`_of_settlement`), which the recognizer may not
    have taken for a place."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _LOC_PREPS:
            for g in prep.children:
                if g.dep_ == "pobj" and g.idx >= ctx.dateline_end and (ref := _of_settlement(g, ctx)) is not None:
                    return ref
    return None


def _in_voted_measure(cand: Token, tok: Token) -> bool:
    """cand (Token): a place word. tok (Token): a vote's trigger. RETURNS (bool): the word lies inside the object of the
    vote's verb or of its infinitive, deeper than a phrase of the object's own head ("voted to approve a package for
    cyclone preparations, including centres in Nadi"): what the measure pays for, not where the vote was held nor
    where it bears ("the mission in Mali")."""
    verbs = [tok, *(c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    root = _place_root(cand)
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.dep_ == "dobj":
        return False  # "voted to renew the monitoring mission in Mali": the object's own place, where the act bears
    return any(o.dep_ == "dobj" and o.left_edge.i <= cand.i <= o.right_edge.i and cand.i != o.i
               for v in verbs for o in v.children)


def _subject_place(tok: Token, action: str, ctx: _Ctx) -> PlaceRef | None:
    """ "Dock workers in Rotterdam last held a strike in 2019": a common-noun subject placed by its own locative phrase
    is where its event happens (not a journey's: "diplomats in Beijing flew to Seoul" went elsewhere)."""
    if action in _TRIP_ACTIONS or action == "depart":
        return None
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    if action == "protest" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
            and tok.head.head.pos_ == "VERB":
        verb = tok.head.head  # "went on strike"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for subject in verb.children:
        if subject.dep_ == "nsubj" and (seat := _seat(subject, ctx)) is not None:
            return seat  # "Slovakia's Constitutional Court, which sits in Kosice, struck down a law": where it sits
        if subject.dep_ != "nsubj" or not (subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and not subject.ent_type_):
            continue  # (a capitalized common noun the tagger took for a name, "Dockworkers at the port", is one too)
        for prep in (p for w in counted_nouns(subject) for p in w.children):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for g in prep.children:
                    if g.dep_ == "pobj" and (ref := ctx.places.get(g.i) or _of_settlement(g, ctx)
                                             or _workplace_place(g, ctx)) is not None \
                            and g.idx >= ctx.dateline_end:
                        return ref
            if prep.dep_ == "compound" and prep.i < subject.i and subject.lower_ in _court_words() \
                    and (ref := ctx.places.get(prep.i)) is not None and ref.kind == "city" and prep.idx >= ctx.dateline_end:
                return ref  # "A Nairobi court will deliver its verdict": the court's city
    return None


def _workplace_place(noun: Token, ctx: _Ctx) -> PlaceRef | None:
    """noun (Token): a common noun where a crowd works ("mines", "operations"). RETURNS (PlaceRef | None): the city its
    own place word names, as a modifier ("Kgosi Platinum's Rustenburg operations") or after "in" ("the mines in
    Rustenburg"); else None."""
    if noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.dep_ in ("compound", "nmod") and c.i < noun.i and (ref := ctx.places.get(c.i)) is not None \
                and ref.kind == "city":
            return ref
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and (ref := ctx.places.get(g.i)) is not None and ref.kind == "city":
                    return ref
    return None


def _court_city(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "appeared before the Maseru High Court on Wednesday", "X's trial is due to open before the Bujumbura high court":
    the city named in a court's name (a compound of a ``court_nouns`` word) in a phrase of the trigger, of the verb
    it hangs on, or of that verb's infinitive; the city word may sit inside the organization's name the recognizer
    found. RETURNS (PlaceRef | None): that city, with the word's offsets, else None."""
    head = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else tok
    holders = [tok, head, *(t for t in head.subtree if t.dep_ == "xcomp" and t.pos_ == "VERB" and t.i != tok.i)]
    for holder in holders:
        for prep in holder.children:
            for court in (g for g in prep.children if prep.dep_ == "prep" and g.dep_ == "pobj" and g.lower_ in _court_words()):
                for name in court.children:
                    if name.dep_ not in ("compound", "nmod") or name.idx < ctx.dateline_end \
                            or name.lower_ in lexicon().level_modifiers:
                        continue  # (not "the [Federal] High Court": a level of government, no town of that name)
                    ref = ctx.places.get(name.i) or resolve_place(name.text)
                    if ref is not None and ref.kind == "city":
                        return replace(ref, start=name.idx, end=name.idx + len(name))
    return None


def _court_subject_city(chain: list[Token], ctx: _Ctx) -> PlaceRef | None:
    """chain (list[Token]): a trigger's head chain. RETURNS (PlaceRef | None): where a court that is the subject of the
    chain's verb sits: the place of its own "in" phrase ("Indonesia's Corruption Court in Surabaya is scheduled to
    deliver its verdict"), a city named before it ("A Nairobi court will try X"), or, for a court of the dateline's
    country ("BRASILIA - Brazil's Supreme Federal Court will deliver its verdict"), the dateline city; else None."""
    courts = _court_words()
    subject = next((c for t in chain if t.pos_ in ("VERB", "AUX") for c in t.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in courts), None)
    if subject is None:
        return None
    for g in (g for p in subject.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for g in p.subtree):
        if (ref := ctx.places.get(g.i)) is not None and g.idx >= ctx.dateline_end:
            return ref
    for name in subject.children:
        if name.dep_ in ("compound", "nmod") and name.idx >= ctx.dateline_end \
                and (ref := ctx.places.get(name.i)) is not None and ref.kind == "city":
            return ref
    home = dateline_place(ctx)
    owner = next((country for c in subject.subtree if c.i < subject.i and c.dep_ in ("poss", "amod", "compound")
                  and (country := resolve_country(c.text)) is not None), None)
    return home if home is not None and owner is not None and home.kind == "city" and home.country == owner else None


def _seat(subject: Token, ctx: _Ctx) -> PlaceRef | None:
    """subject (Token): the subject of an event's verb. ctx (_Ctx): the doc's index. RETURNS (PlaceRef | None): the place
    of a relative clause on it that tells where it sits (``seat_verbs``: "which sits in Kosice", "which is based in
    Arusha"), else None."""
    for clause in subject.children:
        if clause.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
                                             for c in clause.children):
            continue
        if clause.lemma_.lower() not in _seat_verbs():
            continue
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for g in prep.children:
                    if g.dep_ == "pobj" and (ref := ctx.places.get(g.i)) is not None and ref.kind in ("city", "site"):
                        return ref
    return None


@cache
def _seat_verbs() -> frozenset[str]:
    return frozenset(load_data("places.json")["seat_verbs"])


@cache
def _court_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``court_nouns`` of ``places.json``: a city's name before one places what the body does."""
    return frozenset(load_data("places.json")["court_nouns"])


def _the_country(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "follows the situation in Ecuador and hopes to visit the country": "the country" as the trigger's object is the
    last country named before it in its sentence (else in the sentence before)."""
    noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "country"
                 and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
    if noun is None:
        return None
    sents = [noun.sent]
    if noun.sent.start > 0:
        sents.append(ctx.doc[noun.sent.start - 1].sent)
    for sent in sents:
        for i in range(min(noun.i, sent.end) - 1, sent.start - 1, -1):
            ref = ctx.places.get(i)
            if ref is not None and ref.kind == "country" and ctx.doc[i].idx >= ctx.dateline_end:
                return ref
    return None


def _guest_venue(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "received the Director-General of X, Dr Y, at the Primature in Kinshasa": the venue phrase the parser hung on the
    name of the title object's holder is the verb's."""
    for obj in tok.children:
        if obj.dep_ != "dobj":
            continue
        for ref in _titled_object(obj, ctx):
            for t in obj.sent:
                if t.i <= obj.i or ctx.actors.get(t.i) != ref:
                    continue
                for prep in t.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("at", "in"):
                        for g in prep.children:
                            if (place := ctx.places.get(g.i)) is not None:
                                return _more_specific(g, place, ctx, {"site": 0, "city": 1, "region": 2, "country": 3})
    return None


def _here(tok: Token, chain: list[Token], ctx: _Ctx) -> PlaceRef | None:
    """ "JEJU, Jan. 20 - ... agreed during talks on this southern resort island": a locative phrase of "this" and a
    ``here_nouns`` noun ("this port city") is the dateline's place; one of "the" and a ``town_nouns`` noun ("in the
    city", "in the southern Estonian city") is the city named last, or the dateline's."""
    nouns = frozenset(load_data("places.json")["here_nouns"])
    towns = frozenset(load_data("places.json")["town_nouns"])
    for cand in _walk(tok, chain, ctx):
        if cand.lower_ in towns and cand.dep_ == "poss" and cand.head.dep_ == "pobj" \
                and cand.head.head.lower_ in _LOC_PREPS | {"on"} and ctx.dateline_end > 0 \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in cand.children):
            return _city_told_last(cand, ctx)  # "at a hotel on the city's seafront": the city named last
        if cand.lower_ not in nouns or cand.dep_ != "pobj" or cand.head.lower_ not in _LOC_PREPS | {"on"} \
                or ctx.dateline_end <= 0:
            continue
        dets = {c.lower_ for c in cand.children if c.dep_ == "det"}
        if "this" in dets:
            return dateline_place(ctx)
        if "the" in dets and cand.lower_ in towns and not any(c.dep_ == "prep" for c in cand.children):
            return _city_told_last(cand, ctx)  # "in a ceremony at an army headquarters in the city"
    return None


def _city_told_last(cand: Token, ctx: _Ctx) -> PlaceRef | None:
    """cand (Token): "city" or "town" with "the" in a locative phrase. RETURNS (PlaceRef | None): the city the article
    named last before it (after its dateline; countries and regions pass), else the dateline's city; None when the
    dateline names none."""
    for i in range(cand.i - 1, -1, -1):
        if ctx.doc[i].idx < ctx.dateline_end:
            break
        if (ref := ctx.places.get(i)) is not None and ref.kind == "city" and not _given_up(i, ctx):
            return ref
    here = dateline_place(ctx)
    return here if here is not None and here.kind == "city" else None


def _planned_place(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "A round of talks, which was set to take place in Muscat on June 15, was cancelled": the place its plan named."""
    clause = relative_plan_clause(tok)
    for cand in clause.subtree if clause is not None else ():
        ref = ctx.places.get(cand.i)
        root = _place_root(cand)
        if ref is not None and root.dep_ == "pobj" and root.head.lower_ in _LOC_PREPS:
            return ref
    return None


def _conjunct_place(tok: Token, action: str, ctx: _Ctx) -> PlaceRef | None:
    """ "opened a trade office in Bengaluru on Wednesday and met executives", "flew to Hanoi and met X": a verb
    coordinated with an earlier one shares the place its conjunct's clause names (in a locative phrase of that verb or
    of its object, or the object of a trip verb)."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.head.pos_ != "VERB" or action in ("travel", "depart", "arrive"):
        return None
    head = tok.head
    own, theirs = _clause_times(tok, tok.i, ctx), _clause_times(head, tok.i, ctx)
    if own and theirs and not own & theirs:
        return None  # "visited Algiers last month and held talks with X in April": another time, so not that place
    entry = _lex().verbs.get(head.lemma_.lower()) or {}
    for child in head.children:
        if child.i > tok.i:
            continue
        if child.dep_ == "dobj" and entry.get("action") == "visit" and (ref := ctx.places.get(child.i)) is not None:
            return ref  # "visited Accra and met X"
        for prep in [child] if child.dep_ == "prep" else [c for c in child.children if c.dep_ == "prep"] if child.dep_ == "dobj" else []:
            if prep.lower_ not in _LOC_PREPS:
                continue
            for g in prep.children:
                if g.dep_ == "pobj" and (ref := ctx.places.get(g.i)) is not None and g.idx >= ctx.dateline_end:
                    return ref
    return None


def _after_replaced_phrase(cand: Token) -> bool:
    """cand (Token): a word of a place. RETURNS (bool): it comes right after a ``replaced_place_phrases`` phrase, or after
    one and "in"/"to"/"at" ("rather than Mumbai", "instead of in Valletta")."""
    doc, k = cand.doc, cand.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1  # (the first word of a name)
    if k >= 2 and doc[k - 1].lower_ in ("in", "to", "at") and f"{doc[k - 2].lower_} {doc[k - 1].lower_}" not in _lex().replaced_places:
        k -= 1
    return k >= 2 and f"{doc[k - 2].lower_} {doc[k - 1].lower_}" in _lex().replaced_places


def _clause_times(verb: Token, skip: int, ctx: _Ctx) -> frozenset[str]:
    """verb (Token): a clause's verb. skip (int): the index of a conjunct verb whose words are left out.
    RETURNS (frozenset[str]): the values of the time expressions in the verb's own modifiers ("in April", "last month")."""
    return frozenset(v for c in verb.children if c.i != skip and c.dep_ in ("prep", "npadvmod", "advmod", "tmod")
                     for t in c.subtree if t.i in ctx.times and (v := ctx.times[t.i].value) is not None)


def _conjunct_noun_place(tok: Token, action: str, ctx: _Ctx) -> PlaceRef | None:
    """ "visited Muscat last week and held talks with X": an event noun that is the object of a coordinated verb shares
    its conjunct's place (as :func:`_conjunct_place`), when the headline gives the gathering none ("Talks in Estonia")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.dep_ != "conj":
        return None
    return _conjunct_place(tok.head, action, ctx)


def _stranded_object(root: Token) -> bool:
    """ "arrived at Cam Ranh Bay": the parser leaves "at" without an object and hangs the name on the verb; a name right
    after a locative preposition with no object of its own is that preposition's object."""
    if root.dep_ not in ("npadvmod", "dobj", "attr") or root.left_edge.i == 0:
        return False
    prep = root.doc[root.left_edge.i - 1]
    return prep.dep_ == "prep" and prep.lower_ in _LOC_PREPS and not any(prep.children) and prep.head.i == root.head.i


def _named_before(chain: list[Token], ctx: _Ctx) -> PlaceRef | None:
    """ "Dock workers at the port of Rotterdam will strike ... The minister is expected to visit the port next week":
    "the" and a settlement noun (``settlement_nouns``) with no name of its own, as the event's object or after a
    locative or motion preposition, is the one the article named before with its place ("the port of Rotterdam",
    "the Rotterdam port"), the nearest such mention."""
    roles = _LOC_PREPS | {"to"}
    for cand in chain[0].subtree:
        # "in the city's main square": the settlement noun owns the phrase in the place's role
        phrase = cand.head if cand.dep_ == "poss" and cand.head.pos_ == "NOUN" else cand
        if cand.lower_ not in settlement_nouns() or not any(c.dep_ == "det" and c.lower_ == "the" for c in cand.children) \
                or _of_settlement(cand, ctx) is not None \
                or not (phrase.dep_ == "dobj" and phrase.head.i == chain[0].i or phrase.dep_ == "pobj"
                        and phrase.head.lower_ in roles and phrase.head.head.i == chain[0].i):
            continue
        for i in range(cand.i - 1, -1, -1):
            before = ctx.doc[i]
            if before.lower_ != cand.lower_ or before.idx < ctx.dateline_end:
                continue
            ref = _of_settlement(before, ctx) or next(
                (r for c in before.children if c.dep_ == "compound" and (r := ctx.places.get(c.i)) is not None), None)
            if ref is not None:
                return ref
        if cand.lower_ in _town_nouns() and (city := _city_just_named(cand, ctx)) is not None:
            return city
    return None


def _city_just_named(noun: Token, ctx: _Ctx) -> PlaceRef | None:
    """noun (Token): "city" or "town" after "the" with no name of its own. RETURNS (PlaceRef | None): the city named last
    before it in its own sentence or the one before ("schools in Cusco stayed closed and police detained demonstrators in
    the city's main square": Cusco), if the gazetteer calls it a city; else None (the dateline's city is not this)."""
    first = noun.sent.start
    if first > 0:
        first = ctx.doc[first - 1].sent.start
    for i in range(noun.i - 1, first - 1, -1):
        ref = ctx.places.get(i)
        if ref is not None and ctx.doc[i].idx >= ctx.dateline_end and not _given_up(i, ctx):
            return ref if ref.kind == "city" else None
    return None


def _given_up(i: int, ctx: _Ctx) -> bool:
    """i (int): a place's token. RETURNS (bool): it is the place a change gives up ("held in Oran instead of Algiers",
    "in Gdansk rather than in Warsaw"), which "the city" after it never means."""
    return any(w in ctx.doc[max(i - 3, 0) : i].text.lower() for w in ("instead of", "rather than"))


@cache
def _town_nouns() -> frozenset[str]:
    return frozenset(load_data("places.json")["town_nouns"])


def _of_settlement(noun: Token, ctx: _Ctx) -> PlaceRef | None:
    """noun (Token): a noun after "in"/"at". RETURNS (PlaceRef | None): the place of "the port of [Rotterdam]", "the
    city of [Goma]" (the "of" name after a settlement noun, ``settlement_nouns``), else of "Jamaica's main port in
    [Kingston]" (its "in" name, narrower than its owner's), else of "[Kingston]'s port" (its owner, a place even when
    the recognizer took the name for an organization), else None."""
    if noun.lower_ not in settlement_nouns():
        return None
    for word in ("of", "in"):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == word:
                for g in prep.children:
                    if g.dep_ == "pobj" and (ref := ctx.places.get(g.i)) is not None:
                        return ref
                    if g.dep_ == "pobj" and word == "of" and (ref := _unknown_settlement(noun, g)) is not None:
                        return ref
    for owner in noun.children:
        if owner.dep_ == "poss" and owner.pos_ == "PROPN" and owner.idx >= ctx.dateline_end:
            ref = ctx.places.get(owner.i) or resolve_place(owner.text)
            if ref is not None and ref.kind in ("city", "region", "country"):
                return replace(ref, start=owner.idx, end=owner.idx + len(owner))
    return None


def _unknown_settlement(noun: Token, name: Token) -> PlaceRef | None:
    """noun (Token): a settlement noun ("town", "island"). name (Token): the object of its "of".
    RETURNS (PlaceRef | None): "the Arctic border town of [Kirkenes]", "the island of [Koh Samui]": a capitalized name
    the gazetteer does not know, told as a settlement by the text itself, is a place of the noun's kind (a city, or a
    region for a province or district; no country or coordinates known), at the name's offsets; None for a word that
    is no proper name or names a person."""
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ in ("PERSON", "DATE", "TIME", "NORP"):
        return None
    words = name.doc[proper_compound_start(name) : name.i + 1]
    kind = "region" if noun.lower_ in load_data("places.json")["region_settlement_nouns"] else "city"
    return PlaceRef(words.text, kind, None, None, None, (), words.start_char, words.end_char)


def _city_of(root: Token) -> bool:
    """ "in the rebel-held eastern city of [Goma]", "on the northern outskirts of [Dhaka]": the "of" name of a settlement
    noun or of a part of a place (``part_nouns``) after a locative preposition, or as the verb's object ("surveyed the
    devastated villages of [Gorkha] district")."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return (noun.lower_ in settlement_nouns() or noun.lower_ in part_nouns()) and (
        noun.dep_ == "pobj" and noun.head.lower_ in _LOC_PREPS or noun.dep_ == "dobj") or in_part_of_place(root)


def _in_origin(root: Token, tok: Token, ctx: _Ctx) -> bool:
    """Whether a place phrase stands inside a "from" phrase of the trigger's clause ("from Gisenyi in Rwanda"), however
    the parser hung its "in" phrase (right after the place left; not a place outside it: "will host ministers from
    Colombia, Ecuador and Bolivia in Lima" hosts them in Lima)."""
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("in", "near") and prep.i >= 2:
        before = ctx.doc[prep.i - 1]
        left = _place_root(before) if (origin := ctx.places.get(before.i)) is not None else None
        here = ctx.places.get(root.i)
        if left is not None and left.dep_ == "pobj" and left.head.lower_ == "from" and not (
                origin is not None and here is not None and origin.kind == "country" and here.kind != "country"
                and here.country is not None and here.country != origin.name):
            return True
    cur = root.head if root.dep_ == "pobj" else root
    for _ in range(8):
        if cur.i == tok.i or cur.head.i in (cur.i, tok.i):
            return False  # (up to the trigger: "returned from a visit to Vietnam" is no origin of the visit's)
        if cur.head.dep_ == "pobj" and cur.head.head.dep_ == "prep" and cur.head.head.lower_ == "from":
            return True
        cur = cur.head
    return False


def _in_description(root: Token, tok: Token, ctx: _Ctx) -> bool:
    """ "to meet members of the community, the largest population of Japanese descent outside Japan": a place inside an
    apposition describing a word that is no place (on the way up to the trigger) says what that word is, not where the
    event happens."""
    cur = root
    for _ in range(10):
        if cur.i == tok.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "appos" and cur.pos_ == "NOUN" and ctx.actors.get(cur.i) is None and cur.head.i != tok.i \
                and (ctx.places.get(cur.head.i) is None or cur.head.dep_ in ("nsubj", "nsubjpass")):
            return True  # ("Brunei, a small state on the island of Borneo, will host ...": the subject described)
        cur = cur.head
    return False


def _destination_of_thing(root: Token, tok: Token, action: str) -> bool:
    """ "A strike by rail workers halted Eurostar trains to London": a place after "to" or "into" on a noun other than
    the trigger, in an event of a family that names a thing (no journey), is where that thing goes, not where the event
    is."""
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("to", "into") else None
    if noun is not None and tok.pos_ == "NOUN" and noun.i == tok.head.i and tok.dep_ == "nsubj" and effect_told(tok, action):
        return True  # (the parser hangs "to London" on the verb: "halted [Eurostar trains] [to London]")
    if noun is not None and noun.i != tok.i and noun.pos_ == "NOUN" and (new_family(action) or action == "sign") \
            and not (action in sent_families() and noun.dep_ == "dobj" and noun.head.i == tok.i):
        return True  # ("signed an agreement to build a pipeline to Aqaba": where the pipeline goes; but "will send two
        # aid flights to Benghazi", "deployed a brigade to Lithuania": where the thing sent goes is the event's place)
    if action == "sign" and root.dep_ == "pobj":
        signed = {c.i for c in tok.children if c.dep_ == "dobj"} | ({tok.i} if tok.pos_ == "NOUN" else set())
        for a in root.ancestors:
            if a.i == tok.i:
                break
            if a.dep_ in ("acl", "relcl") and a.head.i in signed:
                return True  # "signed an agreement to build a power line from Laos to central Vietnam": a place of
                # the clause telling what the signed text is for (the parser hangs "to Vietnam" on "build")
    return False


def _of_framed_event(root: Token, tok: Token) -> bool:
    """ "suspended its strike on Tuesday after a meeting with X in Abuja": a place phrase on another event noun that
    frames the trigger's clause (after an ``earlier_frame_preps`` word or "during") is where that event was, not
    the trigger's."""
    noun = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    return noun is not None and noun.i != tok.i and noun.pos_ == "NOUN" and noun.lower_ in _lex().nouns \
        and noun.dep_ == "pobj" and (noun.head.lower_ in _lex().earlier_frames or noun.head.lower_ == "during") \
        and noun.head.head.i != noun.i and tok.i not in {t.i for t in noun.subtree}


def _conjunct_of_thing(cand: Token, ctx: _Ctx) -> bool:
    """ "with 13 votes in favour and Russia and China abstaining": a name the parser coordinated with a common noun that
    is no place ("favour") does not share that noun's locative phrase."""
    cur = cand
    for _ in range(6):
        if cur.dep_ not in ("compound", "appos", "conj", "nmod") or cur.head.i == cur.i:
            return False
        if cur.dep_ == "conj" and (cur.head.pos_ == "NOUN" or cur.head.text.islower()) and ctx.places.get(cur.head.i) is None \
                and cur.head.lower_ not in settlement_nouns():
            return True
        cur = cur.head
    return False


#: Prepositions that open what a meeting or a signed text is about ("talks on maritime patrols in the Sulu Sea", "an
#: agreement on training officers for UN missions").
TOPIC_PREPS = frozenset({"on", "about", "over", "concerning", "regarding"})


def under_topic(word: Token, tok: Token) -> bool:
    """word (Token): a mention's word. tok (Token): an event's trigger. RETURNS (bool): the word lies inside a topic
    phrase (``TOPIC_PREPS``: "on", "about", "over") between it and the trigger ("talks with X on Ukraine", "talks ... on
    aid to Gaza"): what is talked about, neither a party nor a place."""
    cur = word
    for _ in range(6):
        if cur.i == tok.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ in ("in", "at", "near", "inside", "outside"):
            return False  # "a memorandum on naval patrols in the Gulf of Guinea in Abidjan": a place of its own phrase
        if cur.dep_ == "prep" and cur.lower_ in TOPIC_PREPS and cur.head.pos_ in ("NOUN", "PROPN") \
                and cur.head.i != word.i and (cur.head.i == tok.i or tok.left_edge.i <= cur.head.i <= tok.right_edge.i
                                              or cur.head.head.i == tok.i):
            return True
        if cur.dep_ == "prep" and cur.lower_ in ("to", "for") and cur.i > 0 and any(
                sib.dep_ == "prep" and sib.lower_ in TOPIC_PREPS and sib.right_edge.i == cur.i - 1 for sib in cur.head.children):
            return True  # "talks on aid to Gaza", the parser hanging "to Gaza" beside the topic: still the topic
        cur = cur.head
    return False


@cache
def _focus_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``focus_verbs`` of ``places.json`` ("The meeting will focus on ...")."""
    return frozenset(load_data("places.json")["focus_verbs"])


def _in_topic(root: Token, tok: Token) -> bool:
    """ "held talks with X on maritime patrols in the Sulu Sea": whether a place phrase lies inside a topic phrase
    (``TOPIC_PREPS``) on the trigger itself (or on a signed text it takes: "signed a memorandum on patrols in X"), hung on the topic's own noun (no event or trip noun but an exercise's: "on a visit to X" is no
    topic, "on joint patrols in X" is): where the thing discussed is, not where they met.

    root (Token): the head of a place name's phrase. tok (Token): the trigger. RETURNS (bool): True when it does."""
    topic = root.head.head  # the noun the place phrase hangs on ("patrols")
    prep = topic.head
    return root.dep_ == "pobj" and topic.dep_ == "pobj" and topic.pos_ == "NOUN" and prep.lower_ in TOPIC_PREPS \
        and (topic.lower_ not in _lex().nouns or _lex().nouns[topic.lower_].get("action") == "exercise") \
        and topic.lower_ not in trip_heads() \
        and (prep.head.i == tok.i  # (not "on a visit to X"; nor "attend a forum on fisheries in Bali": the forum's place)
             or tok.dep_ in ("nsubj", "nsubjpass") and prep.head.i == tok.head.i
             and prep.head.lemma_.lower() in _focus_verbs()  # "The meeting will focus on measures in the Aegean"
             or prep.head.dep_ == "dobj" and prep.head.head.i == tok.i and prep.head.lower_ in _text_nouns())  # "signed a
        # memorandum on naval patrols in the Gulf of Guinea in Abidjan": the text's topic


def _in_gerund_topic(root: Token, tok: Token) -> bool:
    """ "held talks with X on protecting undersea cables and power links in the Baltic Sea": whether a place phrase lies
    inside a gerund's topic phrase (``TOPIC_PREPS`` with a present participle) on the trigger or on the verb whose object
    the trigger is: where the thing discussed is, not where they met.

    root (Token): the head of a place name's phrase. tok (Token): the trigger. RETURNS (bool): True when it does."""
    cur = root
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in TOPIC_PREPS:
            return (cur.head.i == tok.i or tok.dep_ == "dobj" and cur.head.i == tok.head.i) \
                and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in cur.children)
    return False


def _country_of_gathering_topic(root: Token, tok: Token, ref: PlaceRef) -> bool:
    """ "will host a regional summit on the war in Sudan", "attend a conference on the crisis in the Sahel": a country or
    region after a determined topic noun of a gathering the trigger is or takes as object is where the topic is, not
    where the gathering meets (a city there is its venue: "a summit on the Kivu crisis in Livingstone"; a bare topic
    keeps its place: "a forum on fisheries in Bali").

    root (Token): the head of a place name's phrase. tok (Token): the trigger. ref (PlaceRef): the place.
    RETURNS (bool): True when the place is the topic's."""
    if ref.kind not in ("country", "region") or root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    topic = root.head.head
    prep = topic.head
    if topic.dep_ != "pobj" or topic.pos_ != "NOUN" or prep.lower_ not in TOPIC_PREPS \
            or not any(c.dep_ in ("det", "poss") for c in topic.children):
        return False
    gathering = prep.head
    if gathering.pos_ in ("VERB", "AUX") and tok.dep_ == "dobj" and tok.head.i == gathering.i and tok.lower_ in _lex().nouns:
        return True  # "will hold an emergency meeting on Monday on the crisis in Haiti": the topic hung on the verb
    return gathering.lower_ in _lex().nouns and (gathering.i == tok.i or gathering.dep_ == "dobj" and gathering.head.i == tok.i)


def _city_after_topic(root: Token, ref: PlaceRef) -> bool:
    """ "will sign an agreement on fisheries in Colombo on Feb. 24": a city after a bare plural topic noun (no article,
    no modifier phrase of its own) is where the text is signed, not where the thing is (a sea, a region or a country
    stays the topic's: "a memorandum on patrols in the Gulf of Guinea")."""
    topic = root.head.head
    return ref.kind == "city" and topic.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in topic.children)


@cache
def _text_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): nouns of a signed text (``signing_referents.text_nouns`` of ``occasions.json``)."""
    return frozenset(load_data("occasions.json")["signing_referents"]["text_nouns"])


def _topic_of_other_verb(root: Token, tok: Token, chain: list[Token], ctx: _Ctx) -> bool:
    """ "will travel to Zurich to meet X and discuss the 2027 Asian Cup in Saudi Arabia": a place phrase on a thing (no
    person) in the object of another verb (not the trigger, a verb it depends on or one above it) says where that thing
    is, not where the event happens."""
    thing = root.head.head
    if root.dep_ != "pobj" or root.head.lower_ in ("to", "into") or thing.pos_ not in ("NOUN", "PROPN") \
            or thing.lower_ in trip_heads() or thing.lower_ in _lex().nouns:
        return False  # "marking his first trip to South Korea", "ahead of the summit in Oslo": an event's own place
    own = {tok.i, *(t.i for t in chain)}
    cur = root.head.head
    through_object = False
    for _ in range(8):
        if cur.i in own or ctx.actors.get(cur.i) is not None:
            return False
        if cur.pos_ in ("VERB", "AUX"):
            return through_object and not cur.is_ancestor(tok)
        through_object = through_object or cur.dep_ in ("dobj", "nsubjpass")
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


@cache
def _sequence_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): verbs of a trip's first or last leg "with" an event noun ("starting with a visit to
    Kampala", "ending with talks in Dodoma"; ``sequence_verbs`` of ``triggers.json``)."""
    return frozenset(load_data("triggers.json")["sequence_verbs"])


def _describes_thing(root: Token, ctx: _Ctx) -> bool:
    """ "meet mining companies with projects in Mexico": a place phrase on the object of "with" that is a thing (no
    person, no people word of ``titles.json``) says where that thing is, not where the event happens (not a site "at"
    it: "welcomed X with a salute at the Presidential Palace" is there)."""
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ != "at" else None
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    if noun.lower_ in _lex().nouns and noun.head.head.lemma_.lower() in _sequence_verbs():
        return False  # "starting with a visit to Kampala on Monday": the first leg's own place
    if any(ctx.actors.get(t.i) is not None for t in noun.subtree if t.i < root.head.i):
        return False
    return noun.lower_.removesuffix("s") not in people_words()


def _destination(tok: Token, action: str, ctx: _Ctx) -> PlaceRef | None:
    """ "leaves Australia for Wellington", "departed Hanoi for Tokyo": a departure verb whose ``dest_preps`` object is
    a place is a journey to that place; the place left (its object) is where the journey starts, not where it goes."""
    entry = _lex().verbs.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else _lex().nouns.get(tok.lower_)  # "departure for"
    if action != "travel" or entry is None or entry.get("dest_action") != "travel":
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in entry.get("dest_preps", ()):
            for g in prep.children:
                if g.dep_ == "pobj" and (ref := ctx.places.get(g.i)) is not None:
                    return ref
    return None


def _trip_purpose(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "visited Azerbaijan for two days to attend a conference", "heading to Manila for talks with X": the purpose of a
    trip happens at its destination."""
    head = trip_of_aim(tok)
    entry = _lex().verbs.get(head.lemma_.lower()) if head is not None else None
    if head is None or entry is None or entry["action"] not in _TRIP_ACTIONS or head.pos_ != "VERB":
        return None
    return _place(head, head_chain(head), entry["action"], ctx)


def _visit_frame_place(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "signed an agreement on Tuesday during a state visit by X to Kampala": a verb framed by "during" a visit noun
    that names its own place after "to" or "in" happens there."""
    if tok.pos_ != "VERB":
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "during":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or _lex().nouns.get(noun.lower_, {}).get("action") != "visit":
                continue
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "in"):
                    found = next((ref for g in c.subtree if (ref := ctx.places.get(g.i)) is not None), None)
                    if found is not None:
                        return found
    return None


def trip_of_aim(tok: Token) -> Token | None:
    """The verb whose aim the event is: "visited Azerbaijan to attend", "heading to Manila [for] talks", "fly to Manila
    [ahead of] Saturday's talks"; else None."""
    if _purpose(tok):
        return tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "for":
        return prep.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead" and prep.head.dep_ == "advmod":
        return prep.head.head
    return None


def _earlier_mention(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "also skipped the summit": a definite event noun without a place of its own is the one named earlier in the
    article with a place ("the BRICS summit in New Delhi"); the first mention of a gathering in the body is the one
    the headline places ("Serbia-Kosovo Talks In Brussels End Without Deal")."""
    if tok.pos_ != "NOUN":
        return None
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    body = range(tok.i - 1, -1, -1)
    if not any(ctx.doc[i].lower_ == tok.lower_ and ctx.doc[i].idx >= ctx.dateline_end for i in body):
        return _headline_place(tok, ctx)  # the first mention in the body: the headline's gathering
    if not definite:
        return None
    for i in body:
        other = ctx.doc[i]
        if other.lower_ != tok.lower_:
            continue
        if other.pos_ != "NOUN":
            continue
        for prep in other.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for g in prep.children:
                    if (ref := ctx.places.get(g.i)) is not None and g.idx >= ctx.dateline_end:
                        return ref
    return None


def _headline_place(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """The place the headline gives the gathering ``tok`` names: "Talks In Brussels" (read on the surface, as Title
    Case headlines parse badly); None when the headline places no such noun. The place has no offsets in the body."""
    if not ctx.title or _lex().nouns.get(tok.lower_, {}).get("action") not in ("meet", "attend", "negotiate"):
        return None
    pattern = r"(?<![\w-])" + re.escape(tok.lower_) + r"\s+(?:in|at)\s+((?:[A-Z][\w'’.-]*\s*){1,3})"
    for m in re.finditer(pattern, ctx.title, flags=re.IGNORECASE):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # "Talks In Brussels End Without Deal": the longest known name
            ref = resolve_place(" ".join(words[:n]))
            if ref is not None:
                return ref
    return None


def _fronted_setting(tok: Token, action: str, ctx: _Ctx) -> PlaceRef | None:
    """ "In Cordoba, police detained 14 people on Tuesday after protesters blocked a highway": a locative phrase that
    opens the sentence, set off by a comma, is the setting of the adverbial clauses of its main clause too (the main
    clause's own events find it by the usual walk). Not through a clause a verb tells ("In Geneva, she said she would
    meet X": where she spoke) and not for journeys, whose place is where they go."""
    if action in _TRIP_ACTIONS or action == "depart":
        return None
    cur, framed = tok, False
    while cur.head.i != cur.i:
        if cur.dep_ == "advcl":
            framed = True
        elif cur.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "prep", "conj", "compound", "amod"):
            return None
        cur = cur.head
    if not framed:
        return None
    start = max(cur.sent.start, next((t.i for t in cur.sent if t.idx >= ctx.dateline_end), cur.sent.start))
    for prep in cur.children:
        if prep.dep_ != "prep" or prep.i != start or prep.lower_ not in _LOC_PREPS:
            continue
        after = prep.right_edge.i + 1
        if after < len(ctx.doc) and ctx.doc[after].text == ",":
            for g in prep.children:
                if g.dep_ == "pobj" and (ref := ctx.places.get(g.i)) is not None:
                    return ref
    return None


def _where_clause(chain: list[Token], ctx: _Ctx) -> PlaceRef | None:
    """ "flown in from Windhoek, where he met X": a relative "where" clause happens at the place it describes; "will
    travel to Dili next week, where she is to meet X" (a "where" clause the parser made an adverbial clause, or hung on
    the day) describes the place named last before it in its clause."""
    for k, top in enumerate(chain):  # "where she is scheduled to meet X": "where" may hang on the verb below the clause's
        if top.dep_ not in ("relcl", "advcl"):
            continue
        where = next((c for t in chain[: k + 1] for c in t.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
        if where is None:
            continue
        if top.dep_ == "relcl" and (ref := ctx.places.get(top.head.i) or _dated_place(top.head, ctx)) is not None:
            return ref
        return _place_before(where, ctx)
    return None


def _there(chain: list[Token], ctx: _Ctx) -> PlaceRef | None:
    """ "will travel to Puno on July 2 and will hold talks with X there": "there" on the event's verb (or a verb it
    depends on in its clause) is the place named last before it in the sentence, outside a relative clause ("fly to
    Chiclayo, where she worked in Peru, and meet X there": Chiclayo), else the last place of the sentence before."""
    there = None
    for verb in chain[:3]:
        there = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "there"), None)
        if there is not None or verb.dep_ in ("conj", "relcl", "advcl", "ccomp"):
            break
    if there is None:
        return None
    sent = there.sent
    for i in range(there.i - 1, sent.start - 1, -1):
        word = ctx.doc[i]
        if (ref := ctx.places.get(i)) is not None and word.idx >= ctx.dateline_end and not any(
                (up.dep_ == "relcl" and (any(c.lower_ == "where" for c in up.children) or up.head.i in ctx.places)
                 or up.dep_ == "advcl" and any(c.lower_ == "where" for c in up.children))
                for up in word.ancestors if not up.is_ancestor(there) and up != there):  # (a relative clause on the
            # actor is no description of another place: "X, who had been due in Rabat on Tuesday, arrived there")
            return ctx.places.get(_place_root(word).i) or ref
    if sent.start > 0:
        before = ctx.doc[sent.start - 1].sent
        for i in range(before.end - 1, before.start - 1, -1):
            if (ref := ctx.places.get(i)) is not None and ctx.doc[i].idx >= ctx.dateline_end:
                return ctx.places.get(_place_root(ctx.doc[i]).i) or ref
    return None


def _place_before(where: Token, ctx: _Ctx) -> PlaceRef | None:
    """The place a "where" refers to: the nearest place named before it in its clause (no verb between), or the place
    that place describes ("to Dili, the capital of East Timor, on November 23, where": Dili)."""
    for i in range(where.i - 1, where.sent.start - 1, -1):
        word = ctx.doc[i]
        if word.pos_ in ("VERB", "AUX") or word.idx < ctx.dateline_end:
            return None
        ref = ctx.places.get(i)
        if ref is not None and _place_root(word).dep_ == "poss":
            continue  # "host Myanmar's President X for the summit on April 27, where": an owner, no place
        if ref is not None:
            return _located(word, ctx) or ctx.places.get(_place_root(word).i) or ref
    return None


def _located(word: Token, ctx: _Ctx) -> PlaceRef | None:
    """word (Token): a word of a place. RETURNS (PlaceRef | None): the place it locates when it is the "in" phrase of
    another place ("Goma in eastern Congo": Goma), else None."""
    root = _place_root(word)
    if root.dep_ != "pobj" or root.head.lower_ != "in" or (outer := ctx.places.get(root.i)) is None:
        return None
    if (inner := ctx.places.get(root.head.head.i)) is not None:
        return inner
    inner = ctx.places.get(root.head.i - 1) if root.head.i > 0 else None  # (the parser may hang "in" on the verb)
    return inner if inner is not None and (inner.country == outer.name or outer.name in inner.within) else None


def _dated_place(head: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "Kuala Lumpur on May 14, where she ...": the parser hangs "where" on the day; the place is the one that day
    follows ("PLACE on DAY")."""
    x = ctx.times.get(head.i)
    if x is None:
        return None
    i = head.i
    while i > 0 and ctx.times.get(i - 1) is x:
        i -= 1
    if i > 0 and ctx.doc[i - 1].lower_ in ("on", "in"):
        i -= 1
    return (_located(ctx.doc[i - 1], ctx) or ctx.places.get(i - 1)) if i > 0 and ctx.places.get(i - 1) is not None \
        else None  # ("visit Goma in eastern Congo on Monday, where": Goma)


def _left_place(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "left Tokyo on Friday after meeting X": an event just before a departure happens at the place left."""
    frame = tok.head if tok.dep_ == "pcomp" else next((c for c in tok.children if c.dep_ in ("mark", "prep")), None)
    if frame is None or frame.lower_ not in _lex().departure_marks:
        return None
    main = frame.head if tok.dep_ == "pcomp" else tok.head
    if main.lemma_.lower() not in _lex().departure_verbs:
        return None
    for child in main.children:
        if child.dep_ == "dobj" and (ref := ctx.places.get(child.i)) is not None:
            return ref
        if child.dep_ == "prep" and child.lower_ == "from":
            for g in child.children:
                if (ref := ctx.places.get(g.i)) is not None:
                    return ref
    return None


def _named_leg(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """The place a trip noun or the part of a trip it belongs to is named after: "the [Vilnius] leg of the tour",
    "the [Beijing] trip was called off" (a place compound on the trip noun, or on the part noun whose "of" object it is)."""
    heads = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in trip_heads():
        heads.insert(0, tok.head.head)
    for head in heads:
        if head.lower_ not in trip_heads():
            continue
        for child in head.children:
            if child.dep_ == "compound" and (ref := ctx.places.get(child.i)) is not None:
                return ref
    return None


def _inside_name(cand: Token, ref: PlaceRef, ctx: _Ctx) -> bool:
    """cand (Token): a word of a place mention. ref (PlaceRef): its place. ctx (_Ctx): the doc's index. RETURNS (bool):
    the mention is a word of a longer proper name, not a place of the event: it modifies a capitalized word that is no
    place, which itself modifies another word ("the Africa-Asia [Mining Forum] summit"), or, for a region, any such
    capitalized word ("the Asia Mining Forum"); "the Tunis summit" and "the Lima Convention Center" (a city) stay."""
    last = cand
    while last.dep_ == "compound" and ctx.places.get(last.head.i) is ref:
        last = last.head  # (the place's own last word: "New [York]")
    head = last.head
    if last.dep_ != "compound" or head.pos_ != "PROPN" or ctx.places.get(head.i) is not None:
        return False
    return head.dep_ == "compound" or ref.kind in ("region", "continent")


def _place_root(tok: Token) -> Token:
    """The head of a place name's phrase, through compounds (also the parser's "nmod": "at the [Malacanang] presidential
    palace"), appositions, conjuncts and a settlement noun's "of" ("visit the nearby city of [Mackay]": the phrase is
    "city", ``settlement_nouns`` in ``places.json``)."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ in ("compound", "appos", "conj", "nmod") \
                or cur.dep_ == "amod" and cur.text[:1].isupper() and cur.head.pos_ == "NOUN" and cur.head.is_lower:
            cur = cur.head  # (also a name the tagger took for an adjective: "visit the [Rampal] power station")
        elif cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lower_ in settlement_nouns():
            cur = cur.head.head
        elif cur.dep_ == "poss" and cur.head.pos_ in ("NOUN", "PROPN") and cur.head.lower_ in _possessed_venues():
            cur = cur.head  # "protested in [Tbilisi]'s main square": the square's phrase, in the city (also a named
            # venue: "a rally in [Lusaka]'s Heroes Stadium")
        else:
            break
    return cur


@cache
def _possessed_venues() -> frozenset[str]:
    """RETURNS (frozenset[str]): lower-case venue nouns a city may own ("Tbilisi's main square", "the capital's
    stadium"): ``venue_heads`` of ``places.json`` and its ``part_nouns``."""
    data = load_data("places.json")
    return frozenset(w.lower() for w in data["venue_heads"]) | frozenset(data["part_nouns"]["nouns"])


#: Verbs that bring people to a place: "displaced families who will be brought to Maputo".
_BRINGING_VERBS = frozenset({"bring", "take", "transport", "bus", "fly", "ferry", "travel", "come"})


def _brought_to(tok: Token, action: str, ctx: _Ctx) -> PlaceRef | None:
    """ "will meet a group of displaced families who will be brought to Maputo": a meeting's object (or the "of" noun of
    a group word) whose relative clause brings it to a place meets there.

    tok (Token): the trigger. action (str): its family. ctx (_Ctx): the doc's index.
    RETURNS (PlaceRef | None): that place, else None.
    """
    if action not in _CONTACT_ACTIONS or tok.pos_ != "VERB":
        return None
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        nouns = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")]
        for noun in nouns:
            for rel in noun.children:
                if rel.dep_ != "relcl" or rel.lemma_.lower() not in _BRINGING_VERBS:
                    continue
                if (ref := _to_place(rel, ctx)) is not None:
                    return ref
    return None


def _since_trip(tok: Token, action: str, ctx: _Ctx) -> PlaceRef | None:
    """ "It will be the first papal trip to Angola since Benedict XVI visited in March 2009": a journey told in a "since"
    clause of a trip noun with its own destination (on the clause's head or that verb's attribute) went there too.

    tok (Token): the trigger. action (str): its family. ctx (_Ctx): the doc's index.
    RETURNS (PlaceRef | None): the trip noun's destination, else None.
    """
    if action not in _TRIP_ACTIONS or tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children):
        return None
    head = tok.head
    for noun in (head, *(c for c in head.children if c.dep_ == "attr")):
        if (ref := _to_place(noun, ctx)) is not None:
            return ref
    return None


def _to_place(word: Token, ctx: _Ctx) -> PlaceRef | None:
    """word (Token): a verb or noun. ctx (_Ctx): the doc's index. RETURNS (PlaceRef | None): the place after its own
    "to" ("brought to Maputo", "the trip to Angola"), outside the dateline, else None."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for g in prep.children:
                if g.dep_ == "pobj" and (ref := ctx.places.get(g.i)) is not None and g.idx >= ctx.dateline_end:
                    return ref
    return None


def _title_country(root: Token, tok: Token) -> bool:
    """Whether a place phrase is the "to" of a title noun ("ambassador to Vietnam", "envoy to the UN") that is not the
    trigger: the country the office is accredited to, not where the holder's event happens.

    root (Token): the head of the place's phrase. tok (Token): the trigger. RETURNS (bool): it is.
    """
    if root.dep_ != "pobj" or root.head.lower_ != "to":
        return False
    holder = root.head.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "as":
        return False  # "her first trip abroad as minister to Buenos Aires": the parser hangs the trip's "to" on the role
    return holder.i != tok.i and holder.pos_ in ("NOUN", "PROPN") and holder.lower_ in title_words()


def _in_reduced_relative(root: Token, tok: Token) -> bool:
    """Whether a place phrase lies inside a past participle describing a noun ("migrants [lost at sea on the route to
    the Canary Islands]") on the way up to the trigger: it says where that noun's own event was, not the trigger's.

    root (Token): the head of the place's phrase. tok (Token): the trigger. RETURNS (bool): it does.
    """
    cur = root
    for _ in range(12):
        if cur.i == tok.i or cur.head.i == cur.i or cur.is_ancestor(tok):
            return False
        if cur.dep_ == "acl" and cur.tag_ in ("VBN", "VBD") and cur.head.pos_ in ("NOUN", "PROPN") and cur.head.i != tok.i:
            return True  # (a participle the tagger read as a past tense: "arrested X, [wanted in Australia for fraud], at
            # a resort")
        cur = cur.head
    return False


def _on_island(root: Token) -> bool:
    """ "a naval base on Palawan", "a trip to a base on the island of Palawan": "on" gives a place when its object is a
    settlement noun's phrase ("the island of X") or it hangs on a facility noun (``on_site_heads`` in ``places.json``);
    elsewhere "on X" is a topic ("talks on Crimea").

    root (Token): the head of a place name's phrase (:func:`_place_root`). RETURNS (bool): the phrase is such a place.
    """
    if root.dep_ != "pobj" or root.head.lower_ != "on":
        return False
    return root.lower_ in settlement_nouns() or root.head.head.lower_ in on_site_heads()


def _against_what(cand: Token, tok: Token) -> bool:
    """cand (Token): a place word. tok (Token): a protest's trigger. RETURNS (bool): the place lies inside the object of
    an "against" phrase below the trigger ("to protest against new licences in the North Sea"): where the thing
    protested against is, not the protest (the caller keeps a town: "a demonstration against the reform in Brussels"
    is held there, however the parser hung it)."""
    cur = cand
    while cur.i != cur.head.i and cur.i != tok.i:
        if cur.dep_ == "prep" and cur.lower_ == "against":
            return True
        cur = cur.head
    return False


def _more_specific(tok: Token, ref: PlaceRef, ctx: _Ctx, rank: dict[str, int]) -> PlaceRef:
    """A place named in apposition inside the same phrase ("the JSA located within the DMZ") stays as is; the owner of
    a venue that names its own narrower place ("at Jamaica's main port in Kingston") gives way to that place."""
    best = ref
    for t in tok.head.subtree if tok.dep_ == "appos" else ():
        other = ctx.places.get(t.i)
        if other is not None and rank.get(other.kind, 9) < rank.get(best.kind, 9) and place_in(other, best):
            best = other
    if tok.dep_ == "poss" and (other := _of_settlement(tok.head, ctx)) is not None \
            and rank.get(other.kind, 9) < rank.get(best.kind, 9) and place_in(other, best):
        best = other
    root = _place_root(tok)
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "in" and prep.i >= 2 and ctx.doc[prep.i - 1].text == "," \
            and (before := ctx.places.get(prep.i - 2)) is not None and before.kind in ("city", "site") \
            and before.name != best.name and before.country == best.country and best.kind in ("city", "region"):
        best = before  # "at a condominium in Pasay City, in metropolitan Manila": the town, located in the larger city
    if root.dep_ == "pobj" and prep.lower_ == "in" and best.kind in ("country", "region"):
        for obj in (c for c in prep.head.children if c.dep_ == "dobj" and c.lower_ in settlement_nouns()):
            inner = next((r for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                          if (r := ctx.places.get(g.i)) is not None and r.kind in ("city", "site")), None)
            if inner is not None and place_in(inner, best):
                best = inner  # "will visit the border town of Adre in eastern Chad": the town, in that country
    return best


def _article_gathering(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Foreign Minister Mauro Vieira will lead the Brazilian delegation instead": an attend event of a
    ``gathering_of_article`` verb without a place (or a bare "are attending", or an attend or mediate verb of "the"
    gathering: "will mediate the talks") is at the gathering the article placed last before it (the place of the
    previous attend event, of the talks or summit told by an event noun, or of one hosted), and on its day when it
    has none ("Medinsky would lead the Russian delegation": the round of talks begun on Monday). An undated attendance
    of "the opening" (``start_words``) is on the day the previous sentence says something began ("The festival began
    on Wednesday ... X attended the opening").

    events (list[Event]): the article's events, text order. RETURNS (list[Event]): the events, such ones placed.
    """
    verbs = _lex().verbs
    out: list[Event] = []
    last: Event | None = None
    for ev in events:
        span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
        tok = span.root if span is not None else None
        if ev.action in ("attend", "mediate") and ev.place is None and last is not None and last.place is not None:
            unplaced = ev.date.value is None and last.status != "cancelled" and ev.status not in ("cancelled", "denied") \
                and tok is not None and (
                ev.action == "attend" and tok.lemma_.lower() == "attend" and tok.pos_ == "VERB"
                and not any(c.dep_ in ("dobj", "prep") for c in tok.children)  # "X and Y are attending"
                or _the_gathering(tok)  # "Kenyan envoy X will mediate the talks"
                or ev.action == "attend" and tok.pos_ == "NOUN" and tok.lower_ in _ATTENDANCE_NOUNS
                and not any(c.dep_ == "prep" for c in tok.children))  # "have confirmed their participation"
            if tok is not None and (unplaced or tok.pos_ == "VERB" and ev.action == "attend"
                                    and verbs.get(tok.lemma_.lower(), {}).get("gathering_of_article")):
                ev = replace(ev, place=last.place, date=ev.date if ev.date.value is not None or last.refers_to_plan else
                             replace(last.date, note="the day of the gathering the article told last"))
        if ev.action == "attend" and ev.date.value is None and tok is not None and (day := _opening_day(tok, ctx)) is not None:
            ev = replace(ev, date=day)
        if ev.action in ("travel", "visit", "attend") and ev.date.value is None and ev.place is not None and last is not None \
                and last.place is not None and last.place.name == ev.place.name and last.date.value is not None \
                and ev.status in ("planned", "uncertain") and last.status in ("planned", "uncertain") \
                and last.actor.name != ev.actor.name:
            ev = replace(ev, date=replace(last.date, note="the day of the gathering the article told there"))  # "X will
            # host a summit in Esztergom on March 27 ... Y confirmed that he would travel to Esztergom": that day
        if ev.action == "attend" and ev.place is not None or ev.action == "host" and ev.place is not None \
                and tok is not None and _the_gathering(tok, definite=False) \
                or ev.action in _GATHERING_FAMILIES and ev.place is not None \
                and tok is not None and tok.pos_ == "NOUN" and _lex().nouns.get(tok.lower_, {}).get("action") in ("meet", "attend", "negotiate"):
            last = ev
        out.append(ev)
    return out


#: Nouns of one's attendance that name no gathering of their own ("confirmed their participation"):
#: ``attendance_nouns`` of ``triggers.json``.
_ATTENDANCE_NOUNS = frozenset(load_data("triggers.json")["attendance_nouns"])


def _the_gathering(tok: Token, definite: bool = True) -> bool:
    """tok (Token): a verb. definite (bool): the object must be "the" gathering with no place phrase of its own.
    RETURNS (bool): its direct object is a gathering noun (a meet, attend or negotiate noun: "will mediate the talks",
    "will host a regional summit")."""
    nouns = _lex().nouns
    return tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and nouns.get(c.lower_, {}).get("action") in ("meet", "attend", "negotiate")
        and (not definite or any(d.dep_ == "det" and d.lower_ == "the" for d in c.children))
        and not (definite and any(p.dep_ == "prep" and p.lower_ in ("in", "at") for p in c.children))
        for c in tok.children)


#: Families of a gathering told by its noun ("began a round of talks in Geneva", "The summit was held in Oslo").
_GATHERING_FAMILIES = frozenset({"meet", "hold", "negotiate"})


@cache
def _opened_occasions() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``opened_occasion_nouns`` of ``triggers.json`` ("ceremony"): nouns of the occasion
    that opens a gathering, which "the" one attended after a sentence telling the gathering began stands for."""
    return frozenset(load_data("triggers.json")["opened_occasion_nouns"])


def _opening_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """The day of "the opening" a verb attends: the date of a beginning verb (``start_words``) in the previous sentence
    ("The Edinburgh festival began on Wednesday"); so for "the ceremony" (``opened_occasion_nouns``: "The Games opened
    in Nagoya on Saturday with a ceremony ... X attended the ceremony")."""
    starts = _lex().start_words
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in starts and obj.lower_ not in _opened_occasions() or not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children) \
            or any(c.dep_ == "prep" and c.lower_ not in ("at", "in") for c in obj.children):  # (its venue may be told)
        return None
    sent = tok.sent
    if sent.start == 0:
        return None
    for t in ctx.doc[sent.start - 1].sent:
        if t.pos_ != "VERB" or t.lower_ not in starts and t.lemma_.lower() not in starts:
            continue
        for g in t.subtree:
            x = ctx.times.get(g.i)
            if x is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P" and x.value not in _REF_VALUES \
                    and g.head.head.i == t.i:
                return replace(time_to_date(x), note="the day the gathering it opened began")
    return None


_FRAME_PREPS = frozenset({"after", "following", "during"})


def _framing_event(ev: Event, before: list[Event], ctx: _Ctx) -> Event | None:
    """ "Liang held talks with Abenov on Tuesday ... After the talks, the two heads of state attended the signing": an
    undated event framed by "after/following/during the <noun>" ("their talks") is on the day of the article's previous
    dated meeting (an ``occasion_actions`` family) whose trigger is that noun; a trip before or after it is not
    ("Before his 2019 visit to Seoul, Macron met Moon in Paris")."""
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    families = {a for listed in _lex().occasion_actions.values() for a in listed} - _TRIP_ACTIONS  # (a journey is an
    # occasion of a signing by the same people, not a frame whose day "after the visit" keeps)
    for t in tok.sent:
        if t.i >= tok.i or t.dep_ != "pobj" or t.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in t.children):
            continue
        prep = t.head
        if prep.lower_ not in _FRAME_PREPS or not any(c.lower_ in ("the", "their") for c in t.children):
            continue
        for prev in reversed(before):
            if prev.date.value is None or prev.refers_to_plan or prev.action not in families:
                continue
            if doc_text(ctx.doc)[prev.evidence.trigger_start : prev.evidence.trigger_end].lower() == t.lower_:
                return prev
    return None


#: How many sentences back an occasion's people's previous event may be (past sentences that tell no event of others:
#: "... held talks in Almaty on Friday. X's plane was diverted there on Thursday evening. The two leaders signed ...").
_OCCASION_REACH = 3


def _trip_framed(ev: Event, ctx: _Ctx) -> bool:
    """ev (Event): a signing. RETURNS (bool): its sentence frames it by a trip noun after a preposition ("during the
    three-day visit", "During the one-day trip to Chisinau")."""
    span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    trips = _lex().trip_nouns
    return span is not None and any(t.lower_ in trips and t.dep_ == "pobj" for t in span)


def _occasion_venues(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "held talks with X at State House, and the two leaders witnessed the signing of agreements", "welcomed X at the
    Presidential Palace ... After their talks, the two presidents signed ...": an event of an ``occasion_actions``
    family (a signing) with neither place nor date happens where and when the same people's previous event of the
    same status did, in its own sentence or up to ``_OCCASION_REACH`` sentences before when no one else's event is told
    in between. Then one sentence telling the same event twice ("signed a
    memorandum ... and witnessed the signing of five other agreements") gives it once.

    RETURNS (list[Event]): the events, such ones placed and dated, repeats within a sentence dropped.
    """
    index = sentence_numbers(ctx.doc)
    occasion = _lex().occasion_actions
    out: list[Event] = []
    for ev in events:
        if ev.action in occasion and ev.place is None and ev.date.value is None:
            people = {ev.actor.name} | {c.name for c in ev.counterparts if c.kind == "person"}
            here = index.get(ev.evidence.start, -9)
            for prev in reversed(out):
                if index.get(prev.evidence.start, -9) < here - _OCCASION_REACH:
                    break
                theirs = bool(people & ({prev.actor.name} | {c.name for c in prev.counterparts if c.kind == "person"}))
                if not theirs and index.get(prev.evidence.start, -9) < here:
                    break  # another's event told in between: no longer their occasion
                changed_together = prev.refers_to_plan and ev.refers_to_plan and index.get(prev.evidence.start) == here \
                    and {prev.status, ev.status} <= {"cancelled", "postponed"}  # ("Her meeting with X in Beijing will
                # not take place, and the signing of the agreement has been postponed": the signing planned there too)
                if prev.status != ev.status and not changed_together or prev.action not in occasion[ev.action] \
                        or (prev.place is None and prev.date.value is None):
                    continue
                if prev.action in _TRIP_ACTIONS and _trip_framed(ev, ctx):
                    continue  # "... expected to sign a water agreement during the three-day visit": the frame tells
                    # the day (none, or the stop's); the journey is the occasion only of a signing told plainly
                if theirs:
                    ev = replace(ev, place=prev.place, date=prev.date)
                    break
        if ev.date.value is None and (framed := _framing_event(ev, out, ctx)) is not None:
            ev = replace(ev, date=framed.date, place=ev.place or framed.place)
        key = (ev.action, ev.actor.name, tuple(c.name for c in ev.counterparts), ev.place.name if ev.place else None,
               ev.date.value, ev.status, ev.evidence.start, ev.refers_to_plan)
        same = next((k for k, o in enumerate(out) if key == (
            o.action, o.actor.name, tuple(c.name for c in o.counterparts), o.place.name if o.place else None,
            o.date.value, o.status, o.evidence.start, o.refers_to_plan)), None)
        if same is None:
            out.append(ev)
        elif ev.what and (not out[same].what or len(ev.what.split()) > len(str(out[same].what).split())):
            out[same] = replace(out[same], what=ev.what)  # "lifted off ... and placed a weather satellite into orbit":
            # the launch, of its more particular thing
    return out


@cache
def _family_places() -> tuple[frozenset[str], dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    data = load_data("families.json")
    return (frozenset(data["placeless"]), {k: frozenset(v) for k, v in data["extra_place_preps"].items()},
            frozenset(data["no_dateline_place"]), frozenset(data["sent_families"]))


def sent_families() -> frozenset[str]:
    """RETURNS (frozenset[str]): families of a thing sent somewhere (``sent_families`` of ``families.json``: aid,
    troops), whose object's "to" place is the event's."""
    return _family_places()[3]


def placeless(action: str) -> bool:
    """action (str): an action family. RETURNS (bool): its events have no venue (``placeless`` in ``families.json``:
    "imposed sanctions on Russia" names a target, no place)."""
    return action in _family_places()[0]


@cache
def source_place_first(action: str) -> bool:
    """action (str): an action family. RETURNS (bool): its own "from"/"out of" phrase gives its place before any other
    (``source_place_families`` in ``families.json``)."""
    return action in load_data("families.json")["source_place_families"]


def no_dateline_place(action: str) -> bool:
    """action (str): an action family. RETURNS (bool): its events never take the dateline city (``no_dateline_place``:
    "SEOUL - North Korea fired a missile" was not fired in Seoul)."""
    return action in _family_places()[2]


def family_place(tok: Token, chain: list[Token], action: str, ctx: _Ctx) -> PlaceRef | None:
    """The place of an event of a family that names a thing after one of its ``extra_place_preps`` ("live-fire drills
    around Taiwan", "marched through central Belgrade") on the trigger or the verbs it depends on, a region named
    right before an exercise noun ("Yellow Sea drills"), or a place in the object of the verb an event noun is the
    subject of by ``effect_verbs`` ("a strike paralysed Lagos"), else None."""
    preps = _family_places()[1].get(action)
    if not preps:
        return None
    if tok.pos_ == "NOUN" and action == "exercise":
        for c in tok.children:  # "Yellow Sea drills": a region or sea named right before the noun
            if c.dep_ == "compound" and (ref := ctx.places.get(c.i)) is not None and ref.kind == "region" and c.idx >= ctx.dateline_end:
                return ref
    for head in chain[:3]:
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in preps and any(p.children):
                for g in p.subtree:
                    if (ref := ctx.places.get(g.i)) is not None and g.idx >= ctx.dateline_end:
                        return ref
            elif p.dep_ == "prep" and p.lower_ in _LOC_PREPS:  # "an exercise in waters off Suva": the phrase's own
                # place preposition of the family; "in the waters south of Singapore": a direction "of" a place
                compass = compass_words()
                for inner in (q for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" for q in (
                        *o.children, *(r for w in o.children if w.lower_ in compass for r in w.children))
                              if q.dep_ == "prep" and (q.lower_ in preps or q.lower_ == "of" and q.head.lower_ in compass)):
                    for g in inner.subtree:
                        if (ref := ctx.places.get(g.i)) is not None and g.idx >= ctx.dateline_end:
                            return ref
            elif p.dep_ in ("prt", "prep") and p.lower_ in preps and p.i > head.i and p.idx >= ctx.dateline_end:
                # "a naval drill off Jeju Island": the parser reads the preposition as a particle (or leaves it with no
                # object: "will hold an exercise off Pemba from June 8") and hangs the place elsewhere; the proper name
                # right after it is its object
                for g in takewhile(lambda t: t.pos_ in ("PROPN", "DET"), p.doc[p.i + 1: p.i + 5]):
                    if (ref := ctx.places.get(g.i)) is not None:
                        return ref
    if (crowd := _crowd_place(chain, action, ctx)) is not None:
        return crowd  # "Junior doctors in Zimbabwe's state hospitals will go on strike": where the crowd is
    if tok.pos_ == "NOUN" and effect_told(tok, action):  # "a strike by nurses paralysed Lagos", "shut schools in Kano"
        for g in (g for obj in tok.head.children if obj.dep_ == "dobj" for g in obj.subtree):
            if (ref := ctx.places.get(g.i)) is not None and g.idx >= ctx.dateline_end \
                    and not (_place_root(g).dep_ == "pobj" and _place_root(g).head.lower_ in ("to", "from", "toward", "towards")):
                return ref  # (not "halted Eurostar trains to London": where the trains go)
    return None


def _crowd_place(chain: list[Token], action: str, ctx: _Ctx) -> PlaceRef | None:
    """The place a crowd subject of the trigger's verb is said to be in ("Junior doctors in Zimbabwe will go on
    strike", "workers at the port of Durban walked out"): the first place in an "in"/"at"/"across" phrase of a crowd
    word of the family (``crowd_families``), else None."""
    words = crowd_words(action)
    if not words:
        return None
    for head in chain[:3]:
        for sub in head.children:
            if sub.dep_ not in ("nsubj", "nsubjpass") or sub.lower_ not in words:
                continue
            for p in sub.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "at", "across"):
                    found = [ref for g in p.subtree if (ref := ctx.places.get(g.i)) is not None and g.idx >= ctx.dateline_end]
                    if found:  # ("at Malaysia's Port Klang": the port, inside the country its possessor names)
                        return next((r for r in found[1:] if found[0].name in r.within), found[0])
    return None


def visited_facility(tok: Token) -> str | None:
    """tok (Token): a visit trigger, verb or noun. RETURNS (str | None): the facility an indefinite object names ("will
    visit a car factory in Puebla", "her visit to a marine research centre in Wellington": "car factory", "marine
    research centre"; head in ``facility_nouns`` of ``places.json``): a visit to one site inside the place, not to the
    whole place, so a change of it is no change of a trip there; else None."""
    nouns = _facility_nouns()
    objects = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ == "VERB" else []
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    for obj in objects:
        if obj.pos_ == "NOUN" and obj.lower_ in nouns and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
            words = [t for t in obj.doc[obj.left_edge.i : obj.i + 1] if t.dep_ not in ("det", "poss", "punct")]
            return " ".join(t.lower_ for t in words)
    return None


@cache
def _facility_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``facility_nouns`` of ``places.json``."""
    return frozenset(load_data("places.json")["facility_nouns"])

