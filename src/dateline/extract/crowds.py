"""Unnamed crowds and bodies as actors: "thousands protested", "the allies", "voters in Moldova", "parliament".

An event of a ``crowd_families`` family (``data/families.json``) whose subject names
no actor but is one of that family's crowd words is done by the crowd as a group:
:func:`crowd_actor` gives an :class:`ActorRef` of kind ``group`` ("protesters",
"unions", "allies"), voters of a country that country, a legislature the body of its
country ("Parliament of Georgia", kind ``org``; a bare "Parliament" in an article datelined in
one country is that country's). Such actors exist only as the actor of their own event: they
never become counterparts, and no person is merged into them. A crowd word keeps whose it is
("teachers' union", "opposition party"); a party named in a subject a state possesses
("Georgia's opposition Civic Front party") is the actor, of that state; an election a head of
government holds is the country's (:func:`leader_held`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from ..model import ActorRef, Event
from .actor_lexicon import lexicon
from .actor_mentions import ANONYMOUS
from .arguments import _governor, _subject_of
from .bodies import legislature_of, national_names
from .context import _Ctx
from .nlp import doc_text, load_data
from .objects import head_of_state, plan_call
from .occasions import dateline_place
from .outcomes import contested_in
from .person_entities import plural_nationality
from .places import capital_of, is_demonym, resolve_country
from .status import head_chain
from .trigger_tokens import trigger_token
from .union_names import the_named_union
from .triggers import _lex

__all__ = ["crowd_actor", "crowd_words", "crowd_subject", "state_blocked", "joint_forces", "involved_forces", "leader_held", "dateline_country", "dateline_body", "where_country",
           "national_org", "members", "crowd_ref", "unnamed_crowd", "made_way_for",
           "crowd_home_places", "labour_teller", "labour_body_words"]


@dataclass(frozen=True)
class _Crowds:
    families: dict[str, frozenset[str]]
    names: dict[str, str]
    voters: frozenset[str]
    bodies: frozenset[str]
    body_names: dict[str, str]
    capitalized_bodies: frozenset[str]
    state_blocked: frozenset[str]
    capitals: frozenset[str]
    nationalities: dict[str, str]
    unnamed: dict[str, str]
    unnamed_verbs: frozenset[str]
    qualifiers: dict[str, frozenset[str]]
    leader_families: frozenset[str]
    named_bodies: dict[str, frozenset[str]]
    member_words: frozenset[str]


@cache
def _crowds() -> _Crowds:
    data = load_data("families.json")
    return _Crowds(
        families={k: frozenset(v) for k, v in data["crowd_families"].items()},
        names=dict(data["crowd_names"]),
        voters=frozenset(data["voter_nouns"]),
        bodies=frozenset(data["body_nouns"]),
        body_names=dict(data["body_names"]),
        capitalized_bodies=frozenset(data["capitalized_body_nouns"]),
        state_blocked=frozenset(data["state_blocked_families"]),
        capitals=frozenset(data["capital_families"]),
        nationalities=dict(data["nationality_families"]),
        unnamed=dict(data["unnamed_crowd"]),
        unnamed_verbs=frozenset(data["unnamed_crowd_verbs"]),
        qualifiers={k: frozenset(v) for k, v in data["crowd_qualifiers"].items()},
        leader_families=frozenset(data["leader_families"]),
        named_bodies={k: frozenset(v) for k, v in data["named_body_words"].items()},
        member_words=frozenset(data["member_words"]),
    )


def unnamed_crowd(actor: ActorRef, tok: Token) -> bool:
    """actor (ActorRef): an event's actor. tok (Token): its trigger. RETURNS (bool): the actor is the stand-in crowd of
    an event noun told with no doer at all ("the walkout would be pushed back": "protesters", ``unnamed_crowd`` of
    ``families.json``, at the noun's own offsets), which names nobody the article tells."""
    return actor.kind == "group" and actor.start == tok.idx and actor.name in _crowds().unnamed.values()


def crowd_words(action: str) -> frozenset[str]:
    """action (str): a family. RETURNS (frozenset[str]): its ``crowd_families`` words ("union", "workers"), or none."""
    return _crowds().families.get(action, frozenset())


def _subjects(tok: Token, chain: list[Token]) -> list[Token]:
    """The subject words of a trigger: a verb's own (up its chain), or those of the verb an event noun depends on."""
    if tok.pos_ in ("NOUN", "PROPN"):
        gov, rel = _governor(tok)
        if gov is None or rel not in ("dobj", "pobj", "compound", "conj"):
            return []
        return _subject_of(head_chain(gov))
    return _subject_of(chain)


def crowd_subject(tok: Token, chain: list[Token], action: str) -> Token | None:
    """The subject word of a trigger that is a crowd word of its family ("Thousands", "unions", "the allies", "Hundreds
    of [marines]"), else None."""
    words = _crowds().families.get(action)
    if not words:
        return None
    for s in _subjects(tok, chain):
        if s.lower_ in words or members(s, words).lower_ in words:
            return s
        if s.lower_ in _leader_heads() and (crowd := next((c for c in s.children if c.dep_ == "compound" and c.i == s.i - 1
                                                            and (c.lower_ in words or f"{c.lower_}s" in words)), None)) is not None:
            return crowd  # "Union leaders at the port called off a strike": the union's ("Student organisers": the
            # students')
    return None


def person_owned_crowd(tok: Token, chain: list[Token], action: str, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a trigger. chain (list[Token]): its head chain. action (str): its family. ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): for a crowd-word subject owned by a named person ("Hussain Nazeer's party has called a
    rally", "X's supporters marched"), that group, named with its owner (or by its own name: "his Progressive
    Slovakia party"); else None (the owner himself acts not)."""
    sub = crowd_subject(tok, chain, action)
    owner = next((r for c in sub.children if c.dep_ == "poss" and (r := ctx.actors.get(c.i)) is not None
                  and r is not ANONYMOUS and r.kind == "person" and resolve_country(c.text) is None), None) \
        if sub is not None else None  # (not "Kenya's railway staff" read as a person "Kenya Railways" named later)
    if sub is None or owner is None:
        return None
    named = next((r for c in sub.children if c.dep_ == "compound" and c.i < sub.i and (r := ctx.actors.get(c.i)) is not None
                  and r is not ANONYMOUS and r.kind == "org"), None)
    if named is not None:
        return named  # "his Progressive Slovakia party would organise a protest": the party by its name
    return ActorRef(f"{owner.name}'s {sub.lower_}", "group", None, owner.country, sub.idx, sub.idx + len(sub))


@cache
def _leader_heads() -> frozenset[str]:
    """RETURNS: ``partner_group_heads`` of ``families.json`` ("leaders", "representatives"): the people who speak for
    the crowd word before them ("union leaders")."""
    return frozenset(load_data("families.json")["partner_group_heads"])


def _country_in(phrase: Token, ctx: _Ctx) -> str | None:
    """The country a crowd or body phrase belongs to: "[Georgian] protesters", "[Moldova]'s parliament", "voters in
    [Moldova]", "the parliament of [Georgia]"."""
    for t in phrase.subtree:
        if t.i == phrase.i:
            continue
        ref = ctx.actors.get(t.i)
        if ref is not None and ref is not ANONYMOUS and ref.kind == "country":
            return ref.name
        if ref is not None and ref is not ANONYMOUS and ref.kind == "person":
            continue  # "[Paredes] supporters": a person's name, not the town of that name
        if (place := ctx.places.get(t.i)) is not None and place.country:
            return place.country
        if t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i != phrase.i:
            continue  # "[Sri] Lanka's parliament": a word of a longer name, read whole at its head
        if (t.ent_type_ in ("NORP", "GPE") or t.pos_ == "PROPN" and t.dep_ in ("poss", "compound", "amod")
                and not (t.is_sent_start and not t.ent_type_ and not is_demonym(t.text))  # (not "[Union] leaders
                # met ...": a capital of the sentence's first word, not the town of Union; "Ugandan lawmakers" is)
                or t.pos_ == "ADJ" and t.dep_ == "amod" and t.text[:1].isupper() and not t.ent_type_) \
                and (country := resolve_country(_with_name_words(t))) is not None:
            return country  # ("[Nigeria]'s main labour unions", "[Greek] unions", unlabelled after a dateline)
    return None


def _with_name_words(t: Token) -> str:
    """t (Token): a word of a crowd's or body's phrase. RETURNS (str): it with the name words written right before it
    that hang on it ("Sri Lanka", "Papua New Guinea", "El Salvador": never "Lanka" alone, a town of India)."""
    words = [t]
    for c in reversed([c for c in t.children if c.i < t.i]):
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == words[0].i - 1:
            words.insert(0, c)
    return " ".join(w.text for w in words)


def members(sub: Token, words: frozenset[str]) -> Token:
    """ "tens of thousands of workers": the crowd word the numbers count ("workers"), else the subject."""
    cur = sub
    for _ in range(3):
        nxt = next((g for p in cur.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                    if g.dep_ == "pobj" and g.lower_ in words), None)
        if nxt is None:
            break
        cur = nxt
    return cur


def counted_nouns(subject: Token) -> list[Token]:
    """subject (Token): a common-noun subject. RETURNS (list[Token]): it and the nouns its "of" phrases count, outward in
    ("Thousands of mineworkers at the mines": "Thousands", "mineworkers"; at most three deep)."""
    words = [subject]
    for _ in range(3):
        nxt = next((g for p in words[-1].children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                    if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if nxt is None:
            break
        words.append(nxt)
    return words


def crowd_actor(tok: Token, chain: list[Token], action: str, ctx: _Ctx) -> ActorRef | None:
    """The group that does an event whose subject names no actor.

    tok (Token): the trigger. chain (list[Token]): its head chain. action (str): its family. ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): a ``group`` actor named by the crowd word (numbers and bare crowds are "protesters"),
        with the country of its phrase; voters of a country are that country; a legislature is the body of its country
        (kind ``org``); None when the subject is no crowd word of the family.
    """
    c = _crowds()
    if action == "vote" and tok.pos_ == "NOUN" and (own := _national_vote(tok)) is not None:
        return own  # "critics of that year's Zimbabwean election": Zimbabwe's vote, whoever the clause's subject is
    subjects = _subjects(tok, chain)
    if not subjects and action == "vote" and tok.pos_ == "NOUN" and (held := _body_held_in(tok, ctx)) is not None:
        return held  # "The censure vote in Peru's Congress was postponed": the body's vote
    if not subjects and tok.pos_ in ("NOUN", "PROPN") and (tok.dep_ == "nsubjpass" or tok.dep_ == "nsubj" and (
            tok.head.lemma_.lower() in c.unnamed_verbs)) and (name := c.unnamed.get(action)) is not None:
        return ActorRef(name, "group", None, None, tok.idx, tok.idx + len(tok))  # "a rally is planned for Saturday"
    for s in subjects:
        if (state := _state_word(s, action, ctx)) is not None:
            return state
        if s.lower_ in ("it", "they") and _member_body_teller(s) and (owner := _owning_teller(s, action, ctx)) is not None:
            return owner  # "Tunisia's federation of teachers said it would hold a nationwide strike": the federation
    sub = crowd_subject(tok, chain, action)
    if sub is None:
        return None
    if (owner := _owning_teller(sub, action, ctx) or labour_teller(sub, action, ctx)) is not None:
        return owner  # "the teachers' union said its members would begin a strike": the union's strike
    country = _country_in(sub, ctx)
    word = members(sub, c.families[action])
    low = word.lower_
    start, end = sub.idx, sub.idx + len(sub)
    if action == "vote" and low in c.voters:
        if country is None and word.i == sub.i and (_bare(sub) or _in_unknown_place(sub, ctx)) \
                and (home := dateline_country(ctx)) is not None and not foreign_lead(ctx, home):
            country = home  # "BRAZZAVILLE - Voters went to the polls on Sunday": the dateline country's voters (and
            # "Voters in Harare East", a district the gazetteer lacks, under a Harare dateline)
        return ActorRef(country, "country", None, country, start, end) if country else ActorRef("voters", "group", None, None, start, end)
    if country is None and word.i == sub.i and _bare(sub):
        country = _fronted_country(sub, ctx)  # "In neighbouring Lithuania, parliament on Tuesday voted": Lithuania's
    if action == "vote" and low in c.bodies and country is None and word.i == sub.i and _bare(sub) \
            and (named_before := _body_named_before(sub, ctx)) is not None:
        return named_before  # "STRASBOURG - ... the European Parliament ... Later on Wednesday, the parliament voted": the
        # body the article named, not the dateline country's
    if action == "vote" and low in c.bodies:
        country = country or (dateline_country(ctx) if word.i == sub.i and _bare(sub) and (
            low not in c.capitalized_bodies or word.text[:1].isupper()) else None)  # "WELLINGTON - ... Parliament is set
        # to vote": the dateline's; "the congress also elected X" (a federation's) is no legislature
        if country:
            return legislature_of(country, low, start, end)
        body = c.body_names.get(low, word.text[:1].upper() + word.text[1:].lower())
        return ActorRef(body, "org", None, country, start, end)
    if (named := named_body(word, ctx) or _appositive_body(word, ctx)) is not None:
        return named  # "The union said the stoppage would now take place on May 20": the federation named before; "the
        # main labour federation, the Bolivian Workers' Center (COB), called a strike": the COB
    if low in c.member_words and (union := next((d for k in word.children if k.dep_ == "compound"
                                                  and (d := described_body(k, ctx)) is not None), None)) is not None:
        return union  # "several thousand union members marched ..., the X Workers Union said": that union's
    if low in c.member_words and (members_of := _named_members_body(word, ctx)) is not None:
        return members_of  # "thousands of COSATU members marched", "members of COSATU": the organization's own crowd
    if country is None and (home := dateline_country(ctx)) is not None and not foreign_lead(ctx, home):
        country = home  # "VALLETTA, Malta - Thousands of dock workers marched toward parliament": Malta's
    if sub.lower_ in _MEMBER_BODIES and word.i != sub.i:
        # "Bangladesh's largest federation of garment workers will strike": the federation, named by its members
        # ("garment workers' federation", as its own name would be: the Bangladesh Garment Workers Federation)
        return ActorRef(_body_of_members(sub, word), "group", None, country, start, end)
    if low not in c.families[action] and f"{low}s" in c.families[action]:
        return ActorRef(c.names.get(f"{low}s") or f"{low}s", "group", None, country, start, end)  # "Student
        # organisers": the students
    return ActorRef(c.names.get(low) or _qualified(word), "group", None, country, start, end)


def _fronted_country(sub: Token, ctx: _Ctx) -> str | None:
    """sub (Token): a bare crowd or body subject. RETURNS (str | None): the country of an "in" phrase that opens its
    verb's clause before it ("In neighbouring Lithuania, parliament on Tuesday voted ..."), else None."""
    verb = sub.head
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > sub.i:
            continue
        for g in prep.children:
            if g.dep_ != "pobj":
                continue
            ref = ctx.actors.get(g.i)
            if ref is not None and ref is not ANONYMOUS and ref.kind == "country":
                return ref.name
            place = ctx.places.get(g.i)
            if place is not None and place.kind == "country" and place.country:
                return place.country
    return None


def _national_vote(tok: Token) -> ActorRef | None:
    """tok (Token): a vote noun. RETURNS (ActorRef | None): the country of a nationality adjective right before it
    ("the Zimbabwean election", "a Kenyan referendum"), kind ``country``; None when it has none."""
    for mod in tok.children:
        if mod.dep_ in ("amod", "compound") and mod.i < tok.i and mod.text[:1].isupper() and mod.lower_ in lexicon().demonyms \
                and (country := resolve_country(mod.text)) is not None:
            return ActorRef(country, "country", None, country, mod.idx, mod.idx + len(mod))
    return None


def _body_held_in(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a vote noun. RETURNS (ActorRef | None): the legislature of its "in" phrase ("the censure vote in
    Peru's Congress", "a vote in parliament" under a Lima dateline) or of a ``legislature_adjectives`` word before it
    ("the parliamentary vote"), kind ``org``; None when it has none."""
    c = _crowds()
    adjectives: dict[str, str] = load_data("families.json")["legislature_adjectives"]
    for mod in tok.children:
        if mod.dep_ in ("amod", "compound") and mod.lower_ in adjectives and mod.i < tok.i \
                and tok.lower_ not in load_data("families.json")["people_vote_nouns"]:  # (not "the parliamentary
            # elections": the country's, which elect a parliament)
            country = _country_in(tok, ctx) or dateline_country(ctx)  # "the parliamentary vote on the bill was
            # postponed": the parliament's vote, of the dateline's country when the phrase names none
            return legislature_of(country, adjectives[mod.lower_], mod.idx, mod.idx + len(mod)) if country else None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for g in prep.children:
            if g.dep_ != "pobj" or g.lower_ not in c.bodies:
                continue
            country = _country_in(g, ctx) or (dateline_country(ctx) if _bare(g) else None)
            return legislature_of(country, g.text, g.idx, g.idx + len(g)) if country is not None else None
    return None


#: Bodies of members that an "of" phrase names by their members ("a federation of garment workers"):
#: ``member_body_nouns`` of ``families.json``.
_MEMBER_BODIES = frozenset(load_data("families.json")["member_body_nouns"])


def _body_of_members(body: Token, crowd: Token) -> str:
    """body (Token): a ``_MEMBER_BODIES`` noun. crowd (Token): the crowd word of its "of" phrase. RETURNS (str): the body
    named by its members, as its own name would be ("federation of garment workers": "garment workers' federation")."""
    phrase = " ".join(t.lower_ for t in crowd.subtree if t.i <= crowd.i and t.dep_ in ("compound", "amod")
                      or t.i == crowd.i)
    return f"{phrase}' {body.lower_}" if phrase.endswith("s") else f"{phrase}'s {body.lower_}"


def _member_body_teller(pronoun: Token) -> bool:
    """pronoun (Token): "it" or "they", a subject. RETURNS (bool): the clause it opens is told by a body of members with
    no name of its own ("Tunisia's federation of teachers said it would strike": ``member_body_nouns``)."""
    clause = pronoun.head
    return clause.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in _MEMBER_BODIES and not c.ent_type_
                                          for c in clause.head.children)


def _owning_teller(sub: Token, action: str, ctx: _Ctx) -> ActorRef | None:
    """sub (Token): a crowd subject. RETURNS (ActorRef | None): when it is "its members", "their workers" in a clause
    said by an organisation or by a crowd word of the family ("Kenya's largest teachers' union said on Tuesday its
    members would begin a strike"), that teller as the actor; else None."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in sub.children) \
            and not (sub.lower_ in ("it", "they") and sub.dep_ == "nsubj"):
        return None  # (nor "Tunisia's federation of teachers said it would hold a strike": the federation's)
    clause = sub.head
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    speaker = clause.head
    teller = next((c for c in speaker.children if c.dep_ == "nsubj"), None)
    if teller is None and speaker.dep_ in ("advcl", "conj") and speaker.tag_ == "VBG":
        teller = next((c for c in speaker.head.children if c.dep_ == "nsubj"), None)  # ("The union served strike notice on
        # Monday, saying its members would walk off the job on Friday": the subject of the verb the participle is on)
    if teller is None:
        return None
    ref = ctx.actors.get(teller.i)
    if ref is not None and ref is not ANONYMOUS and ref.kind in ("org", "group"):
        return ref
    if ref is None and (teller.lower_ in _crowds().families.get(action, ()) or teller.lower_ in _MEMBER_BODIES):
        if teller.lower_ in _MEMBER_BODIES and (crowd := members(teller, _crowds().families.get(action, frozenset()))).i \
                != teller.i:  # "A federation of garment workers said its members would strike"
            return ActorRef(_body_of_members(teller, crowd), "group", None, _country_in(teller, ctx), teller.idx,
                            teller.idx + len(teller))
        return crowd_ref(teller, ctx)
    return None


@cache
def labour_body_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``member_body_nouns`` and ``labour_name_words`` of ``families.json``: a name holding one
    is a body of workers."""
    return _MEMBER_BODIES | frozenset(load_data("families.json")["labour_name_words"])


def _body_named_before(sub: Token, ctx: _Ctx) -> ActorRef | None:
    """sub (Token): a bare body word ("the parliament"). ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the
    organisation of no country named last before it whose name ends in that word ("the European Parliament"), else
    None (a state's own legislature is read the usual way)."""
    word = sub.lower_
    return next((ref for i, ref in sorted(ctx.actors.items(), reverse=True) if i < sub.i and ref is not ANONYMOUS
                 and ref.kind == "org" and ref.country is None and len(ref.name.split()) > 1
                 and ref.name.split()[-1].lower() == word), None)


def labour_teller(sub: Token, action: str, ctx: _Ctx) -> ActorRef | None:
    """sub (Token): a crowd subject of a ``labour_teller_families`` act, or the crowd that owns its noun ("the nurses'
    strike"). action (str): the act's family. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the named body of
    workers that tells its clause and is named after the crowd ("Chile's teachers will stage a walkout later this month,
    the National Teachers' Guild said": the guild's strike, the act it called; "Dockworkers ... will strike, their union
    said": their union's), else None (a body of other words may speak for several crowds: "doctors ..., the Federation
    of Medical Unions said" stays the doctors')."""
    if action not in load_data("families.json")["labour_teller_families"] or sub.lower_ in _crowds().unnamed.values():
        return None
    clause = sub.head
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    teller = next((c for c in clause.head.children if c.dep_ == "nsubj"), None) if clause.dep_ == "ccomp" \
        and clause.head.lemma_.lower() in _lex().reporting else None
    words = [teller] if teller is not None else _closing_teller(sub)
    refs = (ctx.actors.get(w.i) or named_body(w, ctx) for w in words)  # (a bare "the federation": the one named before)
    own = next((w for w in words if w.lower_ in _MEMBER_BODIES and w.dep_ == "nsubj" and ctx.actors.get(w.i) is None
                and any(c.dep_ == "poss" and c.lower_ == "their" for c in w.children)), None)
    if own is not None and sub.lower_ not in _MEMBER_BODIES and (
            body := named_body(own, ctx) or the_named_union(_country_in(sub, ctx), ctx)) is not None:
        return body  # "Dockworkers at the Port of Santos will go on strike from Monday, their union said. The Santos
        # Port Workers' Union said ...": the union's strike, the one body of workers the article names ("Lima's bus
        # drivers will strike, their union said", naming none, stays the drivers')
    crowd = {_stem(t.lower_) for t in sub.subtree if t.i == sub.i or t.dep_ == "compound" and t.i < sub.i}
    return next((r for r in refs if r is not None and r is not ANONYMOUS and r.kind == "org" and not labour_body_words(
        ).isdisjoint(w.strip("'’").lower() for w in r.name.split())
                 and crowd <= {_stem(w.strip("'’").lower()) for w in r.name.split()}), None)


def _stem(word: str) -> str:
    """word (str): a lower-case word. RETURNS (str): it without a plural or possessive "s" ("teachers", "teachers'":
    "teacher"), to tell whether a body is named after a crowd."""
    word = word.strip("'’")
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _closing_teller(tok: Token) -> list[Token]:
    """tok (Token): a word of a sentence. RETURNS (list[Token]): the words between the last comma and the verb of a
    closing ", X said" after ``tok`` ("..., the National Association of Nurses and Midwives said on Friday", whichever
    way the parser hung the teller), last first; none when the sentence closes on no such verb."""
    verb = next((t for t in reversed(tok.sent) if t.i > tok.i and t.pos_ == "VERB"
                 and t.lemma_.lower() in _lex().reporting), None)
    if verb is None:
        return []
    out: list[Token] = []
    for i in range(verb.i - 1, tok.i, -1):
        if tok.doc[i].text == ",":
            return out
        out.append(tok.doc[i])
    return []


def crowd_ref(word: Token, ctx: _Ctx) -> ActorRef:
    """word (Token): a crowd word of a family ("union", "nurses", "teachers' union"). ctx (_Ctx): the doc's index.
    RETURNS (ActorRef): the organization it refers back to (:func:`named_body`), else a ``group`` actor named by it and
    the words that say whose it is (or by its ``crowd_names`` name: "servants" are "civil servants", "thousands"
    "protesters"), with the country of its phrase."""
    return named_body(word, ctx) or described_body(word, ctx) or ActorRef(
        _crowds().names.get(word.lower_) or _qualified(word), "group", None, _country_in(word, ctx), word.idx,
        word.idx + len(word))


def _appositive_body(word: Token, ctx: _Ctx) -> ActorRef | None:
    """word (Token): a crowd word. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the organization named in
    apposition to it ("Bolivia's main labour federation, the Bolivian Workers' Center (COB), called a strike": the
    COB), at its own offsets; None when there is none."""
    for appos in (c for c in word.children if c.dep_ == "appos"):
        for t in appos.subtree:
            ref = ctx.actors.get(t.i)
            if ref is not None and ref is not ANONYMOUS and ref.kind == "org":
                return ref
    return None


def _named_members_body(word: Token, ctx: _Ctx) -> ActorRef | None:
    """word (Token): a ``member_words`` word ("members"). RETURNS (ActorRef | None): the organization named right before
    it or in its "of" phrase ("COSATU members", "members of COSATU"), as the recognizer or the article's names know it,
    at the word's offsets; else None."""
    names = [k for k in word.children if k.dep_ == "compound"] + [
        g for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for k in names:
        ref = ctx.actors.get(k.i)
        if ref is not None and ref is not ANONYMOUS and ref.kind == "org":
            return ActorRef(ref.name, ref.kind, ref.title, ref.country, word.idx, word.idx + len(word))
        if ref is None and k.pos_ == "PROPN" and k.is_upper and k.is_alpha and 3 <= len(k) <= 8 \
                and resolve_country(k.text) is None:
            return ActorRef(k.text, "org", None, None, word.idx, word.idx + len(word))  # an acronym the article does
            # not spell out ("COSATU members"): the body it names
    return None


def described_body(word: Token, ctx: _Ctx) -> ActorRef | None:
    """word (Token): a crowd word of ``named_body_words`` told by description, not by name ("Lesotho's largest textile
    union said ..."). ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the one organization the article names
    anywhere with that word ("The Lesotho Textile Workers Union wants a raise"), of the description's country when it
    has one, at the word's offsets; None when it names none or several."""
    kinds = _crowds().named_bodies.get(word.lower_)
    members = word.dep_ == "compound" and word.head.lower_ in _crowds().member_words  # "union members marched"
    if kinds is None or word.dep_ == "compound" and not members \
            or not members and not any(c.dep_ in ("poss", "amod", "compound") for c in word.children):
        return None
    country = _country_in(word.head if members else word, ctx)
    found = {ref.name: ref for i, ref in ctx.actors.items() if ref is not None and ref is not ANONYMOUS
             and ref.kind == "org" and ctx.doc[i].idx >= ctx.dateline_end and not kinds.isdisjoint(ref.name.lower().split())
             and (country is None or ref.country in (None, country) or country in ref.name)}
    if len(found) != 1:
        return None
    ref = next(iter(found.values()))
    return ActorRef(ref.name, ref.kind, ref.title, ref.country or country, word.idx, word.idx + len(word))


def named_body(word: Token, ctx: _Ctx) -> ActorRef | None:
    """word (Token): a crowd word. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): for a bare definite one with
    ``named_body_words`` ("the union": a name with "union", "federation", "confederation" ...), the organization the
    article named last before it with such a word ("Peru's National Federation of Education Workers on Wednesday
    postponed the strike. The union said ..."), at the word's offsets; else None."""
    kinds = _crowds().named_bodies.get(word.lower_)
    if kinds is None or word.dep_ == "compound" or [(c.dep_, c.lower_) for c in word.children] != [("det", "the")]:
        return None
    for i in range(word.i - 1, -1, -1):
        ref = ctx.actors.get(i)
        if ref is not None and ref is not ANONYMOUS and ref.kind == "org" and ctx.doc[i].idx >= ctx.dateline_end \
                and not kinds.isdisjoint(ref.name.lower().split()):
            return ActorRef(ref.name, ref.kind, ref.title, ref.country, word.idx, word.idx + len(word))
    return None


def dateline_body(actor: ActorRef, action: str, ctx: _Ctx) -> ActorRef:
    """ "WELLINGTON, May 4 (Wire) - ... Parliament is set to vote": a legislature named alone (an organization whose name
    is one ``body_nouns`` word, no country of its own) is the body of the dateline's country ("Parliament of New
    Zealand"). RETURNS (ActorRef): that body, else the actor unchanged."""
    c = _crowds()
    low = actor.name.lower()
    if action == "vote" and actor.kind == "org" and not actor.country and low in national_names() \
            and (country := dateline_country(ctx)) is not None and not foreign_lead(ctx, country):
        return legislature_of(country, national_names()[low], actor.start, actor.end)  # "ISLAMABAD - The National
        # Assembly postponed the budget vote": the dateline state's legislature, as "Pakistan's National Assembly" is
    if action != "vote" or actor.kind not in ("org", "person") or actor.country or actor.title or low not in c.bodies:
        return actor  # (the recognizer may call a sentence-initial "Parliament" a person)
    if low in c.capitalized_bodies and doc_text(ctx.doc)[actor.start : actor.start + 1].islower():
        return actor  # "the congress also elected X": a party's or a federation's, no legislature
    country = dateline_country(ctx)
    if country is None:
        return actor
    return legislature_of(country, low, actor.start, actor.end)


def national_org(actor: ActorRef, ctx: _Ctx) -> ActorRef:
    """ "CHISINAU - The National Trade Union Confederation said its members would strike": an organization whose name
    opens with "National" and that has no country of its own is the dateline country's (unless the story's lead is
    another country's, :func:`foreign_lead`). RETURNS (ActorRef): the organization with that country, else the actor."""
    if actor.kind != "org" or actor.country or not actor.name.startswith("National "):
        return actor
    country = dateline_country(ctx)
    if country is None or foreign_lead(ctx, country):
        return actor
    return replace(actor, country=country)


def foreign_lead(ctx: _Ctx, country: str) -> bool:
    """Whether the article's first sentence after the dateline names people or countries, none of them of ``country``
    (the dateline's): the story is another country's ("BRUSSELS - Thailand's commerce minister cut short ...").

    ctx (_Ctx): the doc's index. country (str): the dateline country. RETURNS (bool)."""
    lead = next((s for s in ctx.doc.sents if s.end_char > ctx.dateline_end), None)
    told = {c for t in lead or () if t.idx >= ctx.dateline_end and (r := ctx.actors.get(t.i)) is not None
            and r is not ANONYMOUS and r.kind in ("person", "country") and (c := r.country or (r.name if r.kind == "country" else None))}
    return bool(told) and country not in told


def _in_unknown_place(sub: Token, ctx: _Ctx) -> bool:
    """sub (Token): a crowd word. RETURNS (bool): its only phrase is "in" a capitalized name the gazetteer does not know
    ("Voters in Harare East"): a place of the story's country, as far as the text tells."""
    phrases = [c for c in sub.children if not (c.dep_ == "det" and c.lower_ == "the")]
    return len(phrases) == 1 and phrases[0].dep_ == "prep" and phrases[0].lower_ == "in" and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and g.text[:1].isupper() and all(t.i not in ctx.places for t in g.subtree)
        and not any((r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and r.kind in ("country", "person")
                    for t in g.subtree) for g in phrases[0].children)


def _bare(sub: Token) -> bool:
    """Whether a body word stands alone or with "the" only ("Parliament", "the senate"), no "a" or modifier of its own."""
    return all(c.dep_ == "det" and c.lower_ == "the" for c in sub.children)


def where_country(tok: Token, ctx: _Ctx) -> str | None:
    """tok (Token): an event word. RETURNS (str | None): the country of the place a "where" clause holding it hangs on
    ("... to Sierra Leone, where the opposition rejected the results of last month's election": Sierra Leone), else
    None."""
    for clause in [tok, *tok.ancestors]:
        where = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
        if clause.dep_ == "relcl" and where is not None:
            place = ctx.places.get(clause.head.i) or next(
                (p for i in range(where.i - 1, where.sent.start - 1, -1) if (p := ctx.places.get(i)) is not None), None)
            return place.country if place is not None else None  # (the parser may hang the clause on a day: "flew to
            # Malawi on Thursday, where ...": the place named last before "where")
    return None


def dateline_country(ctx: _Ctx) -> str | None:
    """RETURNS (str | None): the country of the article's dateline city or country ("WELLINGTON, May 4 (Wire) -"), if
    the dateline names a known place."""
    place = dateline_place(ctx)
    return place.country if place is not None else None


def leader_country(tok: Token, action: str, actor: ActorRef, governors: frozenset[str], ctx: _Ctx) -> ActorRef | None:
    """ "Prime Minister X called a snap election", "said she will hold a general election": the country of a head of
    state or government who calls or holds a ``leader_families`` event for it (the dateline's when the person has none);
    also of anyone told winning or losing in a vote ("X's coalition won a majority in Sunday's general election").

    tok (Token): the trigger. action (str): its family. actor (ActorRef): its actor. governors (frozenset[str]): the
    trigger entry's ``governors``. ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): that country as the actor, None when the rule does not apply.
    """
    if actor.kind == "person" and action == "vote" and tok.pos_ == "NOUN" and contested_in(tok) \
            and (country := actor.country or dateline_country(ctx)) is not None:
        return ActorRef(country, "country", None, country, actor.start, actor.end)  # "Prime Minister X's coalition won
        # a majority in Sunday's general election": his state's election, no act of his
    if actor.kind != "person" or not (head_of_state(actor.title) or not actor.title and plan_call(tok, action)) or not (
            plan_call(tok, action) or leader_held(tok, action, governors) or _prepared_for(tok, action)):
        return None  # (a surname told alone, "Takaichi called a snap election", is the one who leads: only a leader
        # calls one)
    country = actor.country or dateline_country(ctx)
    return ActorRef(country, "country", None, country, actor.start, actor.end) if country else None


def _prepared_for(tok: Token, action: str) -> bool:
    """Whether an event noun of a ``leader_families`` family is what a leader's act makes way "for" ("dissolved the
    lower house on Tuesday, setting the stage for a general election on October 26"): the country's vote."""
    return action in _crowds().leader_families and made_way_for(tok)


def made_way_for(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it is what an act makes way "for" ("setting the stage for a general
    election on October 26", "paving the way for talks next week"): the event told as coming."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    frame = tok.head.head  # "the stage [for]" or "setting [for] ... the stage", as the parser hangs it
    return frame.lower_ in _MADE_WAY or any(c.dep_ == "dobj" and c.lower_ in _MADE_WAY for c in frame.children)


#: Nouns of a way made for what comes next ("setting the stage for", "paving the way for").
_MADE_WAY = frozenset({"stage", "way", "path", "ground", "scene"})


def leader_held(tok: Token, action: str, governors: frozenset[str]) -> bool:
    """Whether an event noun of a ``leader_families`` family is the object of one of its ``governors`` ("said she will
    hold a general election"): held for the country by whoever leads it."""
    return action in _crowds().leader_families and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" \
        and tok.head.lemma_.lower() in governors


def _qualified(word: Token) -> str:
    """The name of a crowd word with the words that say whose it is: a ``crowd_qualifiers`` compound ("opposition
    party") or a plural possessive noun ("teachers' union"); not "trade" ("Belgium's trade unions" are unions)."""
    words: list[str] = []
    for t in word.children:
        if t.i > word.i:
            continue
        if t.dep_ == "compound" and word.lower_ in _crowds().qualifiers.get(t.lower_, ()):
            words.append(t.lower_)
        elif t.dep_ == "poss" and t.pos_ == "NOUN" and t.tag_ == "NNS":
            case = next((k.text for k in t.children if k.dep_ == "case"), "'")
            words.append(t.lower_ + ("'" if case.startswith("'") and case != "'s" else case))
    return " ".join([*words, word.lower_])


def _state_word(sub: Token, action: str, ctx: _Ctx) -> ActorRef | None:
    """A subject that stands for a state or its people without naming an actor: a capital city ("Pyongyang fired a
    missile", ``capital_families``), a plural nationality ("Georgians protested", ``nationality_families``)."""
    c = _crowds()
    start, end = sub.idx, sub.idx + len(sub)
    place = ctx.places.get(sub.i)
    if action in c.capitals and place is not None and place.kind == "city" and place.country \
            and (capital := capital_of(place.country)) is not None and capital.name == place.name:
        return ActorRef(place.country, "country", None, place.country, start, end)
    kind = c.nationalities.get(action)
    if kind is not None and (sub.ent_type_ == "NORP" and sub.text.endswith("s") and (
            country := resolve_country(sub.text) or resolve_country(sub.text[:-1])) is not None
            or (country := plural_nationality(sub)) is not None):  # "Serbians voted", left unlabelled or a PERSON
        return ActorRef(country, "country", None, country, start, end) if kind == "country" \
            else ActorRef(c.unnamed.get(action, "protesters"), "group", None, country, start, end)
    return None


def state_blocked(actor: ActorRef, tok: Token, chain: list[Token], action: str, ctx: _Ctx) -> ActorRef | None:
    """A state as the actor of a family states never do ("China protested": a diplomatic protest, no demonstration).

    RETURNS (ActorRef | None): the actor unchanged for other families or kinds; for a country told by a plural
        nationality ("Georgians protested"), the group of protesters of that country; else None (no event).
    """
    if action not in _crowds().state_blocked or actor.kind != "country":
        return actor
    holder = next((s for s in _subjects(tok, chain) if s.left_edge.idx <= actor.start < s.idx), None)
    if holder is not None and (named := _named_member(holder, actor, ctx)) is not None:
        return named  # "Georgia's opposition Civic Front party will hold a rally": the party, of Georgia
    sub = next((s for s in _subjects(tok, chain) if s.idx <= actor.start < s.idx + len(s) or s.idx == actor.start), None)
    if action in load_data("families.json")["cabinet_families"] and (cabinet := next((
            c for s in (sub, holder) if s is not None and (c := cabinet_of(s, ctx)) is not None), None)) is not None:
        return cabinet  # "Nepal's new cabinet was sworn in on Sunday": the cabinet, a body of that state (no state takes
        # an oath)
    crowd = _crowds().unnamed.get(action)
    if crowd is not None and sub is not None and sub.tag_ in ("NNPS", "NNS") and sub.ent_type_ == "NORP":
        return ActorRef(crowd, "group", None, actor.name, actor.start, actor.end)
    return None


@cache
def cabinet_organs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``cabinet_organs`` of ``titles.json`` ("cabinet", "government")."""
    return frozenset(load_data("titles.json")["cabinet_organs"])


def _cabinet(country: str | None, word: Token) -> ActorRef | None:
    """RETURNS (ActorRef | None): the cabinet of ``country`` as one body, "Cabinet of <country>", kind ``org``, told by
    ``word``'s phrase; None with no country."""
    if country is None:
        return None
    return ActorRef(f"Cabinet of {country}", "org", None, country, word.left_edge.idx, word.idx + len(word))


def cabinet_of(word: Token, ctx: _Ctx) -> ActorRef | None:
    """word (Token): a noun. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): for a ``cabinet_organs`` noun of a
    state ("Nepal's new cabinet", "the Peruvian government", a state organ the doc's index reads as its state), the
    cabinet as one body (:func:`_cabinet`); None otherwise."""
    if word.lower_ not in cabinet_organs() or word.pos_ not in ("NOUN", "PROPN"):
        return None
    ref = ctx.actors.get(word.i)
    return _cabinet(ref.name if ref is not None and ref is not ANONYMOUS and ref.kind == "country"
                    else _modifier_country(word), word)


def _modifier_country(word: Token) -> str | None:
    """word (Token): a noun. RETURNS (str | None): the country its possessor or modifier before it names ("Nepal's",
    "Nepali"), else None."""
    return next((c for m in word.children if m.dep_ in ("poss", "amod", "compound") and m.i < word.i
                 and (c := resolve_country(m.text) or lexicon().demonyms.get(m.lower_)) is not None), None)


def sworn_cabinet(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a passive swearing-in verb with an agent ("will be sworn in by President X"). ctx (_Ctx): the doc's
    index. RETURNS (ActorRef | None): the cabinet its passive subject names: a ``cabinet_organs`` noun
    (:func:`cabinet_of`) or an unnamed plural of ``cabinet_member_nouns`` ("The new ministers will be sworn in"), of the
    country of its phrase, else the dateline's; None otherwise."""
    sub = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if sub is None:
        return None
    if (cabinet := cabinet_of(sub, ctx)) is not None:
        return cabinet
    if sub.lower_ not in load_data("families.json")["cabinet_member_nouns"] or ctx.actors.get(sub.i) not in (None, ANONYMOUS):
        return None
    return _cabinet(_modifier_country(sub) or dateline_country(ctx), sub)


def _named_member(sub: Token, state: ActorRef, ctx: _Ctx) -> ActorRef | None:
    """ "[Georgia]'s opposition [Civic Front] party": an organization or person named in the subject phrase whose
    possessor is the state (a party, union or movement of that country), with the state as its country; else None."""
    for t in sub.subtree:
        ref = ctx.actors.get(t.i)
        if t.i < sub.i and t.dep_ == "compound" and ref is not None and ref is not ANONYMOUS and ref.kind in ("org", "person"):
            return ActorRef(ref.name, ref.kind, ref.title, ref.country or state.name, ref.start, ref.end)
    return None


def joint_forces(tok: Token, chain: list[Token], action: str, ctx: _Ctx) -> list[ActorRef]:
    """The countries of conjoined forces as the subject: "South Korean and US forces", "Japanese and Philippine
    navies", "the armies of India and France" (a crowd word of the family with two countries or more), or of conjoined
    capitals ("Seoul and Washington began their exercise", ``capital_families``).

    tok (Token): the trigger. chain (list[Token]): its head chain. action (str): its family. ctx (_Ctx): the doc's index.
    RETURNS (list[ActorRef]): the countries in text order (the first is the actor, the others its counterparts); []
        when the subject names fewer than two.
    """
    capitals = [r for s in _subjects(tok, chain)[:1] for t in (s, *s.conjuncts) if (r := _state_word(t, action, ctx)) is not None]
    if len(capitals) > 1 and len(capitals) == 1 + len(_subjects(tok, chain)[0].conjuncts) \
            and len({r.name for r in capitals}) == len(capitals):
        return capitals  # "Seoul and Washington began their annual exercise": both capitals' states
    sub = crowd_subject(tok, chain, action)
    if sub is None or members(sub, _crowds().families[action]).lower_ in _crowds().names:
        return []
    return _forces_countries(sub, ctx)


def involved_forces(tok: Token, action: str, ctx: _Ctx) -> list[ActorRef]:
    """ "The Freedom Shield drills, which began on Monday, involve about 18,000 South Korean troops and U.S. forces": an
    event noun of a crowd family, the subject of an ``involving_verbs`` verb (``families.json``) whose object is a
    crowd word of the family naming two countries or more, is those countries' event.

    tok (Token): an event noun. action (str): its family. ctx (_Ctx): the doc's index.
    RETURNS (list[ActorRef]): the countries in text order (the first is the actor); [] otherwise.
    """
    words = _crowds().families.get(action)
    verb = tok.head
    if not words or tok.dep_ != "nsubj" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in load_data("families.json")["involving_verbs"]:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in words), None)
    return _forces_countries(obj, ctx) if obj is not None else []


def _forces_countries(sub: Token, ctx: _Ctx) -> list[ActorRef]:
    """sub (Token): a crowd word ("forces"). RETURNS (list[ActorRef]): the countries its phrase names, in text order,
    when two or more; else []."""
    lo, hi = sub.left_edge.i, sub.right_edge.i
    named: list[tuple[int, str, int, int]] = []  # (token, country, start, end)
    for ent in sub.doc.ents:
        if ent.start < lo or ent.end - 1 > hi or ent.label_ not in ("NORP", "GPE"):
            continue
        ref = next((r for t in ent if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and r.kind == "country"), None)
        country = ref.name if ref is not None else resolve_country(ent.text)
        if country is not None:
            named.append((ent.start, country, ent.start_char, ent.end_char))
    for t in sub.doc[lo : sub.i]:  # "Thai and Singaporean warships": a nationality the recognizer left unlabelled
        if not t.ent_type_ and t.text[:1].isupper() and t.dep_ in ("amod", "nmod", "compound", "conj") \
                and (country := resolve_country(t.text)) is not None:
            named.append((t.i, country, t.idx, t.idx + len(t)))
    found: dict[str, ActorRef] = {}
    for _, country, start, end in sorted(named):
        found.setdefault(country, ActorRef(country, "country", None, country, start, end))
    return list(found.values()) if len(found) > 1 else []


def crowd_home_places(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Toronto's transit workers will walk off the job on Friday", "Lima's bus drivers will strike": a crowd's act with
    no place of its own is in the city (or region) its crowd word's possessor names.

    events (list[Event]): an article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events, such
    ones given that place."""
    out: list[Event] = []
    for ev in events:
        head: Token | None = None
        if ev.place is None and ev.actor.kind == "group" and ev.actor.start >= 0:
            span = ctx.doc.char_span(ev.actor.start, ev.actor.end, alignment_mode="expand")
            head = span.root if span is not None and len(span) else None
        elif ev.place is None and ev.actor.kind == "org" and ev.evidence.trigger_start >= 0:
            verb = trigger_token(ev, ctx)
            head = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in crowd_words(ev.action)),
                        None) if verb is not None else None  # ("Toronto's transit workers will walk off the job,
            # the Toronto Transit Workers Union said": the union's strike, in Toronto)
        place = next((p for c in head.children if c.dep_ == "poss" for t in c.subtree
                      if (p := ctx.places.get(t.i)) is not None and p.kind in ("city", "region")),
                     None) if head is not None else None
        if place is not None:
            ev = replace(ev, place=place)
        out.append(ev)
    return out
