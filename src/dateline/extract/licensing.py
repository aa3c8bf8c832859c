"""Trigger licensing: whether a trigger verb or event noun states its event where it stands.

A verb is licensed by its trigger entry's frame (objects, prepositions, particles, manner; :func:`license`), a verb
or noun of a family that names a thing by ``_family_verb``/``_family_noun`` (``families.json``), and any other
event noun by how it is told (a light or governing verb, a plan cue, a frame that tells it).
"""

from __future__ import annotations

import re

from collections.abc import Iterable
from functools import cache
from typing import Any

from spacy.tokens import Token

from .actor_mentions import ANONYMOUS
from .arguments import _actors_in, _governor, split_particle_of, _manner, _misparsed_object, _title_heads, _titled_object, be_to_passive, conjoined_passive_subjects
from .builder import _on_a_visit, aid_body_teller, guest_visit_frame
from .returns import returned_from
from .context import _Ctx
from .dates import accusing_verbs, dated_by_possessor
from .generics import generic_mention
from .holders import change_verbs, held_participle
from .demands import asked_change, demanded, told_obligation
from .nlp import load_data
from .places import resolve_country
from .objects import new_family, object_actions, object_what, thing_of_phrases, what_heads
from .receipts import taking_effect
from .strikes import effect_told, phase
from .crowds import cabinet_of, crowd_subject, crowd_words, dateline_country, made_way_for, members
from .meals import gathering_guests_at_meal, meal_host
from .outcomes import decided_in, survived_vote, vote_tally, won_election
from .occasion_referents import mourned_at, mourned_person
from .occasions import occasion_frame
from .participants import _visiting_guest, between_people, held_by_unnamed_agents, in_attendance, participle_agent, passive_subject, unnamed_held_before
from .plan_changes import family_plan
from .status import (ahead_frame, head_chain, occurrence_verb, own_relative_clauses, subjectless_conjuncts, vote_result_nouns,
                     vote_result_verbs, notice_of, failed_to_occur)
from .timex.lexicon import load_lexicon
from .triggers import _REF_VALUES, _lex, _subject_cues, acts_on, complement_action, prep_object_read, subject_verb_lemma
from .back_references import REFERRING_DETS, TRIP_FAMILY
from .group_partners import brought_together, group_partner, guest_group
from .framed_talks import (dated_earlier_talks, dated_meeting_at, during_a_visit, framed_talks_between,
                           phrase_day, talks_at_destination, talks_before_outcome, owned_meeting_at)
from .meeting_participles import participle_meeting
from .plan_cues import cue_word
from .appointments import office_words, post_words, role_phrase
from .courts import acted_on_person, case_against, court_frame, defendant, framing_case, subject_defendant
from .rulings import court_subject
from .story_references import passive_thing

_FRAME_PREPS = frozenset({"upon", "after", "before", "during", "following", "since", "ahead", "until", "on"})


#: Modals of an effect only imagined ("a strike would disrupt orders"), which tells no event of its subject.
_HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "'d"})

#: Modals that tell a plan ahead ("will be in Nairobi on Monday").
_AHEAD_MODALS = frozenset({"will", "shall", "'ll", "wo"})



@cache
def _process_modifiers() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``process_modifiers`` of ``triggers.json``: words that make talks a process, not a
    meeting ("EU accession talks", "membership negotiations")."""
    return frozenset(load_data("triggers.json")["process_modifiers"])


#: Prepositions after a bare "in protest"/"in solidarity" that tell what an act is for ("in protest at", "against").
_REASON_PREPS = frozenset({"at", "against", "over", "of", "with"})

def told_ahead(tok: Token) -> bool:
    """Whether a verb is told ahead: with "will"/"shall", or as the infinitive of another verb ("is expected to be in
    Hanoi"), not "is in Paris", "was in Gaborone" (a stay told as it is, which other rules read)."""
    return tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        or any(c.dep_ == "aux" and c.lower_ in _AHEAD_MODALS for c in tok.children)


def _fixture(tok: Token, ctx: _Ctx) -> bool:
    """ "Melbourne Victory will travel to Perth to face Perth Glory", "fly to Sydney to take on the Waratahs": an
    organization's journey whose purpose infinitive (``contest_purpose_verbs``) has a capitalized object is a club's
    away match (the recognizer may call either club anything, so the traveller's kind and the verb decide)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    ref = ctx.actors.get(subject.i) if subject is not None else None
    if ref is None or ref is ANONYMOUS or ref.kind != "org":
        return False
    for clause in tok.children:
        if clause.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        phrase = " ".join([clause.lemma_.lower(), *(c.lower_ for c in clause.children if c.dep_ == "prt")])
        if phrase in _lex().contest_purposes and any(o.dep_ == "dobj" and o.text[:1].isupper() for o in clause.children):
            return True
    return False


@cache
def _vague_counts() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``vague_counts`` of ``triggers.json`` ("several", "many")."""
    return frozenset(load_data("triggers.json")["vague_counts"])


@cache
def _aid_bodies() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``aid_bodies`` of ``families.json`` ("World Food Programme", "UNICEF")."""
    return frozenset(load_data("families.json")["aid_bodies"])


def _aid_body_owned(tok: Token, entry: dict[str, Any], ctx: _Ctx) -> bool:
    """tok (Token): an aid noun ("convoy"). entry (dict): its trigger entry. ctx (_Ctx): the doc's index. RETURNS (bool):
    its owner (possessive or compound) is one of ``aid_bodies`` of ``families.json`` ("The World Food Programme's
    60-truck convoy", or "its convoy" in a clause such a body tells): an aid body's convoy is aid without the word."""
    if entry.get("action") != "aid":
        return False
    if any((ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.name in _aid_bodies()
           for c in tok.children if c.dep_ in ("poss", "compound", "nmod") for t in c.subtree):
        return True
    return aid_body_teller(tok, ctx) is not None


@cache
def _residents() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``resident_objects`` of ``triggers.json``: people met where they live or suffer
    ("flood victims", "evacuees"), whom meeting there is a visit to the place."""
    return frozenset(load_data("triggers.json")["resident_objects"])


def _placed_people(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a visit verb whose object is people of no office ("visited flood victims"). ctx (_Ctx): the doc's
    index. RETURNS (bool): an "in"/"at" phrase on the verb or its object names a place ("visited flood victims in
    Larkana"): a visit to that place."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any(p.dep_ == "prep" and p.lower_ in ("in", "at") and any(ctx.places.get(g.i) is not None for g in p.subtree)
               for h in heads for p in h.children)


def _pact_of(objects: list[Token]) -> str | None:
    """objects (list[Token]): a verb's objects. RETURNS (str | None): the family of a pact one of them names, a
    ``pact_heads`` noun with a ``pact_compounds`` word before it ("a ceasefire agreement", "a truce deal": truce, of
    ``triggers.json``), else None."""
    data = load_data("triggers.json")
    return next((data["pact_compounds"][c.lower_] for o in objects if o.lower_ in data["pact_heads"]
                 for c in o.children if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in data["pact_compounds"]), None)


def _counted_undated(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it is a plural counted by a number of two or more ("five
    elections", "12 strikes") and its verb's clause names no calendar day or time (only a span, "in the past four
    years"): a count of events over a period, no one event."""
    count = next((c for c in tok.children if c.dep_ == "nummod"), None)
    vague = any(c.dep_ in ("amod", "det", "nummod") and c.lower_ in _vague_counts()
                for c in tok.children)  # "has hosted several regional meetings there"
    if tok.tag_ != "NNS" or (count is None or count.ent_type_ in ("DATE", "TIME", "MONEY")) and not vague:
        return False
    value = count.lower_.replace(",", "") if count is not None else ""
    number = 2.0 if vague else float(value) if value.isdigit() else load_lexicon().numbers.get(value, 0.0)
    if number < 2:
        return False
    verb = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok
    return not any((x := ctx.times.get(t.i)) is not None and x.type in ("DATE", "TIME") and x.value
                   and not x.value.startswith("P") and x.value not in _REF_VALUES for t in verb.subtree)


def license(kind: str, tok: Token, ctx: _Ctx) -> dict[str, Any] | None:
    """The trigger entry when this word states an event here, else None (also when the event is told as background
    of a ``background_frames`` family: "since taking office")."""
    if _experience_clause(tok, ctx):
        return None  # "X, who has visited China three times, will travel to Japan": what X has done, no event
    if _ordered_object(tok):
        return None  # "the minister ordered Friday's national transport strike cut to four hours": the order's object,
        # no strike of the minister's (the strikers' plan is told where they call it)
    if _counted_rounds(tok):
        return None  # "Britain and India have held 14 rounds of trade negotiations since 2022": a record, no one event
    if _career_clause(tok, ctx):
        return None  # "a diplomat who spent three decades mediating Africa's wars": a career, no event
    if tok.pos_ == "VERB" and tok.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.tag_ == "WP" and c.i < tok.i
                                                          for c in tok.children):
        return None  # "until Serbia honoured what it had signed": a thing named by an act told before, no event
    if _first_time_clause(tok, ctx):
        return None  # "It will be the first time Turkey has hosted the summit": a record, no event
    if _obligation_denied(tok):
        return None  # "ruled that Chile was not obliged to negotiate with Bolivia": a duty denied, no event
    if kind == "VERB" and (act := complement_action(tok)) is not None:
        return {"action": act}  # "Journalist X walked free on Tuesday": his release
    entry = _license(kind, tok, ctx)
    if entry is not None and kind == "VERB" and entry.get("remote_blocked") and any(
            _manner(t, _lex().remote_words) for t in (tok, *(c for c in tok.children if c.dep_ == "dobj"))):
        return None  # "Millions watched the final on television": no one attended
    if entry is not None and kind == "NOUN" and tok.dep_ == "nsubj" \
            and (turned := entry.get("subject_verb_actions", {}).get(subject_verb_lemma(tok.head))) is not None:
        entry = {**entry, "action": turned}  # "The last Ghanaian peacekeepers left Lebanon on Friday": their withdrawal
    if entry is not None and entry.get("action") == "truce" and tok.pos_ == "NOUN" and tok.dep_ == "compound" \
            and _lex().nouns.get(tok.head.lower_, {}).get("action") in ("meet", "negotiate"):
        return None  # "the delayed round of ceasefire negotiations": what the talks are about, no truce
    if entry is not None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
            and tok.head.lower_ in entry.get("manner_preps", ()):
        return None  # "held talks by videoconference": how the talks were held, no second meeting
    return None if entry is None or background(tok, str(entry["action"])) else entry


def _within_lacking(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): it lies in the topic of a thing said to be lacking, through "on"/"over"
    phrases ("without a deal on reopening the embassy", "without agreement over holding a vote"): what was not agreed."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("pcomp", "pobj") or cur.head.dep_ != "prep" or cur.head.lower_ not in ("on", "over", "about"):
            return False
        noun = cur.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "without":
            return True
        cur = noun
    return False


def _obligation_denied(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): it is the infinitive of a negated verb of duty ("was not obliged to
    negotiate", "is not required to attend": ``obligation_verbs`` of ``triggers.json``), which tells of no act."""
    if tok.pos_ != "VERB" or tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    return head.lemma_.lower() in _obligation_verbs() and any(c.dep_ == "neg" for c in head.children)


@cache
def _obligation_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``obligation_verbs`` of ``triggers.json``."""
    return frozenset(load_data("triggers.json")["obligation_verbs"])


@cache
def _modifier_blocks() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``gerund_modifier_blocks`` of ``triggers.json``: nouns a trigger's "-ing" form names a
    kind of ("negotiating table", "voting rights"), no event."""
    return frozenset(load_data("triggers.json")["gerund_modifier_blocks"])


def _purpose_of_own_event(tok: Token, action: str) -> bool:
    """tok (Token): a verb. action (str): its family. RETURNS (bool): it is the purpose infinitive ("to protest") of a
    verb whose object is an event noun of the same family ("called a strike to protest", "staged a sit-in to protest"):
    the reason of that event, no event of its own."""
    if tok.dep_ not in ("advcl", "xcomp", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    if head.dep_ in ("advcl", "acl") and head.tag_ == "VBG" and head.lemma_.lower() in ("start", "begin"):
        head = head.head  # "called a strike starting on Wednesday to protest against ...": the calling verb's object
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
    if any((_lex().nouns.get(n.lower_) or {}).get("action") == action for n in nouns):
        return True
    while head.dep_ == "advcl" and head.pos_ == "VERB" and any(c.dep_ == "mark" for c in head.children):
        head = head.head  # "plan to rally in Brussels as EU leaders meet for a summit, to protest against ...": the
        # parser hung the purpose on the time clause; it is the rally's
        if head.pos_ == "VERB" and str((_lex().verbs.get(head.lemma_.lower()) or {}).get("action", "")) == action:
            return True
    return False


def _record_phrase(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a verb. RETURNS (bool): it is the infinitive of a record phrase with no time of its own ("becoming
    the first Estonian head of government to visit West Africa", "the only leader to attend": ``record_words`` in
    ``triggers.json``): a description of the actor, no event ("the last president to visit Cuba in 1999" tells one)."""
    if tok.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if not any(c.dep_ == "amod" and c.lower_ in _record_words() for c in tok.head.children):
        return False
    since = {t.i for p in tok.subtree if p.dep_ == "prep" and p.lower_ == "since" for t in p.subtree}
    return not any(t.i in ctx.times and t.i not in since for t in tok.subtree)  # ("the first Mozambican leader to visit
    # Botswana since 2019": the span it is the first in, no day of its own)


#: Nouns of an occasion counted against others ("the first [time] since 2019 that ...").
_TIME_NOUNS = frozenset({"time", "occasion"})


def _first_time_clause(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a trigger. ctx (_Ctx): the doc's index. RETURNS (bool): its clause describes a "first time" or
    "only time" (a ``record_words`` modifier on "time"/"occasion"), as a relative clause on the noun ("It will be the
    first time Turkey has hosted the summit") or the clause of "It was the first time since 2019 that ... had been called
    off", with no date of its own: a record of how rare the act is, told about another event, no event."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    noun: Token | None = None
    for _ in range(3):
        if verb.dep_ in ("relcl", "acl") and verb.head.lower_ in _TIME_NOUNS:
            noun = verb.head
        elif verb.dep_ == "ccomp" and verb.head.lemma_ == "be" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            noun = next((c for c in verb.head.children if c.dep_ == "attr" and c.lower_ in _TIME_NOUNS), None)
        if noun is not None or verb.head.i == verb.i:
            break
        verb = verb.head
    if noun is None or not any(c.dep_ == "amod" and c.lower_ in _record_words() for c in noun.children):
        return False
    own = {t.i for t in verb.subtree} - {t.i for t in noun.subtree if t.i < verb.left_edge.i} \
        - {t.i for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "since" for t in p.subtree}  # ("since 2015": the
    # span it is the first in, no day of its own)
    return not any((x := ctx.times.get(i)) is not None and x.type in ("DATE", "TIME") and x.value
                   and not x.value.startswith("P") and x.value not in _REF_VALUES for i in own)


def _experience_clause(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a trigger. ctx (_Ctx): the doc's index. RETURNS (bool): it is told in a relative clause on a person
    ("who ...") in the perfect, with no time of its own and an ``experience_words`` word that counts or repeats it
    ("who has visited China three times", "who has led Egypt's delegation to several rounds of negotiations"): the
    person's record, no event."""
    clause = tok
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.dep_ in ("xcomp", "dobj", "pobj", "prep", "conj"):
        clause = clause.head
    if clause.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children) or clause.tag_ != "VBN":
        return False
    words = _experience_words()
    inside = list(clause.subtree)
    return not any(t.i in ctx.times for t in inside) and any(t.lower_ in words for t in inside)


def _ordered_object(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): it is an event noun, the object of an ``ordering_verbs`` verb followed by a
    verb that tells what is to be done to it ("ordered Friday's strike cut to four hours")."""
    gov = tok.head
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and gov.lemma_.lower() in _trigger_words("ordering_verbs") \
        and any(c.dep_ in ("xcomp", "ccomp", "oprd") and c.i > tok.i and c.pos_ == "VERB" for c in gov.children)


def _left_gatherings(verb: Token) -> list[Token]:
    """verb (Token): a verb. RETURNS (list[Token]): the gatherings it leaves, the nouns after its "out of" that are its
    entry's ``left_gatherings`` (``triggers.json``: "walked out of the talks")."""
    left = _lex().verbs.get(verb.lemma_.lower(), {}).get("left_gatherings", ())
    return [g for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "of"
            and p.head.i in (verb.i, *(c.i for c in verb.children if c.lower_ == "out"))
            for g in p.children if g.dep_ == "pobj" and g.lower_ in left]


def _left_gathering(tok: Token, gov: Token) -> bool:
    """tok (Token): an event noun after "of". gov (Token): the verb that governs it. RETURNS (bool): the noun is a
    gathering the verb, told in the past, leaves (:func:`_left_gatherings`), which was therefore held."""
    return gov.tag_ == "VBD" and any(g.i == tok.i for g in _left_gatherings(gov))


def _career_clause(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a trigger. ctx (_Ctx): the doc's index. RETURNS (bool): it is the gerund of a ``career_verbs`` verb
    whose object is a length of time ("spent three decades mediating Africa's wars"): years given to an act, no one
    event."""
    verb = tok.head
    return tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "advcl") and verb.lemma_.lower() in _trigger_words("career_verbs") \
        and any(c.dep_ in ("dobj", "npadvmod") and (t := ctx.times.get(c.i)) is not None and t.type == "DURATION"
                for c in verb.children)


def _counted_rounds(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): it is an event noun counted by a plural frame noun ("14 rounds of
    negotiations", "several rounds of talks": a number or an ``experience_words`` word on it) whose verb is in the
    perfect or runs "since" a time: a record of many, no one event."""
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head.i == tok.i:
        start -= 1
    if tok.pos_ != "NOUN" or start < 3 or doc[start - 1].lower_ != "of":
        return False
    frame, count = doc[start - 2], doc[start - 3]  # (read off the words: the parse may hang the noun on the verb)
    if frame.tag_ != "NNS" or frame.lower_.removesuffix("s") not in _lex().frames \
            or not (count.like_num and count.lower_ not in ("one", "1") or count.lower_ in _experience_words()):
        return False
    verb = tok.head if tok.dep_ == "dobj" else frame.head
    return verb.pos_ in ("VERB", "AUX") and (any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
                                             or any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children))


@cache
def _experience_words() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["experience_words"])


def _topic_gerund(gov: Token) -> bool:
    """gov (Token): the verb that governs an event noun. RETURNS (bool): it is a gerund after a topic preposition
    ("on", "about") of a noun or of a participle on a noun ("a law on holding a referendum", "a petition challenging the
    law on holding a referendum"): the event is what a thing is about (not "agreed on holding talks": a finite verb's
    plan)."""
    prep = gov.head
    if gov.tag_ != "VBG" or gov.dep_ != "pcomp" or prep.lower_ not in ("on", "about", "regarding", "concerning"):
        return False
    owner = prep.head
    return owner.pos_ == "NOUN" or owner.tag_ == "VBG" and owner.dep_ == "acl"


def _trip_told_before(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun. RETURNS (bool): a bare "the visit"/"the trip" (a trip noun with "the" alone) after an
    earlier sentence with a trigger of a journey family (visit, travel, arrive, tour): the journey told already."""
    return [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"] \
        and _told_before(tok, ctx, TRIP_FAMILY)


def _told_before(tok: Token, ctx: _Ctx, families: frozenset[str] | None = None) -> bool:
    """tok (Token): a definite event noun ("the strike", "their walkout"). ctx (_Ctx): the doc's index. families
    (frozenset[str] | None): the families that count (the noun's own when None). RETURNS (bool): the noun is one of
    them and an earlier sentence of the article has a trigger of one (the event the noun refers back to)."""
    lex = _lex()
    action = lex.nouns.get(tok.lower_, {}).get("action")
    wanted = families if families is not None else frozenset({action})
    if action is None or action not in wanted \
            or not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in tok.children):
        return False
    for i in ctx.trigger_ids:
        word = ctx.doc[i]
        if ctx.dateline_end <= word.idx and i < tok.sent.start and (
                lex.nouns.get(word.lower_, {}).get("action") in wanted
                or word.pos_ == "VERB" and lex.verbs.get(word.lemma_.lower(), {}).get("action") in wanted):
            return True
    return False


@cache
def _continuation_verbs() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["continuation_verbs"])


def _convening_frame(tok: Token) -> bool:
    """tok (Token): a verb trigger. RETURNS (bool): it is a ``convening_participles`` participle set off by commas on
    another verb, with no object and no "with" partner ("The Senate, meeting in Valparaiso, approved a bill"): it tells
    where the subject sat for that verb's act, no meeting of its own; so does such a verb "in session" (``sitting_nouns``)
    with a conjoined verb of the same subject."""
    if tok.lemma_.lower() not in _convening_participles() \
            or any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    if any(p.dep_ == "prep" and p.lower_ == "in" and g.dep_ == "pobj" and g.lower_ in _sitting_nouns()
           for p in tok.children for g in p.children) \
            and any(c.dep_ == "conj" and c.pos_ == "VERB" and not any(s.dep_.startswith("nsubj") for s in c.children)
                    for c in tok.children):
        return True  # "the Saeima met in an extraordinary session and voted 60-30 to raise defence spending": the sitting
        # of the vote
    return tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl") and tok.i > 0 and tok.doc[tok.i - 1].text == "," \
        and not any(c.dep_ == "nsubj" for c in tok.children)


@cache
def _convening_participles() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["convening_participles"])


@cache
def _sitting_nouns() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["sitting_nouns"])


@cache
def _prospect_nouns() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["prospect_nouns"])


@cache
def _record_words() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["record_words"])


@cache
def _request_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``request_nouns`` of ``triggers.json`` ("calls", "demands", "appeals")."""
    return frozenset(load_data("triggers.json")["request_nouns"])


def _asked_for(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it lies in the "for" phrase of a request noun, through at most two
    prepositions ("calls for a delay to the closure", "demands for a postponement of the vote"): asked for, not told."""
    cur = tok
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return False
        prep, owner = cur.head, cur.head.head
        if prep.lower_ == "for" and owner.pos_ == "NOUN" and owner.lower_ in _request_nouns():
            return True
        if owner.pos_ != "NOUN":
            return False
        cur = owner
    return False


def _license(kind: str, tok: Token, ctx: _Ctx) -> dict[str, Any] | None:
    """The trigger entry when this word states an event here, else None."""
    lex = _lex()
    if ctx.actors.get(tok.i) not in (None, ANONYMOUS) and tok.ent_type_ == "PERSON":
        return None
    if kind == "NOUN" and (noun := lex.nouns.get(tok.lower_)) is not None and demanded(tok, str(noun.get("action", ""))):
        return None  # "called for the resumption of talks", "pushed for the conclusion of negotiations": a demand
    if kind == "NOUN" and _asked_for(tok):
        return None  # "rejected calls for a delay to the closure": what was asked for, no event told of the closure
    if kind == "NOUN" and lex.nouns.get(tok.lower_, {}).get("proper_only") and not tok.text[:1].isupper():
        return None  # "presented awards to 12 teachers": no occasion named (but "the Continental Jazz Awards")
    if kind == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in lex.light \
            and _negated_perfect(tok.head):
        return None  # "has not conducted a nuclear test since 2017", "A SAARC summit has not been held since 2014": no
        # event
    if kind == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in change_verbs() \
            and asked_change(tok.head):
        return None  # "urged them to call off the strike": a demand, the strike not changed
    if kind == "NOUN" and framing_case(tok):
        return None  # "A verdict in the trial of X is expected on June 7": the verdict's, no trial told
    if kind == "VERB" and any(c.dep_ == "dobj" and (c.lower_ in lex.nouns or c.lemma_.lower() in lex.nouns)
                              and _counted_undated(c, ctx) for c in tok.children):
        return None  # "has hosted several regional meetings there": a record of hosting, no one event
    if kind == "NOUN" and _counted_undated(tok, ctx):
        return None  # "Bulgaria has held five parliamentary elections in the past four years": a record, no one event
    if kind == "VERB" and any(c.dep_ == "nsubj" and c.i in ctx.trigger_ids
                              and subject_verb_lemma(tok) in lex.nouns.get(c.lower_, {}).get("subject_verbs", ())
                              and license("NOUN", c, ctx) is not None for c in tok.children):
        return None  # "The first EU humanitarian flight landed in Benghazi": the aid flight's event, not the EU's arrival
    if kind == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("about", "on") \
            and tok.head.head.lemma_.lower() in ("ask", "question", "query") and tok.head.head.tag_ == "VBN":
        return None  # "Asked about the visit on Wednesday, a spokesman said ...": the question, no event of its own
    if kind == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("on", "about", "over") \
            and tok.head.head.pos_ == "NOUN" and tok.head.head.lower_ in lex.nouns \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None  # "postponed talks with Malawi on reopening the border crossing": what the talks are about
    if tok.tag_ == "VBG" and tok.dep_ in ("amod", "compound") and tok.head.lower_ in _modifier_blocks():
        return None  # "urged both sides to return to the negotiating table": a kind of table, no negotiation
    if kind == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.dep_ == "parataxis" \
            and tok.head.head.lemma_.lower() in lex.reporting:
        return None  # "X will visit Y later this month, his office said, in a trip aimed at ...": the clause's own
        # event, retold by the attribution
    if kind == "VERB" and _charged_ground(tok) or kind == "NOUN" and tok.dep_ == "dobj" and _charged_ground(tok.head):
        return None  # "had been detained for blocking a public road", "jailed for organising a protest": what the
        # person is held for, no event told
    if kind == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children) \
            and any(c.dep_ == "prep" and c.lower_ in _REASON_PREPS for c in tok.children) \
            and tok.head.head.pos_ in ("VERB", "NOUN"):
        return None  # "called a general strike for April 21 in protest at pension cuts": why, no protest of its own
    if kind == "NOUN" and any(c.dep_ in ("compound", "amod") and c.lower_ in _process_modifiers() for c in tok.children) \
            and not any((x := ctx.times.get(t.i)) is not None and x.type in ("DATE", "TIME") for t in tok.sent):
        return None  # "a condition for progress in North Macedonia's EU accession talks": a process, no meeting
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "without" and tok.head.head.pos_ in ("VERB", "AUX"):
        return None  # "met the union leaders on Wednesday without reaching an agreement": an act not done
    if kind == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "without" and tok.head.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in tok.children):
        return None  # "the talks ended without an agreement": none reached
    if _within_lacking(tok):
        return None  # "ended without a deal on reopening Burundi's embassy": the reopening was not agreed, none told
    if kind == "VERB":
        entry = lex.verbs.get(tok.lemma_.lower())
        if entry is None or entry.get("future_only") and not told_ahead(tok):
            return None
        if (read_as := entry.get("prep_object_verbs")) and (other := next(
                (read_as[c.lower_][g.lower_] for c in tok.children if c.dep_ == "prep" and c.lower_ in read_as
                 for g in c.children if g.dep_ == "pobj" and g.lower_ in read_as[c.lower_]), None)):
            entry = lex.verbs[other]  # "took X into custody": detained X
        elif not prep_object_read(tok, entry):
            return None  # "sent a letter", "held talks": only "sent X to jail", "held X in custody" tell an event
        if (read_as := entry.get("particle_verbs")) and (other := next(
                (read_as[c.lower_] for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ in read_as), None)) \
                and not any((x := ctx.times.get(t.i)) is not None and x.type == "DATE" for t in tok.subtree):
            entry = lex.verbs[other]  # "before flying back to Berlin": returning there (with a day of its own, "before
            # flying back to Oslo on Nov. 6", the last leg of the trip, a journey told)
        if _convening_frame(tok):
            return None  # "The Senate, meeting in Valparaiso, approved a pension bill": where the body sat
        if any(c.dep_ == "prep" and c.lower_ in entry.get("blocked_preps", ()) and c.i == tok.i + 1 for c in tok.children):
            return None  # "was in Caracas attending to her duties": another verb, no attendance
        if any(c.dep_ == "dobj" and c.lower_ in entry.get("blocked_objects", ()) for c in tok.children):
            return None  # "will pass sentence on X": the sentence noun's event (a court's), no vote
        rel = tok.head if tok.dep_ == "xcomp" and tok.head.dep_ == "relcl" else tok  # ("that X was to sign")
        if rel.dep_ == "relcl" and rel.head.dep_ in ("nsubjpass", "dobj") and rel.head.head.lemma_ == tok.lemma_:
            return None  # "The border agreement that Varga was to sign will be signed during the visit": the thing
            # named by its plan; the clause it is the subject of tells the act
        deps = {c.dep_: c for c in tok.children}
        prts = {c.lower_ for c in tok.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ == "away"}  # ("was
        # called away to Abeche": the parser's adverb)
        if _left_gatherings(tok):
            return None  # "the delegation walked out of the talks": it left a gathering, no strike or protest
        if _negated_perfect(tok):
            return None  # "has not travelled to the Gulf in his current role", "has not conducted a test since 2017": a
            # span without the act, no event (nor a denial of one)
        if _record_phrase(tok, ctx):
            return None  # "becoming the first Estonian head of government to visit West Africa": who she is
        if _interrupted_preparation(tok):
            return None  # "X's arrest last weekend, as he prepared to fly to Lisbon": a plan overtaken then, no plan now
        if _purpose_of_own_event(tok, str(entry.get("action", ""))):
            return None  # "called a general strike for Monday to protest higher fuel prices": what the strike is for
        if (action := _courtesy_action(tok, entry, ctx)) is not None:
            return {**entry, "action": action}  # "will call on General Secretary Quang in Hanoi": a courtesy call, a meeting
        if entry.get("body_only") and not _body_voted(tok):
            return None  # "Germany backed the proposal": a stance, no vote held (see "Parliament backed the bill")
        if entry.get("body_vote") and _body_voted(tok):
            return {"action": "vote", "needs_what": True, "what_heads": "vote"}  # "Peru's Congress on Thursday
            # rejected a motion to censure X": a vote held, its outcome no
        if prts & set(entry.get("court_particles", ())) and court_subject(tok, ctx) is not None:
            return {"action": "verdict", "court_ruling": True}  # "The Supreme Court struck down the law": its ruling
        if prts & set(entry.get("particles_block", ())):
            return None
        for alt in entry.get("alt_actions", ()):
            if not _family_verb(tok, entry) and _family_verb(tok, {**entry, "action": alt}):
                entry = {**entry, "action": alt}  # "adopted the budget": a vote ("adopted sanctions": a sanction)
        if (journeys := entry.get("purpose_of")) is not None and not _journey_purpose(tok, frozenset(journeys), ctx):
            return None  # "will travel to Vilnius to discuss border security with X": a meeting there; "discussed the
            # plan with X" alone is none (a call or a meeting, unknown)
        if (officials := entry.get("official_subjects")) is not None:
            sub = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if sub is None and tok.dep_ == "xcomp":
                sub = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "Ministers are to gather"
            if sub is not None and sub.lower_ in officials:
                return {"action": entry["official_action"]}  # "Defence ministers from the Nordic and Baltic countries
                # will gather in Riga": they meet there
            if entry.get("official_only"):
                return None
        if entry.get("partner_required") and not _partnered(tok, ctx):
            return None  # "X and Y agreed to set up a working group", "agreed with Y to reopen the crossings": an
            # agreement between parties; "X agreed to step down", "analysts agreed" tell none
        if entry.get("person_passive") and not _person_passive(tok, ctx):
            return None  # "a rifle found buried near the house": only a person laid to rest is a funeral
        if entry.get("own_side_object") and not any(
                c.dep_ in ("dobj", "nsubjpass") and (ref := ctx.actors.get(c.i)) is not None and ref is not ANONYMOUS
                and (ref.kind == "country" or ref.kind == "person" and any(
                    p.dep_ == "prep" and p.lower_ == "at" for p in (*tok.children, *c.children))) for c in tok.children):
            return None  # "Vice President X will represent Mozambique", "will represent Brandtner at the Rukla
            # ceremony", not "X's formula represents the first sign"
        if entry.get("named_doer") and not _named_doer(tok, ctx):
            return None  # "was greeted at the airport by Portugal's secretary of state": a protocol welcome by an
            # office, no meeting told ("was greeted at the airport by President X" is X's reception)
        if entry.get("subject_words") and not _subject_allowed(tok, entry):
            return None  # "The opposition accused X of fraud": no charge
        if entry.get("person_action") and not _person_action_allowed(tok, entry):
            entry = {k: v for k, v in entry.items() if k != "person_action"}  # "dismissed X as a puppet": a judgement;
            # "Parliament elected X speaker": the body's vote (only "X was elected leader" is X's own); "named X in the
            # report": no post given
        if (freed := entry.get("person_action")) and acted_on_person(tok, ctx) is not None and not demanded(tok, freed):
            return {**entry, "action": freed}  # "X and Y were freed by their captors": each one's release
        if (held := entry.get("person_action")) and any(
                ctx.actors.get(c.i) in (None, ANONYMOUS) and held_by_unnamed_agents(c, tok) for c in tok.children):
            return {**entry, "action": held}  # "At least 14 people were arrested": their own arrest
        if (held := entry.get("person_action")) and (sub := passive_subject(tok)) is not None \
                and unnamed_held_before(sub, tok, ctx) is not None:
            return {**entry, "action": held}  # "Police arrested a man on Monday. He was questioned and charged on
            # Tuesday": the man's own charge
        if entry.get("others_action") and tok.lemma_.lower() == "swear" and acted_on_person(tok, ctx) is not None:
            return entry  # "President X swore in Y as prime minister on Friday": Y's swearing-in, done by X
        if (others := entry.get("others_action")) and _swears_in_others(tok, entry):
            return {"action": others, "needs_what": True, "what_heads": "post", "prep_heads": True}  # "will swear
            # in the new service chiefs on Thursday": the subject installs others in office (no swearing-in of his own)
        if (other := next((o for o in object_actions(entry)
                           if acts_on(tok, str(entry.get("object_action_heads", o)))), None)) is not None:
            entry = {"action": other, "needs_what": True, "what_heads": other}  # "inaugurated a new cargo terminal":
            # an opening, no swearing-in; "unveiled its Fold X smartphone": a product launched (not "unveiled a new
            # missile", a weapon shown: ``object_action_heads``)
        if not _family_verb(tok, entry):
            return None  # "launched talks", "fired the minister", "struck a deal", "urged X to step down"
        turned_by = entry.get("prep_object_actions", {})
        if (action := next((turned_by[c.lower_][g.lower_] for c in tok.children if c.dep_ == "prep" and c.lower_ in turned_by
                            for g in c.children if g.dep_ == "pobj" and g.lower_ in turned_by[c.lower_]
                            and not _blocked_compound(g)), None)):
            return {**entry, "action": action}  # "handed over 90 prisoners in exchange for 90 servicemen": an exchange
        if not new_family(str(entry["action"])) and not entry.get("keeps_event_objects") and any(
                c.dep_ == "dobj" and new_family(str((noun := lex.nouns.get(c.lower_, {})).get("action", "")))
                and tok.lemma_.lower() in noun.get("governors", ())
                and entry.get("object_words_action", {}).get(c.lower_) not in _event_object_actions() for c in tok.children):
            return None  # "is set to host the Talisman Sabre exercise": the exercise, held by the host, no visit hosted
            # (but "called a snap election" is also the leader's own act of calling it: ``object_words_action``)
        if _visiting_guest(tok, ctx) is not None:
            return entry  # "met with visiting Prime Minister Y": Y's visit
        if tok.dep_ == "amod" and tok.tag_ == "VBG" and entry.get("action") == "visit":
            return None  # "will hold talks with a visiting Chinese trade delegation": the delegation's trip, told of
            # no one named, never the clause's subject's
        if _thing_participle(tok, ctx):
            return None  # "pledging to link Baltic buyers with gas arriving at Croatia's terminal": the gas arrives
        if (blocks := entry.get("frame_blocks")) and (tok.dep_ == "pcomp" and tok.head.lower_ in blocks or any(
                c.dep_ == "mark" and c.lower_ in blocks for c in tok.children) or tok.head.lower_ == "of" and tok.head.head.lower_ in blocks):
            return None  # "before returning to Nairobi": a time frame of the main event, no journey told
        objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        if not objects and (work := next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i == tok.i + 1
                                          and c.lower_ in entry.get("object_words_action", {})
                                          and not any(g.dep_ in ("dobj", "aux") for g in c.children)), None)) is not None:
            objects.append(work)  # "will stop [work]xcomp for 24 hours": the parser's verb, the object word
        if entry.get("naming_blocks") and len(direct := [o for o in objects if o.dep_ == "dobj"]) > 1 \
                and ctx.actors.get(direct[-1].i) is None:
            return None  # "calling it \"premature speculation\"": naming the report, no phone call
        if entry.get("naming_blocks") and any(o.dep_ in ("dobj", "oprd") and (
                o.i + 1 < len(tok.doc) and tok.doc[o.i + 1].is_quote
                or o.right_edge.i + 1 < len(tok.doc) and tok.doc[o.right_edge.i + 1].is_quote)
                for o in [*objects, *(c for c in tok.children if c.dep_ == "oprd")]):
            return None  # 'calling them "without foundation"', 'calling reports of his resignation "pure fantasy"': a
            # quoted word right after the object (or its phrase) names it
        if (named := _person_predicate(tok, ctx)) is not None:
            objects.append(named)  # "called Jordan's foreign minister Ayman Safadi": the person called, no name given
            del deps["oprd"]
        if any(c.dep_ == "agent" for c in tok.children):  # "Their Majesties were welcomed by Simon": the passive subject
            objects += [c for c in tok.children if c.dep_ == "nsubjpass"] + conjoined_passive_subjects(tok)
            if be_to_passive(tok):
                objects += [c for c in tok.head.children if c.dep_ == "nsubj"]  # "The deal is to be signed by X and Y":
                # the subject of "is", the thing to be signed
        elif (text := _text_between_sides(tok, ctx)) is not None:
            objects.append(text)  # "A fisheries agreement between Fiji and Tonga was signed in Suva": the text signed
        elif entry.get("person_object") and (guests := [c for c in tok.children if c.dep_ == "nsubjpass" and (
                ref := ctx.actors.get(c.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"]):
            objects += guests  # "X was welcomed with military honours in Helsinki on Tuesday": X, received (no host
            # named: the guest's visit, builder._guest)
        elif (thing := passive_thing(tok, ctx)) is not None:
            objects.append(thing)  # "The agreement was signed on Tuesday": the thing signed (a story reference's act)
        turned = entry.get("object_words_action", {})
        if (entry["action"] == "attend" or any(turned.get(o.lower_) == "attend" for o in objects)) \
                and _delegation_to_talks(tok, objects) and not demanded(tok, "meet"):
            return {**entry, "action": "meet"}  # "will lead Pakistan's delegation to talks with the IMF": the talks
            # with the IMF, as "began talks with the IMF" tells them
        if (entry["action"] == "attend" or any(turned.get(o.lower_) == "attend" for o in objects)) \
                and _delegation_to_place(tok, objects, ctx):
            return {**entry, "action": "visit"}  # "will lead a delegation of 40 executives to Addis Ababa next
            # Tuesday": a journey there, no gathering
        if entry.get("passive_only") and not any(c.dep_ == "nsubjpass" for c in tok.children):
            return None  # "X will be crowned king on Saturday", not "the archbishop crowned the new king" (his act)
        if (pact := _pact_of(objects)) is not None and (entry["action"] == "sign" or any(o.lower_ in turned for o in objects)):
            return None if demanded(tok, pact) else {**entry, "action": pact}  # "signed a ceasefire agreement",
            # "reached a truce deal": the truce agreed, not any deal
        if (action := next((turned[o.lower_] for o in objects if o.lower_ in turned), None)) is not None:
            if action in _event_object_actions() and tok.dep_ in ("acl", "relcl") and ctx.actors.get(tok.head.i) is None:
                return None  # "a bill calling a referendum": the bill's content, nobody's call
            if action == "protest" and crowd_subject(tok, head_chain(tok), action) is None:
                return None  # "rail workers will stop work on Monday", not "the ministry stopped work on the dam"
            if demanded(tok, action):
                return None  # "Straw said the government and the rebels must reach an agreement": his demand
            return {**entry, "action": action}  # "heads the Brazilian delegation": attends
        if entry.get("nominal_object") and any(o.dep_ == "dobj" and o.lower_ in lex.nouns for o in objects):
            return None  # "had announced Gebremariam's attendance": the attendance is the event told, no announcement
        if entry.get("other_objects_block") and any(o.dep_ == "dobj" for o in objects):
            return None  # "who heads the largest opposition group": leads it, goes nowhere
        if entry["action"] == "meet" and tok.pos_ == "VERB" and any(o.lower_ in _residents() for o in objects) \
                and _placed_people(tok, ctx):
            return {**entry, "action": "visit"}  # "met flood victims in Cartagena on Tuesday": he was there
        if not entry.get("needs_what") and any(o.lower_ in lex.non_partners and o.lower_ not in entry.get(
                "allowed_objects", ()) for o in objects) \
                and not (entry["action"] == "visit" and _placed_people(tok, ctx)):
            return None  # "met fans outside the stadium", "met reporters": no meeting of officials (but "freed two
            # journalists", "detained two journalists": what the act is done to)
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in lex.contests for g in c.children) for c in tok.children):
            return None  # "will meet Alvarado in the final": a match
        if entry["action"] in ("travel", "visit", "arrive") and _fixture(tok, ctx):
            return None  # "will travel to Perth next weekend to face Perth Glory": a club's away match
        if (misparsed := _misparsed_object(tok)) is not None:
            objects.append(misparsed)
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.get("preps", ())]
        preps += [g for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ in lex.direction_words
                  for g in c.children if g.dep_ == "prep" and g.lower_ in entry.get("preps", ())]  # "fly back to Pretoria"
        if entry.get("back_action") and any(c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home") for c in tok.children):
            entry = {**entry, "action": entry["back_action"]}  # "is expected back in Nairobi on Sunday": a return
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.pos_ == "AUX":
            preps += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in entry.get("preps", ())]  # "is
            # also due in Dhaka": the place the parser hung on "is"
        if any(ctx.places.get(g.i) for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.get("dest_preps", ())
               for g in c.children):
            return {**entry, "action": entry["dest_action"]}  # "left for London": a journey there
        if entry.get("person_object") and any(o.dep_ == "dobj" and o.lower_ in _trigger_words("own_side_nouns") and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children) for o in objects):
            return None  # "asked for more time to consult his government": his own side, no meeting of two parties
        if entry.get("person_object") and entry["action"] == "host" and gathering_guests_at_meal(tok):
            return entry  # "will welcome the visiting leaders at a dinner on April 14": the host's dinner
        spokespeople = bool(entry.get("person_object")) and entry["action"] == "host" and guest_group(tok, ctx) is not None
        # ("will receive union representatives": the people who speak for the union)
        if entry.get("person_object") and not any(
            ctx.actors.get(o.i) or any(ctx.actors.get(t.i) for t in o.subtree) for o in objects + preps
        ) and not (new_family(str(entry["action"])) and any(_actors_in(o, ctx) for o in objects)) and not spokespeople:
            # ("sanctioned five Russian officials": Russia's)
            return None
        if entry.get("person_head") and not any(
            (ref := ctx.actors.get(o.i)) is not None and ref is not ANONYMOUS and ref.kind in ("person", "country") or _titled_object(o, ctx)
            or any(a.dep_ == "appos" and (r := ctx.actors.get(a.i)) is not None and r is not ANONYMOUS and r.kind == "person"
                   for a in o.children)  # "received his Turkish counterpart X": the person the noun stands for
            or o.lower_ in _title_heads() and any(c.dep_ == "poss" and (r := ctx.actors.get(c.i)) is not None
                                                   and r is not ANONYMOUS and r.kind == "country" for c in o.children)
            # "will receive Ecuador's ambassador": that state's envoy
            for o in objects
        ) and not spokespeople:
            return None  # "received a letter", "received a call from X": no visit hosted
        if entry.get("nominal_object") and not any(o.pos_ in ("NOUN", "PROPN") for o in objects):
            return None
        if "object_words" in entry and not any(o.lower_ in entry["object_words"] for o in objects) \
                and not any(g.dep_ == "pobj" and g.lower_ in entry.get("prep_object_words", {}).get(p.lower_, ())
                            for p in preps for g in p.children) \
                and not (entry.get("court_ruling") and court_subject(tok, ctx) is not None):
            return None  # "take part in": "take" alone is no event (a court "annulled the results": its ruling)
        if entry.get("source_preps") and not preps and not any(c.lower_ in entry["source_blocks"] for c in tok.children) and any(
                ctx.places.get(g.i) for c in [tok, *(d for d in tok.children if d.dep_ == "advmod" and d.lower_ in lex.direction_words)]
                for p in c.children if p.dep_ == "prep" and p.lower_ in entry["source_preps"] for g in p.children):
            return {**entry, "action": entry["source_action"]}  # "flew home from Bangkok": a departure from there (not "flew in")
        if entry.get("source_block_action") and not preps and not any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) and any(c.lower_ in entry["source_blocks"] for c in tok.children) and any(
                ctx.places.get(g.i) for p in tok.children if p.dep_ == "prep" and p.lower_ in entry["source_preps"] for g in p.children):
            return {**entry, "action": entry["source_block_action"]}  # "flew in from Bratislava": arrived (where the story is;
            # "had flown in from Windhoek" is the background of an arrival told already)
        means = _manner(tok, entry["manner"]) if "manner" in entry else []
        if entry.get("object") and not (objects or preps or means or "ccomp" in deps
                                        or tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lower_ in _signed_texts()
                                        and any(c.dep_ == "agent" for c in tok.children)):
            return None  # (a participle's object is the text it is told of: "The agreement, signed by X and Y on
            # Saturday"; not "a bill signed in by the minister", a law)
        if entry.get("place_object") and not any(ctx.places.get(o.i) for o in objects):
            return None
        if entry.get("place_pobj") and not any(ctx.places.get(g.i) for p in preps for g in p.children
                                               if g.dep_ == "pobj"):
            return None  # "will then go on to Mumbai", not "went to a 'sell' recommendation" (a firm in Richmond)
        if entry.get("intransitive") and any(o.dep_ == "dobj" and o.lower_ not in entry.get("allowed_objects", ())
                                             for o in objects):
            return None  # "boats must land part of their catch in Mauritanian ports": unloading, no arrival (but
            # "performing a shortened set at the Stadthalle": an allowed object, the act itself)
        held = [c for o in objects if o.lower_ in entry.get("object_words", ()) or o.lower_ in entry.get(
                    "allowed_objects", ()) for c in o.children
                if c.dep_ == "prep" and c.lower_ in entry.get("preps", ())]  # "address an investment forum in Osaka",
        # "performing a shortened set at the Stadthalle"
        venues = entry.get("venue_words", ())  # ("performed before 55,000 fans at Kasarani stadium": a venue the
        # gazetteer does not know, named by its kind)
        if entry.get("place_prep") and not any(ctx.places.get(t.i) or t.dep_ == "pobj" and t.lower_ in venues
                                               for p in preps + held for t in p.subtree):
            placeless = entry.get("placeless_objects_action", {})
            if (action := next((placeless[o.lower_] for o in objects if o.lower_ in placeless), None)) is not None:
                return {**entry, "action": action}  # "will address Senegal's National Assembly on Thursday": a speech
                # to the body, wherever it sits
            return None  # "could stop in Ecuador", not "stop the fighting"
        if (only := entry.get("place_only_preps")) and preps and all(p.lower_ in only for p in preps) and not objects \
                and not any(ctx.places.get(t.i) for p in preps for t in p.subtree):
            return None  # "flew into Luanda", not "flew into a rage"
        if entry.get("thing_subject_blocks") and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and (
                c.lower_ in lex.nouns or c.lower_ in entry["thing_subject_blocks"]) for c in tok.children):
            return None  # "A protest is expected in The Hague on Tuesday", "Heavy rain is expected in ...": no one's
            # visit (the protest is its own event)
        if "oprd" in deps and not entry.get("predicate_words") and not _split_noun_phrase(tok):
            return None
        if means:
            return {**entry, "action": entry["manner_action"]}
        if entry.get("manner_required") and (partner := _named_partner(tok, entry, ctx)) is not None:
            return {**entry, "action": partner}  # "spoke with his counterpart X on Tuesday": a call (a meeting if placed)
        if entry.get("manner_required"):
            return None
        return entry
    entry = lex.nouns.get(tok.lower_)
    if entry is None:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) \
            and any(c.dep_ == "amod" and c.lower_ in _no_further_words() for c in tok.children):
        return None  # "No new talks have been scheduled": none planned, no denial of an event
    if any(c.dep_ == "det" and c.lower_ in _generic_determiners() for c in tok.children):
        return None  # "any talks on the border would be held openly": no particular occasion
    if entry.get("action") in TRIP_FAMILY and _describes_trip(tok):
        return None  # "an official visit to South Korea next week, her first trip to East Asia": the visit described
    if entry.get("action") == "meet" and _describes_meeting(tok):
        return None  # "held talks with X, the first ministerial meeting between the neighbours since 2023": described
    if "anaphor_governors" in entry:
        return entry if _occasion_anaphor(tok, entry["anaphor_governors"]) else None  # "would skip the gathering"
    if entry.get("meal"):
        if _meal_with_person(tok, ctx) and (meal_host(tok, ctx) is not None or tok.dep_ == "dobj" and tok.head.lemma_.lower()
                                             in _trigger_words("meal_holding_verbs")):
            return {**entry, "action": "meet"}  # "will hold a working lunch with President X on Saturday", "His lunch
            # with President X has been postponed": a meeting over a meal
        return entry if meal_host(tok, ctx) is not None else None  # "the state dinner X had planned for Y": X hosts it
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in entry.get("blocked_governors", ()):
        return None  # "X denies the charges": no charge told, his answer to it
    if _unblocked(tok, entry):
        entry = {k: v for k, v in entry.items() if k not in ("blocked_compounds", "blocked_preps")}  # "a second general
        # strike against pension reform": a labour strike, whatever else it says
    if any(c.lower_ in entry.get("blocked_compounds", ()) for c in tok.children if c.dep_ in ("compound", "amod")):
        return None  # "a joint news conference": no gathering of officials
    thing_turned = entry.get("thing_action")
    thing_of = bool(thing_turned) and bool(thing_of_phrases(tok, str(thing_turned)))  # ("X's inauguration of the new
    # passenger terminal": the terminal's opening, X its doer, no swearing-in of X)
    if (owned := entry.get("owner_action") or entry.get("owner_only")) and not thing_of and (
            _owned_ceremony(tok, ctx) or entry.get("subject_owner") and subject_defendant(tok, ctx) is not None
            or entry.get("subject_owner") and tok.dep_ in ("nsubj", "nsubjpass")
            and [c.lower_ for c in tok.children if c.dep_ not in ("relcl", "acl")] == ["the"]
            and defendant(tok, ctx) is not None):  # ("charged X with corruption. The trial is set to open on April 20": X's;
        # "withdrawn the indictment against X, and the trial that was due to open next month will not take place")
        entry = {**entry, "action": owned} if isinstance(owned, str) else entry  # "the inauguration of X is set for
        # May 20": X takes office (not "leaders attended the inauguration")
        if _attended(tok):
            return entry  # "Heads of state will attend the inauguration of X on May 1": X's own, on the guests' day
    elif entry.get("owner_only") and (turned := entry.get("post_action")) and _post_of(tok):
        entry = {**{k: v for k, v in entry.items() if k != "owner_only"}, "action": turned, "what_heads": "post",
                 "needs_what": True}  # "will announce the appointment of a new army chief": a post filled, no one named
    elif entry.get("owner_only"):
        return None  # "the swearing-in": nobody's ceremony named
    elif thing_of:
        entry = {**entry, "action": thing_turned, "what_heads": thing_turned, "needs_what": True}  # "The inauguration of the
        # Eastern Line railway has been moved to Tema": the line's opening, whoever opens it
    if _content_of_text(tok):
        return None  # "will vote on a bill calling a referendum on foreign bases": what the bill would do, no event
    if entry.get("action") == "sign" and (pact := _pact_of([g for p in tok.children if p.dep_ == "prep"
                                                            and p.lower_ == "of" for g in p.children
                                                            if g.dep_ == "pobj"])) is not None:
        return None if demanded(tok, pact) else {**entry, "action": pact}  # "The signing of a ceasefire deal ... has
        # been postponed": the truce, as "will sign a ceasefire agreement" tells it
    if new_family(entry["action"]):
        return _family_noun(tok, entry, ctx)
    if entry.get("needs_with_person") and not _with_person(tok, ctx):
        return None  # "an audience with Emperor X", not "told an audience of students"
    if entry.get("needs_place") and not any(ctx.places.get(g.i) for c in [*tok.children, *(
            h for h in tok.head.children if tok.dep_ == "dobj" and h.i == tok.right_edge.i + 1)]  # ("scrapping his
                                            # planned stop [in Bengaluru]": the phrase hung on the verb)
                                            if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.subtree) \
            and not any(c.dep_ == "compound" and c.i < tok.i and (place := ctx.places.get(c.i)) is not None
                        and place.kind != "country" for c in tok.children):  # ("the Riga stop was also dropped")
        return None  # "cancelled his planned stop in X", not "the three-day stop begins next Tuesday" (a trip's span)
    need = entry.get("needs_compound")
    if need and not any(c.lower_ in need for c in tok.children if c.dep_ in ("compound", "amod", "poss")) \
            and not _held_with_person(tok, entry.get("or_held_with", ()), ctx) \
            and not _owned_trip(tok, entry.get("or_owned_place_preps", ()), ctx):
        return None
    if any(ctx.places.get(g.i) for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.get("dest_preps", ())
           for g in c.children):
        return {**entry, "action": entry["dest_action"]}  # "his departure for Baku": a journey there
    turned = entry.get("compound_actions", {})
    if (action := next((turned[c.lower_] for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in turned), None)):
        return {**entry, "action": action}  # "paid a courtesy call on X": a meeting
    if in_attendance(tok, ctx):
        return entry  # "with X, Y and Z in attendance"
    if _prep_governed(tok, entry):
        return entry  # "will face each other in a televised debate"
    if _gathering_edge(tok):
        return {**entry, "action": "attend"}  # "closed the Pacific Islands Leaders Meeting": was there, at its opening or close
    if not _noun_licensed(tok, ctx):
        return None
    if entry["action"] in lex.remote_actions and _remote(tok):
        return {**entry, "action": "call"}  # "held talks by video link": a call, no meeting in person
    return entry


def _owned_trip(tok: Token, preps: Iterable[str], ctx: _Ctx) -> bool:
    """tok (Token): an event noun. preps (Iterable[str]): its entry's ``or_owned_place_preps``. RETURNS (bool): it is
    owned by a person ("his", "her" or a person's name) and names a place after one of the prepositions ("called off her
    planned mission to Eritrea"): one person's trip there, not a standing body ("the UN mission to Mali")."""
    if not preps:
        return False
    owned = any(c.dep_ == "poss" and (c.lower_ in ("his", "her") or (r := ctx.actors.get(c.i)) is not None
                                      and r is not ANONYMOUS and r.kind == "person") for c in tok.children)
    return owned and any(ctx.places.get(g.i) for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                         for g in c.children)


@cache
def _generic_determiners() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``generic_determiners`` of ``status_cues.json``."""
    return frozenset(load_data("status_cues.json")["generic_determiners"])


@cache
def _no_further_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``no_further_words`` of ``status_cues.json``."""
    return frozenset(load_data("status_cues.json")["no_further_words"])


@cache
def _background_frames() -> dict[str, frozenset[str]]:
    """RETURNS (dict[str, frozenset[str]]): ``background_frames`` of ``families.json``: family -> frame words."""
    data: dict[str, list[str]] = load_data("families.json")["background_frames"]
    return {k: frozenset(v) for k, v in data.items()}


def background(tok: Token, action: str) -> bool:
    """tok (Token): a licensed trigger. action (str): its family.
    RETURNS (bool): whether a ``background_frames`` family's event is told as background: in a time frame opened by
        one of its words ("since taking office", "since he was sworn in") or in a past relative clause ("X, who took
        office in May, met ..."), no event of the story."""
    frames = _background_frames().get(action)
    if frames is None:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.dep_ == "pcomp" and verb.head.lower_ in frames or any(c.dep_ == "mark" and c.lower_ in frames for c in verb.children):
        return True
    return verb.dep_ == "relcl" and verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" for c in verb.children
                                                                          if c.lower_ in ("will", "would", "to"))


def _occasion_anaphor(tok: Token, governors: list[str]) -> bool:
    """ "President X would skip the gathering": a generic occasion noun that is the bare definite object of one of
    ``governors``, after a gathering noun (``occasion_nouns``, or an attend or meet noun) earlier in the article: the
    attendance of that gathering (not "a gathering of protesters", nor "skip the gathering" with nothing before it).

    tok (Token): the noun. governors (list[str]): its ``anaphor_governors``. RETURNS (bool): it is such an object."""
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in governors:
        return False
    if not all(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) or not any(True for _ in tok.children):
        return False
    lex = _lex()
    occasions = frozenset(load_data("triggers.json")["occasion_nouns"])
    return any(t.lower_ in occasions or lex.nouns.get(t.lower_, {}).get("action") in ("attend", "meet") and t.lower_ != tok.lower_
               for t in tok.doc[:tok.i] if t.pos_ in ("NOUN", "PROPN"))


def _left_early(tok: Token) -> bool:
    """ "Okello left the summit early", "quit the conference before its close": an attend noun that is the object of a
    ``left_early`` verb with one of its adverbs, or a "before" phrase naming the gathering's end, not negated."""
    data = load_data("triggers.json")["left_early"]
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in data["verbs"] \
            or _lex().nouns.get(tok.lower_, {}).get("action") != "attend" or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in data["adverbs"] for c in verb.children) or any(
        a.dep_ == "advmod" and a.lower_ in data["adverbs"] and a.i < c.i for c in verb.children if c.dep_ == "prep"
        for a in c.children) or any(  # ("left the summit early on Saturday": the adverb hung on the day's phrase)
        c.dep_ == "prep" and c.lower_ in data["preps"] and any(g.lower_ in data["end_words"] for g in c.subtree)
        for c in verb.children)


def _attended(tok: Token) -> bool:
    """tok (Token): a ceremony noun. RETURNS (bool): whether it is the object of a verb of the ``attend`` family, or a
    noun under one ("will attend the inauguration of X", "flew in for the swearing-in of X")."""
    if tok.dep_ == "compound" and tok.head.lower_ == "in":
        tok = tok.head  # "attended the swearing-in of X", read as "swearing" on a noun "in"
    if tok.head.i == tok.i or not (tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "pobj")
                                   or tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX")):
        return False
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head
    return bool(_lex().verbs.get(verb.lemma_.lower(), {}).get("action") == "attend")


def _post_of(tok: Token) -> bool:
    """tok (Token): an appointment noun. RETURNS (bool): its "of" phrase names a post, no person ("the appointment of a
    new army chief", "the nomination of a new central bank governor", "the swearing-in of seven new ministers")."""
    holders = [tok, *(c for c in tok.children if c.dep_ in ("prt", "compound") and c.lower_ == "in")]  # (a split
    # "swearing-in": "the swearing-in of seven new ministers", the "of" on "in")
    if tok.dep_ == "compound" and tok.head.lower_ == "in":
        holders.append(tok.head)
    return any(g.dep_ == "pobj" and g.lower_ in post_words() and g.ent_type_ != "PERSON"
               and not any(o.dep_ == "poss" and o.pos_ == "PROPN" and resolve_country(o.text) is None for o in g.children)
               for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)
    # (not "the swearing-in of X's government": X's own, with her ministers)


def _owned_ceremony(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a ceremony noun with an ``owner_action`` ("inauguration", "swearing-in") or ``owner_only``
    ("swearing" of a split "swearing-in"). ctx (_Ctx): the doc's index.
    RETURNS (bool): whether the noun names the person whose ceremony it is (a possessor, "X's inauguration", or an
    "of" person, "the inauguration of X"); a guest who attends it ("will attend the inauguration of X") attends, told
    by the verb, and the owner's ceremony is told too (:func:`_attended`)."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [g for p in [*(p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"), *split_particle_of(tok)]
               for g in p.children if g.dep_ == "pobj"]  # ("the swearing-in of X", however "in" was hung)
    if (accused := case_against(tok)) is not None:
        owners.append(accused)  # "its first hearing in the case against X": X's
    return any((ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"
               for o in owners for t in o.subtree) or any(cabinet_of(o, ctx) is not None for o in owners)  # ("the
    # swearing-in of Nepal's new cabinet": the cabinet's)


def _misread_place_phrase(obj: Token) -> bool:
    """obj (Token): a verb's direct object. RETURNS (bool): the parser read a place preposition right after the verb as
    the object's adjective ("rallied outside parliament": "outside" an ``amod``), so the object is where, not what."""
    first = obj.left_edge
    return first.dep_ == "amod" and first.head.i == obj.i and first.lower_ in ("outside", "inside") \
        and first.i == obj.head.i + 1


def _partnered(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a verb of a ``partner_required`` entry ("agree"). ctx (_Ctx): the doc's index.
    RETURNS (bool): the verb tells a dealing of named parties: a finite verb (no infinitive under another verb: "failed
    to agree" is told by that verb) whose subject names two parties joined by "and" ("X and Y agreed"; "he and
    Venezuela's Y had agreed") or a pair ("the two ministers agreed"), or that has a "with" party ("agreed with Y")."""
    if tok.pos_ != "VERB" or tok.dep_ in ("xcomp", "amod", "acl", "pcomp") or any(
            c.dep_ == "aux" and c.lower_ == "to" or c.dep_ == "ccomp" for c in tok.children):
        return False  # (nor "agreed that talks should go ahead": a view shared, no accord)
    lex = _lex()
    if any(c.dep_ == "xcomp" and (entry := lex.verbs.get(c.lemma_.lower())) is not None and (
            not entry.get("particles") or any(p.dep_ in ("prt", "prep") and p.lower_ in entry["particles"]
                                              for p in c.children)) for c in tok.children) or any(
            c.dep_ in ("dobj", "prep") and (c.lower_ in lex.nouns or any(
                g.dep_ == "pobj" and g.lower_ in lex.nouns for g in c.children)) for c in tok.children):
        return False  # "agreed to an immediate ceasefire", "agreed to meet in Belgrade": what they agreed is an event
        # of its own, told by its own trigger (the truce, the planned meeting; "to set up a working group" is none)

    def party(t: Token) -> bool:
        ref = ctx.actors.get(t.i)
        return ref is not None and ref is not ANONYMOUS and ref.kind in ("person", "country", "org", "group") \
            or t.lower_ in ("he", "she")
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is not None and party(subject) and any(c.dep_ == "conj" and party(c) for c in subject.children):
        return True
    if subject is not None and subject.lower_ in _trigger_words("agreeing_pairs") \
            and any(c.lower_ in ("two", "both") for c in subject.children):
        return True  # "the two sides agreed"
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and party(g) for g in c.children)
               for c in tok.children)


def _subject_allowed(tok: Token, entry: dict[str, Any]) -> bool:
    """tok (Token): a verb trigger. entry (dict): its entry. RETURNS (bool): its subject is what the entry asks: a
    crowd word of its family for ``crowd_subject`` ("rail workers walked out", not "the president walked out to greet
    fans"); one of ``subject_words``, or the crowd a number counts, for those ("Several thousand protesters gathered
    outside parliament", not "thousands gathered to mourn"; "Prosecutors accused X of fraud", not "the opposition
    accused X of fraud")."""
    crowd = bool(entry.get("crowd_subject"))
    sub = crowd_subject(tok, head_chain(tok), str(entry["action"])) if crowd \
        else next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if crowd and sub is None:
        return False
    only = entry.get("subject_words")
    return not only or sub is not None and members(sub, frozenset(only)).lower_ in only


def _person_action_allowed(tok: Token, entry: dict[str, Any]) -> bool:
    """tok (Token): a verb trigger with a ``person_action``. entry (dict): its ``triggers.json`` entry.
    RETURNS (bool): whether a person it acts on makes it that person's own event: not with an "as" phrase on an
    ``as_blocks`` verb ("dismissed X as a puppet", "fired X as ..."), nor with "from" a place on a ``from_needs_post``
    verb ("oust X from the enclave"; "ousted X from office" is a dismissal), only in the passive for a
    ``person_action_passive_only`` verb ("X was elected leader of the party"; "Parliament elected X speaker" stays the
    body's vote), and only with a post for a ``role_required`` verb ("named X as finance minister", "named X finance
    minister"; not "named X in the report", "was named as a suspect")."""
    if entry.get("as_blocks") and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False
    if entry.get("person_action_passive_only") and not any(c.dep_ == "nsubjpass" for c in tok.children):
        return False
    if entry.get("from_needs_post") and any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.dep_ == "pobj" and g.lower_ not in post_words() | office_words() for g in c.children) for c in tok.children):
        return False  # "to oust General X from the enclave": driven from a place, no post taken
    if entry.get("role_required"):
        return role_phrase(tok) is not None
    return True

@cache
def _meeting_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): the event nouns of a meeting or negotiation ("talks", "negotiations")."""
    return frozenset(n for n, e in _lex().nouns.items() if e.get("action") in ("meet", "negotiate"))


def _delegation_to_talks(tok: Token, objects: list[Token]) -> bool:
    """tok (Token): a verb read as attending by its object ("lead the delegation"). objects (list[Token]): its objects.
    RETURNS (bool): the delegation goes "to" talks (a meeting noun) "with" someone, on the verb or on the object ("will
    lead Pakistan's delegation to talks with the IMF"): the meeting with them, no attendance of a gathering."""
    meet_nouns = _meeting_nouns()
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lower_ in meet_nouns and any(w.dep_ == "prep" and w.lower_ == "with" for w in g.children)
        for g in p.children) for h in (tok, *objects) for p in h.children)


def _delegation_to_place(tok: Token, objects: list[Token], ctx: _Ctx) -> bool:
    """tok (Token): a verb read as attending by its object ("lead a delegation"). objects (list[Token]): its objects.
    ctx (_Ctx): the doc's index. RETURNS (bool): a delegation or mission object goes "to" a place (on the verb or on
    the object: "will lead a delegation of executives to Addis Ababa", "a trade mission to Johannesburg"), no
    gathering."""
    return any(o.lower_ in _trigger_words("journey_party_nouns") for o in objects) and any(
        p.dep_ == "prep" and p.lower_ == "to" and any(g.dep_ == "pobj" and g.i in ctx.places for g in p.children)
        for h in (tok, *objects) for p in h.children)


def _named_doer(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a verb. ctx (_Ctx): the doc's index. RETURNS (bool): its doer (the agent of the passive, else the
    subject) is a person named by name, not an office told only by its title ("Portugal's secretary of state")."""
    doers = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] \
        or [c for c in tok.children if c.dep_ == "nsubj"]
    refs = [r for d in doers for t in d.subtree if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS]
    return any(r.kind == "person" and not (r.title and r.country and r.name == f"{r.title} of {r.country}") for r in refs)


def _swears_in_others(tok: Token, entry: dict[str, Any]) -> bool:
    """tok (Token): a verb whose entry has ``others_action`` ("swear"). entry (dict): that entry. RETURNS (bool): its
    particle ("in") carries a post as object, read as a preposition or as a particle before a direct object ("will swear
    in the new service chiefs", "swore in seven new ministers"): people of a post installed by the subject."""
    parts = frozenset(entry.get("particles", ()))
    posts = what_heads("post")
    return any(c.dep_ == "prep" and c.lower_ in parts and any(g.dep_ == "pobj" and g.lower_ in posts for g in c.children)
               for c in tok.children) or (any(c.dep_ == "prt" and c.lower_ in parts for c in tok.children)
                                           and any(c.dep_ == "dobj" and c.lower_ in posts for c in tok.children))


def _prep_governed(tok: Token, entry: dict[str, Any]) -> bool:
    """tok (Token): a noun trigger. entry (dict): its ``triggers.json`` entry. RETURNS (bool): it is the object of a
    preposition hung on one of the verbs its ``prep_governors`` give for that preposition ("go to the polls", "face
    each other in a televised debate", "addressed supporters at a rally"): the event told as taking place."""
    prep = tok.head
    governed = entry.get("prep_governors", {})
    if tok.dep_ != "pobj" or prep.lower_ not in governed:
        return False
    verb = prep.head.head if prep.head.dep_ == "dobj" and prep.head.pos_ == "NOUN" else prep.head  # ("faced angry
    # questions from residents at a town hall meeting": the phrase hung on the verb's object)
    return prep.head.lemma_.lower() in governed[prep.lower_] or verb.lemma_.lower() in governed[prep.lower_]


def _family_verb(tok: Token, entry: dict[str, Any]) -> bool:
    """Whether a verb of a family that names a thing (``families.json``) states its event: with one of its required
    ``particles`` ("step down"), without an object for a ``no_object`` verb ("workers will strike", not "struck a
    deal"), without a clause for a ``no_clause`` verb ("protested that ..."), with a thing it acts on for a
    ``needs_what`` verb ("fired a missile"), and not as what someone else demands ("urged X to step down")."""
    action = str(entry["action"])
    if not new_family(action):
        return not told_obligation(tok, action)  # "said the US must be ready to mediate": a demand, no plan
    with_objects = entry.get("particle_objects", {})
    if (need := entry.get("particles")) and not any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ in need and (c.lower_ not in with_objects or any(
                g.dep_ == "pobj" and g.lower_ in with_objects[c.lower_] for g in c.children)) for c in tok.children) \
            and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in need and tok.doc[tok.i + 1].dep_ == "quantmod"):
        return False  # ("handed over 90 prisoners": "over" read as the number's "more than")
    if entry.get("no_object") and any(c.dep_ in ("dobj", "ccomp", "dative") and not vote_tally(c)
                                      and not _misread_place_phrase(c) and c.lower_ not in entry.get("allowed_objects", ())
                                      for c in tok.children) \
            and not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in entry.get("object_particles", ())
                        for c in tok.children):  # ("rallied supporters in Piura": a rally, its crowd; "voted the
        # government out of office", "voted down the bill": a vote, on its object)
        return False
    parts = frozenset(entry.get("particles", ()))
    if entry.get("particle_object_blocks") and not any(c.dep_ == "prt" and c.lower_ in parts for c in tok.children) \
            and any(c.dep_ == "prep" and c.lower_ in parts and any(g.dep_ == "pobj" for g in c.children) for c in tok.children):
        return False  # "swore in the new cabinet": others sworn in by the subject
    if entry.get("no_clause") and any(c.dep_ == "ccomp" for c in tok.children):
        return False
    if (words := entry.get("predicate_words")) and not any(
            c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lower_ in words for c in tok.children):
        return False  # "found X guilty", not "found a solution"
    if action == "vote" and tok.dep_ == "pcomp" and tok.head.lower_ == "with":
        return False  # "ratified the treaty, with 49 lawmakers voting in favour": the tally of the vote told
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and _same_family_word(tok.head.head, action):
        return False  # "will vote on ratifying the treaty": what the vote is on, no second vote
    if not _subject_allowed(tok, entry):
        return False  # "rail workers walked out", not "the president walked out to greet fans"
    if entry.get("subject_role") and ((role := role_phrase(tok)) is None
                                      or any(c.dep_ in ("acl", "relcl") for c in role.children)):
        return False  # "X became leader of the party", not "X became angry" nor "became the first leader to visit Cuba"
        # (a record)
    if entry.get("needs_what") and object_what(tok, entry) is None and not (
            entry.get("alone_ok") and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in tok.children)):
        return False  # "quit the talks"; "she would quit on Friday" is a resignation (``alone_ok``)
    return not demanded(tok, action)


def _interrupted_preparation(tok: Token) -> bool:
    """tok (Token): a verb trigger. RETURNS (bool): it is what someone was getting ready to do in a past "as"/"while"/
    "when" clause on another act ("arrested as he prepared to fly to Lisbon", "as she was preparing to board"): the
    moment the other act happened, no plan of its own that still stands."""
    prep = tok.head
    return tok.dep_ == "xcomp" and prep.lemma_.lower() == "prepare" and prep.dep_ == "advcl" \
        and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in prep.children) \
        and (prep.tag_ == "VBD" or prep.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                                                             for c in prep.children))


def _negated_perfect(tok: Token) -> bool:
    """Whether a verb is a negated present perfect ("has not visited", "have never met", "has not yet signed"): a
    past participle with "has"/"have" and a negation of its own, in no question."""
    return tok.tag_ == "VBN" and any(c.dep_ == "neg" for c in tok.children) \
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in tok.children) \
        and not tok.sent.text.rstrip().endswith("?")


def _same_family_word(tok: Token, action: str) -> bool:
    """tok (Token): a word. action (str): a family. RETURNS (bool): whether the word is a trigger of that family, as a
    verb (its lemma) or a noun (its form)."""
    lex = _lex()
    entry = lex.verbs.get(tok.lemma_.lower()) if tok.pos_ in ("VERB", "AUX") else lex.nouns.get(tok.lower_)
    return entry is not None and entry.get("action") == action


@cache
def _topic_preps() -> frozenset[str]:
    """RETURNS (frozenset[str]): prepositions of what an event noun is about (``topic_preps`` in ``families.json``)."""
    return frozenset(load_data("families.json")["topic_preps"])


def _reason_phrase(prep: Token) -> bool:
    """prep (Token): a preposition. RETURNS (bool): it is "in" with a bare "protest"/"solidarity"/"support" and a reason
    preposition after it ("in protest at pension plans", "in solidarity with nurses"): why, no place of the event."""
    return prep.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lower_ in _trigger_words("reason_nouns")
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in g.children)
        and any(c.dep_ == "prep" and c.lower_ in _REASON_PREPS for c in g.children) for g in prep.children)


def _unblocked(tok: Token, entry: dict[str, Any]) -> bool:
    """tok (Token): an event noun. entry (dict): its trigger entry. RETURNS (bool): a modifier of the entry's
    ``unblocking_modifiers`` ("a general strike", "a nationwide strike") or a length in hours or days ("a 24-hour
    strike") tells the family's own event, so its ``blocked_compounds`` and ``blocked_preps`` ("a second strike", "a
    strike against X": military) do not apply."""
    words = entry.get("unblocking_modifiers")
    if not words:
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in words or _LENGTH.fullmatch(
        "".join(t.text for t in c.subtree).lower()) is not None) for c in tok.children)


def _crowd_employer(tok: Token, prep: Token, action: str) -> bool:
    """tok (Token): an event noun ("strike"). prep (Token): a preposition on it ("at"). action (str): its family.
    RETURNS (bool): the noun is owned by a crowd word of its family ("a pilots' strike", "a dockers' strike") and the
    preposition's object is an organization ("at Lufthansa"): the crowd's action at its employer, no military strike."""
    owned = any(c.dep_ in ("poss", "compound") and c.lower_ in crowd_words(action) for c in tok.children)
    return owned and any(g.dep_ == "pobj" and g.ent_type_ == "ORG" for g in prep.children)


#: A length in hours or days written as a modifier ("24-hour", "two-day", "48-hours").
_LENGTH = re.compile(r"[\w]+-(?:hour|day|week)s?(?:-long)?")


def _family_noun(tok: Token, entry: dict[str, Any], ctx: _Ctx) -> dict[str, Any] | None:
    """The entry of an event noun of a family that names a thing when it states its event: not a capitalized month
    for a ``lowercase`` noun ("in March"), without a ``blocked_preps`` phrase ("a demonstration of strength"), with
    one of ``needs_compound`` ("a nuclear test") or a thing it acts on for ``needs_what`` ("a missile launch", "a vote
    on the budget", not "a vote of thanks"), not demanded ("demanded his resignation"), and told as the object of a
    ``prep_governors`` verb ("went to the polls") or as the other event nouns are."""
    if entry.get("lowercase") and not tok.text.islower():
        return None
    if entry.get("effect_only"):
        return entry if taking_effect(tok) or tok.dep_ == "dobj" and tok.head.lemma_.lower() in entry.get("governors", ()) \
            else None  # "New sanctions on X took effect on Monday": imposed then; "is considering new sanctions": a plan weighed
    if any(c.dep_ == "prep" and c.lower_ in entry.get("blocked_preps", ()) and not _reason_phrase(c)
           and not any(ctx.places.get(g.i) or g.i in ctx.times or g.dep_ == "pobj" and g.lower_ in _workplaces()
                       for g in c.subtree) and not _crowd_employer(tok, c, str(entry.get("action", ""))) for c in tok.children):
        return None  # "an exercise in futility" (not "the exercises in Zambales", "the strike at the port of Antwerp": a place;
        # nor "a pilots' strike at Lufthansa": a crowd's strike at its employer;
        # nor "a 24-hour strike on Thursday": a day; nor "the strike at the port": a workplace; nor "a strike ... in
        # protest at pension plans": the reason)
    if entry.get("date_named") and any(c.dep_ in ("compound", "nmod", "npadvmod") and (t := ctx.times.get(c.i)) is not None
                                       and t.type == "DATE" and len(t.value or "") >= 7 and (t.value or "")[:1].isdigit()
                                       for c in tok.children):
        return entry  # "before the June 7 runoff", "turnout in the April 12 vote": the vote of that day, named by it
    need = entry.get("needs_compound")
    if need and not any(c.lower_ in need for c in tok.children if c.dep_ in ("compound", "amod", "nmod")) \
            and not any(g.lower_ in need for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj") \
            and not _aid_body_owned(tok, entry, ctx) \
            and not _owned_trip(tok, entry.get("or_owned_place_preps", ()), ctx) \
            and not any(c.dep_ in ("acl", "prep") and any(t.lower_ in entry.get("cargo_words", ()) for t in c.subtree)
                        for c in tok.children):  # "a test of its Babur cruise missile"; "a convoy of 40 trucks
        # carrying food": an aid convoy by its cargo
        return None
    if entry.get("needs_what") and object_what(tok, entry) is None and not _changed_earlier_plan(tok, entry, ctx) \
            and not _held_by_body(tok, entry):
        return None
    if demanded(tok, str(entry["action"])):
        return None
    if generic_mention(tok):
        return None  # "as it has to past exercises", "condemned such drills": a kind of event, or another's
    if won_election(tok, ctx):
        return entry  # "won Nepal's general election held on Thursday": it took place
    if decided_in(tok):
        return entry  # "X was removed from office in a recall election on Tuesday": it took place
    if survived_vote(tok, ctx, dateline_country(ctx)) is not None:
        return entry  # "lost a confidence vote in parliament on Thursday": the vote took place
    if tok.dep_ == "pobj" and tok.head.lower_ in _topic_preps():
        return None  # "new sanctions on X over the disputed regional elections": what they are about
    if entry.get("action") == "open" and thing_of_phrases(tok, "open") and _attended(tok):
        return None  # "will no longer attend Tuesday's opening of the new Arusha stadium": the guest's attendance; the
        # opening is its host's, never the guest's
    if dated_by_possessor(tok, ctx) is not None:
        return entry  # "since Tuesday's runoff", "built on last week's drills with the Indian Navy": that day's event
    if phase(tok) is not None:
        return entry  # "The strike entered its third day on Wednesday": going on
    if _prep_governed(tok, entry):
        return entry  # "voters go to the polls on Sunday"
    prep = tok.head
    if entry.get("owner_action") == "hearing" and court_frame(tok, ctx):
        return entry  # "At a hearing on Friday, Banda pleaded not guilty": the court sat (builder: the defendant's)
    if entry["action"] == "vote" and tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in vote_result_nouns() \
            and prep.head.dep_ in ("nsubj", "nsubjpass", "dobj") and prep.head.head.lemma_.lower() in vote_result_verbs():
        return entry  # "The result of the party's leadership contest will be announced on Saturday": the contest
        # ends then
    return entry if _noun_licensed(tok, ctx) else None


def _thing_participle(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a verb trigger. ctx (_Ctx): the doc's index. RETURNS (bool): it is an "-ing" participle on a bare
    singular common noun, no name and no determiner or possessor ("gas arriving at the terminal", "aid flowing to the
    region"): a thing does it, never a person of the sentence ("a delegation arriving", "officials arriving" may)."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "acl":
        doers = [tok.head]
    else:  # "with gas arriving": the parser hangs the gerund's doer on it as a compound
        doers = [c for c in tok.children if c.dep_ in ("compound", "nsubj") and c.i < tok.i]
    return any(d.pos_ == "NOUN" and d.tag_ == "NN" and not d.ent_type_ and ctx.actors.get(d.i) is None
               and not any(c.dep_ in ("det", "poss", "compound", "nummod") for c in d.children) for d in doers)


def _text_between_sides(tok: Token, ctx: _Ctx) -> Token | None:
    """tok (Token): a passive verb with no agent. RETURNS (Token | None): its subject when that is a text two sides sign
    whose "between" phrase names two or more actors ("A fisheries agreement between Fiji and Tonga was signed"), else
    None."""
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ not in _signed_texts():
        return None
    sides = {r.name for c in subject.children if c.dep_ == "prep" and c.lower_ == "between" for t in c.subtree
             if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS}
    return subject if len(sides) >= 2 else None


def _charged_ground(tok: Token) -> bool:
    """tok (Token): a verb trigger. RETURNS (bool): it is the gerund after "for" on a ``grounds_verbs`` verb of
    ``families.json`` ("detained for blocking a public road", "was jailed for organising a protest"), or after "with"
    on an ``accusing_verbs`` verb of ``triggers.json`` ("charged with staging an illegal rally"; not "accused China of
    holding drills", a claim of an event)."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in ("for", "with"):
        return False
    verb = tok.head.head
    while verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head  # "was jailed for two years for organising a protest": "for" hung on the term
    if tok.head.lower_ != "for":
        return verb.lemma_.lower() in accusing_verbs()
    return verb.lemma_.lower() in _grounds_verbs()


@cache
def _grounds_verbs() -> frozenset[str]:
    return frozenset(load_data("families.json")["grounds_verbs"])


@cache
def _signed_texts() -> frozenset[str]:
    """RETURNS (frozenset[str]): nouns of a text two sides sign (``signing_referents.text_nouns`` of ``occasions.json``)."""
    return frozenset(load_data("occasions.json")["signing_referents"]["text_nouns"])


@cache
def _event_object_actions() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``event_object_actions`` of ``triggers.json``: a verb's families whose event noun object
    is an event of its own ("called a snap election": the call and the election)."""
    return frozenset(load_data("triggers.json")["event_object_actions"])


@cache
def _workplaces() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``workplace_nouns`` of ``places.json`` ("port", "plant", "docks")."""
    return frozenset(load_data("places.json")["workplace_nouns"])


def _body_voted(tok: Token) -> bool:
    """tok (Token): a ``body_vote`` verb ("reject"). RETURNS (bool): its subject is a legislature (a
    ``bare_with_subjects`` word of the vote noun: "Congress", "parliament", "lawmakers"; or voters, ``referendum_subjects``:
    "Swiss voters rejected a proposal") and its object a thing voted on
    (a ``vote`` what head: "motion", "bill"), so the verb tells the body's vote."""
    bodies = frozenset(_lex().nouns.get("vote", {}).get("bare_with_subjects", ())) | _trigger_words("referendum_subjects")
    return _body_subject(tok, bodies) and any(c.dep_ == "dobj" and c.lower_ in _vote_heads() for c in tok.children)


def _body_subject(verb: Token, bodies: frozenset[str]) -> bool:
    """verb (Token): a verb. bodies (frozenset[str]): words of a legislature. RETURNS (bool): its subject is one of
    them, or has one as a modifier ("Peru's Congress", "the State Great Khural")."""
    return any(c.dep_ == "nsubj" and (c.lower_ in bodies or any(w.lower_ in bodies for w in c.subtree
                                                                 if w.dep_ in ("compound", "amod")))
               for c in verb.children)


@cache
def _vote_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``vote`` what heads of ``families.json`` ("bill", "motion", "law", ...)."""
    return frozenset(load_data("families.json")["what_heads"]["vote"])


def _held_by_body(tok: Token, entry: dict[str, Any]) -> bool:
    """tok (Token): an event noun with nothing it acts on. entry (dict): its trigger entry. RETURNS (bool): the noun is
    the object of one of its ``governors`` whose subject is one of its ``bare_with_subjects`` ("Parliament will hold a
    vote on Friday": a body's vote, whatever it is on; not "a vote of thanks")."""
    bodies = entry.get("bare_with_subjects")
    if not bodies or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in entry.get("governors", ()) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # ("a vote of thanks", "of confidence": what the vote is names it elsewhere)
    verb = tok.head
    for _ in range(3):
        if _body_subject(verb, frozenset(bodies)) or verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            break
        verb = verb.head  # "Parliament is due to hold a final vote on it": the subject of the plan word
    return _body_subject(verb, frozenset(bodies)) or verb.i != tok.head.i and any(
        c.dep_ == "nsubjpass" and c.lower_ in bodies for c in verb.children)  # ("Parliament is expected to hold a vote")


def _changed_earlier_plan(tok: Token, entry: dict[str, Any], ctx: _Ctx) -> bool:
    """ "The launch has been rescheduled for Thursday": a definite event noun with nothing it acts on, the subject of a
    plan change (postponed, cancelled or moved verbs), is the article's earlier plan of its family, when one names
    what it acts on (see ``plan_changes.family_plan``)."""
    if not any(c.dep_ == "det" and c.lower_ in REFERRING_DETS for c in tok.children):
        return False
    if tok.dep_ not in ("nsubjpass", "nsubj") or tok.head.lemma_.lower() not in change_verbs():
        return False
    plan = family_plan(tok, str(entry["action"]), ctx)
    return plan is not None and plan[1] is not None


def _split_noun_phrase(verb: Token) -> bool:
    """verb (Token): a verb with a predicate ('oprd'). RETURNS (bool): the predicate is a common noun right after a
    common-noun object, one noun phrase the parser split ("signed a [fisheries]dobj [pact]oprd"), not a naming ("called
    it speculation", "named Smith envoy")."""
    return any(o.dep_ == "oprd" and o.pos_ == "NOUN" and o.i > 0 and (d := o.doc[o.i - 1]).dep_ == "dobj"
               and d.head.i == verb.i and d.pos_ == "NOUN" for o in verb.children)


def _describes_trip(tok: Token) -> bool:
    """tok (Token): a trip noun. RETURNS (bool): it is set after a comma beside a trip noun told before it, as its
    apposition or as a second object of the same verb ("will pay an official visit to South Korea next week, her first
    trip to East Asia"): it describes that trip, no event of its own."""
    nouns = _lex().nouns
    if tok.dep_ == "appos":
        return (nouns.get(tok.head.lower_) or {}).get("action") in TRIP_FAMILY
    if tok.dep_ != "dobj" or tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ == "dobj" and c.i < tok.i and (nouns.get(c.lower_) or {}).get("action") in TRIP_FAMILY
               for c in tok.head.children)


def _describes_meeting(tok: Token) -> bool:
    """tok (Token): a meeting noun. RETURNS (bool): it is an apposition set after a comma on a word of a meeting told
    before it in the same clause ("held talks with Foreign Minister X, the first ministerial meeting between the
    neighbours since 2023": the talks described, whose "since" names an earlier one), a verb or noun of the meet family
    among the apposition's first three heads or their objects."""
    if tok.dep_ not in ("appos", "dobj") or tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text != ",":
        return False
    lex = _lex()
    def meets(t: Token) -> bool:
        entry = lex.verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else lex.nouns.get(t.lower_)
        return (entry or {}).get("action") == "meet"
    if tok.dep_ == "dobj":  # "held talks with X on Thursday, the first meeting ...": a second object of the verb
        return any(c.dep_ == "dobj" and c.i < tok.i and meets(c) for c in tok.head.children)
    head = tok.head
    for _ in range(3):
        if meets(head) or any(c.dep_ == "dobj" and c.i < tok.i and meets(c) for c in head.children):
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _person_predicate(tok: Token, ctx: _Ctx) -> Token | None:
    """ "Abdelatty called Jordan's foreign minister Ayman Safadi": the parser reads a naming verb ("called him X"); a
    predicate that names a person, with no direct object, is the verb's object."""
    if any(c.dep_ == "dobj" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "oprd" and (ref := ctx.actors.get(c.i)) is not None
                 and ref is not ANONYMOUS and ref.kind == "person"), None)


def _named_partner(tok: Token, entry: dict[str, Any], ctx: _Ctx) -> str | None:
    """The action of "spoke with <named person>" (``partner_preps``): ``partner_place_action`` when the clause names a
    place ("spoke with X in Brussels"), else the entry's own (a call); None without a named person."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.get("partner_preps", ())]
    if not any((ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"
               for p in preps for g in p.subtree):
        return None
    placed = any(ctx.places.get(g.i) for h in [tok, *(g for p in preps for g in p.subtree)] for c in h.children
                 if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.subtree)  # "spoke with X in Nicosia"
    return str(entry.get("partner_place_action", entry["action"])) if placed else str(entry["action"])


def _journey_purpose(tok: Token, journeys: frozenset[str], ctx: _Ctx) -> bool:
    """tok (Token): a ``purpose_of`` verb ("discuss"). journeys (frozenset[str]): the families whose purpose it may be.
    RETURNS (bool): whether it is the purpose infinitive ("to discuss") of a verb of one of those families ("will travel
    to Vilnius to discuss ...") and names a person after "with", on itself or on its object ("discuss border security
    with X"), or, for a ``person_object`` verb, as its object ("will travel to Pretoria to brief President X")."""
    if tok.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = _lex().verbs.get(tok.head.lemma_.lower()) if tok.head.pos_ == "VERB" else None
    if head is None or head.get("action") not in journeys:
        return False
    preps = [p for h in (tok, *(c for c in tok.children if c.dep_ == "dobj")) for p in h.children
             if p.dep_ == "prep" and p.lower_ == "with"]
    if _lex().verbs.get(tok.lemma_.lower(), {}).get("person_object"):
        preps += [c for c in tok.children if c.dep_ == "dobj"]  # "to brief South African President X": the person
    return any((ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"
               for p in preps for g in p.subtree)


@cache
def _edge_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): verbs that open or close a gathering (``gathering_edge_verbs`` in ``triggers.json``)."""
    return frozenset(load_data("triggers.json")["gathering_edge_verbs"])


def _gathering_edge(tok: Token) -> bool:
    """ "Takaichi and Brown closed the Pacific Islands Leaders Meeting", "opened the summit": a named gathering (a proper
    noun) or a gathering noun of the attend family, the object of a ``gathering_edge_verbs`` verb, is attended by the
    verb's subject (who opens or closes it is there)."""
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in _edge_verbs():
        return False
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() or _lex().nouns.get(tok.lower_, {}).get("action") == "attend"


def _courtesy_action(tok: Token, entry: dict[str, Any], ctx: _Ctx) -> str | None:
    """ "call on President X" (``prep_actions`` of the verb): a person after the preposition or particle makes the verb
    that action; not with an infinitive ("called on the government to act", an appeal) nor a means ("by phone"). A place
    after a ``place_prep_actions`` preposition ("call at Dar es Salaam"), with no object, makes it that action too."""
    actions = entry.get("prep_actions")
    if not actions or any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or _manner(tok, _lex().remote_words):
        return None
    for c in tok.children:
        if c.dep_ not in ("prep", "prt") or c.lower_ not in actions:
            continue
        heads = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
        heads += [o for o in tok.children if o.dep_ == "dobj" and o.i > c.i]
        if any((ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"
               for h in heads for t in h.subtree):
            return str(actions[c.lower_])
    placed = entry.get("place_prep_actions", {})
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in actions for c in tok.children):
        return None
    return next((str(placed[c.lower_]) for c in tok.children if c.dep_ == "prep" and c.lower_ in placed
                 and any(ctx.places.get(g.i) for g in c.children if g.dep_ == "pobj")), None)  # "will no longer call
    # at Dar es Salaam": a ship's (or a tour's) visit there


def _remote(tok: Token) -> bool:
    """ "held talks by video link", "a virtual summit", "met virtually": a gathering noun held at a distance
    (``remote_words`` on the noun or on the light verb that holds it)."""
    words = _lex().remote_words
    if any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in tok.children) or _manner(tok, words):
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and _manner(c, words) for c in tok.children):
        return True  # "talks held by videoconference"
    gov = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and gov.pos_ == "VERB" and gov.lemma_.lower() in _lex().light and bool(_manner(gov, words))


def _with_person(tok: Token, ctx: _Ctx) -> bool:
    """Whether a noun has a "with" phrase naming a person ("an audience with Emperor X")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person" for t in c.subtree)
        for c in tok.children)


def _held_with_person(tok: Token, verbs: Any, ctx: _Ctx) -> bool:
    """ "held a call with Prime Minister Carney": the noun is the object of one of ``verbs`` and has a "with" person."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in verbs:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person" for t in c.subtree)
        for c in tok.children)


def _call_told_in_frame(tok: Token) -> bool:
    """ "discussed trade with X during a phone call on Friday", "told X in a phone call that ...": a call noun (the call
    family) after "during" or "in", on a verb told in the past, states the call itself (what was said is its content).

    tok (Token): an event noun. RETURNS (bool): True for such a call.
    """
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("during", "in") or _lex().nouns.get(tok.lower_, {}).get("action") != "call":
        return False
    verb = tok.head.head
    for _ in range(4):  # "informed X of the decision in a phone call on Thursday": the call phrase hung on the object
        # (or on its last conjunct: "discussed gas supplies and a power line in a telephone call")
        if verb.pos_ not in ("NOUN", "PROPN") or verb.dep_ not in ("pobj", "dobj", "conj"):
            break
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    return verb.pos_ == "VERB" and verb.tag_ == "VBD"


def _content_of_text(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it is the object of a participle on a text noun (``text_nouns`` of
    ``triggers.json``: "a bill calling a referendum", "a resolution demanding sanctions"): what the text would do."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.dep_ == "acl" and verb.tag_ == "VBG" \
        and verb.head.lower_ in _trigger_words("text_nouns")


def _no_date_given(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it is the "for" object of a ``schedule_nouns`` noun (``triggers.json``)
    with "no" or under a negated verb ("gave no date for the meeting", "has not set a date for the talks")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for" or tok.head.head.lower_ not in _trigger_words("schedule_nouns"):
        return False
    noun = tok.head.head
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) \
        or noun.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in noun.head.children)


def _meal_with_person(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a meal noun. RETURNS (bool): it, or the verb it is the object of, has a "with" phrase naming a person
    ("a working lunch with Argentine President X")."""
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(
        (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and r.kind == "person" for t in p.subtree)
        for h in holders for p in h.children)


@cache
def _trigger_words(key: str) -> frozenset[str]:
    """key (str): a word list of ``triggers.json`` ("own_side_nouns", "text_nouns", "schedule_nouns", "naming_verbs").
    RETURNS (frozenset[str]): its words."""
    return frozenset(load_data("triggers.json")[key])


def _between_person_and_group(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun. RETURNS (bool): its "between" phrase names a person first and an unnamed group after
    ("talks between Energy Minister X and the mining federation", :func:`.group_partners.group_partner`)."""
    first = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children
                  if g.dep_ == "pobj"), None)
    return first is not None and (r := ctx.actors.get(first.i)) is not None and r is not ANONYMOUS \
        and r.kind == "person" and group_partner(tok, ctx) is not None


def _dated_between_parties(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it has a calendar day of its own and a "between" phrase whose two
    joined parts each name an actor (a person, a body's leaders: "a meeting on Thursday between CONAIE leaders and
    Government Minister X"), told in the past (no modal or plan word over it)."""
    verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head
    return verb.tag_ == "VBD" and phrase_day(tok, ctx) and _between_named(tok, ctx)


def _between_named(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun. RETURNS (bool): its "between" phrase joins two parts that each name one actor, not
    the same ("talks between Germany and Poland", "between CONAIE leaders and Government Minister X")."""
    first = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children
                  if g.dep_ == "pobj"), None)
    if first is None:
        return False
    parts = [first, *first.conjuncts]
    later = {t.i for p in parts[1:] for t in p.subtree}  # (the first part's subtree holds the ones joined to it)
    named = [{r.name for t in p.subtree if (t.i not in later or k > 0) and (r := ctx.actors.get(t.i)) is not None
              and r is not ANONYMOUS} for k, p in enumerate(parts)]
    return len(parts) == 2 and all(len(n) == 1 for n in named) and named[0] != named[1]


def _trip_to_predicate(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it is a trip noun (``trip_nouns``) whose clause is "be" with a "to"
    phrase naming a place ("His first foreign trip will be to Japan next month", "her first trip would be to Samar")."""
    verb = tok.head
    return tok.dep_ == "nsubj" and tok.lower_ in _lex().trip_nouns and verb.lemma_ == "be" and any(
        p.dep_ == "prep" and p.lower_ == "to" and any(ctx.places.get(g.i) for g in p.subtree) for p in verb.children)


def _blocked_compound(noun: Token) -> bool:
    """noun (Token): an event noun a preposition of a verb governs. RETURNS (bool): it has one of its entry's
    ``blocked_compounds`` ("spoke at a [news] conference": no gathering attended)."""
    blocked = frozenset(_lex().nouns.get(noun.lower_, {}).get("blocked_compounds", ()))
    return any(c.dep_ in ("compound", "amod") and c.lower_ in blocked for c in noun.children)


def _noun_licensed(tok: Token, ctx: _Ctx) -> bool:
    """Whether an event noun states its event here: told in a frame that tells it (a visit, talks before an outcome,
    a dated meeting), held by a light or governing verb, given a plan cue, or named between people; not a frame of
    another event, nor one a licensed verb states.

    tok (Token): an event noun. ctx (_Ctx): the doc's index.
    RETURNS (bool): True when the noun tells its own event.
    """
    lex = _lex()
    if _on_a_visit(tok, ctx) or ahead_frame(tok) or during_a_visit(tok, ctx) or guest_visit_frame(tok, ctx):
        return True
    if talks_before_outcome(tok, ctx):
        return True  # "agreed on Wednesday to expand patrols after talks in Canberra": the talks are told, that day
    if dated_earlier_talks(tok, ctx):
        return True  # "wrapped up a visit on Friday after talks with his counterpart X on Thursday": told, with their day
    if framed_talks_between(tok, ctx):
        return True  # "signed a deal after talks in Phnom Penh between A and B": the talks of the two are told
    if dated_meeting_at(tok, ctx):
        return True  # "approved a relief package at an extraordinary cabinet meeting on Friday": the meeting was held
    if participle_meeting(tok, ctx):
        return True  # "African trade ministers meeting in Accra on Wednesday adopted a protocol": they met
    if failed_to_occur(tok):
        return True  # "The trial of X failed to resume on Monday": the plan told, not come about
    if notice_of(tok):
        return True  # "filed notice for a 48-hour strike beginning on Thursday": the strike announced
    if owned_meeting_at(tok, ctx):
        return True  # "approved a dividend at the company's annual general meeting on Thursday": the company held it
    if held_participle(tok, ctx) is not None:
        return True  # "the outcome of the ministers' meeting held in Riyadh on Sunday": the meeting was held there
    if tok.dep_ == "pobj" and tok.head.lower_ in _FRAME_PREPS and any(cue_word(c) for c in own_relative_clauses(tok)):
        return True  # "left Tokyo before a scheduled audience with X, which was called off": its own fate is told
    if _call_told_in_frame(tok):
        return True  # "discussed trade with X during a phone call on Friday": the call took place
    if _left_early(tok):
        return True  # "Okello left the summit early": he attended it
    if returned_from(tok):
        return True  # "returned on Wednesday from a three-day visit to Vietnam": the visit was made
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for") and tok.head.head.lemma_.lower() in lex.invite_verbs \
            and lex.nouns.get(tok.lower_, {}).get("action") == "meet" \
            and any(c.dep_ == "dobj" and (r := ctx.actors.get(c.i)) is not None and r is not ANONYMOUS
                    for c in tok.head.head.children):
        return True  # "has invited CONAIE leaders to a meeting at the palace next Thursday": the meeting it plans
    if _trip_to_predicate(tok, ctx):
        return True  # "his first trip would be to Samar on Saturday": a journey there
    if _no_date_given(tok):
        return False  # "confirmed the call but gave no date for the meeting": nothing told of the meeting
    if made_way_for(tok) and any((x := ctx.times.get(t.i)) is not None and x.type in ("DATE", "TIME") for t in tok.subtree):
        return True  # "dissolved parliament on Monday, paving the way for a general election on May 25": the election
        # told as coming, on its own day
    if mourned_at(tok, ctx):
        return True  # "joined Austrians on Wednesday in bidding farewell to X at a state funeral": X's funeral, held
    if tok.dep_ == "pobj" and tok.head.lower_ == "during" and between_people(tok, ctx):
        return True  # "was agreed during a telephone call on Saturday between X and Y": the call took place
    if tok.dep_ == "pobj" and tok.head.lower_ in _FRAME_PREPS or occasion_frame(tok):
        return False  # "during his trip", "upon his arrival", "on the sidelines of the summit": a frame, not a statement
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to") and tok.head.head.pos_ == "NOUN" \
            and tok.head.head.lower_ in _prospect_nouns():
        return False  # "reforms the EU has set as conditions for membership talks", "hopes for a summit": talks thought
        # of, not told
    if published_trip(tok):
        return True  # "published the programme of the Pope's trip to the Philippines": the trip is planned
    gov, rel = _governor(tok)
    naming = tok.head.lemma_.lower() in _trigger_words("naming_verbs")
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and any(
            c.dep_ == "oprd" and (c.pos_ == "ADJ" or c.pos_ == "NOUN" and naming)
            and c.lower_ not in lex.curtail.get(tok.head.lemma_.lower(), ()) for c in tok.head.children):
        return False  # "the minister called the planned strike unnecessary", 'called the visit "a message of unity"': a
        # judgement of the event, nothing told of it (not "cut short her visit", the curtail verb's particle)
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _attitude_verbs() \
            and lex.nouns.get(tok.lower_, {}).get("action") != "resign":  # ("accepted her resignation": tendered)
        return False  # '"We will not accept a stolen election"': a stance on the election, nothing told of it
    if effect_told(tok, lex.nouns.get(tok.lower_, {}).get("action", "")) and _told_before(tok, ctx):
        return False  # "Dock workers began a strike on Monday. The strike, called by the dockers' union, halted loading":
        # the strike told already, its effect no event of its own
    if talks_at_destination(tok, ctx):
        return True  # "heading to Manila for talks on Saturday with X": the talks are told, at the trip's end
    if any(c.dep_ == "relcl" and c.lemma_.lower() in lex.nouns.get(tok.lower_, {}).get("governors", ()) and any(
            s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children) for c in tok.children):
        return True  # "The drills, which began on Monday and will run through March 26, ...": told by their own clause
        # (before the verb it is the subject of: "The strike by taxi drivers, which began on Monday, blocked the roads")
    governors = frozenset(lex.nouns.get(tok.lower_, {}).get("governors", ()))
    if participle_agent(tok, governors, ctx, person_only=False) is not None:
        return True  # "packed the stadium on Sunday for a rally led by X": the rally its leader held, told by its own
        # participle
    if gov is not None and tok.dep_ == "pobj" and tok.head.lower_ == "with" and any(
            c.dep_ == "acl" and cue_word(c) and any(t.i in ctx.times for t in c.subtree) for c in tok.children):
        return True  # "will leave for Brazil on Tuesday, with talks with President X scheduled for Wednesday in
        # Brasilia": the talks, planned on their own day, not the journey's
    if gov is not None and tok.dep_ == "nsubj" and gov.i == tok.head.i \
            and subject_verb_lemma(gov) in lex.nouns.get(tok.lower_, {}).get("subject_verbs", ()):
        return True  # "A UN aid convoy crossed into Gaza on Tuesday", "arrived in Rafah on Monday": the noun's own
        # movement tells it, even where the verb is an event verb of its own ("arrive")
    if gov is not None and gov.i in ctx.trigger_ids and (verb := license("VERB", gov, ctx)) is not None \
            and verb.get("action") not in _event_object_actions() and not verb.get("keeps_event_objects"):
        return False  # "attend the summit": the verb states it (not "called a snap election for Feb. 8": the call is the
        # leader's act, the election the country's vote)
    if any(c.dep_ in ("acl", "relcl") and cue_word(c) for c in tok.children):
        return True
    if _scheduled_for(tok, ctx):
        return True
    if between_people(tok, ctx):
        return True  # "follows a phone call on Saturday between X and Y": the call itself is told
    if _between_person_and_group(tok, ctx):
        return True  # "Talks between Minister X and the mining federation broke down on Friday": held, then broken off
    if _dated_between_parties(tok, ctx):
        return True  # "followed a seven-hour meeting on Thursday between CONAIE leaders and Minister X": held that day
    if gov is None:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and _topic_predicate(gov):
        return tok.dep_ == "nsubj" and gov.i == tok.head.i and _between_named(tok, ctx) and gov.tag_ == "VBD" \
            and not any(c.dep_ in ("aux", "neg") for c in gov.children)
        # "the summit is expected to focus on trade": what it is about, not that it takes place; but "Talks between
        # Germany and Poland on Saturday focused on energy": the talks between them, held
    lemma = gov.lemma_.lower()
    if _topic_gerund(gov) and not any(t.i in ctx.times for t in gov.subtree):
        return False  # "a petition challenging a new law on holding a constitutional referendum": what the law is about
    if (gathered := brought_together(tok)) is not None and len({
            r.name for t in gathered.subtree if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS
            and r.kind == "person"}) >= 2:
        return True  # "The talks ... brought together Minister X and rebel leader Y": held, between them (not "will
        # bring together mayors from across the country": nobody named)
    if tok.dep_ == "nsubj" and gov.i == tok.head.i and lemma == "come" and _trip_told_before(tok, ctx):
        return False  # "X will travel to Windhoek next week. The visit comes a week after truck drivers staged a
        # protest at Santa Clara on February 24": the trip told already, set beside another moment
    if tok.dep_ == "nsubj" and gov.i == tok.head.i and lemma in _continuation_verbs() and _told_before(tok, ctx):
        return False  # "Civil servants began a nationwide strike on Monday. ... the strike would continue until the
        # government made a new offer": the strike told already, going on
    if tok.dep_ == "nsubj" and gov.i == tok.head.i and lemma in _continuation_verbs() \
            and not any(c.dep_ in ("det", "poss") for c in tok.children) \
            and not any((r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS for t in tok.subtree):
        return False  # "He said talks on copper transport would continue at the level of officials": talks going on
        # between no one named, no one's event
    if tok.dep_ == "nsubj" and gov.i == tok.head.i and lemma in ("start", "begin") and _told_before(tok, ctx) \
            and lex.nouns.get(tok.lower_, {}).get("action") == "protest" and not any(
                (x := ctx.times.get(t.i)) is not None and x.type in ("DATE", "TIME") for t in gov.subtree):
        return False  # "Oil workers will go on strike on Sunday. The union said the walkout would start at the Rumaila
        # field": where the strike told already begins, no second strike
    if lemma in lex.preparation and rel in ("dobj", "pobj") and _own_dated_trip(tok, ctx):
        return True  # "discussed preparations for Bayramov's visit to Dushanbe on March 24": his visit, its day told
    if lemma in lex.preparation and rel in ("dobj", "pobj"):
        if lex.nouns.get(tok.lower_, {}).get("action") == "vote" and any(
                c.dep_ == "nsubj" and (r := ctx.actors.get(c.i)) is not None and r is not ANONYMOUS and r.kind == "country"
                for c in gov.children):
            return True  # "Fiji is preparing for municipal elections on May 20": the state's own vote, planned
        return False  # "held a call ... to prepare the visit": the visit is another's, told where it is planned
    if lemma in lex.light or _gone_ahead_with(tok, gov):
        return True
    if rel == "pobj" and _left_gathering(tok, gov):
        return True  # "Kosovo's delegation walked out of the EU-brokered talks with Serbia in Brussels on Wednesday":
        # the talks were held, the delegation in them
    if rel == "pobj" and tok.head.lower_ == "for" and tok.head.head.i == gov.i and gov.tag_ == "VBD" \
            and lemma in _trigger_words("occasion_gathering_verbs") and mourned_person(tok, ctx) is not None:
        return True  # "Thousands of mourners gathered in Accra on Saturday for the funeral of X": the funeral held
    if lemma == "sit" and rel == "pobj" and tok.head.lower_ == "for" and tok.head.head.i == gov.i \
            and any(c.dep_ == "prt" and c.lower_ == "down" for c in gov.children):
        return True  # "sat down for talks in Doha on Tuesday": the talks held
    if (rel in ("dobj", "nsubjpass") or rel == "appos" and tok.head.pos_ == "PROPN" and tok.head.dep_ in ("dobj", "nsubjpass")) \
            and lemma in lex.nouns.get(tok.lower_, {}).get("governors", ()):
        return True  # "have confirmed their participation", "her resignation was announced on Monday", "have cancelled
        # Northern Anvil, a joint exercise with Sweden": the exercise its name stands for
    if cue_word(gov) and rel in ("dobj", "nsubjpass", "pobj") \
            and not (rel == "pobj" and tok.head.lower_ in _trigger_words("concession_preps")):
        return True  # (not "went ahead with his visit despite protests": the protests are no one's act of the clause)
    if cue_word(gov) and rel == "nsubj" and gov.i == tok.head.i and gov.tag_ in ("VBN", "VBD") and any(
            any(a.dep_ == "auxpass" for a in c.children) for c in subjectless_conjuncts(gov)):
        return True  # "Talks between X and Y planned for Friday in Accra have been postponed": the parser made the
        # participle a verb and the change its subjectless conjunct
    if cue_word(gov) and rel == "nsubj" and gov.i == tok.head.i and gov.tag_ == "VBN" and gov.dep_ == "nsubjpass":
        return True  # "Tamm's visit to Riga planned for May 10 has been moved": a reduced relative the parser made a
        # clause, the visit its subject
    if rel == "nsubj" and gov.lemma_.lower() in _subject_cues():
        return True
    if gov.i == tok.head.i and effect_told(tok, lex.nouns.get(tok.lower_, {}).get("action", "")) \
            and not any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in gov.children):
        return True  # "A general strike called by the CGT shut down trains": it took place (not "warned that a strike
        # would disrupt orders": an effect feared, no strike told)
    if tok.dep_ == "nsubj" and gov.i == tok.head.i and lemma == "get" and occurrence_verb(gov):
        return True  # "The regional energy summit got under way in Mombasa on Saturday": it took place
    if tok.dep_ in ("nsubj", "nsubjpass") and gov.i == tok.head.i and lemma in lex.subject_predicates:
        if lemma in lex.needs_cue:
            return _has_planning_cue(gov)
        return True
    if tok.dep_ == "nsubj" and gov.i == tok.head.i and lemma in _trigger_words("objectless_subject_predicates") \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in gov.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in gov.children):
        return True  # "a second 48-hour stoppage will follow on September 24": the stoppage's own day
    return False


def _person_passive(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a verb trigger. ctx (_Ctx): the doc's index. RETURNS (bool): its passive subject is a named person
    (or a pronoun or "who" standing for one): "X was buried on Saturday", "X, who was laid to rest in Accra"."""
    sub = passive_subject(tok)
    if sub is not None and sub.lower_ in ("who", "whom") and tok.dep_ == "relcl":
        sub = tok.head
    ref = ctx.actors.get(sub.i) if sub is not None else None
    return ref is not None and ref is not ANONYMOUS and ref.kind == "person"


def published_trip(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): a journey noun after "of"/"for" on a plan document (``plan_documents``
    of ``status_cues.json``) that a publishing verb has as its object ("published the programme of the Pope's trip",
    "released details of the visit")."""
    docs: dict[str, list[str]] = load_data("status_cues.json")["plan_documents"]
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "for") or _lex().nouns.get(tok.lower_, {}).get("action") != "visit":
        return False
    noun = tok.head.head
    return noun.lower_ in docs["nouns"] and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in docs["verbs"]


def _own_dated_trip(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun. RETURNS (bool): a trip noun (``trip_nouns``) with a named possessor, a place
    and a day of its own ("Bayramov's visit to Dushanbe on March 24"): a plan told whole, whatever verb it hangs on."""
    if tok.lower_ not in _trigger_words("trip_nouns"):
        return False
    own = [t for t in tok.subtree if t.i != tok.i]
    after = tok.right_edge.i + 1
    if after < len(tok.doc) and tok.doc[after].lower_ in ("on", "in") and ctx.anchor is not None:
        ahead = ctx.anchor.isoformat()  # ("preparations for X's visit to Dushanbe [on March 24]", the day hung on the
        # verb: a day still ahead is the visit's, not the talk's)
        own += [t for t in tok.doc[after].subtree if (x := ctx.times.get(t.i)) is not None and (x.value or "") > ahead]
    owner = any(c.dep_ == "poss" and ctx.actors.get(c.i) not in (None, ANONYMOUS) for c in tok.children)
    day = any((x := ctx.times.get(t.i)) is not None and x.type == "DATE" and x.value and x.value[:1].isdigit()
              and len(x.value) >= 10 for t in own)
    return owner and day and any(ctx.places.get(t.i) is not None for t in own)


def _gone_ahead_with(tok: Token, gov: Token) -> bool:
    """tok (Token): an event noun. gov (Token): the verb it depends on. RETURNS (bool): the noun is the "with" object of
    a ``go_ahead_verbs`` verb with "ahead" on it ("went ahead with a nationwide strike on Thursday", "will press ahead
    with the vote") or of "proceed" ("proceeded with the talks"): the event is carried out, in the verb's tense."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with" or tok.head.head.i != gov.i:
        return False
    lemma = gov.lemma_.lower()
    return lemma in _trigger_words("go_ahead_verbs") and (
        lemma == "proceed" or any(c.dep_ in ("advmod", "prt") and c.lower_ == "ahead" for c in gov.children))


def _scheduled_for(tok: Token, ctx: _Ctx) -> bool:
    """ "the yearly Security Consultative Meeting (SCM) with Ahn, set for November 4": a dated plan participle in the noun's phrase."""
    for t in tok.subtree:
        if t.dep_ != "acl" or t.i <= tok.i or t.tag_ != "VBN" or not cue_word(t):
            continue
        cur = t.head
        while cur.i != tok.i and not (cur.lower_ in _lex().nouns and cur.pos_ in ("NOUN", "PROPN")) and cur.head.i != cur.i:
            cur = cur.head
        if cur.i != tok.i:
            continue  # the participle of a nearer event noun: "the dialogue known as the SCM, scheduled for"
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "on", "in"):
                if any((x := ctx.times.get(g.i)) is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P"
                       and x.value not in _REF_VALUES for g in prep.subtree):
                    return True
    return False


def _topic_predicate(gov: Token) -> bool:
    """ "will focus on", "is expected to address", "was dominated by": a predicate about an event's topics."""
    topics = _lex().topics
    return gov.lemma_.lower() in topics or any(c.dep_ == "xcomp" and c.lemma_.lower() in topics for c in gov.children)


def _has_planning_cue(verb: Token) -> bool:
    """verb (Token): a predicate of an event noun. RETURNS (bool): whether it has a planning noun in a prepositional
    phrase ("is on the agenda") or a plan cue word as its complement ("is scheduled")."""
    nouns = set(load_data("status_cues.json")["planned_nouns"])
    for child in verb.children:
        if child.dep_ == "prep" and any(g.lower_ in nouns for g in child.children):
            return True
        if child.dep_ in ("acomp", "attr") and cue_word(child):
            return True
    return False


@cache
def _attitude_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``attitude_verbs`` of ``status_cues.json``."""
    return frozenset(load_data("status_cues.json")["attitude_verbs"])
