"""An event's participants: its actor and counterparts.

:func:`_participants` reads the subject and the objects, partners and comitative
phrases of a trigger; an event without a subject of its own falls back on the
plan's holder or the sentence's people.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import ActorRef
from .actor_lexicon import title_words
from .actor_mentions import ANONYMOUS
from .bodies import legislature_of
from .arguments import (
    split_particle_of,
    _actors_in,
    _actors_in_phrase,
    _governor,
    _manner,
    _misparsed_object,
    _purpose_nouns,
    _subject_of,
    _subject_tokens,
    _title_heads,
    _titled_object,
    conjoined_passive_subjects,
)
from .context import _Ctx, time_to_date
from .generics import blamed_party
from .lede_bodies import body_nouns
from .nlp import load_data
from .noun_verbs import count_words
from .person_entities import state_agent_families
from .places import capital_of, is_demonym, resolve_country, resolve_place, settlement_nouns
from .title_phrases import parse_title
from .title_holders import comma_name, country_possessor, office_holder
from .vessels import is_vessel_noun
from .gatherings import gathering_hosts
from .holders import conjoined_nations, gathering_holder, gathering_participants
from .courts import case_against
from .group_partners import brought_together
from .crowds import _MEMBER_BODIES, _bare, cabinet_of, cabinet_organs, counted_nouns, crowd_ref, crowd_words, dateline_country, foreign_lead
from .occasions import _other_occasion, dateline_place
from .plans import _plan_holder
from .status import ahead_frame, head_chain
from .objects import listed_on
from .triggers import _NO_DESCEND, _lex
from .people_nouns import of_people, people_words, peoples_gathering_before


@cache
def _schedule_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``planned_nouns`` of ``status_cues.json`` ("itinerary", "schedule", "programme"): a
    plan dropped from a person's one of these is that person's."""
    return frozenset(load_data("status_cues.json")["planned_nouns"])


@cache
def _group_nouns() -> frozenset[str]:
    """Plural role nouns that stand for two people ("the two ministers"), from ``titles.json``."""
    return frozenset(load_data("titles.json")["group_nouns"])


def in_attendance(tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "The summit opened in Accra on Tuesday with X, Y and Z in attendance": the people of the "with" phrase that an
    attendance noun ("in attendance") completes, each of whom attended (in text order); [] for any other noun."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or _lex().nouns.get(tok.lower_, {}).get("action") != "attend" \
            or any(c.dep_ in ("poss", "det") for c in tok.children):
        return []
    cur = tok.head
    for _ in range(6):
        if cur.dep_ == "prep" and cur.lower_ == "with":
            return [a for g in cur.children if g.dep_ == "pobj" for a in _actors_in(g, ctx) if a.kind == "person"]
        if cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


def among_them(tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "Around 20 foreign royals are expected to attend, among them King X of Norway and King Y of Belgium": the people
    an "among them" phrase lists after an attend verb with no person of its own (the parser makes the first its object),
    each of whom attends (in text order); [] otherwise."""
    if tok.pos_ != "VERB" or _lex().verbs.get(tok.lemma_.lower(), {}).get("action") != "attend":
        return []
    for o in tok.children:
        if any(p.dep_ == "prep" and p.lower_ == "among" and any(g.lower_ == "them" for g in p.children)
               for p in o.children):
            among = {t.i for p in o.children if p.dep_ == "prep" and p.lower_ == "among" for t in p.subtree}
            people = {a.name: a for g in (o, *o.conjuncts) for t in g.subtree if t.i not in among
                      and (a := ctx.actors.get(t.i)) is not None and a is not ANONYMOUS and a.kind == "person"}
            return list(people.values())  # (not whom "them" stands for)
    return []


def _among_subjects(noun: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "X and Y were among the leaders who attended": the people of the subject a noun with a relative clause is counted
    "among", who did what the clause tells (not the people a group noun "the leaders" would stand for)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "among" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return []
    return [a for sub in _subject_of([noun.head.head]) for a in _actors_in(sub, ctx) if a.kind == "person"]


_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def quote_speaker(top: Token, ctx: _Ctx) -> ActorRef | None:
    """The named person who speaks a quotation, for its "I": the person subject of the reporting verb the clause hangs
    on ('"I am not resigning," Paredes told reporters'), or, for a quotation opened in this sentence and closed in a
    later one ('"I am not resigning. There is a budget to pass," Paredes told reporters'), of the later sentence's.

    top (Token): the top of the clause's head chain. RETURNS (ActorRef | None): the speaker, None when none is named.
    """
    def named_source(verb: Token) -> ActorRef | None:
        if verb.lemma_.lower() not in _lex().reporting:
            return None
        return next((r for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                     if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and r.kind == "person"), None)

    if top.dep_ == "ccomp":
        return named_source(top.head)
    sent = top.sent
    if top.dep_ != "ROOT" or sent[0].text not in _QUOTES or any(t.text in _QUOTES for t in sent[1:]):
        return None
    nxt = sent.end
    for _ in range(2):  # the quotation's later sentences, up to the one that closes it
        if nxt >= len(ctx.doc):
            return None
        later = ctx.doc[nxt].sent
        if any(t.text in _QUOTES for t in later):
            return named_source(later.root)
        nxt = later.end
    return None


def told_frame(tok: Token) -> Token | None:
    """tok (Token): a noun. RETURNS (Token | None): the frame preposition it is the object of ("after talks", "during
    talks", ``told_frame_preps``), or the "at" or frame preposition of an end noun it is "of" ("at the end of talks",
    "after the close of talks", ``frame_end_nouns``), which hangs on the verb framed; None otherwise."""
    if tok.dep_ != "pobj":
        return None
    prep, lex = tok.head, _lex()
    if prep.lower_ in lex.told_frames:
        return prep
    end = prep.head
    if prep.lower_ == "of" and end.lower_ in lex.frame_ends and end.dep_ == "pobj" \
            and (end.head.lower_ == "at" or end.head.lower_ in lex.told_frames):
        return end.head
    return None


def _framed_between(tok: Token, ctx: _Ctx) -> bool:
    """ "after talks between Foreign Ministers A and B", "during talks between the navy chiefs, A and B", "at the end
    of talks between A and B": a noun in a told frame (:func:`told_frame`) whose "between" phrase names two people is
    theirs, not its clause subject's."""
    return told_frame(tok) is not None and between_people(tok, ctx)


def between_people(tok: Token, ctx: _Ctx) -> bool:
    """ "a phone call between X and Y", "talks between Kenya's Ruto and Ethiopia's Abiy": whether an event noun's
    "between" phrase names two people."""
    people: set[str] = set()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            refs = [*(ctx.actors.get(t.i) for t in c.subtree), *_set_off_names(c, ctx)]
            people.update(r.name for r in refs if r is not None and r is not ANONYMOUS and r.kind == "person")
    return len(people) >= 2


def _set_off_names(prep: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "between the two countries' navy chiefs, Admiral Vikram Rao and Admiral Tanvir Kabir, the ministry said": the
    people named right after a preposition's plural common noun, set off by a comma (the parser often hangs them
    elsewhere). RETURNS (list[ActorRef]): those people, none when no such names follow."""
    nouns = [c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNS"]
    if not nouns or (i := nouns[0].right_edge.i + 1) >= len(prep.doc) - 1 or prep.doc[i].text != ",":
        return []
    out: list[ActorRef] = []
    for t in prep.doc[i + 1 : prep.sent.end]:
        if t.pos_ == "PROPN" or t.lower_ == "and":
            if (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person" and ref not in out:
                out.append(ref)
            continue
        break
    return out


#: Prepositions of what an event is about ("talks about the Yemen file", "a call on Gaza"): no partner inside them.
_TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})


def speaking_at_telling(verb: Token) -> Token | None:
    """verb (Token): a trigger verb. RETURNS (Token | None): the reporting verb ("said", "told") whose reported clause
    the parser hung the trigger on, when the trigger is a participle set off by a comma after that clause ("X said on
    Thursday that the brigade was ready, speaking at a ceremony in Vilnius"): the speaker's own act at the telling, its
    subject, day and tense the reporting verb's; else None."""
    clause = verb.head
    teller = clause.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or clause.dep_ != "ccomp" or verb.i < clause.i or verb.i == 0 \
            or verb.doc[verb.i - 1].text != "," or teller.lemma_.lower() not in _lex().reporting or teller.i > clause.i:
        return None  # (a closing "..., the court said on Thursday" tells the clause's own participle: "X will lead the
        # celebrations on Tuesday, attending a Te Deum ..., the court said": X attends, as planned)
    return teller


def _participants(
    tok: Token, chain: list[Token], ctx: _Ctx, changes_plan: bool = False, own_only: bool = False
) -> tuple[ActorRef | None, list[ActorRef]]:
    """The actor and counterparts of a trigger.

    tok (Token): the trigger. chain (list[Token]): its head chain. ctx (_Ctx): the doc's index.
    changes_plan (bool): the event changes a plan (its holder may be told elsewhere).
    own_only (bool): only the trigger's own clause names the actor (families that name a thing: "fired a missile"
        is done by its subject, never by the plan's holder or the last person named); a person or country after one
        of the family's ``target_preps`` ("sanctions on Russia") is a counterpart.
    RETURNS (tuple): the actor (None when none) and the counterparts.
    """
    lex = _lex()
    subjects: list[ActorRef] = []
    others: list[ActorRef] = []
    named_other = False
    if tok.pos_ in ("NOUN", "PROPN") and (present := in_attendance(tok, ctx)):
        return present[0], present[1:]  # "opened ... with X, Y and Z in attendance": each is there (split by the caller)
    if (listed := among_them(tok, ctx)):
        return listed[0], listed[1:]  # "royals are expected to attend, among them X and Y": each (split by the caller)
    if tok.pos_ in ("NOUN", "PROPN"):
        split = split_particle_of(tok)
        if (gathered := brought_together(tok)) is not None:
            people = list({a.name: a for a in _actors_in(gathered, ctx)}.values())  # (its conjuncts are in its phrase)
            if people:
                return people[0], people[1:]  # "The talks ... brought together Minister X and rebel leader Y"
        if (accused := case_against(tok)) is not None and _lex().nouns.get(tok.lower_, {}).get("owner_action"):
            subjects += [a for a in _actors_in(accused, ctx) if a.kind == "person"]  # "a hearing in the case against X"
        for child in [*tok.children, *split]:  # ("the swearing-in of X", split: "in" holds the "of")
            if child.dep_ == "poss" and child.lower_ == "their" and tok.dep_ == "dobj" and _subject_of([tok.head]):
                continue  # "X and Y have confirmed their participation": the subject the plural possessive stands for
            if child.dep_ == "prep" and child.lower_ == "by" and any(
                    g.lower_ in lex.means or any(c.lower_ in lex.means for c in g.children) for g in child.children):
                continue  # "held talks by video link with X": the means, not who holds them
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("by", "of")):
                partners = {t.idx for g in child.subtree if g.dep_ == "prep" and g.lower_ in ("with", "between")
                            and g.head.i != child.i for t in g.subtree} if child.lower_ == "of" else set()
                found_in = [a for a in _actors_in(child, ctx) if child.lower_ != "of" or a.kind == "person"]
                if child.dep_ == "poss" and child.tag_ == "NNS" and child.pos_ == "NOUN":
                    found_in = [a for a in found_in if not any(ctx.places.get(t.i) and a.start <= t.idx < a.end
                                                               for t in child.subtree)]  # ("the Sarajevo donors'
                    # conference": the place the donors meet at, no owner of it)
                if not found_in and child.lower_ == "of":
                    found_in = [c for g in child.children if g.dep_ == "pobj" and (c := cabinet_of(g, ctx)) is not None]
                    # ("the swearing-in of Nepal's new cabinet": the cabinet's)
                subjects += [a for a in found_in if a.start not in partners]
                others += [a for a in found_in if a.start in partners]  # "The signing of the trade accord with
                # President X has been pushed back": X is the other side, the plan's holder is told elsewhere
                if not subjects and child.dep_ == "poss" and (owner := _surname_owner(child, tok, ctx)) is not None:
                    subjects.append(owner)  # "Menon's Dar es Salaam visit was called off": Menon's, a surname the
                    # recognizer missed, never a person of another clause
                if child.dep_ == "poss" and child.tag_ == "NNS" and (body := _body_told_before(child, ctx)) is not None:
                    subjects = [body]  # "Southeast Asian foreign ministers met ... The ministers' trip to Subic Bay was
                    # called off": theirs (a plural, never the one minister named last)
        if not subjects and _lex().nouns.get(tok.lower_, {}).get("compound_owner"):
            subjects += list({a.name: a for c in tok.children if c.dep_ in ("compound", "nmod") for t in c.subtree
                              if (a := ctx.actors.get(t.i)) is not None and a is not ANONYMOUS
                              and a.kind in ("org", "country")}.values())  # "A UN aid convoy crossed into Gaza": the UN's
            nation = _nation_of(tok.children) or _nation_of(t for t in tok.subtree if t.i < tok.i and t.ent_type_ == "NORP")
            # ("Four Norwegian F-35 jets": the nationality hung on the model number)
            if not subjects and nation is not None:
                subjects.append(nation)  # "A Qatari relief plane landed ...": Qatar's
        if not subjects and _lex().nouns.get(tok.lower_, {}).get("of_owner"):
            subjects += _of_owners(tok, ctx)  # "The withdrawal of Ghanaian peacekeepers from Lebanon": Ghana's
        gov, rel = _governor(tok)
        if not subjects and gov is not None and (blamed := blamed_party(gov)) is not None:
            return next(iter(_blamed_actors(blamed, ctx)), None), []  # "criticised the US for holding drills": the US's
        if not subjects and gov is not None and (invited := _invited_guest(tok, gov, ctx)) is not None:
            return invited  # "X invited Y for a state visit to France": Y visits, X is the host
        if not subjects and gov is not None and rel in ("dobj", "pobj") and (controlled := _object_control(gov, ctx)) \
                and controlled[0]:
            return controlled[0][0], controlled[1]  # "The storm forced X to scrap a planned visit to Tapa": X's visit
        if not subjects and gov is not None and rel == "nsubjpass" and gov.lemma_.lower() in lex.light:
            subjects += [a for c in gov.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                         for a in _actors_in(g, ctx)]  # "exercises were held by the Indian army": India's
        if not subjects and gov is not None and rel == "nsubjpass":
            subjects += [a for p in gov.children if p.dep_ == "prep" and p.lower_ in ("from", "off") for g in p.children
                         if g.dep_ == "pobj" and g.lower_ in _schedule_nouns() for o in g.children if o.dep_ == "poss"
                         for a in _actors_in(o, ctx)]  # "A planned stop in Yogyakarta has been dropped from the Dutch
            # king's itinerary": the king's stop
        named = rel == "appos" and tok.head.pos_ == "PROPN" and tok.head.dep_ in ("dobj", "pobj")  # "hold Freedom Shield,
        # the annual exercise": the noun names the object
        if not subjects and gov is not None and (rel in ("dobj", "pobj", "compound", "conj") or named) \
                and not _framed_between(tok, ctx):  # (not "signed a deal after talks between A and B": A and B's)
            for sub in _subject_of(head_chain(gov)):
                if nations := _conjoined_sides(sub, ctx):
                    subjects += nations  # "U.S. and Cuban officials held talks": the two states
                    continue
                if own_only and ctx.actors.get(sub.i) is ANONYMOUS and sub.lower_ in _teller_pronouns():
                    continue  # "the ministry said it would hold drills with Japan": the caller may find the teller
                if ctx.actors.get(sub.i) is ANONYMOUS and (sub.lower_ in _group_nouns() or sub.pos_ == "PRON") \
                        and not _body_people(sub, ctx):
                    return None, []
                found = _subject_actors(sub, tok, ctx)
                if not found and (_thing_subject(sub, ctx) or _unnamed_role(sub)) and not sub.left_edge.i <= tok.i <= sub.right_edge.i:
                    return None, []  # "The company will hold its annual shareholder meeting", "OPEC+ ministers agreed at a
                    # virtual meeting": not the last person named
                subjects += found
    elif (controlled := _object_control(tok, ctx)) is not None:
        subjects, others = controlled  # "Albanese invited Modi to visit Australia": Modi visits, his host invited him
        if not subjects:
            return None, []
    elif (guest := _visiting_guest(tok, ctx)) is not None:
        subjects = [guest]  # "X met with visiting Malaysian Prime Minister Y": Y visits, X is his host
        others = [a for sub in _subject_of(head_chain(visiting_clause(tok))) for a in _actors_in(sub, ctx) if a.name != guest.name]
    elif tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.head.lower_ in _role_words() \
            and ctx.actors.get(tok.head.i) in (None, ANONYMOUS):
        return None, []  # "after the visiting minister's flight was cancelled": an unnamed visitor, never the subject
    else:
        for sub in _subject_of(chain):
            if nations := _conjoined_sides(sub, ctx):
                subjects += nations  # "U.S. and Cuban officials met in Washington": the two states
                continue
            if people := _appositive_people(sub, ctx):
                subjects += people  # "The two leaders, President X and President Y, will meet": X and Y
                continue
            if (held := unnamed_held_before(sub, tok, ctx)) is not None:
                subjects.append(held)  # "Police arrested a Zambian man on Wednesday. He will appear in court on
                continue  # Monday": the man arrested, told as he was
            if ctx.actors.get(sub.i) in (None, ANONYMOUS) and held_by_unnamed_agents(sub, tok):
                subjects.append(held_group(sub, tok, ctx))  # "At least 14 people were arrested in Yaounde": their
                continue  # own arrest, as a named person's is (who arrested them the sentence does not say)
            if own_only and ctx.actors.get(sub.i) is ANONYMOUS and sub.lower_ in _teller_pronouns():
                continue  # "the EU said it will impose sanctions on Belarus": the caller may find the teller; its targets stand
            if sub.lower_ == "i" and (speaker := quote_speaker(chain[-1], ctx)) is not None:
                subjects.append(speaker)  # '"I am not resigning," Paredes told reporters': Paredes
                continue
            if ctx.actors.get(sub.i) in (None, ANONYMOUS) and (held := gathering_participants(sub, ctx)) is not None:
                subjects.append(held)  # "Breaking: the leaders have signed a declaration" in a story about one summit
                continue
            if ctx.actors.get(sub.i) is ANONYMOUS and sub.pos_ == "PRON" and (told := _telling_subject(sub)) is not None \
                    and (found := _offices_of(told, tok, ctx) or _actors_in(told, ctx)):
                subjects += found  # "The leaders of Denmark and Finland have confirmed they will attend": theirs
                continue
            if (leader := _led_party(sub, ctx)) is not None:
                subjects.append(leader)  # "A Nigerian trade mission led by Industry Minister X arrived in Johannesburg":
                continue  # X, at its head
            if (pair := _pair_told_before(sub, ctx)) is not None:
                subjects.append(pair[0])  # "X met Y in Port Louis on Monday. The two sides plan to sign a tourism
                others.append(pair[1])  # agreement in December": X and Y
                continue
            if (ref := ctx.actors.get(sub.i)) is not None and ref is not ANONYMOUS and ref.kind == "country" \
                    and (paired := ctx.partners.get(sub.i)):
                subjects.append(ref)  # "South Korean and Mexican officials held talks ... the two sides would meet
                others += list(paired)  # again in Mexico City": the two states the actor finder paired
                continue
            if ctx.actors.get(sub.i) in (None, ANONYMOUS) and (body := _body_told_before(sub, ctx)) is not None:
                subjects.append(body)  # "ASEAN foreign ministers will meet in Manila on Monday. The ministers will
                continue  # also visit Subic Bay": the bloc's people again
            if ctx.actors.get(sub.i) is ANONYMOUS and (sub.lower_ in _group_nouns() or sub.pos_ == "PRON") \
                    and not _body_people(sub, ctx):
                return None, []  # "the two sides met", "we met", "she" after men only: no actor rather than a wrong one
            if sub.lower_ in lex.negated or any(c.dep_ == "det" and c.lower_ in lex.negated for c in sub.children):
                return None, []  # "No defence chiefs have toured the JSA": nobody did, no actor
            if sub.lower_ in lex.non_actors:
                named_other = True  # "his team will visit": the team, not its coach
                continue
            if own_only and sub.dep_ == "nsubjpass" and sub.lower_ in lex.verbs.get(tok.lemma_.lower(), {}).get(
                    "object_words", ()):
                named_other = True  # "The House of Representatives was dissolved on Friday": the thing it is done to,
                continue  # no doer
            found = _subject_actors(sub, tok, ctx)
            if own_only and sub.dep_ == "nsubjpass" and _captives(tok, sub):
                # "Two Colombian soldiers held by ELN rebels were released": the captors freed them, not their country
                found = _captors(tok, sub, ctx)
            if own_only and sub.dep_ == "nsubjpass":  # "Sanctions on Venezuela were extended": Venezuela is the target
                aimed = {g.idx for p in sub.children if p.dep_ == "prep" and p.lower_ in target_preps(tok) for g in p.subtree}
                found = [a for a in found if a.start not in aimed]
            if not found and sub.idx >= ctx.dateline_end and (sub.tag_ in ("NNP", "NNPS") or sub.ent_type_ in ("ORG", "NORP", "PERSON")):
                named_other = True  # "Real will host Bayern": a named non-actor, not the last person named
            elif not found and _thing_subject(sub, ctx):
                named_other = True  # "the company will meet ...": a described non-person, not the last person named
            elif not found and _unnamed_role(sub):
                named_other = True  # "the defence ministers of the two countries met", "its chairman would meet": unnamed
                # people, not the last person named
            subjects += found
        if not subjects and (held := _one_unnamed_held(tok, ctx)) is not None:
            subjects.append(held)  # "Police arrested a former minister on Thursday and charged him": his own arrest
            # (arrestees.named_arrestees), whoever's police they are
        if named_other and not subjects and not own_only:
            return None, []
        if chain[0].dep_ == "relcl" and not subjects:
            subjects += _among_subjects(chain[0].head, ctx) or _actors_in(chain[0].head, ctx)
        relative = _relative_clause(chain)
        if relative is not None and not subjects:
            # "a visit by X, who is expected to arrive on March 15": "who" is the noun the clause hangs on, never a
            # person of an earlier sentence
            ref = ctx.actors.get(relative.head.i)
            if (ref is None or ref is ANONYMOUS) and relative.head.dep_ == "appos":
                ref = ctx.actors.get(relative.head.head.i)  # "the National Council, the upper house, which is
                # expected to vote": the body the apposition describes
            if ref is None or ref is ANONYMOUS:
                return None, []
            subjects.append(ref)
        if not subjects and chain[0].dep_ in ("advcl", "xcomp") and len(chain) == 1 \
                and not (own_only and any(c.dep_ in ("nsubj", "nsubjpass") for c in chain[0].children)):  # "a day after
            # parliament passed her bill": the clause's own subject, never the main clause's
            teller = speaking_at_telling(chain[0])
            if teller is None:
                subjects += [a for sub in _subject_of(head_chain(chain[0].head)) for a in _actors_in(sub, ctx)]
            else:
                for sub in _subject_of(head_chain(teller)):
                    state = next((own for m in sub.children if (own := country_possessor(m)) is not None), None)
                    office = office_holder(sub, state) if sub.lower_ in title_words() and state is not None else None
                    subjects += [office] if office is not None else _actors_in(sub, ctx)  # "X said on Thursday that
                    # the brigade was ready, speaking at a ceremony in Vilnius": X spoke there ("Germany's defence
                    # minister said ...": the office, whose holder the store knows)
    for sub_tok in _subject_tokens(chain):
        for acl in sub_tok.children:
            if acl.dep_ in ("acl", "relcl") and acl.lemma_.lower() in lex.participant_verbs:
                others += [a for g in acl.children if g.dep_ in ("agent", "dobj") for a in _actors_in(g, ctx)]
    misparsed = _misparsed_object(tok)
    if misparsed is not None:
        others += _actors_in_phrase(misparsed, tok, ctx)
    if tok.pos_ == "VERB" and any(c.dep_ == "agent" for c in tok.children):  # "X was received by Y": Y hosts X
        others += [a for c in [*(c for c in tok.children if c.dep_ == "nsubjpass"), *conjoined_passive_subjects(tok)] for a in _actors_in(c, ctx)]
    scope = [tok]
    if tok.pos_ in ("NOUN", "PROPN"):  # "the signing of a trade agreement between Kenya and Vietnam": the object's parties
        scope += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    if tok.pos_ == "VERB":
        scope += _manner(tok, lex.means)
        scope += _purpose_nouns(tok)
    if tok.pos_ in ("NOUN", "PROPN") and not ahead_frame(tok) and not (tok.dep_ == "pobj" and tok.head.lower_ in lex.earlier_frames):
        gov, _ = _governor(tok)  # (not "wrapped up a visit to X after talks with Y": X is no partner of the talks)
        if gov is not None:
            scope.append(gov)
    for head in scope:
        for child in head.children:
            if (child.dep_ in ("dobj", "dative") or child.dep_ == "oprd" and not any(c.dep_ == "dobj" for c in head.children)) \
                    and head.pos_ == "VERB":
                if child.i == tok.i and head.i != tok.i:
                    topics = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in tok.children
                              if t.dep_ == "prep" and t.lower_ in _TOPIC_PREPS]
                    others += [a for a in _actors_in(child, ctx) if not any(lo <= a.start < hi for lo, hi in topics)]
                    continue  # "held talks with X about the Yemen file": the topic's country is no partner
                if any(p.dep_ == "prep" and p.lower_ == "of" and any(ctx.places.get(g.i) for g in p.children)
                       for p in child.children) and child.lower_ in settlement_nouns():
                    continue  # "visit the Bolivian city of El Alto": a place, no Bolivian counterpart
                if (not ctx.places.get(child.i) or _hosted_state(head, child, ctx)) \
                        and child.lower_ not in _role_objects(head):  # "lead the [Brazilian] delegation"
                    titled = _titled_object(child, ctx)  # "received Qatar's Minister of State, Sheikh X": Sheikh X
                    aside = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in child.children
                             if t.dep_ == "appos" and any(r.dep_ == "relcl" for r in t.children)]  # ("approve a law, a
                    # step the United Nations says is needed": who judges the step is no party)
                    topic = [t for t in child.children if t.dep_ == "prep" and t.lower_ in _TOPIC_PREPS
                             and ctx.actors.get(child.i) is None and child.pos_ == "NOUN"]
                    partners = {g.i for t in topic for w in t.subtree if w.dep_ == "prep" and w.lower_ == "with"
                                for g in w.subtree}  # ("an agreement on trade with Vietnam": Vietnam is)
                    aside += [(w.idx, w.idx + len(w)) for t in topic for w in t.subtree if w.i not in partners]
                    # ("signed an agreement on coast guard cooperation": the topic's body is no party)
                    if child.pos_ == "NOUN" and child.lower_ in lex.nouns:
                        aside += [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in child.children
                                  if t.dep_ == "prep" and t.lower_ == "for" and any(
                                      (r := ctx.actors.get(g.i)) is not None and r is not ANONYMOUS
                                      and r.kind == "country" for g in t.children if g.dep_ == "pobj")]
                        # ("host a pledging conference for Sudan": the country it is for, no party; not "hosted a
                        # dinner for both delegations", its guests)
                    if ctx.actors.get(child.i) is None and not ctx.places.get(child.i):
                        aside += [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in child.children
                                  if t.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children)]
                        # ("voted to ratify the agreement that President X signed in Lome": who signed it is no party)
                    others += titled + [a for a in _actors_in(child, ctx) if (not titled or a.kind == "person")
                                        and not any(lo <= a.start < hi for lo, hi in aside)]
                    if child.lower_ in _led_party_nouns() and (leader := participle_agent(
                            child, frozenset({"lead", "head"}), ctx)) is not None and leader.name not in {o.name for o in others}:
                        others.append(leader)  # "met a business delegation from Oman led by deputy minister X": X too
                    if not titled and child.lower_ in ("counterpart", "counterparts"):
                        others += [a for a in _name_after_title(child, ctx, any_case=True) if a.name not in {
                            o.name for o in others}]  # "meets his Polish counterpart [Tomasz Wierzbicki]", the name
                        # the parser hung elsewhere
                elif _lex().verbs.get(head.lemma_.lower(), {}).get("object_words_action", {}).get(child.lower_) == "agree":
                    # "reached a deal with Estonia": the deal's other side (not "led the delegation with X", a member)
                    others += [a for p in child.children if p.dep_ == "prep" and p.lower_ == "with"
                               for g in p.children if g.dep_ == "pobj" for a in _actors_in(g, ctx)]
            elif child.dep_ == "npadvmod" and head.pos_ == "VERB" and child.i > head.i and child.pos_ == "PROPN" \
                    and child.ent_type_ == "PERSON" and (ref := ctx.actors.get(child.i)) is not None and ref is not ANONYMOUS \
                    and ref.kind == "person" and all(c.dep_ != "dobj" or _title_before_name(c, child) for c in head.children):
                others.append(ref)  # "met Trade Commissioner [Henrik Vestergaard]npadvmod on Monday": the object misparsed
                # ("met his Polish [counterpart]dobj [Marta Wierzbicka]npadvmod in Krakow": the name of the title)
            elif child.dep_ == "prep" and (inviters := _inviters(child, ctx)):
                others += inviters  # "at the invitation of his Vietnamese counterpart, Nguyen Duc Thanh"
            elif child.dep_ == "prep" and child.lower_ in _TOPIC_PREPS and head.pos_ == "NOUN" \
                    and _lex().nouns.get(head.lower_, {}).get("action") == "meet":
                others += [a for w in child.subtree if w.dep_ == "prep" and w.lower_ == "with" for g in w.children
                           if g.dep_ == "pobj" for a in _actors_in(g, ctx) if a.kind == "person"]  # "for talks on the
                # common external tariff with Economy Minister X": the parser hung "with X" on the topic
            elif child.dep_ == "prep" and (child.lower_ in lex.participant_preps or child.lower_ in ("between", "to")
                                           or head.i == tok.i and child.lower_ in _courtesy_preps(tok)
                                           or own_only and child.lower_ in target_preps(tok)):
                if head.pos_ == "VERB" and _co_attending(head) and (child.lower_ == "alongside" or child.i > 0 and (
                        f"{ctx.doc[child.i - 1].lower_} {child.lower_}" in lex.comitative)):
                    continue  # "attended the funeral together with President Y": a co-attendee, no partner
                for pobj in child.children:
                    if child.lower_ == "to" and ctx.places.get(pobj.i):
                        continue  # "a trip to Germany and Angola": destinations, no counterparts
                    aiming = own_only and child.lower_ in target_preps(tok)
                    topics = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in pobj.children
                              if t.dep_ == "prep" and t.lower_ in _TOPIC_PREPS and t.i > pobj.i]  # ("spoke with X
                    # about Egypt's role in the African Union mission": the topic the parser hung on X names no partner)
                    others += [a for a in (
                        _unnamed_counterpart(pobj, ctx) or _actors_in(pobj, ctx, head.i == tok.i, targets=aiming)
                        or _name_after_title(pobj, ctx)
                        or (country_of_place(pobj, ctx) if aiming else [])
                        or (_capital_state(pobj, ctx) if own_only and child.lower_ != "to" else [])) + [
                        a for c in pobj.children if c.dep_ == "conj" for a in _name_after_title(c, ctx)]
                        if not any(lo <= a.start < hi for lo, hi in topics)]
                    # "between X and Turkish [President] Recep Tayyip Erdogan": the name the parser hung elsewhere
                if child.lower_ == "with":
                    others += _and_with(child, ctx)
                if child.lower_ == "between":
                    others += _set_off_names(child, ctx)
                    others += [a for c in head.children if c.dep_ == "conj" and c.i > child.i and head.pos_ == "NOUN"
                               for t in (c, *c.conjuncts) if t.i > child.i for a in _actors_in(t, ctx)
                               if a.name not in {o.name for o in others}]  # "Talks between the union, factory owners
                    # and Labour Minister X": the list the parser hung on the noun, its parties
                    organs = [a for g in child.children if g.dep_ == "pobj" for c in (g, *g.conjuncts)
                              for a in _dateline_organ(c, ctx) if a.name not in {o.name for o in others}]
                    others += organs if others else []  # "LAGOS - Negotiations between the Nigeria Labour Congress and
                    # the government": Nigeria's government, with a party named beside it (not "the union and the
                    # government": one side alone)
    if tok.pos_ == "VERB":
        others += _comitative_partners(tok, ctx)
        others += [g for c in tok.children if c.dep_ in ("xcomp", "acl") and (g := _visiting_guest(c, ctx)) is not None]
        # "will meet visiting President Y", the participle read as a clause holding the object: Y is met
    if not subjects and tok.pos_ in ("NOUN", "PROPN") and others and any(
        c.dep_ == "prep" and c.lower_ == "between" for t in scope if t.pos_ in ("NOUN", "PROPN") for c in t.children
    ):
        subjects, others = others[:1], others[1:]
    elif subjects and tok.pos_ == "NOUN" and (sides := _brokered_sides(tok, ctx)):
        brokers = {a.name for a in subjects}
        subjects, others = sides[:1], [a for a in [*sides[1:], *others] if a.name not in brokers]  # "Egypt and Qatar
        # brokered a truce between Israel and Hamas": the truce is Israel's and Hamas's, not its brokers'
    if own_only and tok.pos_ in ("VERB", "AUX"):  # "imposed sanctions on Russia": the target the parser hung on the object
        others += [a for o in tok.children if o.dep_ in ("dobj", "nsubjpass") for p in o.children
                   if p.dep_ == "prep" and p.lower_ in target_preps(tok) for g in p.children
                   for a in _actors_in(g, ctx, targets=True) or country_of_place(g, ctx)]
        others += [a for o in tok.children if o.dep_ == "dobj" and not others for r in o.children if r.dep_ == "relcl"
                   for p in r.children if p.dep_ == "prep" and p.lower_ in target_preps(tok) for g in p.children
                   for a in _actors_in(g, ctx, targets=True) or country_of_place(g, ctx)]  # "will lift the sanctions
        # it imposed on Guinea-Bissau"
        if listed_on(tok, _lex().verbs.get(tok.lemma_.lower(), {})) is not None:
            others += [a for o in tok.children if o.dep_ == "dobj" for a in _actors_in(o, ctx, targets=True)]
            # "removed Belavia from its sanctions list": the one listed or delisted
    if own_only and not subjects and tok.dep_ == "amod" and tok.head.dep_ == "ROOT" and tok.tag_ == "VBD":
        subjects = [a for c in tok.head.lefts if c.i < tok.i and c.dep_ in ("compound", "nmod", "nsubj")
                    for a in _actors_in(c, ctx)]  # "North Korea test-fired two missiles", read as one noun phrase
    if not subjects and tok.pos_ in ("NOUN", "PROPN") and (relative := _relative_clause(chain)) is not None \
            and (ref := ctx.actors.get(relative.head.i)) is not None and ref is not ANONYMOUS \
            and ref.kind in ("person", "country", "org"):
        subjects = [ref]  # "Prime Minister X, who called off a trip to Jordan last weekend, thanked lawmakers": X's
        # trip, never the person of the sentence before; "X, who held a rally in Kitwe on March 14": X's rally
    if own_only and not subjects:  # the caller may find a crowd or a state for the actor ("Washington will impose tariffs")
        return None, list({a.name: a for a in others}.values())
    if not subjects and changes_plan and tok.pos_ == "NOUN" and (speakers := _due_speakers(tok, ctx)):
        return speakers[0], list({a.name: a for a in [*speakers[1:], *others]}.values())  # "A trade conference in
        # Tartu where X had been due to speak was called off": X's part in it
    if not subjects and changes_plan and tok.pos_ == "NOUN" and (hosts := gathering_hosts(tok, ctx)[0]):
        return hosts[0], []  # "The regional summit that Zambia had planned to host in Livingstone on Friday has been
        # postponed": its host's (which the gathering changes make a hosting)
    if not subjects and changes_plan and tok.pos_ in ("NOUN", "PROPN") and gathering_holder(tok, ctx) is not None:
        return None, []  # "A round of U.S.-Iran talks ... was cancelled": the named gathering's participants, no one else's
    if not subjects and changes_plan and tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in _gathering_subject_nouns() \
            and tok.left_edge.lower_ in ("a", "an", "another") \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):  # (not "a meeting of regional
        # ministers ... has been moved to Cebu": its members' meeting, which the article's host may chair)
        return None, []  # "A planned meeting last Friday was cancelled", "A donors' conference ... has been pushed back":
        # a gathering told for the first time, whose holder the clause does not name, is nobody's plan told before
    if not subjects and changes_plan and tok.pos_ in ("NOUN", "PROPN"):
        subjects = _plan_holder(tok, ctx, others)
    if not subjects:
        subjects = _sentence_fallback(tok, ctx, others)
    if not subjects and changes_plan and tok.pos_ in ("NOUN", "PROPN") and len({o.name for o in others}) == 1:
        return others[0], []  # "The signing of the trade accord with President X has been pushed back", no holder told:
        # told of X's side (the store finds the plan that names X as the other side)
    if not subjects:
        return None, []
    actor = subjects[0]
    seen = {actor.name}
    rest: list[ActorRef] = []
    for ref in subjects[1:] + others:
        if ref.name not in seen:
            seen.add(ref.name)
            rest.append(ref)
    return actor, rest


def _hosted_state(verb: Token, obj: Token, ctx: _Ctx) -> bool:
    """verb (Token): a verb. obj (Token): its object, a place. RETURNS (bool): the verb is a host verb (its
    ``triggers.json`` action is ``host``) and the object a country: "Portugal will host Spain in Porto" receives Spain's
    leaders, a guest, not a place."""
    place = ctx.places.get(obj.i)
    return place is not None and place.kind == "country" and _lex().verbs.get(verb.lemma_.lower(), {}).get("action") == "host"


def _brokered_sides(tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """tok (Token): an event noun. ctx (_Ctx): the doc's index. RETURNS (list[ActorRef]): the two or more sides its
    "between" phrase names when its verb is a ``broker_verbs`` verb of ``families.json`` ("brokered a truce between X
    and Y", "Malaysia announced a ceasefire between X and Y"), whose subject is a third party; else []."""
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.lemma_.lower() not in load_data("families.json")["broker_verbs"]:
        return []
    sides = list({a.name: a for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                  for g in c.children if g.dep_ == "pobj" for t in (g, *g.conjuncts) for a in _actors_in(t, ctx)}.values())
    return sides if len(sides) >= 2 else []


def _surname_owner(poss: Token, tok: Token, ctx: _Ctx) -> ActorRef | None:
    """ "A spokesman said Menon's Dar es Salaam visit was called off" (a follow-up naming the traveller by surname only,
    which the recognizer reads as no person): a single capitalised proper-noun possessor of a ``trip_nouns`` noun that
    is no known actor, place or country is that person (the store joins the surname to the full name it holds).

    poss (Token): the noun's possessor. tok (Token): the trip noun. ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): the person, else None.
    """
    if tok.lower_ not in _lex().trip_nouns or poss.pos_ != "PROPN" or not poss.text[:1].isupper() or poss.is_sent_start:
        return None
    if any(c.dep_ != "case" for c in poss.children) or poss.ent_type_ in ("ORG", "NORP", "FAC", "DATE", "TIME") \
            or ctx.actors.get(poss.i) or ctx.times.get(poss.i) is not None:
        return None  # (not "Thursday's visit": a day, no one's name)
    if ctx.places.get(poss.i) is not None or resolve_country(poss.text) is not None or resolve_place(poss.text) is not None:
        return None
    return ActorRef(poss.text, "person", None, None, poss.idx, poss.idx + len(poss))


def _due_speakers(noun: Token, ctx: _Ctx) -> list[ActorRef]:
    """noun (Token): a gathering noun whose plan changed. ctx (_Ctx): the doc's index. RETURNS (list[ActorRef]): the
    named people of a relative clause of place on it ("a conference [where X had been due to speak]", "the forum [at
    which X was to appear]"), who had a part in the gathering; [] when it has no such clause."""
    found: list[ActorRef] = []
    for rel in noun.children:
        if rel.dep_ != "relcl" or not any(c.lower_ == "where" and c.dep_ == "advmod" or c.dep_ == "prep" and any(
                g.lower_ == "which" for g in c.children) for c in rel.subtree if c.i < rel.i):
            continue
        found += [a for c in rel.children if c.dep_ in ("nsubj", "nsubjpass") for a in _actors_in(c, ctx)
                  if a.kind == "person"]
    return found


def _relative_clause(chain: list[Token]) -> Token | None:
    """chain (list[Token]): a trigger and its heads. RETURNS (Token | None): the relative clause above the trigger (not
    the trigger's own) whose subject is a relative pronoun ("X, who is expected to arrive"), else None."""
    for tok in chain[1:]:
        if tok.dep_ == "relcl":
            subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            return tok if subs and all(c.lower_ in ("who", "that", "which") for c in subs) else None
    return None


def _unnamed_counterpart(pobj: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "held a phone call with his Iranian counterpart": a counterpart named by nationality only is that country, and
    the office its possessor holds there when the possessor's title is known ("Defence Minister X will sit down with
    his Cambodian counterpart": Cambodia and the Defence Minister of Cambodia, see counterparts.counterpart_offices,
    as for "will meet his Cambodian counterpart")."""
    office = ctx.actors.get(pobj.i)
    if office is ANONYMOUS or office is None or office.kind != "person":
        office = None
    owner = {t.i for c in pobj.children if c.dep_ == "poss" for t in c.subtree}  # "[his] Iranian counterpart"
    if pobj.lower_ != "counterpart" or any(ctx.actors.get(t.i) is not None for t in pobj.subtree if t.i != pobj.i and t.i not in owner):
        return []
    if comma_name(pobj):
        return []  # "his Senegalese counterpart, Aminata Sarr, ...": named after it (the counterpart's actor)
    doc = pobj.doc
    for mod in pobj.children:
        if mod.dep_ not in ("amod", "compound"):
            continue
        words = doc[mod.left_edge.i : mod.i + 1]  # ("his [South Sudanese] counterpart": two words, not "Sudanese")
        if (country := resolve_country(words.text)) is not None:
            return [ActorRef(country, "country", None, country, words.start_char, words.end_char),
                    *([office] if office is not None else [])]
        if (country := resolve_country(mod.text)) is not None:
            return [ActorRef(country, "country", None, country, mod.idx, mod.idx + len(mod)),
                    *([office] if office is not None else [])]
    return [office] if office is not None else []


def _and_with(prep: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "talks with the summit's host, President X, and with Prime Minister Y": a later "and with" in the sentence
    continues the list of the event's "with" phrase, wherever the parser hung it; its people are partners too."""
    doc = prep.doc
    for k in range(prep.i + 2, prep.sent.end - 1):
        t = doc[k]
        if t.lower_ == ";" or t.i in ctx.trigger_ids and t.pos_ == "VERB":
            return []
        if t.lower_ == "with" and doc[k - 1].lower_ == "and" and t.head.i != prep.head.i:
            return [a for g in t.children if g.dep_ == "pobj" for a in _actors_in(g, ctx) if a.kind == "person"]
    return []


def _name_after_title(pobj: Token, ctx: _Ctx, any_case: bool = False) -> list[ActorRef]:
    """ "talks with South African [President] Sipho Ndlovu", the name misparsed off its title: the person named right
    after a capitalized title word that ends the phrase (``any_case``: also a lower-case one, "his counterpart")."""
    nxt = pobj.i + 1
    if pobj.right_edge.i != pobj.i or nxt >= len(ctx.doc) or not (any_case or pobj.text[:1].isupper()) \
            or not (any_case or pobj.lower_ in _role_words()):
        return []
    ref = ctx.actors.get(nxt)
    return [ref] if ref is not None and ref is not ANONYMOUS and ref.kind == "person" else []


def _inviters(prep: Token, ctx: _Ctx) -> list[ActorRef]:
    """The people in the "of" phrase of an ``invitation_nouns`` noun under ``prep`` ("at the invitation of X")."""
    return [a for g in prep.children if g.dep_ == "pobj" and g.lower_ in _lex().invitations
            for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for a in _actors_in(o, ctx) if a.kind == "person"]


@cache
def _led_party_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``led_party_nouns`` of ``titles.json`` ("delegation", "mission")."""
    return frozenset(load_data("titles.json")["led_party_nouns"])


def _led_party(sub: Token, ctx: _Ctx) -> ActorRef | None:
    """sub (Token): a subject. RETURNS (ActorRef | None): the person a ``led_party_nouns`` subject ("delegation",
    "mission") is led by, named as the agent of its participle ("A delegation led by Foreign Minister X"), else None."""
    nouns = _led_party_nouns()
    for noun in (sub, *(t for t in sub.subtree if t.i != sub.i and t.dep_ == "pobj")):
        if noun.lower_ in nouns and (leader := participle_agent(noun, frozenset({"lead", "head"}), ctx)) is not None:
            return leader  # (also "[An Organization of American States]subject [observer mission]pobj headed by X":
            # the mission the parser hung on the body's name)
    return None


def participle_agent(noun: Token, lemmas: frozenset[str], ctx: _Ctx, person_only: bool = True) -> ActorRef | None:
    """noun (Token): a noun. lemmas (frozenset[str]): participle lemmas. ctx (_Ctx): the doc's index. person_only
    (bool): only a person counts. RETURNS (ActorRef | None): the actor (a person, with ``person_only``) named in the
    agent phrase of a participle of one of those lemmas on the noun ("a rally led by X", "a delegation headed by X"),
    else None."""
    return next((r for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lemmas
                 for a in c.children if a.dep_ == "agent" for t in a.subtree
                 if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and (r.kind == "person" or not person_only)),
                None)


def _pair_told_before(sub: Token, ctx: _Ctx) -> tuple[ActorRef, ActorRef] | None:
    """sub (Token): a subject. RETURNS (tuple | None): for "the two sides", "both parties", "the two" (a
    ``roleless_pair_nouns`` word of ``titles.json`` with "two" or "both", no phrase of its own; a pair named by a role,
    "the two leaders", "both ministers", is the actor finder's, unless it matched no one) opening a sentence whose previous sentence names
    exactly two people, or the subject of a clause conjoined to one that does ("X held talks with Y in Kyiv on Tuesday,
    and the two sides signed a memorandum"), those two (first named first); else None."""
    data = load_data("titles.json")
    pair_words = frozenset(data["group_determiners"])
    conjoined = sub.head.dep_ == "conj" and sub.head.head.i < sub.i
    unresolved_role = sub.lower_ in data["group_nouns"] and ctx.actors.get(sub.i) in (None, ANONYMOUS)
    # ("Benvenuti held talks with Mansouri ... The two ministers signed a memorandum": a role pair the actor finder
    # matched to no one, the article giving neither his title)
    if sub.lower_ not in data["roleless_pair_nouns"] and not unresolved_role or sub.sent.start == 0 and not conjoined or not (
            sub.lower_ in pair_words or any(c.lower_ in pair_words and c.dep_ in ("nummod", "det", "predet") for c in sub.children)) \
            or any(c.dep_ in ("prep", "poss", "compound", "amod") for c in sub.children):
        return None
    before = sub.doc[sub.sent.start : sub.i] if conjoined else sub.doc[sub.sent.start - 1].sent
    people: dict[str, ActorRef] = {}
    for t in before:
        ref = ctx.actors.get(t.i)
        if ref is not None and ref is not ANONYMOUS and ref.kind == "person":
            people.setdefault(ref.name, ref)
    if len(people) != 2 or unresolved_role and any(p.title for p in people.values()):
        return None  # ("Kenyan President X hosted German Chancellor Y ... Both ministers": titles that fit no ministers)
    first, second = people.values()
    return first, second


def _body_told_before(sub: Token, ctx: _Ctx) -> ActorRef | None:
    """sub (Token): a subject. RETURNS (ActorRef | None): for a bare definite group noun ("The ministers will also
    visit ..."), the organization whose people the same noun named as a subject in its own sentence or the three before
    ("ASEAN foreign ministers will meet", "Foreign ministers of the Association of Southeast Asian Nations will meet");
    None otherwise (a pair of states' people is :func:`_pair_told_before`'s)."""
    if sub.lower_ not in _group_nouns() or {c.dep_ for c in sub.children} - {"case"} != {"det"} \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in sub.children):
        return None  # ("The ministers' trip to Subic Bay": a possessor too)
    first = _window_start(sub, ctx)
    for t in reversed(ctx.doc[first : sub.i]):
        if t.lower_ != sub.lower_ or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if (own := ctx.actors.get(t.i)) is not None and own is not ANONYMOUS and own.kind in ("org", "group"):
            return replace(own, start=sub.idx, end=sub.idx + len(sub))  # ("Southeast Asian foreign ministers met ...")
        bodies = [r for c in t.children if c.dep_ in ("compound", "amod", "nmod") and (r := ctx.actors.get(c.i)) is not None
                  and r is not ANONYMOUS and r.kind == "org"]
        bodies += [r for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.subtree
                   if (r := ctx.actors.get(g.i)) is not None and r is not ANONYMOUS and r.kind == "org"]
        if len({b.name for b in bodies}) == 1:
            return replace(bodies[0], start=sub.idx, end=sub.idx + len(sub))
        mods = [c for c in t.children if c.i < t.i]
        if mods and all(c.dep_ in ("amod", "compound") and c.ent_type_ not in ("GPE", "PERSON") for c in mods) \
                and mods[0].text[:1].isupper() and not is_demonym(mods[0].text) and not bodies:
            name = " ".join(w.text for w in ctx.doc[mods[0].left_edge.i : t.i + 1])  # "Southeast Asian foreign
            # ministers": the group as it was named (a region's people, no one state's)
            return ActorRef(name, "group", None, None, sub.idx, sub.idx + len(sub))
        return None
    return None


def _body_people(sub: Token, ctx: _Ctx) -> bool:
    """sub (Token): a group noun subject. RETURNS (bool): an organization names the group ("[NATO] defence ministers
    met", "[EU] leaders will meet"), or states do after "from"/"of" ("officials from Taiwan and Japan"): the body's
    (or states') people, not a pair told before."""
    return any(c.dep_ in ("compound", "amod", "nmod") and (r := ctx.actors.get(c.i)) is not None and r is not ANONYMOUS
               and r.kind == "org" for c in sub.children) or any(
        p.dep_ == "prep" and p.lower_ in ("from", "of") and (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS
        and r.kind == "country" for p in sub.children for t in p.subtree)  # "Officials from Taiwan and Japan will
    # meet": the two states' people


def _captives(tok: Token, sub: Token) -> bool:
    """tok (Token): a verb trigger. sub (Token): its passive subject. RETURNS (bool): the verb frees captives and the
    subject (or a word conjoined to it) is one of them ("soldiers ... were released"), or the verb arrests people and
    the subject is such people ("40 protesters were detained by police")."""
    entry = _lex().verbs.get(tok.lemma_.lower(), {})
    if entry.get("what_heads") not in ("captive", "arrestee"):
        return False
    heads = frozenset(load_data("families.json")["what_heads"][entry["what_heads"]]) | _captive_people()
    return any(t.lower_ in heads for t in (sub, *sub.conjuncts))


@cache
def _captive_people() -> frozenset[str]:
    return frozenset(load_data("families.json")["captive_people"])


def _captors(tok: Token, sub: Token, ctx: _Ctx) -> list[ActorRef]:
    """Who freed captives told as a passive subject: the verb's agent ("were released by the rebels"), else the agent of
    a ``captor_participles`` participle on the captives ("soldiers held by ELN rebels"); none otherwise."""
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    held = set(load_data("families.json")["captor_participles"])
    for t in (sub, *sub.conjuncts):
        agents += [g for a in t.children if a.dep_ == "acl" and a.lemma_.lower() in held
                   for c in a.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [a for g in agents for a in _actors_in(g, ctx)][:1]


def target_preps(tok: Token) -> frozenset[str]:
    """The ``target_preps`` of a trigger's family, or of the family its object may make it (``families.json``:
    "sanctions on Russia", "protested against X")."""
    entry = _lex().nouns.get(tok.lower_, {}) if tok.pos_ in ("NOUN", "PROPN") else _lex().verbs.get(tok.lemma_.lower(), {})
    return _family_targets().get(str(entry.get("action", "")), frozenset()) \
        | _family_targets().get(str(entry.get("object_action", "")), frozenset())  # ("lift sanctions on Belarus": a
    # launch verb whose object makes it an easing)


@cache
def _family_targets() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_data("families.json")["target_preps"].items()}


def _courtesy_preps(verb: Token) -> frozenset[str]:
    """ "call on President X", "a courtesy call on X": the ``prep_actions`` prepositions of a trigger verb or noun, whose
    object is its partner."""
    if verb.pos_ in ("NOUN", "PROPN"):
        return frozenset(_lex().nouns.get(verb.lower_, {}).get("prep_actions", ()))
    if verb.pos_ != "VERB":
        return frozenset()
    return frozenset(_lex().verbs.get(verb.lemma_.lower(), {}).get("prep_actions", ()))


def _blamed_actors(party: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "criticised [the US] for ...", "condemned [Pyongyang] for ...": the actors of the blamed party, a capital city
    standing for its state."""
    return _actors_in(party, ctx) or _capital_state(party, ctx)


def _capital_state(tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "[Pyongyang]", "drills with [Manila]": a capital city as a party stands for its state ([] for any other word)."""
    place = ctx.places.get(tok.i)
    if place is not None and place.kind == "city" and place.country \
            and (capital := capital_of(place.country)) is not None and capital.name == place.name:
        return [ActorRef(place.country, "country", None, place.country, tok.idx, tok.idx + len(tok))]
    return []


def _object_control(tok: Token, ctx: _Ctx) -> tuple[list[ActorRef], list[ActorRef]] | None:
    """ "invited Modi to visit", "urged Ruto to meet": the object of an object-control verb does the infinitive's event.

    RETURNS (tuple | None): (the object's actors, the inviter when the verb is an invitation), or None.
    """
    lex = _lex()
    if (blamed := blamed_party(tok)) is not None:  # "China criticised the US for holding drills": the US held them
        return _blamed_actors(blamed, ctx)[:1], []
    head = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or tok.tag_ != "VB" or head.lemma_.lower() not in lex.control_verbs:
        return None
    objects = [a for c in head.children if c.dep_ in ("dobj", "dative") for a in _actors_in(c, ctx)
               if not any(p.dep_ == "poss" and p.left_edge.idx <= a.start <= p.right_edge.idx for p in c.children)]
    # ("invited [his] Icelandic counterpart to visit": the owner is not the one invited)
    if not objects and any(c.dep_ in ("dobj", "dative") and (c.pos_ in ("PRON", "PROPN") or head.lemma_.lower()
                                                             in lex.invite_verbs) for c in head.children):
        return [], []  # "invited him to visit Russia", him unresolved, "invited his Icelandic counterpart to visit
        # Doha": someone else visits, not the inviter
    if not objects:
        return None
    # "Orlanov thanked his host and invited him to visit Russia": the subject of the conjoined verb invites too
    inviter = [a for s in _subject_of(head_chain(head)) for a in _actors_in(s, ctx)] if head.lemma_.lower() in lex.invite_verbs else []
    if any(a.name == objects[0].name for a in inviter):
        return [], []  # "X ... invited him to visit": "him" is not X himself; no invitee named, no visit of the inviter
    return objects[:1], [a for a in objects[1:] + inviter if a.name != objects[0].name]


def _invited_guest(tok: Token, gov: Token, ctx: _Ctx) -> tuple[ActorRef | None, list[ActorRef]] | None:
    """ "X invited Y for a state visit to France", "invited Y on a visit": a trip noun after one of the
    ``invite_noun_preps`` prepositions of an ``invite_verbs`` verb is the trip of the verb's object; the inviter is his
    host, a counterpart.

    tok (Token): the trip noun. gov (Token): the verb it depends on.
    RETURNS (tuple | None): (the guest, the inviter and any other guest), or None when the rule does not apply.
    """
    lex = _lex()
    if gov.lemma_.lower() not in lex.invite_verbs or tok.dep_ != "pobj" or tok.head.head.i != gov.i \
            or tok.head.lower_ not in lex.invite_noun_preps \
            or lex.nouns.get(tok.lower_, {}).get("action") not in lex.invite_noun_actions:
        return None
    guests = [a for c in gov.children if c.dep_ in ("dobj", "dative") for a in _actors_in(c, ctx)]
    if not guests and any(c.dep_ in ("dobj", "dative") and c.pos_ in ("PRON", "PROPN") for c in gov.children):
        return None, []  # "invited him for a state visit", him unresolved: someone else visits, never the inviter
    if not guests:
        return None
    inviter = [a for s in _subject_of(head_chain(gov)) for a in _actors_in(s, ctx) if a.name != guests[0].name]
    return guests[0], guests[1:] + inviter


def _visiting_guest(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """ "met with visiting Malaysian Prime Minister Y", "received the visiting Foreign Minister, Y": a participle of a
    trip verb modifying a person's name (or the title before it) makes that person the visitor, not the clause's subject.

    RETURNS (ActorRef | None): the person so modified, or None.
    """
    if tok.pos_ != "VERB" or tok.tag_ != "VBG" or _lex().verbs.get(tok.lemma_.lower(), {}).get("action") != "visit":
        return None
    if tok.dep_ == "amod":
        noun = tok.head
    elif tok.dep_ in ("xcomp", "acl") and tok.head.pos_ == "VERB" or tok.dep_ == "pcomp" and tok.head.lower_ == "with":
        # "received visiting Foreign Minister Y", "met with visiting Y": the participle read as a clause whose object
        # begins right after it
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1]
        if not objs:
            return None
        noun = objs[0]
    else:
        return None
    while noun.dep_ == "compound" and noun.head.i != noun.i:  # "visiting Chilean [President] Luis Mora": the name
        noun = noun.head
    for cand in [noun, *(c for c in noun.children if c.dep_ == "appos")]:
        ref = ctx.actors.get(cand.i)
        if ref is not None and ref is not ANONYMOUS and ref.kind == "person":
            return ref
    return None


def visiting_clause(tok: Token) -> Token:
    """The verb of the clause a "visiting Y" participle sits in ("X met with visiting Y": met), which tells the
    visit's status and its host; the participle itself when it heads the sentence."""
    cur = tok.head
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur if cur.pos_ in ("VERB", "AUX") else tok


def _thing_subject(sub: Token, ctx: _Ctx) -> bool:
    """A subject no actor stands for: "the company", "the carmaker", "bitcoin", "oil prices" (a common noun, not an
    unnamed official, a title, a group noun or an event noun)."""
    if sub.pos_ != "NOUN" or ctx.actors.get(sub.i) is not None or sub.lower_ in _lex().nouns:
        return False
    return sub.lower_ not in _group_nouns() and sub.lower_ not in _role_words()


@cache
def _council_kinds() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``town_council_words`` of ``titles.json`` ("city", "town", "municipal")."""
    return frozenset(load_data("titles.json")["town_council_words"])


def _town_council(sub: Token, ctx: _Ctx) -> ActorRef | None:
    """sub (Token): a subject. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): for "Johannesburg's city council"
    (a town's possessive) or "the city council" under a dateline in a town (a ``town_council_words`` word on "council"),
    that town's council as a body named as the recognizer names it written out ("Johannesburg City Council"); else
    None."""
    if sub.lower_ != "council" or sub.pos_ not in ("NOUN", "PROPN"):
        return None
    kind = next((c for c in sub.children if c.dep_ in ("compound", "amod") and c.lower_ in _council_kinds()), None)
    if kind is None:
        return None
    owner = next((c for c in sub.children if c.dep_ == "poss"), None)
    if owner is not None:
        town = resolve_place(" ".join(t.text for t in owner.subtree if t.dep_ != "case"))
    elif any(c.dep_ == "det" and c.lower_ == "the" for c in sub.children) and not any(
            c.dep_ == "prep" for c in sub.children):
        town = dateline_place(ctx)  # "JOHANNESBURG, June 1 (Wire) - The city council will vote on Thursday"
    else:
        return None
    if town is None or town.kind not in ("city", "region"):
        return None
    return ActorRef(f"{town.name} {kind.text[:1].upper()}{kind.text[1:].lower()} Council", "org", None, town.country,
                    sub.idx, sub.idx + len(sub))


def _dateline_organ(sub: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "WARSAW, July 6 (Wire) - ... the cabinet would hold an extraordinary meeting on Friday": a bare "the cabinet" or
    "the government" (a one-word ``cabinet_organs`` noun with "the" only) under a dateline is the dateline country's,
    unless the sentence names another country (its people, places or nationality words).
    RETURNS (list[ActorRef]): that country, or [] when the subject is no such organ or the dateline names no country."""
    if sub.lower_ not in cabinet_organs() or sub.pos_ not in ("NOUN", "PROPN") or not _bare(sub) \
            or not any(True for _ in sub.children):
        return []
    country = dateline_country(ctx)
    if country is None:
        return []
    others = {c for t in sub.sent if t.idx >= ctx.dateline_end and (
        (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and (c := r.country or (r.name if r.kind == "country" else None))
        or t.ent_type_ in ("NORP", "GPE") and (c := resolve_country(t.text)))}
    if others - {country}:
        return []  # "GENEVA - Sudan's army chief said the government would hold talks": another country's government
    if foreign_lead(ctx, country):
        return []  # "BRUSSELS - Thailand's commerce minister cut short her visit ... The cabinet will hold an emergency
        # meeting": the story is another country's, whose cabinet is meant (no guess)
    return [ActorRef(country, "country", None, country, sub.idx, sub.idx + len(sub))]


def _subject_actors(sub: Token, tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """sub (Token): a subject. tok (Token): its trigger. RETURNS (list[ActorRef]): who the subject names: an office
    held, the state of unnamed state agents, the actors in it, or the dateline state's organ ([] when none); a common
    noun named by an appositive is what the appositive names ("Ecuador's largest indigenous organisation, CONAIE,
    called a strike": CONAIE, not Ecuador)."""
    if sub.pos_ == "NOUN" and (named := _appositive_name(sub, ctx)):
        return named
    if sub.pos_ == "NOUN" and is_vessel_noun(sub.lower_) and (ship := next(
            (r for c in sub.children if c.dep_ == "appos" and c.i > sub.i for t in c.subtree
             if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and r.kind == "org"), None)) is not None:
        return [ship]  # "The Chinese navy training ship Qi Jiguang will visit Colombo": the ship (not its navy's state)
    if sub.pos_ == "PROPN" and sub.lower_ in title_words() and (named := _appositive_name(sub, ctx, ("person",))):
        return named  # "Nigeria's Chief of Army Staff, Lieutenant General X,": X (not Nigeria, nor the Army)
    if sub.pos_ == "NOUN" and (office := ctx.actors.get(sub.i)) is not None and office is not ANONYMOUS \
            and office.kind == "person" and office.title and office.name == office.title \
            and (named := _appositive_name(sub, ctx, ("person",))):
        return named  # "The director-general of Nigeria's emergency agency, X, will visit": X (not the office alone)
    if (council := _town_council(sub, ctx)) is not None:
        return [council]
    return _conjoined_sides(sub, ctx) or _offices_of(sub, tok, ctx) or (agents_state(sub, tok, ctx) if state_agent(sub, tok)
                                                                    else []) \
        or _members_body(sub, tok, ctx) \
        or _crowd_side(sub, _actors_in(sub, ctx), ctx, _family_of(tok) in _DEALING_FAMILIES) or _dateline_organ(sub, ctx) \
        or _body_named_before(sub, ctx)


def _window_start(sub: Token, ctx: _Ctx, sentences: int = 3) -> int:
    """sub (Token): a word. RETURNS (int): the first token of the sentence ``sentences`` before its own (or of the doc's
    first sentence): where a definite noun may look back for what it names."""
    first = sub.sent.start
    for _ in range(sentences):
        if first > 0:
            first = ctx.doc[first - 1].sent.start
    return first


def _body_named_before(sub: Token, ctx: _Ctx) -> list[ActorRef]:
    """sub (Token): a subject. ctx (_Ctx): the doc's index. RETURNS (list[ActorRef]): for a bare "the" and a body's
    kind ("the union", "the movement": ``lede_body_nouns`` of ``titles.json``), the one organization named in its own
    sentence or the three before whose name holds that word ("The Mineworkers Union of Zambia denied ... the union
    would meet the minister next Wednesday"), or whatever its name for an ``any_body_nouns`` word ("the group");
    [] otherwise."""
    generic = sub.lower_ in _any_body_nouns()
    if sub.pos_ != "NOUN" or sub.lower_ not in body_nouns() and not generic \
            or [c.lower_ for c in sub.children] != ["the"] or ctx.actors.get(sub.i) not in (None, ANONYMOUS):
        return []
    first = _window_start(sub, ctx)
    bodies = {r.name: r for t in ctx.doc[first : sub.i] if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS
              and r.kind == "org" and (generic or sub.lower_ in r.name.lower().split())}  # ("OPEC+ agreed on Saturday
    # to raise output ... The group will meet again on July 6": a bloc's kind, whatever its name)
    return [replace(next(iter(bodies.values())), start=sub.idx, end=sub.idx + len(sub))] if len(bodies) == 1 else []


@cache
def _any_body_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``any_body_nouns`` of ``titles.json``: words for a body of any name ("the group", "the
    bloc", "the cartel")."""
    return frozenset(load_data("titles.json")["any_body_nouns"])


def _members_body(sub: Token, tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """sub (Token): a subject. tok (Token): its trigger. ctx (_Ctx): the doc's index. RETURNS (list[ActorRef]): for a
    vote (or a ``body_vote`` verb: "rejected a motion") whose subject is a legislature's members' word (``body_names``: "lawmakers", "deputies") owned by one state
    and naming no one else ("Peruvian lawmakers rejected a motion", "Chile's senators voted"), that state's
    legislature; else []."""
    names: dict[str, str] = load_data("families.json")["body_names"]
    voted = _family_of(tok) == "vote" or tok.pos_ == "VERB" and _lex().verbs.get(tok.lemma_.lower(), {}).get("body_vote")
    if not voted or sub.pos_ != "NOUN" or sub.lower_ not in names:
        return []
    found = _actors_in(sub, ctx)
    owners = {t.idx for c in sub.children if c.dep_ in ("poss", "amod", "compound") for t in c.subtree}
    if len(found) != 1 or found[0].kind != "country" or found[0].start not in owners:
        return []
    return [legislature_of(found[0].name, sub.lower_, sub.left_edge.idx, sub.idx + len(sub))]


def _conjoined_sides(sub: Token, ctx: _Ctx) -> list[ActorRef]:
    """sub (Token): a subject. ctx (_Ctx): the doc's index. RETURNS (list[ActorRef]): the sides its conjoined
    nationalities tell (:func:`.holders.conjoined_nations`): each word's office when the actor finder read the words as
    offices ("The Thai and Cambodian defence ministers will meet": :func:`.counterparts.nationality_offices`), else
    the states ("U.S. and Cuban officials met"); [] when it names none."""
    nations = conjoined_nations(sub)
    words = {t.idx: t.i for t in sub.subtree}
    offices = [ref for n in nations if (ref := ctx.actors.get(words.get(n.start, -1))) is not None
               and ref is not ANONYMOUS and ref.kind == "person" and ref.title]
    return offices if nations and len(offices) == len(nations) else nations


def _appositive_name(sub: Token, ctx: _Ctx, kinds: tuple[str, ...] = ("org", "group")) -> list[ActorRef]:
    """sub (Token): a subject (a common noun; a capitalized title for ``kinds`` ("person",)). RETURNS
    (list[ActorRef]): the one actor of those kinds its appositive set off by commas names ("the country's largest
    indigenous organisation, CONAIE,"); [] when none."""
    for c in sub.children:
        if c.dep_ == "appos" and c.i > sub.i and c.i > 0 and sub.doc[c.left_edge.i - 1].text == ",":
            refs = [r for t in c.subtree if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS]
            if kinds == ("person",) and ((own := ctx.actors.get(c.i)) is None or own is ANONYMOUS or own.kind != "person"):
                continue  # (a person named as the appositive itself, not inside a description of the subject)
            if len({r.name for r in refs}) == 1 and refs[0].kind in kinds:
                return [refs[0]]
    return []


def _appositive_people(sub: Token, ctx: _Ctx) -> list[ActorRef]:
    """sub (Token): a subject, a plural noun of people (``group_nouns`` of ``titles.json``: "leaders", "heads").
    RETURNS (list[ActorRef]): the two or more people its apposition set off by commas names, in text order ("The two
    delegation heads, Chad's Defence Minister X and rebel spokesman Y, will meet": X and Y); [] otherwise."""
    doc = sub.doc
    end = sub.right_edge.i
    if sub.lower_ not in _group_nouns() or sub.i + 2 >= end or doc[sub.i + 1].text != "," or doc[end].text != ",":
        return []
    people: dict[str, ActorRef] = {}
    for t in doc[sub.i + 2 : end]:
        if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and r.kind == "person":
            people.setdefault(r.name, r)
    return list(people.values()) if len(people) >= 2 else []


def _family_of(tok: Token) -> str | None:
    """tok (Token): a trigger. RETURNS (str | None): the action of its ``triggers.json`` entry (verb by lemma, noun by
    form; a verb's ``object_words_action`` for its object), None without one."""
    entry = _lex().verbs.get(tok.lemma_.lower()) if tok.pos_ in ("VERB", "AUX") else _lex().nouns.get(tok.lower_)
    turned = (entry or {}).get("object_words_action") or {}
    action = next((turned[c.lower_] for c in tok.children if c.dep_ == "dobj" and c.lower_ in turned), None) \
        if tok.pos_ in ("VERB", "AUX") and isinstance(turned, dict) else None  # ("reaching a pay deal": an agreement)
    action = action or (entry or {}).get("action")
    return str(action) if action is not None else None


#: Families of a dealing between parties, whose crowd subject owned by a country ("Bangladesh's garment unions") is
#: the crowd, not the state (an election the parties boycott stays the state's; a strike is read by the crowd finder).
_DEALING_FAMILIES = frozenset({"sign", "agree", "meet", "negotiate"})


def _crowd_side(sub: Token, found: list[ActorRef], ctx: _Ctx, dealing: bool = False) -> list[ActorRef]:
    """sub (Token): a subject. found (list[ActorRef]): the actors in it. ctx (_Ctx): the doc's index. RETURNS
    (list[ActorRef]): those not in an "at"/"in" phrase of a crowd word ("its members at Sedibeng Platinum's mines would
    go on strike": the employer is where they work, not who strikes); for a ``dealing`` (a trigger of
    :data:`_DEALING_FAMILIES`), the crowd itself when the only ones left are the country that owns it ("Bangladesh's
    garment unions ... after signing")."""
    if sub.lower_ not in crowd_words("protest") and not (dealing and sub.lower_ in _MEMBER_BODIES):
        return found  # (a body of members deals for itself too: "Malaysia's main teachers' union ... after reaching a
        # pay deal with the government")
    spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for w in counted_nouns(sub) for p in w.children
             if p.dep_ == "prep" and p.lower_ in ("at", "in")]  # (also "Thousands of mineworkers at Kgosi Platinum's
    # mines": the "at" of the word the number counts)
    kept = [a for a in found if not any(lo <= a.start < hi for lo, hi in spans)]
    owners = {t.idx for c in sub.children if c.dep_ in ("poss", "amod", "compound") for t in c.subtree}  # (also
    # "[Malaysia]'s teachers' union", the country on the members' word)
    if kept and dealing and all(a.kind == "country" and a.start in owners for a in kept):
        return [crowd_ref(sub, ctx)]  # "Bangladesh's garment unions ... after signing a wage agreement": the unions
    return kept


def agents_state(sub: Token, tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "MANAGUA, Dec 12 (Wire) - Riot police detained 40 protesters": unnamed agents of a state (``state_agent``) act
    for the state their nationality word names ("Ugandan soldiers"), else the state they stand in: the country of the
    one country a place of their own clause names ("Police detained 30 people in Kampala", "arrested a man in Riga" where
    the parser hangs the place on the man), else the dateline
    country, unless their clause names another country outside what the act is done to ("Police detained two French
    journalists, the French embassy said" are the dateline state's).
    sub (Token): the subject. tok (Token): its trigger. RETURNS (list[ActorRef]): that country, or [] (no guess)."""
    own = {n for c in sub.children if c.dep_ in ("amod", "compound") and (n := resolve_country(c.text))}
    if len(own) == 1:
        state = own.pop()  # "Ugandan soldiers", though the recognizer missed the nationality
        return [ActorRef(state, "country", None, state, sub.idx, sub.idx + len(sub))]
    done_to = {t.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
    held_where = {t.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for p in c.children
                  if p.dep_ == "prep" and p.lower_ in ("in", "at") for t in p.subtree}  # "arrested a man in Riga"
    grounds = {t.i for p in (*tok.children, *(g for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for g in c.children))
               if p.dep_ == "prep" and p.lower_ in ("on", "over", "for") and any(
                   g.dep_ == "pcomp" and g.tag_ == "VBG" or g.dep_ == "pobj" and g.lower_ in _ground_nouns()
                   for g in p.children) for t in p.subtree}  # "on suspicion of spying for Israel": the grounds, whose
    # country is no other state acting
    scope = [t for t in tok.subtree if (t.i not in done_to or t.i in held_where) and t.idx >= ctx.dateline_end
             and t.i not in grounds]
    where = {p.country for t in scope if (p := ctx.places.get(t.i)) is not None and p.country}
    named = {c for t in scope if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS
             and (c := r.country or (r.name if r.kind == "country" else None))
             or t.ent_type_ == "NORP" and (c := resolve_country(t.text))}
    country = next(iter(where)) if len(where) == 1 else None if where else dateline_country(ctx)
    if country is None or named - {country} or not where and foreign_lead(ctx, country):
        return []
    return [ActorRef(country, "country", None, country, sub.idx, sub.idx + len(sub))]


@cache
def _ground_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``ground_nouns`` of ``families.json`` court words ("suspicion", "charges")."""
    return frozenset(load_data("families.json")["court_words"]["ground_nouns"])


def state_agent(sub: Token, tok: Token) -> bool:
    """sub (Token): a subject. tok (Token): its trigger. RETURNS (bool): the subject is unnamed agents of a state ("Police",
    "riot police", "the security forces", "Ugandan soldiers", "police in Kampala": ``state_agents`` in ``titles.json``)
    and the trigger is of one of their families ("detained 40 protesters")."""
    agents = load_data("titles.json")["state_agents"]
    entry = _lex().verbs.get(tok.lemma_.lower(), {}) if tok.pos_ == "VERB" else _lex().nouns.get(tok.lower_, {})
    return str(entry.get("action", "")) in state_agent_families() and sub.lower_ in agents["words"] and all(
        c.dep_ in ("det", "compound", "amod") and (c.lower_ in agents["modifiers"] or resolve_country(c.text))
        or c.dep_ == "prep" and c.lower_ == "in" for c in sub.children)


def _modifier_words(t: Token) -> str:
    """t (Token): a modifier of an unnamed person. RETURNS (str): it as written, a hyphenated one whole ("a 58-year-old
    man": "58-year-old", not "old"), lower case but for a proper noun or a nationality ("a Latvian man")."""
    span = t.doc[t.left_edge.i : t.i + 1]
    if len(span) > 1 and any(w.text == "-" for w in span):
        return span.text.lower()
    return t.text if t.pos_ == "PROPN" or _nationality(t) is not None else t.lower_


def _nationality(t: Token) -> str | None:
    """t (Token): a modifier of an unnamed person. RETURNS (str | None): the country its nationality adjective names
    ("a [Latvian] man": Latvia), else None."""
    return resolve_country(t.text) if t.text[:1].isupper() and (t.ent_type_ == "NORP" or t.pos_ == "ADJ") else None


def held_group(sub: Token, tok: Token, ctx: _Ctx) -> ActorRef:
    """sub (Token): people arrested or charged, unnamed (:func:`held_by_unnamed_agents`, :func:`one_unnamed_person`).
    tok (Token): the verb. RETURNS (ActorRef): them as a group ("union members", "protesters", "people", "Lithuanian
    man"), of the country their nationality names, else of the one the clause's place or the dateline names, at the
    noun's offsets; the person when the noun is named "identified as X"."""
    named = next((ref for c in sub.children if c.dep_ == "acl" and c.lemma_.lower() in ("identify", "name")
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.subtree
                  if (ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"), None)
    if named is not None:
        return named  # "The man, identified only as Darius K., was charged": Darius K.
    counted = next((g for c in sub.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if counted is not None and (sub.pos_ == "NUM" or sub.ent_type_ == "CARDINAL" or sub.lower_ in count_words()):
        sub = counted  # "Dozens of opposition supporters were detained": the supporters
    doc = sub.doc
    if sub.lower_ == "ex" and sub.i + 2 < len(doc) and doc[sub.i + 1].text == "-" and doc[sub.i + 2].pos_ == "NOUN":
        noun = doc[sub.i + 2]  # "Two ex-officials were arrested", split by the tokenizer: former officials
        state = agents_state(tok, tok, ctx)
        return ActorRef(f"former {noun.lower_}", "group", None, state[0].name if state else None, sub.idx,
                        noun.idx + len(noun))
    words = [t for t in sub.children if t.dep_ in ("compound", "amod") and t.i < sub.i and t.ent_type_ not in (
        "CARDINAL", "QUANTITY") and t.pos_ in ("NOUN", "ADJ", "PROPN")]
    name = " ".join([*(_modifier_words(t) for t in words), sub.lower_])
    own = next((c for t in words if (c := _nationality(t)) is not None), None)  # "a Lithuanian man": of Lithuania,
    # wherever he is held
    state = agents_state(tok, tok, ctx) if own is None else []
    return ActorRef(name, "group", None, own or (state[0].name if state else None), sub.idx, sub.idx + len(sub))


def one_unnamed_person(verb: Token) -> Token | None:
    """verb (Token): an arrest or charge verb. RETURNS (Token | None): its object (or passive subject) when that is one
    person told by a description with "a"/"an" and no name ("arrested a former senior official of X", "charged a former
    governor"), else None."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.pos_ != "NOUN" or obj.tag_ != "NN":
        return None
    if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in obj.children):
        return None  # "arrested a former minister, Nimal Pathiraja": named already
    return obj if obj.left_edge.lower_ in ("a", "an") else None  # (also "a teachers' union leader", the article on
    # the possessor)


@cache
def _court_data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """RETURNS: the court families, ``defendant_verbs`` and ``held_person_nouns`` of ``families.json`` court words."""
    court = load_data("families.json")["court_words"]
    return frozenset(court["families"]), frozenset(court["defendant_verbs"]), frozenset(court["held_person_nouns"])


def unnamed_held_before(sub: Token, tok: Token, ctx: _Ctx) -> ActorRef | None:
    """ "Police arrested a Zambian man on Wednesday. He will appear in court in Lilongwe on Monday" (or "The man, who
    was detained at a roadblock, will appear ..."): a singular pronoun or a definite "the man" (``held_person_nouns``)
    as the subject of a court verb (a ``defendant_verbs`` verb, one of the court families, an arrest or a charge: "The
    suspect will be charged on Monday") is the one unnamed person
    (:func:`one_unnamed_person`) an arrest or charge of the sentence before, or the one before that, held, when no
    person other than those who held him or told of it is named between them (a "he" the resolver read as the police
    or the spokesman that told the arrest is the man held).

    sub (Token): a subject with no actor. tok (Token): its trigger. RETURNS (ActorRef | None): that person as
    :func:`held_group` gives him (the arrest's own actor, so the store joins the two), else None."""
    families, defendant_verbs, nouns = _court_data()
    if sub.lower_ not in ("he", "she") and not (sub.lower_ in nouns and any(
            c.dep_ == "det" and c.lower_ == "the" for c in sub.children)):
        return None
    if any(c.dep_ == "appos" or c.dep_ == "acl" and c.lemma_.lower() in ("identify", "name") for c in sub.children):
        return None  # "The man, identified only as Darius K., was charged": named (:func:`held_group`)
    lemma = _court_reading(tok)
    if lemma is None or lemma not in defendant_verbs \
            and str(_lex().verbs.get(lemma, {}).get("action", "")) not in families | state_agent_families():
        return None
    sents = list(ctx.doc.sents)
    k = next(i for i, s in enumerate(sents) if s.start <= sub.i < s.end)
    for before in reversed(sents[max(0, k - 2):k]):
        for verb in before:
            obj = one_unnamed_person(verb) if verb.pos_ == "VERB" and str(_lex().verbs.get(
                verb.lemma_.lower(), {}).get("action", "")) in state_agent_families() else None
            if obj is not None:
                agents = {ref.name for t in before for c in t.children if c.dep_ == "nsubj" for g in c.subtree
                          if (ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS}  # (those who held
                # him and those who told it: "Irish police have charged a Latvian man ..., the Garda said")
                if (told := ctx.actors.get(sub.i)) is not None and told is not ANONYMOUS and told.name not in agents:
                    return None  # the resolver's person, who is neither
                named = any((ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS
                            and ref.kind == "person" and ref.name not in agents for t in ctx.doc[obj.i + 1:sub.i])
                return None if named else held_group(obj, verb, ctx)
    return None


def passive_subject(verb: Token) -> Token | None:
    """verb (Token): a past participle. RETURNS (Token | None): its passive subject, its own or, for a participle
    conjoined to an earlier one ("He was questioned for six hours and charged on Tuesday"), that one's, else None."""
    head = verb
    while True:
        if (sub := next((c for c in head.children if c.dep_ == "nsubjpass"), None)) is not None:
            return sub
        if head.dep_ != "conj" or head.tag_ != "VBN" or any(c.dep_ == "nsubj" for c in head.children):
            return None
        head = head.head


def _court_reading(tok: Token) -> str | None:
    """tok (Token): a trigger. RETURNS (str | None): the verb lemma it is read as: a verb's own lemma, or the verb of an
    adjective trigger's ``prep_object_verbs`` phrase ("is due in court": "appear"), else None."""
    if tok.pos_ == "VERB":
        return tok.lemma_.lower()
    if tok.pos_ != "ADJ":
        return None
    read_as = _lex().verbs.get(tok.lemma_.lower(), {}).get("prep_object_verbs", {})
    near = (*tok.children, *(tok.head.children if tok.dep_ == "acomp" and tok.head.pos_ == "AUX" else ()))
    return next((str(read_as[c.lower_][g.lower_]) for c in near if c.dep_ == "prep" and c.lower_ in read_as
                 for g in c.children if g.dep_ == "pobj" and g.lower_ in read_as[c.lower_]), None)


def _one_unnamed_held(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a trigger. RETURNS (ActorRef | None): the one unnamed person (:func:`one_unnamed_person`) a verb of
    the ``state_agents`` families has as its object ("arrested [a former minister]", "charged [a 34-year-old man]"), as
    :func:`held_group` gives him, else None."""
    if tok.pos_ != "VERB" or str(_lex().verbs.get(tok.lemma_.lower(), {}).get("action", "")) not in state_agent_families():
        return None
    obj = one_unnamed_person(tok)
    if obj is None or obj.dep_ != "dobj" or ctx.actors.get(obj.i) not in (None, ANONYMOUS):
        return None
    return held_group(obj, tok, ctx)


@cache
def _rule_modals() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``rule_modals`` of ``families.json`` court words ("can": "a suspect can be held")."""
    return frozenset(load_data("families.json")["court_words"]["rule_modals"])


def held_by_unnamed_agents(sub: Token, tok: Token) -> bool:
    """sub (Token): a subject. tok (Token): its trigger. RETURNS (bool): the subject is the common-noun passive subject
    of a verb of the ``state_agents`` families with no agent ("At least 14 people were arrested", "Dozens of
    protesters were detained"): people acted on by agents of a state the sentence leaves unnamed."""
    if sub.dep_ != "nsubjpass" or sub.pos_ not in ("NOUN", "NUM", "PRON") or tok.pos_ != "VERB" \
            or any(c.dep_ == "agent" for c in tok.children):
        return False
    lex = _lex()
    if sub.lower_ in lex.negated or any(c.dep_ == "det" and c.lower_ in lex.negated for c in sub.children):
        return False  # "no one was detained": nobody held
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in sub.children) \
            and any(c.dep_ == "aux" and c.lower_ in _rule_modals() for c in tok.children):
        return False  # "Under Czech law, a suspect can be held in custody for up to a year": what the law allows
    entry = lex.verbs.get(tok.lemma_.lower(), {})
    if sub.lower_ in entry.get("object_words", ()):
        return False  # "The charges were filed at the court": what was filed, nobody held
    return sub.pos_ != "PRON" and str(entry.get("action", "")) in state_agent_families()



def _unnamed_role(sub: Token) -> bool:
    """A role no name is given for: a plural ("the defence ministers", "OPEC+ ministers"), a possessed title ("its
    chairman", "the company's chairman") or one told with "a" ("a consular official"), whom no earlier person stands
    for."""
    if sub.pos_ != "NOUN" or not (sub.lower_ in _group_nouns() or sub.lower_ in _role_words()):
        return False
    return sub.tag_ == "NNS" or any(c.dep_ == "poss" for c in sub.children) \
        or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in sub.children)  # ("a consular official had
    # visited X": someone not named before)


def _role_objects(verb: Token) -> frozenset[str]:
    """Objects that make a verb an event and name the actor's own part, no counterpart ("lead the Brazilian
    delegation", "take part", "address an investment forum"): the verb's own ``object_words`` and
    ``object_words_action`` in ``triggers.json`` (another verb's, "attend the summit", still names the summit's
    parties)."""
    entry = _lex().verbs.get(verb.lemma_.lower(), {})
    return frozenset([*entry.get("object_words", ()), *entry.get("object_words_action", {})])


@cache
def _role_words() -> frozenset[str]:
    """Words for people and their offices ("secretary", "official", "delegation"), from ``titles.json``."""
    data = load_data("titles.json")
    return frozenset([*data["heads"], *data["anonymous"], *data.get("person_nouns", [])])


def _co_attending(verb: Token) -> bool:
    """ "attended the ceremony on Friday, along with a U.S. delegation": whether the verb's family is one of
    ``co_attendee_actions`` in ``triggers.json``, whose comitative or "alongside" person attends too, no partner."""
    return _lex().verbs.get(verb.lemma_.lower(), {}).get("action") in load_data("triggers.json")["co_attendee_actions"]


def _comitative_partners(verb: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "tour the JSA inside the DMZ together with Minister Ahn", "tour the harbour along with X": a comitative
    phrase the parser hung on the object or on "along" is the verb's partner (not of an attendance: a co-attendee); so
    is the agent of "accompanied by"/"joined by" set off on the verb or its object ("visited the locks, accompanied by
    canal administrator X")."""
    if _co_attending(verb):
        return []
    doc = ctx.doc
    found: list[ActorRef] = []
    for t in verb.subtree:
        if t.lower_ == "by" and t.dep_ == "agent" and t.i > 0 and f"{doc[t.i - 1].lower_} {t.lower_}" in _lex().comitative:
            part = t.head  # "visited the locks, accompanied by canal administrator X": the company on the verb or its object
            if part.dep_ in ("acl", "advcl") and (part.head.i == verb.i or part.head.dep_ == "dobj" and part.head.head.i == verb.i):
                found += [a for g in t.children if g.dep_ == "pobj" for a in _actors_in(g, ctx)]
            continue
        if t.lower_ != "with" or t.dep_ != "prep" or t.i == 0 or t.head.i == verb.i:
            continue
        if f"{doc[t.i - 1].lower_} {t.lower_}" not in _lex().comitative:
            continue
        cur = t
        while cur.i != verb.i and cur.dep_ not in _NO_DESCEND and cur.dep_ not in ("advcl", "conj", "xcomp", "acl", "ccomp"):
            cur = cur.head
        if cur.i == verb.i:  # on the verb's own phrases, not inside another clause
            found += [a for g in t.children if g.dep_ == "pobj" for a in _actors_in(g, ctx)]
    return found


def _telling_subject(pronoun: Token) -> Token | None:
    """ "The leaders of Denmark and Finland have confirmed they will attend": the plural common-noun subject of the verb
    that governs the pronoun's clause, which the pronoun stands for ("X and Y have confirmed they will attend": for
    "they", the two named); None otherwise."""
    clause = pronoun.head
    if clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
        return None
    return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and (
        c.tag_ == "NNS" or pronoun.lower_ == "they" and any(g.dep_ in ("conj", "cc") for g in c.subtree))), None)


def _title_before_name(obj: Token, name: Token) -> bool:
    """obj (Token): a verb's direct object. name (Token): a person's name after it. RETURNS (bool): the object is a
    counterpart or title noun right before the name's first word ("his Polish counterpart [Marta Wierzbicka]"), so the
    name is the object's own, hung elsewhere by the parser."""
    return obj.i + 1 == name.left_edge.i and (obj.lower_ in ("counterpart", "counterparts") or obj.lower_ in _title_heads())


def _pair_owner(sub: Token) -> Token | None:
    """ "Zambia and Malawi said their foreign ministers met in Lusaka": for a plural subject owned by "their" in a clause
    a speech verb tells, the first of that verb's conjoined subjects (the owners); None otherwise.

    sub (Token): a plural subject. RETURNS (Token | None): the telling verb's subject with conjuncts."""
    clause = sub.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.conjuncts), None)


def _offices_of(sub: Token, tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "The presidents of Nigeria and South Africa held talks": a plural title with "of" and countries (or "their" of two
    countries that tell it: "Zambia and Malawi said their foreign ministers met") is the holders of that office in each
    country: the person the article names with that title and country, else the office
    ("President of South Africa", which the store resolves to the person it knows holds it).

    Not for a signing: "The presidents of Ghana and Togo signed the treaty" is the two states' act (``state_symmetric``).

    sub (Token): a subject. tok (Token): the trigger. ctx (_Ctx): the doc's index.
    RETURNS (list[ActorRef]): one per country, [] otherwise."""
    if _family_of(tok) == "sign":
        return []
    if sub.tag_ != "NNS" or not sub.lower_.endswith("s") or sub.lower_[:-1] not in _title_heads():
        return []
    prep = next((c for c in sub.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    their = next((c for c in sub.children if c.dep_ == "poss" and c.lower_ == "their"), None)
    if prep is None and their is None:
        return []
    first = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else _pair_owner(sub)
    countries = [c for t in ([first, *first.conjuncts] if first is not None else [])
                 if (p := ctx.places.get(t.i)) is not None and p.kind == "country" and (c := p.country)  # (the place
                 # found, not the word: "[Republic]" of "the Democratic Republic of Congo" is no town in Missouri)
                 or (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and r.kind == "country" and (c := r.name)]
    if len(countries) < 2:
        return []
    words = [c.text for c in sub.children if c.dep_ in ("amod", "compound") and c.i < sub.i and resolve_country(c.text) is None]
    title = parse_title(" ".join(w[:1].upper() + w[1:] for w in [*words, sub.lower_[:-1]])).title \
        or sub.lower_[:-1].capitalize()  # ("the energy ministers of A and B": Energy Minister, as written capitalized)
    title = " ".join(w[:1].upper() + w[1:] for w in title.split())
    people = [r for r in ctx.actors.values() if r is not ANONYMOUS and r.kind == "person" and r.title and r.country]
    out: list[ActorRef] = []
    for country in countries:
        named = next((r for r in people if r.country == country and r.title and r.title.lower() == title.lower()), None)
        out.append(replace(named, start=sub.idx, end=sub.idx + len(sub)) if named is not None
                   else ActorRef(f"{title} of {country}", "person", title, country, sub.idx, sub.idx + len(sub)))
    return out


def _sentence_fallback(tok: Token, ctx: _Ctx, others: list[ActorRef]) -> list[ActorRef]:
    """Actor of a noun trigger without its own: a possessor in the sentence, else the last person subject; none for
    another occasion than the article's ("The next summit is due to be held in Tashkent")."""
    if _other_occasion(tok) or any(c.dep_ in ("det", "amod", "predet") and c.lower_ == "such" for c in tok.children):
        return []  # ("saying no such trip had been requested": the trip told before, none of the sayer's)
    if tok.lower_ in _gathering_subject_nouns() and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") \
            and tok.head.lemma_.lower() in _opening_verbs():
        return []  # "The two-day summit opens on Monday": the gathering's own opening, no attendance of the last person
        # named (who may just have pulled out)
    if of_people(tok) or peoples_gathering_before(tok):
        return []  # "The two leaders announced that a meeting of EU farm ministers will take place": the ministers'
        # gathering, none of the people named before
    taken = {o.name for o in others}
    for t in tok.sent:
        ref = ctx.actors.get(t.i)
        if ref and ref is not ANONYMOUS and ref.kind == "person" and t.dep_ == "poss" and ref.name not in taken:
            return [ref]
    if _long_before(tok, ctx):
        return []  # "X visited Dhaka on Wednesday. Talks on a trade deal collapsed in 2019.": talks of years before,
        # nobody's the story has named
    for i in range(tok.sent.start - 1, -1, -1):
        t = ctx.doc[i]
        ref = ctx.actors.get(i)
        if ref is None or t.dep_ not in ("nsubj", "nsubjpass", "poss"):
            continue
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in _lex().reporting and ref is not ANONYMOUS:
            continue  # "..., Kremlin aide Yuri Sedov told reporters": the spokesman announces the event, he is not in it
        if ref is ANONYMOUS:
            return []
        if ref.kind == "person" and ref.name not in taken:
            return [ref]
    return []


#: Days before the article after which a time in a noun's clause tells an occasion too old for the story's people.
_LONG_BEFORE_DAYS = 366


def _long_before(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun. ctx (_Ctx): the doc's index. RETURNS (bool): a phrase of its verb has a calendar time
    that ended more than ``_LONG_BEFORE_DAYS`` before the article ("Talks on a trade deal collapsed in 2019")."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else tok
    if ctx.anchor is None or verb.i == tok.i:
        return False
    for t in (t for c in verb.children if c.dep_ in ("prep", "npadvmod", "tmod") and c.lower_ not in ("since", "for")
              for t in c.subtree):  # (the verb's own time, not "The visit, the first since 2023, comes as ...")
        x = ctx.times.get(t.i)
        if x is None or x.type != "DATE" or not x.value or x.value[0] == "P":
            continue
        span = time_to_date(x).interval()
        if span is not None and (ctx.anchor - span[1]).days > _LONG_BEFORE_DAYS:
            return True
    return False


@cache
def _opening_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``gathering_opening_verbs`` of ``triggers.json`` ("open", "begin", "start", "close")."""
    return frozenset(load_data("triggers.json")["gathering_opening_verbs"])


@cache
def _gathering_subject_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): nouns of multi-party gatherings (``gathering_words`` and summit-like nouns)."""
    data = load_data("triggers.json")
    return frozenset(data["gathering_words"]) | frozenset(data["gathering_opening_subjects"])


def country_of_place(tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "sanctions on [Belarus]": a country the places name and the actors do not, as a party."""
    place = ctx.places.get(tok.i)
    if place is not None and place.kind == "country":
        return [ActorRef(place.name, "country", None, place.name, place.start, place.end)]
    text = ctx.doc[tok.left_edge.i : tok.i + 1].text
    if tok.pos_ == "PROPN" and (country := resolve_country(text)) is not None:  # "[Belarus]ORG": still the country
        return [ActorRef(country, "country", None, country, tok.left_edge.idx, tok.idx + len(tok))]
    return []


@cache
def _teller_pronouns() -> frozenset[str]:
    """Pronouns a telling subject may stand behind ("it", "they": ``teller_pronouns`` in ``families.json``)."""
    return frozenset(load_data("families.json")["teller_pronouns"])


def _of_owners(tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """tok (Token): an ``of_owner`` event noun ("withdrawal"). ctx (_Ctx): the doc's index. RETURNS (list[ActorRef]):
    the state or body its "of" phrase names as the forces' owner: a nationality before the forces ("of Ghanaian
    peacekeepers"), or a state or body as their compound or possessor ("of UN peacekeepers", "of Kenya's police");
    empty otherwise."""
    for g in (g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
        owners = {a.name: a for c in g.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ != "PRON"
                  for t in c.subtree if (a := ctx.actors.get(t.i)) is not None and a is not ANONYMOUS
                  and a.kind in ("org", "country")}  # (not "its": the clause's own subject, read as usual)
        if owners:
            return list(owners.values())
        if (nation := _nation_of(g.children)) is not None:
            return [nation]
    return []


def _nation_of(words: Iterable[Token]) -> ActorRef | None:
    """words (Iterable[Token]): tokens of a noun phrase. RETURNS (ActorRef | None): the country of the first nationality
    adjective among them ("Qatari", "Ghanaian"), at that word; None when there is none."""
    for t in words:
        if t.dep_ == "amod" and is_demonym(t.text) and (country := resolve_country(t.text)) is not None:
            return ActorRef(country, "country", None, country, t.idx, t.idx + len(t))
    return None
