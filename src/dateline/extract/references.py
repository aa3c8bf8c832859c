"""Reference resolution: short mentions, pronouns and groups resolved to earlier actors in text order.

:func:`resolve_references` walks the mentions and the words that can refer ("the secretary", "she",
"they", "the two ministers", "the head of the IMF", "whose") and maps each to the actor it stands for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cache
import re

import numpy
from spacy.attrs import LOWER, SENT_START
from spacy.tokens import Doc, Token

from ..model import ActorRef
from .actor_lexicon import Lexicon
from .actor_mentions import ANONYMOUS, Named, SUBJECT_DEPS, conj_subject, named_people
from .nlp import doc_text, load_data
from .organizations import headed_organisation, organisation_head
from .places import dateline_country_of, resolve_country, resolve_place
from .title_holders import (
    body_head_office, comma_name, contact_partner, country_possessor, event_possessor, is_definite, lead_traveller, named_office,
    office_holder, spelling, stateless_title, title_holder,
)
from .person_names import own_state_of
from .title_phrases import split_title


_SUBORDINATE = frozenset({"relcl", "advcl", "acl"})


#: How a person of a sentence stands to its pair of people: a party, the source of a reporting verb ("X said"), or a
#: source who is a spokesperson (never a party).
_PARTY, _SOURCE, _SPOKESPERSON = 0, 1, 2

def resolve_references(
    doc: Doc, named: list[Named], lex: Lexicon, genders: dict[str, str]
) -> tuple[list[ActorRef], dict[int, ActorRef], dict[int, tuple[ActorRef, ...]]]:
    """Walk the mentions in order, resolving "the secretary", pronouns and "the two ministers" to earlier people.

    Only tokens that can refer are visited: mention starts and words of the title,
    pronoun, unnamed-role and group lists (found by one array lookup). A singular pronoun
    takes the nearest person subject that agrees in gender (``genders``; unknown agrees
    with both): first those of any clause of its own sentence ("when Mattis went there
    with his counterpart"), then main-clause subjects of earlier sentences. "they" takes
    the last pair of people that were subjects together ("Orpo and Valtonen will travel",
    or a group subject such as "the two defence chiefs") in the last few sentences, else the pair of the previous sentence; "we", "it" and an
    unmatched pronoun stand for nobody (:data:`ANONYMOUS`).
    """
    by_start = {n.start: n for n in named}
    tokens: dict[int, ActorRef] = {}
    partners: dict[int, tuple[ActorRef, ...]] = {}
    actors: list[ActorRef] = []
    people: list[ActorRef] = []
    has_dep = doc.has_annotation("DEP")
    counts: dict[str, int] = {}
    acting: dict[str, int] = {}  # mentions that are no source of a reporting verb ("X said")
    for n in named:
        if n.ref.kind == "person":
            counts[n.ref.name] = counts.get(n.ref.name, 0) + 1
            if not has_dep or not _source(doc[n.start : n.end].root, lex):
                acting[n.ref.name] = acting.get(n.ref.name, 0) + 1
    mains: list[ActorRef] = []  # person subjects of main clauses, oldest first
    locals_: list[ActorRef] = []  # person subjects of any clause, this sentence
    speaking: set[tuple[str, int]] = set()  # (list, position) of subjects that were the source of a reporting verb
    groups: list[tuple[int, ActorRef, ActorRef]] = []  # (sentence, first, second) of conjoined person subjects
    sent_of = _sentence_ids(doc)
    lead = lead_traveller(doc, named, lex) if has_dep else None
    current = -1
    in_sentence: list[tuple[ActorRef, bool, int]] = []  # (person, is subject, _PARTY/_SOURCE/_SPOKESPERSON) in this sentence
    pairs: list[tuple[ActorRef, ActorRef]] = []
    royals: list[tuple[ActorRef, ActorRef]] = []  # conjoined people of royal titles, subjects or not
    pair_sentence = -1
    word_ids = lex.word_ids
    lower = doc.to_array(LOWER)
    visit = sorted(set(by_start) | {int(i) for i in numpy.flatnonzero(numpy.isin(lower, word_ids))})
    skip_until = -1
    unpaired_group = -1  # the sentence of the last group noun ("the two sides") no pair was found for
    split = {n.start - 1: n for n in named if has_dep and n.ref.kind == "person" and n.start > 0
             and split_title(doc[n.start - 1], n.start, n.start, n.end)}  # "Turkey's top diplomat Hakan Fidan": Fidan

    def subject_of_clause(ref: ActorRef, tok: Token, subject: bool) -> None:
        if not subject:
            return
        source = has_dep and _source(tok, lex)
        if source:
            speaking.add(("l", len(locals_)))
        locals_.append(ref)
        if not has_dep or _main_clause(tok):
            if source:
                speaking.add(("m", len(mains)))
            mains.append(ref)

    for i in visit:
        if i < skip_until:
            continue
        tok = doc[i]
        if sent_of[i] != current:
            if len(pairs) != _close_sentence(in_sentence, pairs):
                pair_sentence = current
            current = int(sent_of[i])
            locals_.clear()
            speaking -= {k for k in speaking if k[0] == "l"}
        if i in split:
            tokens[i] = replace(split[i].ref, start=tok.idx, end=tok.idx + len(tok))
            continue
        mention = by_start.get(i)
        if mention is not None:
            ref = mention.ref
            for k in range(mention.start, mention.end):
                tokens[k] = ref
            actors.append(ref)
            skip_until = mention.end
            if ref.kind == "person":
                people.append(ref)
                head = doc[mention.start : mention.end].root
                subject = not has_dep or head.dep_ in (*SUBJECT_DEPS, "poss") or conj_subject(head) or _subject_apposition(head, lex)
                speaks = has_dep and _speaker(head, lex)
                in_sentence.append((ref, subject and head.dep_ != "poss" and not speaks,
                                    (_SPOKESPERSON if _role_word(ref, lex) else _SOURCE) if speaks else _PARTY))
                if has_dep and conj_subject(head) and (first := tokens.get(head.head.i)) is not None and first.kind == "person":
                    groups.append((current, first, ref))
                elif has_dep and (first := _listed_subject(head, tokens)) is not None:
                    groups.append((current, first, ref))  # "X, Y and Z have confirmed", read as two subjects
                elif has_dep and head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS \
                        and any(c.dep_ == "conj" for c in head.head.children) \
                        and (first := tokens.get(head.head.i)) is not None and first.kind == "person" and first.name != ref.name:
                    groups.append((current, first, ref))  # "Botswana's President X and Malawi's President Y have
                    # confirmed": the second name read as the first one's apposition, the list's "and" hanging on X
                if has_dep and head.dep_ == "conj" and (first := tokens.get(head.head.i)) is not None and first.kind == "person" \
                        and _royal(first, lex) and _royal(ref, lex):
                    royals.append((first, ref))  # "received Emperor X and Empress Y": "the imperial couple" later
                subject_of_clause(ref, head, subject)
            continue
        low = tok.lower_
        subject = has_dep and (tok.dep_ in SUBJECT_DEPS or conj_subject(tok))  # ("Ethiopia's prime minister and
        # Eritrea's president will meet": the second office is a subject too)
        if has_dep and low in lex.anonymous and tok.pos_ == "NOUN" and subject \
                and not (is_definite(tok) and _role(tok, lex) is not None):  # ("Malaysia's top diplomat": an office)
            tokens[i] = ANONYMOUS
            subject_of_clause(ANONYMOUS, tok, True)
        elif low in lex.non_referring and tok.pos_ == "PRON":
            state = _state_it(tok, tokens) if low == "it" else None  # "Egypt has stepped up diplomacy. It will host a
            # conference": the state the sentence before is about
            tokens[i] = replace(state, start=tok.idx, end=tok.idx + len(tok)) if state is not None else ANONYMOUS
        elif low in lex.groups and has_dep and _group(tok, lex):
            so_far: list[tuple[ActorRef, ActorRef]] = []
            _close_sentence(list(in_sentence), so_far)  # "X held talks with Y, and the two leaders witnessed ..."
            pair = _fitting_pair(tok, pairs + so_far, lex)
            if pair is not None and low in lex.state_groups:
                pair = _states_of(pair)  # "After the talks, the two governments signed a loan agreement": their states
            if pair is None and low in lex.state_groups and has_dep:
                pair = _guest_and_host_states(tok, people)  # "X of Malawi will arrive in Lusaka ..., during which the
                # two countries are expected to sign": Malawi and Zambia
            if pair is None and (low in lex.state_groups or low == "sides") and has_dep:
                pair = _conjoined_states_before(tok, lex)  # "South Korean and Mexican officials held talks ...
                # the two sides would meet again in Mexico City": the two states
            if pair is None and low in lex.leader_groups:
                pair = _guest_and_dateline_leader(tok, people)  # "HELSINKI - Chilean President X was welcomed ... the
                # two leaders signed a memorandum": the guest and her counterpart of the dateline's country
            if pair is None:
                tokens[i] = ANONYMOUS  # "the two sides" with no pair to stand for: no actor rather than a wrong one
                unpaired_group = current
            else:
                tokens[i] = replace(pair[0], start=tok.idx, end=tok.idx + len(tok))
                partners[i] = (pair[1],)
                actors.append(tokens[i])
                if subject:
                    groups.append((current, pair[0], pair[1]))  # "the two chiefs will hold their meeting": "their" is them
        elif has_dep and low in _joint_bodies() and tok.pos_ == "NOUN" and tok.dep_ in SUBJECT_DEPS \
                and (states := _their_states(tok, tokens, partners)) is not None:
            tokens[i] = replace(states[0], start=tok.idx, end=tok.idx + len(tok))  # "their joint border commission
            partners[i] = (states[1],)  # would meet in Chipata": the two states the pair holds office in
            actors.append(tokens[i])
        elif has_dep and low in lex.org_heads and tok.pos_ == "NOUN" and (org := headed_organisation(tok)) is not None:
            match = organisation_head(org, named, acting, doc, dateline_country_of(doc))  # "the head of the IMF has
            # put off her trip"
            if match is None and (subject or event_possessor(tok)):
                match = body_head_office(org, tok)  # "The U.N. chief arrived in Niamey", no head named: the
                # Secretary-General the store knows
            tokens[i] = ANONYMOUS if match is None else replace(match, start=tok.idx, end=tok.idx + len(tok))
            if match is not None:
                actors.append(tokens[i])
                people.append(match)
                in_sentence.append((match, subject, _PARTY))
                subject_of_clause(match, tok, subject)
            elif subject:
                subject_of_clause(ANONYMOUS, tok, True)
        elif has_dep and (winner := _elected_winner(tok, tokens, named, lex)) is not None:
            tokens[i] = replace(winner, start=tok.idx, end=tok.idx + len(tok))  # "Rosa Quispe won Sunday's runoff ...
            actors.append(tokens[i])  # The president-elect will be sworn in on July 28": the winner
            people.append(winner)
            in_sentence.append((winner, subject, _PARTY))
            subject_of_clause(winner, tok, subject)
        elif tok.pos_ in ("NOUN", "PROPN") and (is_definite(tok) or _its_country(tok) or _state_noun_owned(tok)) \
                and (role := _role(tok, lex)) is not None:
            match = _appositive_person(tok, by_start) if has_dep else None  # "Brazil's environment minister, X, ...": X
            if match is None and has_dep and role[1] is None:
                match = _principal(tok, tokens, role[0])  # "Tinubu's spokesman denied that the president would visit
                # Yaounde": Tinubu, not a union's president named before
            if match is None:
                match = title_holder(tok, role, people, named_people(named), counts, lex, lead)
            if match is None and role[1] is not None and has_dep and (subject or event_possessor(tok)
                                                                         or contact_partner(tok)):
                match = office_holder(tok, role[1])  # "Poland's prime minister met X", nobody named holds it: the office
                # ("held talks with Tunisia's prime minister": the office met)
            if match is None and has_dep and (subject or event_possessor(tok)):
                match = named_office(tok)  # "The Archbishop of Canterbury has postponed her visit": the office
            # (only people named before the description may be the one it describes: "The defence minister's trip to
            # Tavush has been postponed ... Aram Grigoryan will instead attend" leaves the office, which the store
            # knows the holder of)
            org = headed_organisation(tok)
            stateless = stateless_title(role[0]) or bool(org)  # ("The U.N. special envoy for Sudan met ...": the body's
            # officer, of no dateline country)
            bodied = stateless and bool(org) and body_head_office(org or set(), tok) is not None
            if match is None and role[1] is None and has_dep and (subject or event_possessor(tok) or contact_partner(tok)
                                                                  and (_own_state(role[0]) is not None or _first_side(tok))) \
                    and is_definite(tok) \
                    and (bodied or not _may_hold(role[0], [p for p in named_people(named) if p.start < tok.idx])) \
                    and ((home := None if stateless else _own_state(role[0]) or dateline_country_of(doc)) is not None
                         or stateless) \
                    and (home in _monarchies() or not set(role[0]) <= _royal_titles()):  # (no "King of Colombia")
                match = office_holder(tok, home)  # "TAIPEI - The premier's policy address has been postponed", nobody
                # named in the article who may hold the title: the dateline country's office ("welcomed the pontiff":
                # the one office of its title, met); a body's officer is of no country ("The Secretary-General has
                # cancelled ...": named by the title alone; "The U.N. Secretary-General", even after a person named
                # with no title)
            if match is not None:
                ref = replace(match, start=tok.idx, end=tok.idx + len(tok))
                tokens[i] = ref
                actors.append(ref)
                people.append(match)
                in_sentence.append((match, subject, _PARTY))
                subject_of_clause(match, tok, not has_dep or subject)
        elif low in lex.pronouns and tok.pos_ == "PRON" or low in lex.pronouns and not has_dep or _pair_noun(tok, lex):
            kind = lex.pronouns.get(low, "plural")  # "Their Majesties", "the royal couple": like "they"
            if kind == "plural":
                own_clause = has_dep and (_told_by_plural_subject(tok) or _owned_by_subject(tok))
                members = _plural_antecedent(groups, pairs, current, pair_sentence) \
                    if unpaired_group != current and not own_clause else None
                # ("The two sides last met in May, when they agreed ...": "they" is the unpaired group, no earlier pair;
                # "The leaders of A and B have confirmed they will attend": those leaders, never the pair before)
                if royals and low in lex.pair_nouns:  # "the imperial couple": the monarch and consort, not their host
                    members = (royals[-1][0], (royals[-1][1],))
                if members is None:
                    tokens[i] = ANONYMOUS
                    continue
                tokens[i] = replace(members[0], start=tok.idx, end=tok.idx + len(tok))
                partners[i] = members[1]
                actors.append(tokens[i])
                continue
            own = _clause_subject(tok, tokens) if has_dep and tok.dep_ in ("dobj", "dative") else \
                _clause_subject(tok.head, tokens) if has_dep and tok.dep_ == "nsubj" and low in ("him", "them") \
                and tok.head.dep_ in ("ccomp", "xcomp", "oprd") else None  # ("Judge X ordered him held": not X)
            cands = _candidates(locals_, mains, speaking, own)  # "Orlanov ... invited him": not Orlanov himself
            owned = has_dep and tok.dep_ == "poss" and tok.head.lower_ in _owned_event_nouns()
            found = _agreeing(kind, cands, genders, acting if (subject or owned) and not _source(tok, lex)
                              and not _speaking(tok) else None)
            # ("X appeared before a magistrate, lawyer Y told Wire. His trial will open on May 5": the accused's trial,
            # not the source's, as for a subject)
            if (found is None or found is ANONYMOUS and (owned or own is not None and _custody_object(tok))) \
                    and has_dep and (tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj") or owned):
                # ("A judge ordered that the former official remain in custody. His trial ...": the accused's, never
                # the unnamed judge's; "Judge X ordered him held": the one other person named before)
                found = _lone_person_before(tok, actors, kind, genders, own) or found  # "Police arrested X in Maputo on
                # Monday. He was charged on Tuesday": no person subject before, the one person the previous sentence
                # acted on
            if has_dep and (found is None or found is ANONYMOUS or found.kind == "person") and _accused_clause(tok) \
                    and (held := _held_before(tok, actors, kind, genders)) is not None:
                found = held  # "Police arrested X on Thursday. A police spokesman said he was accused of fraud and would
                # appear before a magistrate on Monday": X, not the spokesman (nor a person named before X)
            if found is None:
                if locals_ or mains:
                    tokens[i] = ANONYMOUS  # "she" after men only: nobody named fits
                continue
            tokens[i] = found if found is ANONYMOUS else replace(found, start=tok.idx, end=tok.idx + len(tok))
            if found is not ANONYMOUS and found.kind == "person" and kind in ("male", "female"):
                genders.setdefault(found.name, kind)  # "Hamzah said he would visit Lima": he is a man, no later "she"
            if found is not ANONYMOUS:
                actors.append(tokens[i])
                in_sentence.append((found, subject, _PARTY))
                subject_of_clause(found, tok, subject)
    if has_dep:
        _relative_possessors(doc, tokens)
    return actors, tokens, partners


def _own_state(words: Iterable[str]) -> str | None:
    """words (Sequence[str]): a title's words. RETURNS (str | None): the one state whose office it is (``own_state_titles``
    of ``titles.json``: "the Pope" is the Vatican's wherever the dateline is), else None."""
    return own_state_of(" ".join(words))


@cache
def _monarchies() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``monarchies`` of ``titles.json``: countries a bare royal title may stand for."""
    return frozenset(load_data("titles.json")["monarchies"])


@cache
def _royal_titles() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``royal_titles`` of ``titles.json`` ("king", "queen", "monarch")."""
    return frozenset(load_data("titles.json")["royal_titles"])


def _first_side(tok: Token) -> bool:
    """tok (Token): a title noun. RETURNS (bool): it is the first side of a "between" phrase ("talks between the
    transport minister and union leaders": the dateline country's minister, a doer of the talks)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "between" and any(c.dep_ == "conj" for c in tok.children)


def _elected_winner(tok: Token, tokens: dict[int, ActorRef], named: list[Named], lex: Lexicon) -> ActorRef | None:
    """tok (Token): a word. tokens (dict[int, ActorRef]): the actors resolved so far, by token index. lex (Lexicon): the
    actor lexicon. RETURNS (ActorRef | None): for the last word of a definite title with a ``title_suffixes`` suffix
    ("the president-elect", "the prime minister-designate"), the person named before with a title of that suffix, else
    the last person told before as winning a vote ("Rosa Quispe won Sunday's presidential runoff": a ``winning_verbs``
    verb of ``outcomes.json`` with a ``people_vote_nouns`` object); None otherwise."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or f"-{tok.lower_}" not in lex.title_suffixes \
            or doc[tok.i - 2].lower_ not in lex.heads or not any(
                t.lower_ in ("the", "this") for t in doc[max(tok.sent.start, tok.i - 5) : tok.i - 2]):
        return None
    before = [r for k, r in sorted(tokens.items()) if k < tok.i and r is not ANONYMOUS and r.kind == "person"]
    titled = [r for r in before if r.title and r.title.lower().endswith(f"-{tok.lower_}")]
    if titled:
        return titled[-1]
    winning = frozenset(load_data("outcomes.json")["winning_verbs"])
    votes = frozenset(load_data("families.json")["people_vote_nouns"])
    winners = [r for t in doc[: tok.sent.start] if t.lemma_.lower() in winning and any(
                   o.dep_ == "dobj" and o.lower_ in votes for o in t.children)
               for c in t.children if c.dep_ == "nsubj" and (r := tokens.get(c.i)) is not None
               and r is not ANONYMOUS and r.kind == "person"]
    if winners:
        return winners[-1]
    later = [n.ref for n in named if n.start > tok.i and n.ref.kind == "person"]
    if later and not before:
        return later[0]  # "The president-elect's trip has been pushed back ... X will stay in the country": the one
        # named next, when nobody is named before
    if before or (country := dateline_country_of(doc)) is None:
        return None
    return office_holder(tok, country)  # "SANTIAGO - The president-elect's trip has been pushed back", nobody named:
    # the dateline country's, whom the store knows by the title


def _may_hold(keys: tuple[str, ...], people: list[ActorRef]) -> bool:
    """keys (tuple[str, ...]): the titles a description can stand for ("minister"). people (list[ActorRef]): the people
    an article names. RETURNS (bool): whether one of them may be the one described: named with no title ("Rafael
    Moura's arrival ... The minister is now expected in Hanoi") or with a title of those words ("Zambian President X")."""
    return any(not p.title or any(k in p.title.lower().split() or " " in k and k in p.title.lower() for k in keys)
               for p in people)


def _custody_object(tok: Token) -> bool:
    """tok (Token): an object pronoun. RETURNS (bool): its verb is one of ``custody_verbs`` of ``families.json``
    ("ordered him held", "remanded him in custody")."""
    return tok.head.lemma_.lower() in _custody_verbs()


@cache
def _custody_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``custody_verbs`` of ``families.json`` court words ("order", "remand")."""
    return frozenset(load_data("families.json")["court_words"]["custody_verbs"])


def _lone_person_before(
    tok: Token, actors: list[ActorRef], gender: str, genders: dict[str, str], own: ActorRef | None = None
) -> ActorRef | None:
    """tok (Token): a singular pronoun no subject before it stands for. actors (list[ActorRef]): the mentions resolved
    so far, in order. own (ActorRef | None): the subject of an object pronoun's own clause, which it never is ("Judge X
    ordered him held"). RETURNS (ActorRef | None): the one person named in the previous sentence (or, when it names
    none, the one before it) or before the pronoun in its own, whatever their role ("Police arrested [X] in Maputo on
    Monday. He ..."), of the pronoun's gender; None when there is none or several."""
    sent = tok.sent
    people: dict[str, ActorRef] = {}
    for _ in range(2):  # the previous sentence, else the one before it ("X was charged on Thursday. A judge ordered
        # that the former official remain in custody. His trial ...")
        start = tok.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        people = {r.name: r for r in actors if r.kind == "person" and r.name and start <= r.start < tok.idx
                  and genders.get(r.name, gender) == gender and (own is None or r.name != own.name)}
        # ("Police arrested X on Monday, lawyer Alice Y said. His trial ...": X, the one man)
        if people or sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
    if len(people) != 1:
        return None
    return next(iter(people.values()))


@cache
def _accused_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """RETURNS: ``defendant_verbs``, ``accused_passives`` and ``arrest_verbs`` of ``families.json`` court words."""
    court = load_data("families.json")["court_words"]
    return frozenset(court["defendant_verbs"]), frozenset(court["accused_passives"]), frozenset(court["arrest_verbs"])


def _accused_clause(tok: Token) -> bool:
    """tok (Token): a pronoun. RETURNS (bool): it is the subject of a defendant's clause: the passive subject of an
    ``accused_passives`` verb ("he was accused of fraud") or the subject of a ``defendant_verbs`` verb ("he will appear
    before a magistrate"), or of a verb joined to one by "and" ("he was charged and would appear in court")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    defendant, passives, _ = _accused_words()
    verb = tok.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    passive = tok.dep_ == "nsubjpass"
    return any(v.lemma_.lower() in defendant or passive and v.i == verb.i and v.lemma_.lower() in passives
               for v in verbs)


def _held_before(tok: Token, actors: list[ActorRef], gender: str, genders: dict[str, str]) -> ActorRef | None:
    """tok (Token): a pronoun in a defendant's clause (:func:`_accused_clause`). actors (list[ActorRef]): the mentions
    resolved so far. RETURNS (ActorRef | None): the one person of the pronoun's gender whom the previous sentence, or
    the pronoun's own sentence before it, tells arrested or charged (the object of an ``arrest_verbs`` verb or its
    passive subject: "Police arrested [X] on Thursday"), else None."""
    doc = tok.doc
    sent = tok.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    _, _, arrests = _accused_words()
    held: dict[str, ActorRef] = {}
    for ref in actors:
        if ref.kind != "person" or not ref.name or not start <= ref.start < tok.idx \
                or genders.get(ref.name, gender) != gender:
            continue
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in arrests:
            held[ref.name] = ref
    return next(iter(held.values())) if len(held) == 1 else None


@cache
def _owned_event_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): event nouns of a person's own ("his trial", "his arrest", "his visit"): the trigger
    nouns of ``triggers.json`` whose entry makes their owner the actor (``owner_action``) or that name a trip."""
    nouns = load_data("triggers.json")["nouns"]
    return frozenset(k for k, v in nouns.items() if v.get("owner_action") or v.get("action") in ("visit", "travel"))


@cache
def _dummy_it_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``dummy_it_verbs`` of ``titles.json``, verbs whose subject "it" is a thing or a dummy
    ("It will take place", "It is expected"), never a state."""
    return frozenset(load_data("titles.json")["dummy_it_verbs"])


def _state_it(tok: Token, tokens: dict[int, ActorRef]) -> ActorRef | None:
    """tok (Token): "it". tokens (dict[int, ActorRef]): actors by token so far. RETURNS (ActorRef | None): for "It"
    opening a sentence as the subject of an active verb, the one country that is the subject of the sentence before
    ("Egypt has stepped up diplomacy with upstream states. It will host a regional water conference"); else None."""
    if tok.dep_ != "nsubj" or tok.i != tok.sent.start or tok.i == 0 or tok.head.lemma_.lower() in _dummy_it_verbs() \
            or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    before = tok.doc[tok.i - 1].sent
    states = {r.name: r for t in before if t.dep_ == "nsubj" and (r := tokens.get(t.i)) is not None
              and r is not ANONYMOUS and r.kind == "country"}
    return next(iter(states.values())) if len(states) == 1 else None


def _appositive_person(tok: Token, by_start: dict[int, Named]) -> ActorRef | None:
    """ "Brazil's environment minister, Marina Silva, arrived": the person named in apposition right after a title
    noun (set off by a comma) is the one the title stands for, whether or not the article named them before.

    tok (Token): a definite title noun. by_start (dict[int, Named]): mentions by first token.
    RETURNS (ActorRef | None): the person, else None.
    """
    portfolio = max((p.right_edge.i for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                     and p.i == tok.i + 1), default=tok.i)  # ("Nigeria's Minister of Industry, Trade and Investment
    # Chidi Nwosu": the name right after the office's portfolio)
    for c in tok.children:
        if c.dep_ != "appos" or c.left_edge.i not in (
                end + 1 + (end + 1 < len(tok.doc) and tok.doc[end + 1].text == ",") for end in {tok.i, portfolio}):
            continue
        mention = next((n for k in range(c.left_edge.i, c.i + 1) if (n := by_start.get(k)) is not None), None)
        if mention is not None and mention.ref.kind == "person" and mention.start <= c.i < mention.end:
            return mention.ref
    if not any(c.dep_ == "appos" for c in tok.children) and (words := comma_name(tok)):
        mention = by_start.get(words[0])
        if mention is not None and mention.ref.kind == "person":
            return mention.ref  # "his Senegalese counterpart, Aminata Sarr, the ministry said": hung on "said"
    lead = by_start.get(tok.left_edge.i)
    if lead is not None and lead.ref.kind == "person" and lead.end < tok.i and tok.doc[lead.end].text == "," \
            and (tok.right_edge.text == "," or tok.right_edge.i + 1 < len(tok.doc)
                 and tok.doc[tok.right_edge.i + 1].text == ","):
        return lead.ref  # "[Kwon Min-jae], South Korea's trade minister, will meet ...": the name the parser hung on
        # the title it is set beside
    edge = max((t.i for c in tok.children if c.dep_ == "prep" and c.i > tok.i for t in c.subtree), default=-1)
    mention = by_start.get(edge + 1) if edge > tok.i else None
    if mention is not None and mention.ref.kind == "person" and all(
            t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the") for t in tok.doc[tok.i:edge + 1]):
        return mention.ref  # "Qatar's Minister of State for Foreign Affairs Khalid al-Mansouri": the name right after
        # the title's own capitalized phrase, which the parser set beside the title
    return None


def _relative_possessors(doc: Doc, tokens: dict[int, ActorRef]) -> None:
    """ "Trade Minister X, whose trip to Berlin was postponed": "whose" stands for the person its relative clause hangs on
    (the clause's head noun), not for another person an event noun's holder would be guessed from."""
    if "whose" not in doc_text(doc).lower():
        return  # (most articles: no walk over every token)
    for tok in doc:
        if tok.lower_ != "whose" or tok.dep_ != "poss" or tok.i in tokens:
            continue
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        ref = tokens.get(clause.head.i) if clause is not None else None
        if ref is not None and ref is not ANONYMOUS and ref.kind == "person":
            tokens[tok.i] = replace(ref, start=tok.idx, end=tok.idx + len(tok))


def _royal(ref: ActorRef, lex: Lexicon) -> bool:
    """Whether a person holds a title always written before a name ("Emperor", "Queen", "Crown Prince")."""
    title = (ref.title or "").lower()
    return bool(title) and (title in lex.name_titles or title.split()[0] in lex.name_titles)


def _clause_subject(tok: Token, tokens: dict[int, ActorRef]) -> ActorRef | None:
    """The person the subject of an object pronoun's own verb (or of the verb it is conjoined to) stands for."""
    verb = tok.head
    for _ in range(3):
        sub = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if sub is not None:
            ref = tokens.get(sub.i)
            if ref is None:  # "Judge [X] ordered him held": the name in apposition to the title word
                ref = next((r for c in sub.children if c.dep_ == "appos" and (r := tokens.get(c.i)) is not None), None)
            return ref if ref is not None and ref is not ANONYMOUS else None
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _candidates(
    locals_: list[ActorRef], mains: list[ActorRef], speaking: set[tuple[str, int]], own: ActorRef | None
) -> list[tuple[ActorRef, bool]]:
    """The subjects a singular pronoun may stand for, nearest first: this sentence's, then the last eight main-clause
    subjects of earlier sentences; each with whether that mention was the source of a reporting verb in an earlier
    sentence; never ``own``."""
    # a source of this sentence stays a source of the pronoun ("X has confirmed he will attend"); only one of an earlier
    # sentence may give way (see :func:`_agreeing`)
    out = [(r, False) for k, r in reversed(list(enumerate(locals_)))]
    start = max(0, len(mains) - 8)
    out += [(mains[k], ("m", k) in speaking) for k in range(len(mains) - 1, start - 1, -1)]
    return [c for c in out if own is None or c[0].name != own.name]


def _agreeing(
    gender: str, candidates: list[tuple[ActorRef, bool]], genders: dict[str, str], counts: dict[str, int] | None
) -> ActorRef | None:
    """The nearest subject a singular pronoun of ``gender`` can stand for: this sentence's subjects first, then
    earlier main-clause subjects; an unnamed official nearest (":data:`ANONYMOUS`") keeps the pronoun unresolved.

    With ``counts`` (the pronoun is the subject of an event verb, not itself a source): a nearest subject that was only
    the source of a reporting verb ("..., spokesperson X said. He will then fly ...") gives way to the next agreeing
    subject that is no source and is mentioned at least as often other than as a source (the article's traveller); an
    unnamed official who was such a source gives way to the nearest named subject before it."""
    fitting = [(ref, source) for ref, source in candidates if ref is ANONYMOUS or genders.get(ref.name, gender) == gender]
    if not fitting:
        return None
    ref, source = fitting[0]
    if ref is ANONYMOUS and source and counts is not None:
        # "..., a spokeswoman said. On Tuesday he held talks with X": an unnamed source of an earlier sentence is no
        # actor of the next one's event; the named people before it are
        named = [(r, s) for r, s in fitting[1:] if r is not ANONYMOUS]
        if not named:
            return ref
        fitting = named
        ref, source = fitting[0]
    if ref is ANONYMOUS or not source or counts is None or (ref.title or "").lower() in _head_titles():
        return ref  # (a head of government who said something is no mere source: "Prime Minister X said the talks
        # went well. He met community leaders ...")
    for other, other_source in fitting[1:]:
        if other is ANONYMOUS:
            break
        if not other_source and other.name != ref.name and counts.get(other.name, 0) >= counts.get(ref.name, 0):
            return other
    return ref


def _told_by_plural_subject(tok: Token) -> bool:
    """ "The leaders of Denmark and Finland have confirmed they will attend": whether a plural pronoun is the subject of
    a clause whose governing verb has a plural common-noun subject of its own (which the pronoun stands for)."""
    if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ not in ("ccomp", "xcomp") or tok.head.head.i == tok.head.i:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ == "NNS" for c in tok.head.head.children)


def _owned_by_subject(tok: Token) -> bool:
    """ "Jamaica and the Dominican Republic have also confirmed their participation": whether a plural possessive is on
    an object of a verb whose subject is conjoined (the owners it stands for), never a pair named before."""
    if tok.dep_ != "poss" or tok.head.dep_ not in ("dobj", "pobj"):
        return False
    verb = tok.head.head if tok.head.dep_ == "dobj" else tok.head.head.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS and any(d.dep_ == "conj" for d in c.children)
                                                for c in verb.children)


def _plural_antecedent(
    groups: list[tuple[int, ActorRef, ActorRef]], pairs: list[tuple[ActorRef, ActorRef]], current: int, pair_sentence: int
) -> tuple[ActorRef, tuple[ActorRef, ...]] | None:
    """What "they" stands for: the last conjoined person subjects within four sentences (all of a list: "X, Y and Z"),
    else the previous sentence's pair; (the first, the others)."""
    if groups and current - groups[-1][0] <= 4:
        sentence, first, second = groups[-1]
        members = [first, second]
        for s, a, b in reversed(groups[:-1]):  # "X, Y and Z": the parser joins each conjunct to a member of the list
            if s != sentence:
                break
            names = {m.name for m in members}
            if a.name in names or b.name in names:
                members += [m for m in (a, b) if m.name not in names]
        if all(m.start >= 0 for m in members):
            members.sort(key=lambda m: m.start)
        return members[0], tuple(members[1:])
    if pairs and current - pair_sentence <= 1:
        return pairs[-1][0], (pairs[-1][1],)
    return None


def _subject_apposition(tok: Token, lex: Lexicon) -> bool:
    """A name in apposition to a subject: "Qatar's emir, Sheikh Tamim, hosted", "The mayor of Reading, Victoria Hughes, said"."""
    head = tok.head
    if tok.dep_ != "appos" or head.i == tok.i:
        return False
    if head.dep_ in SUBJECT_DEPS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ in SUBJECT_DEPS and head.head.head.lower_ in lex.heads


def _sentence_ids(doc: Doc) -> numpy.ndarray:
    """doc (Doc): a doc. RETURNS (ndarray): per token, the number of its sentence (all 0 without sentences)."""
    if not doc.has_annotation("SENT_START"):
        return numpy.zeros(len(doc), dtype="int64")
    return numpy.cumsum(doc.to_array(SENT_START) == 1)


def _main_clause(tok: Token) -> bool:
    """Whether a word stands in the sentence's main clause, not in a relative or adverbial one ("when Mattis went")."""
    cur = tok
    for _ in range(12):
        if cur.dep_ in _SUBORDINATE:
            return False
        if cur.head.i == cur.i:
            return True
        cur = cur.head
    return True


def _role_word(ref: ActorRef, lex: Lexicon) -> bool:
    """ref (ActorRef): a person. RETURNS (bool): the person's title, or the first word of the name the recognizer
    joined it to ("Spokeswoman Ana Ruiz"), is an ``anonymous`` role noun of ``titles.json`` (a spokesperson, an aide)."""
    words = [(ref.title or "").lower(), ref.name.split(" ", 1)[0].lower()]
    return any(w in lex.anonymous for w in words)


def _close_sentence(in_sentence: list[tuple[ActorRef, bool, int]], pairs: list[tuple[ActorRef, ActorRef]]) -> int:
    """Record the sentence's pair of people (its person subject first) and start a new sentence. The source of a
    reporting verb is no party of the pair when two other people are named ("X said Y would receive Z": Y and Z); a
    spokesperson source never is ("Spokeswoman X said Y would receive the Chilean president").

    RETURNS (int): the number of pairs now recorded.
    """
    names: list[ActorRef] = []
    for ref, _, kind in in_sentence:
        if kind != _SPOKESPERSON and all(ref.name != r.name for r in names):
            names.append(ref)
    speakers = {ref.name for ref, _, kind in in_sentence if kind == _SOURCE}
    parties = [r for r in names if r.name not in speakers]
    if len(parties) >= 2:
        names = parties
    if len(names) >= 2:
        told = next((ref for ref, subj, _ in in_sentence if subj and any(ref.name == r.name for r in names)), None)
        first = told or (names[-2] if len(names) >= 3 else names[0])  # ("The talks, opened by X, were led by Y and Z":
        # with no person subject, the last two named are the pair)
        second = next(r for r in (names if told or len(names) < 3 else names[-2:]) if r.name != first.name)
        pairs.append((first, second))
    in_sentence.clear()
    return len(pairs)


def _listed_subject(head: Token, tokens: dict[int, ActorRef]) -> ActorRef | None:
    """ "[Kyrgyz President X], Tajik President Y and Uzbek President Z have confirmed they will attend": the person of
    an earlier subject of the same verb, set off by a comma from this one (a list the parser read as two subjects)."""
    if head.dep_ != "nsubj":
        return None
    for sib in head.head.children:
        if sib.i < head.i and sib.dep_ == "nsubj" and (ref := tokens.get(sib.i)) is not None and ref.kind == "person" \
                and any(t.text == "," for t in head.doc[sib.i + 1 : head.left_edge.i]):
            return ref
    return None


def _pair_noun(tok: Token, lex: Lexicon) -> bool:
    """"their Majesties", "the royal couple": a determined ``pair_nouns`` word, which stands for two people."""
    return tok.lower_ in lex.pair_nouns and tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("det", "poss") for c in tok.children)


def _principal(tok: Token, tokens: dict[int, ActorRef], titles: tuple[str, ...]) -> ActorRef | None:
    """tok (Token): a definite title noun ("the president"). titles (tuple[str, ...]): the titles it may stand for.
    RETURNS (ActorRef | None): the one person of the sentence, before it, who owns its speaker ("[Tinubu]'s spokesman
    Bayo Onanuga denied a report that the president would visit Yaounde"), holding no other title or one of those;
    else None."""
    found = {ref.name: ref for t in tok.sent if t.i < tok.i and t.dep_ == "poss" and t.head.lower_ in _principal_nouns()
             and (ref := tokens.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"
             and (ref.title is None or any(word in ref.title.lower().split() for title in titles for word in title.split()))}
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def _principal_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``principal_nouns`` of ``titles.json``: a speaker or office that speaks for its
    owner ("spokesman", "office", "aide")."""
    return frozenset(load_data("titles.json")["principal_nouns"])


@cache
def _joint_bodies() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``joint_body_nouns`` of ``titles.json``."""
    return frozenset(load_data("titles.json")["joint_body_nouns"])


def _their_states(tok: Token, tokens: dict[int, ActorRef], partners: dict[int, tuple[ActorRef, ...]]
                  ) -> tuple[ActorRef, ActorRef] | None:
    """tok (Token): a ``joint_body_nouns`` subject. RETURNS: the two states of the pair its "their" stands for (two
    people of two states), else None."""
    their = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "their"), None)
    first = tokens.get(their.i) if their is not None else None
    others = partners.get(their.i, ()) if their is not None else ()
    if first is None or first is ANONYMOUS or len(others) != 1:
        return None
    return _states_of((first, others[0])) if first.kind == "person" and others[0].kind == "person" else \
        (first, others[0]) if first.kind == "country" and others[0].kind == "country" else None


def _opens_as_subject(tok: Token) -> bool:
    """tok (Token): a noun. RETURNS (bool): its phrase opens its sentence as the subject ("The two countries are expected
    to sign ...")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.left_edge.i == tok.sent.start


def _conjoined_states_before(tok: Token, lex: Lexicon) -> tuple[ActorRef, ActorRef] | None:
    """tok (Token): "sides" or "countries" of "the two sides" with no pair of people to stand for. lex (Lexicon): the
    actor lexicon. RETURNS (tuple | None): the last two states named before it in its sentence or the one before (a
    state's name or nationality) joined by "and" ("South Korean and Mexican officials", "South Korea and Mexico"), in
    the order written; else None."""
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
    for j in range(tok.i - 1, start - 1, -1):
        second = doc[j]
        if second.dep_ != "conj" or (b := _state_word(second, lex)) is None or (a := _state_word(second.head, lex)) is None \
                or a == b:
            continue
        first = second.head
        return (ActorRef(a, "country", None, a, first.idx, first.idx + len(first)),
                ActorRef(b, "country", None, b, second.idx, second.idx + len(second)))
    return None


def _state_word(word: Token, lex: Lexicon) -> str | None:
    """word (Token): a word. lex (Lexicon): the actor lexicon. RETURNS (str | None): the country it names as a
    nationality ("Mexican", "South [Korean]") or as the last word of a state's name ("South [Korea]"), else None."""
    if word.ent_type_ == "NORP" or word.lower_ in lex.demonyms:
        return lex.demonyms.get(word.lower_) or _demonym_entity(word, lex) or resolve_country(word.text)
    ent = next((e for e in word.doc.ents if e.start <= word.i < e.end and e.label_ == "GPE"), None)
    return resolve_country(ent.text) if ent is not None and word.i == ent.end - 1 else None


def _guest_and_host_states(tok: Token, people: list[ActorRef]) -> tuple[ActorRef, ActorRef] | None:
    """tok (Token): "countries" of "the two countries" with no pair of people named before it. people (list[ActorRef]):
    the people named so far. RETURNS (tuple | None): the states of a visit its sentence tells before it (or the sentence
    before, when "the two countries" open their own): the country of the last person of a known country named earlier
    in the sentence and the country of a place named after that person (a city or a country of the gazetteer, not the
    person's own), as country actors; else None."""
    sent = tok.sent
    limit = tok.i
    guest = next((p for p in reversed(people) if p.country and sent.start_char <= p.start < tok.idx), None)
    if guest is None and _opens_as_subject(tok) and sent.start > 0:
        sent = tok.doc[sent.start - 1].sent  # "X will leave for Brazil on Tuesday ... The two countries are expected to
        # sign agreements": the visit the sentence before tells
        guest = next((p for p in reversed(people) if p.country and sent.start_char <= p.start < sent.end_char), None)
        limit = sent.end
    if guest is None or guest.country is None:
        return None
    host = next((place.country for e in sent.ents if e.label_ == "GPE" and guest.end <= e.start_char and e.end <= limit
                 and (place := resolve_place(e.text)) is not None and place.country and place.country != guest.country),
                None)
    if host is None:
        return None
    return (ActorRef(guest.country, "country", None, guest.country, guest.start, guest.end),
            ActorRef(host, "country", None, host, tok.idx, tok.idx + len(tok)))


def _guest_and_dateline_leader(tok: Token, people: list[ActorRef]) -> tuple[ActorRef, ActorRef] | None:
    """tok (Token): "leaders" of "the two leaders" with no pair named before. people (list[ActorRef]): the people named
    so far. RETURNS (tuple | None): when exactly one person is named before it in the article, holding a head of state's
    or government's title of a country other than the dateline's ("HELSINKI - Chilean President X was welcomed ... After
    their talks, the two leaders signed a memorandum"), that person and the holder of the same title in the dateline's
    country (an office the store resolves to its holder); else None."""
    before = {p.name: p for p in people if p.start < tok.idx}
    home = dateline_country_of(tok.doc)
    if len(before) != 1 or home is None:
        return None
    guest = next(iter(before.values()))
    if not guest.title or guest.title.lower() not in _head_titles() or not guest.country or guest.country == home:
        return None
    return guest, ActorRef(f"{guest.title} of {home}", "person", guest.title, home, tok.idx, tok.idx + len(tok))


def _states_of(pair: tuple[ActorRef, ActorRef]) -> tuple[ActorRef, ActorRef] | None:
    """pair: two people named together. RETURNS: the two states they hold office in, as country actors; None when
    either has no known country or both have the same one."""
    first, second = pair[0].country, pair[1].country
    if not first or not second or first == second:
        return None
    return (ActorRef(first, "country", None, first, pair[0].start, pair[0].end),
            ActorRef(second, "country", None, second, pair[1].start, pair[1].end))


def _group(tok: Token, lex: Lexicon) -> bool:
    """ "the two ministers", "both leaders": a plural role noun counted as two (so is a bare "the ministers" as a subject:
    the pair named before); "the two" and "both" alone as a subject ("X spoke with Y, and the two agreed to ...") stand
    for two people as well. A count without a determiner ("Two men detained on Great Inagua were released") tells new
    people, no pair named before."""
    if tok.lower_ in lex.group_determiners:
        return tok.dep_ in ("nsubj", "nsubjpass") and (tok.lower_ == "both" or any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children))
    bare = tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in lex.groups and [c.lower_ for c in tok.children] == ["the"]
    # ("X met his counterpart Y in Havana on Tuesday. The ministers signed an agreement": the pair just named)
    counted = [c for c in tok.children if c.lower_ in lex.group_determiners and c.dep_ in ("nummod", "det", "predet", "amod")]
    definite = any(c.lower_ == "both" or c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children)
    return tok.tag_ == "NNS" and (bare or bool(counted) and definite) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "NOUN" and g.lower_ not in lex.groups
                                                                   for g in c.children) for c in tok.children)
    # (not "fishermen on both sides of the border": the sides of a thing)


def _fitting_pair(tok: Token, pairs: list[tuple[ActorRef, ActorRef]], lex: Lexicon) -> tuple[ActorRef, ActorRef] | None:
    """The last pair whose titles fit the group noun and its modifiers ("the two defence chiefs")."""
    needed = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ not in lex.group_determiners]
    head = lex.groups[tok.lower_]
    if head:
        needed.append(head)
    if tok.lower_ in lex.leader_groups:
        heads = _head_titles()
        for pair in reversed(pairs):  # "the two leaders": the last pair of heads of government or state, not a
            # minister who travels with one of them ("Commerce Minister X will accompany the prime minister")
            if all((p.title or "").lower() in heads for p in pair):
                return pair
    for pair in reversed(pairs):
        titles = [spelling(p.title or "") for p in pair]
        if tok.lower_ in lex.leader_groups and any(t.split()[:1] and t.split()[0] in lex.deputies for t in titles):
            continue  # "the two leaders": not the visitor and the Vice President who met him at the airport
        if all(_fits(spelling(word), title, lex) for word in needed for title in titles):
            return pair
        # "X spoke with his Egyptian counterpart Y ... The two ministers agreed": Y holds X's office in his country
        untitled = [p for p in pair if not p.title]
        titled = [t for p, t in zip(pair, titles) if p.title]
        if len(untitled) == 1 and titled and all(_fits(spelling(word), titled[0], lex) for word in needed) \
                and re.search(r"\bcounterparts?,?\s+" + re.escape(untitled[0].name), doc_text(tok.doc)):
            return pair
    return None


@cache
def _head_titles() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``head_titles`` of ``families.json`` (heads of government or state), lower case."""
    return frozenset(load_data("families.json")["head_titles"])


def _fits(word: str, title: str, lex: Lexicon) -> bool:
    """ "the two ministers": a Foreign Minister and a Foreign Secretary (titles of one family) both fit."""
    if word in title:
        return True
    return any(word in family and any(w in family for w in title.split()) for family in lex.families)


def _role(tok: Token, lex: Lexicon) -> tuple[tuple[str, ...], str | None] | None:
    """The titles a definite title word or role phrase can stand for, and the nationality on it: "the secretary"
    (titles with "secretary"), "the Secretary-General", "the Head of State" and "the Holy Father" (``role_phrases``),
    "the Paraguayan leader" (a head of state or government of Paraguay). None when the word is no such description."""
    doc = tok.doc
    low = tok.lower_
    keys: tuple[str, ...] = ()
    if low in lex.heads:
        keys = (low,)
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and doc[tok.i - 2].is_alpha:
            keys = (f"{doc[tok.i - 2].lower_}-{low}",)  # "the Secretary-General": that title, not a general
    for phrase, titles_ in lex.roles.items():
        at = phrase.index("of") - 1 if "of" in phrase else len(phrase) - 1
        heads = {at: -1, len(phrase) - 1: at} if at != len(phrase) - 1 else {at: -1}  # ("[Ghana's new Chief of
        # Defence] Staff": the parser may make the last word the head, the word before "of" hanging on it)
        if any(phrase[k] == low and (first := tok.i - k) >= 0 and first + len(phrase) <= len(doc)
               and tuple(t.lower_ for t in doc[first : first + len(phrase)]) == phrase
               and (under < 0 or doc[first + under].head.i == tok.i) for k, under in heads.items()):
            keys = (*keys, *titles_)
    if not keys:
        return None
    country = next((c for m in tok.children if m.dep_ in ("amod", "compound", "nmod")
                    and (m.ent_type_ in ("NORP", "GPE") or m.lower_ in lex.demonyms)
                    and (c := lex.demonyms.get(m.lower_) or resolve_country(m.text)
                         or _demonym_entity(m, lex)) is not None), None)
    if country is None:
        country = next((c for m in tok.children if (c := country_possessor(m)) is not None), None)
    if country is None and any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children):
        country = _subject_country(tok)  # "Venezuela denied a report that its foreign minister had met X": Venezuela's
    return keys, country


def _demonym_entity(word: Token, lex: Lexicon) -> str | None:
    """word (Token): a nationality word on a title ("the South [African] president"). lex (Lexicon): the actor lexicon.
    RETURNS (str | None): the country of the whole nationality entity the word is part of ("South African"), else
    None."""
    ent = next((e for e in word.doc.ents if e.start <= word.i < e.end and e.label_ == "NORP"), None)
    if ent is None or len(ent) < 2:
        return None
    return lex.demonyms.get(ent.text.lower()) or resolve_country(ent.text)


def _its_country(tok: Token) -> bool:
    """tok (Token): a noun. RETURNS (bool): it is owned by "its" standing for a country a subject before it names ("its
    foreign minister" after "Venezuela denied"), a definite title of that country."""
    return any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children) and _subject_country(tok) is not None


@cache
def _state_possessor_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``state_possessor_nouns`` of ``titles.json`` ("kingdom", "country")."""
    return frozenset(load_data("titles.json")["state_possessor_nouns"])


def _state_noun_owned(tok: Token) -> bool:
    """tok (Token): a noun. RETURNS (bool): it is owned by a definite ``state_possessor_nouns`` noun of ``titles.json``
    ("the kingdom's investment minister", "the country's foreign minister"): a description of a title holder the
    article has named, as "the investment minister" is."""
    nouns = _state_possessor_nouns()
    return any(c.dep_ == "poss" and c.lower_ in nouns and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
               for c in tok.children)


def _subject_country(tok: Token) -> str | None:
    """tok (Token): a title noun owned by "its". RETURNS (str | None): the country the subject of a verb before it in
    its sentence names, the nearest one ("[Venezuela] on Monday denied a report that its foreign minister ..."), else
    None."""
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN":
            first = min(g.i for g in t.subtree if g.dep_ != "case" and g.i <= t.i)
            return resolve_country(tok.doc[first : t.i + 1].text)
    return None


def _speaking(tok: Token) -> bool:
    """tok (Token): a pronoun. RETURNS (bool): it is the subject of a ``speaking_verbs`` verb ("She spoke after talks
    with X"): a source goes on speaking."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _speaking_verbs()


@cache
def _speaking_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``speaking_verbs`` of ``triggers.json`` ("speak")."""
    return frozenset(load_data("triggers.json")["speaking_verbs"])


def _source(tok: Token, lex: Lexicon) -> bool:
    """Whether a subject is the source of a reporting verb: "..., spokesperson X said", "X's office said"."""
    return _speaker(tok, lex) or tok.dep_ == "poss" and _speaker(tok.head, lex)


def _speaker(tok: Token, lex: Lexicon) -> bool:
    """Whether a person is the subject of a reporting verb ("..., Kallas said"): the source, not a party of the pair."""
    if tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS:
        tok = tok.head  # "X's spokeswoman, Lucia Kollarova, said": the name of the subject that speaks
    return tok.dep_ in SUBJECT_DEPS and tok.head.lemma_.lower() in lex.reporting
