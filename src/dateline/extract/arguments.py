"""An event's arguments on the dependency parse: its governor, subjects, actor phrases, and nearby words.

:func:`_governor` finds the verb a noun trigger depends on, :func:`_actors_in` the
actors named in a phrase, and :func:`_walk` the tokens near a trigger where its
place and date are read.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import ActorRef
from .actor_lexicon import title_words
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .holders import change_verbs
from .government_seats import names_a_seat
from .nlp import doc_text, load_data
from .bodies import legislature_of
from .organizations import acronym_group_heads, national_organ, people_nouns, private_partner_heads
from .places import resolve_country
from .noun_verbs import reduced_relative_verbs
from .triggers import _LOC_PREPS, _NO_DESCEND, _lex
from .vessels import is_vessel_name

_SKIP_TIME_PREPS = frozenset({"since", "until", "till", "by"})
#: Prepositions of a concession whose noun's day is its own ("went ahead despite a protest on Wednesday").
_CONCESSION_PREPS = frozenset({"despite", "notwithstanding"})
_OTHER_TIME_MARKS = frozenset({"before", "until", "till", "ahead"})


def _governor(tok: Token) -> tuple[Token | None, str]:
    """The verb a noun trigger depends on, walking through prepositions and frame nouns."""
    lex = _lex()
    cur = tok
    rel = tok.dep_
    for _ in range(5):
        head = cur.head
        if head.i == cur.i:
            return None, rel
        if head.pos_ in ("VERB", "AUX") and cur.dep_ == "nsubj" and head.tag_ == "VBG" \
                and head.lemma_ in load_data("triggers.json")["span_participles"] \
                and head.dep_ in ("ccomp", "xcomp", "advcl") and head.head.pos_ == "VERB" \
                and not any(c.dep_ == "dobj" for c in head.head.children):
            return head.head, "dobj" if cur.i == tok.i else rel  # "will make a port call in Manila starting on
            # Friday", "call" parsed as the subject of "starting": the object of "make"
        if head.pos_ in ("VERB", "AUX"):
            return head, cur.dep_ if cur.i == tok.i else rel
        if cur.dep_ in ("pobj", "prep", "compound", "dobj", "appos", "conj") or head.lower_ in lex.frames:
            rel = cur.dep_ if cur.i == tok.i else rel
            cur = head
            continue
        return None, rel
    return None, rel


def _misparsed_object(tok: Token) -> Token | None:
    """The object of a past-tense verb the parser took for a modifier: "Ruto hosted [amod] Chancellor Merz"."""
    if tok.dep_ != "amod" or tok.tag_ != "VBD" or not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    cur = tok.head
    while cur.dep_ == "compound" and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _manner(verb: Token, words: Collection[str]) -> list[Token]:
    """The means words of a verb ("spoke by telephone", "talked over a video link"), [] when none."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "over", "via", "on", "in"):  # "spoke by [agent] video link"
            found += [g for g in child.children if g.lower_ in words or any(c.lower_ in words for c in g.children if c.dep_ == "compound")]
        if child.dep_ in ("npadvmod", "advmod") and child.lower_ in words:
            found.append(child)
    return found


def _purpose_nouns(verb: Token) -> list[Token]:
    """Event nouns a trip is for, whose partners are the trip's: "visit Tallinn for [talks] with X"."""
    nouns = _lex().nouns
    found = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    found += [n for g in found if g.lower_ not in nouns and g.ent_type_ == "DATE" for p in g.children
              if p.dep_ == "prep" and p.lower_ == "of" for n in p.children if n.dep_ == "pobj"]  # "for two days of
    # [talks] with X"
    return [g for g in found if g.lower_ in nouns]


def _subject_of(chain: list[Token]) -> list[Token]:
    for tok in chain:
        subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.dep_ == "conj" and not subs and tok.i == chain[0].i and (agents := _conjoined_passive_agents(tok)):
            return agents  # "arrived in Luanda and was welcomed by President X": X welcomed him
        if tok.dep_ == "conj" and not subs and tok.i == chain[0].i and (told := _reported_before(tok)):
            return told  # "Iran's navy began drills on Sunday, state media reported, and test-fired a missile": the navy
        if tok.dep_ == "conj" and not subs and tok.i == chain[0].i and tok.tag_ == "VBN" \
                and any(c.dep_ == "nsubjpass" for c in tok.head.children) \
                and (own := [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]):
            return own  # "the talks, which were chaired by X and attended by Y": Y attends (the passive's own agent)
        if tok.dep_ == "conj" and not subs:
            continue
        if not subs and (fronted := _fronted_subject(tok)) is not None:
            return [fronted]
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if any(c.dep_ == "nsubjpass" for c in subs) and agents and tok.i == chain[0].i:
            return agents
        if not subs and agents and tok.i == chain[0].i and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl"):
            return agents  # "began talks in Geneva, mediated by Swiss officials": the officials mediate
        if not subs and agents and tok.i == chain[0].i and be_to_passive(tok):
            return agents  # "The deal is to be signed by X and Y on Thursday": they sign
        if subs:
            return subs
        if (among := _among_those(tok)) is not None:
            return [among]
    return []


def _among_those(tok: Token) -> Token | None:
    """tok (Token): a verb of a trigger's chain. RETURNS (Token | None): for a clause on "those" after "among" ("with
    Jordan's King Abdullah II among those confirmed to attend", "X was among those expected to speak"), the one the
    "among" phrase is told of, who is one of them; else None."""
    if tok.dep_ != "acl" or tok.head.lower_ not in ("those", "the") or tok.head.dep_ != "pobj" \
            or tok.head.head.lower_ != "among":
        return None
    owner = tok.head.head.head
    return owner if owner.pos_ in ("PROPN", "NOUN") else None


def _reported_before(verb: Token) -> list[Token]:
    """ "X began a drill on Sunday, state media reported, and test-fired a missile on Monday": the subjects of the
    clause a reporting verb tells before it, for a verb the parser conjoined to that reporting verb; [] otherwise."""
    head = verb.head
    if head.lemma_.lower() not in _lex().reporting or head.pos_ != "VERB" or head.i > verb.i:
        return []
    told = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)
    return [c for c in told.children if c.dep_ in ("nsubj", "nsubjpass")] if told is not None else []


def _conjoined_passive_agents(verb: Token) -> list[Token]:
    """The agents of a passive verb conjoined to an earlier verb whose subject it shares ("X arrived and was welcomed
    by Y": Y), [] otherwise."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def be_to_passive(verb: Token) -> bool:
    """verb (Token): a verb. RETURNS (bool): it is the passive infinitive of "be to" ("The deal is [to be signed] by X
    and Y"): its thing is the subject of "is", its doers the agents."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(c.dep_ == "auxpass" for c in verb.children)


def conjoined_passive_subjects(verb: Token) -> list[Token]:
    """The shared subject of a conjoined passive with an agent ("X arrived and was welcomed by Y": X), [] otherwise."""
    if not _conjoined_passive_agents(verb):
        return []
    head = verb.head
    while head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _fronted_subject(verb: Token) -> Token | None:
    """ "At the invitation of President X, President Y of Z will pay a visit": the subject the parser hung as an
    apposition on the object of an opening prepositional phrase. A verb without a subject whose phrase opening the
    sentence ends, after a comma, in a name in apposition that runs up to the verb (or its auxiliaries) has that name
    as its subject."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)])
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or prep.left_edge.i != verb.sent.start and not prep.left_edge.is_sent_start:
            continue
        for t in prep.subtree:
            if t.dep_ == "appos" and t.head.i < t.i and t.right_edge.i + 1 == first and t.left_edge.i > 0 \
                    and t.doc[t.left_edge.i - 1].text == "," and t.pos_ == "PROPN":
                return t
    return None


def split_particle_of(tok: Token) -> list[Token]:
    """tok (Token): a ceremony noun ("swearing" of "swearing-in"). RETURNS (list[Token]): the "of" prepositions the
    split noun's particle holds, however the parser hung it: its particle child, its head when the noun is the
    particle's compound, or the particle after the hyphen read as a noun of its own ("The swearing-in of X has been put
    off": "swearing" and "in" both subjects of the verb)."""
    doc = tok.doc
    holders = [c for c in tok.children if c.dep_ == "prt"]
    if tok.dep_ == "compound" and tok.head.lower_ == "in":
        holders.append(tok.head)
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "in" \
            and doc[tok.i + 2].head.i in (tok.head.i, tok.i):
        holders.append(doc[tok.i + 2])
    return [g for h in dict.fromkeys(holders) for g in h.children if g.dep_ == "prep" and g.lower_ == "of"]


def _titled_object(obj: Token, ctx: _Ctx) -> list[ActorRef]:
    """The person a title object stands for: "received [President] of Uzbekistan Timur Rashidov" (the name in its "of"
    phrase), "received Qatar's [Minister] of State for Foreign Affairs, Sheikh Khalid Al Thani, in Ankara" (a name the
    parser hung on the verb right after the title phrase and a comma). [] when the object is no title or names nobody."""
    if obj.lower_ not in _title_heads() or ctx.actors.get(obj.i) is not None:
        return []
    owner = {t.i for c in obj.children if c.dep_ == "poss" for t in c.subtree} if obj.lower_ in _other_person_roles() else set()
    people = [ref for t in obj.subtree if (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS
              and ref.kind == "person" and t.i not in owner]  # ("met [Burhan]'s envoy": the envoy, not Burhan)
    if people:
        return people[:1]
    doc = obj.doc
    i = obj.right_edge.i + 1
    while i < obj.sent.end and doc[i].text != "," and (doc[i].text[:1].isupper() or doc[i].lower_ in ("of", "for", "and", "the")):
        i += 1
    if i + 1 >= obj.sent.end or doc[i].text != ",":
        return []
    j = i + 1
    while j < min(obj.sent.end, i + 4) and ctx.actors.get(j) is None and doc[j].text[:1].isupper():
        j += 1  # an honorific the name leaves out: ", Sheikh Khalid"
    ref = ctx.actors.get(j)
    if ref is None or ref is ANONYMOUS or ref.kind != "person":
        return []
    # hung on the verb, or on the comma itself by a parse the name broke ("the Director-General of X, Dr Y, at ...")
    root = next((t for t in doc[i + 1 : obj.sent.end] if ctx.actors.get(t.i) == ref and t.head.i in (obj.head.i, i)), None)
    if root is None and not any(ctx.actors.get(t.i) == ref and t.dep_ == "appos" and t.head.i == obj.i for t in doc[i + 1 : obj.sent.end]):
        k = j
        while k < obj.sent.end and ctx.actors.get(k) == ref:
            k += 1
        if k >= obj.sent.end or not (doc[k].text == "," or doc[k].lower_ in _LOC_PREPS):
            return []  # set off by commas or followed by its venue: "received the Director-General of X, Dr Y, at ..."

    return [ref]


def _subject_tokens(chain: list[Token]) -> list[Token]:
    return [c for t in chain for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]


def _in_location_phrase(child: Token, tok: Token, ctx: _Ctx) -> bool:
    """ "a regional summit in [San] Jose", "in San Jose, [Costa Rica]": whether a modifier inside ``tok``'s phrase sits
    in a place phrase after "in", "at", "near" or "outside" (the token under the preposition is a place), below ``tok``.

    child (Token): a modifier in ``tok``'s subtree. tok (Token): the phrase's head. ctx (_Ctx): the doc's index.
    RETURNS (bool): whether it names where, not a party.
    """
    cur = child
    while cur.i != tok.i and cur.head.i != cur.i:
        if cur.dep_ == "pobj" and cur.head.lower_ in ("in", "at", "near", "outside") and ctx.places.get(cur.i) is not None:
            return True
        cur = cur.head
    return False


@cache
def _possessed_state_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``possessed_state_nouns`` of ``places.json`` ("his country", "her government")."""
    return frozenset(load_data("places.json")["possessed_state_nouns"])


@cache
def _body_party_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``body_party_nouns`` of ``titles.json``: a party a body sends ("delegation",
    "observers"), the body's when its name is their compound."""
    return frozenset(load_data("titles.json")["body_party_nouns"])


def _actors_in(tok: Token, ctx: _Ctx, nationals: bool = True, targets: bool = False) -> list[ActorRef]:
    """Actors named in a phrase, in text order, without unnamed officials or the dateline.

    nationals (bool): "Vietnamese officials" stands for Vietnam (as a subject or object, not after "for talks with"; not
        "Korean business leaders", whose common-noun modifier makes them a sector, not the state).
    targets (bool): the phrase is what a family's act aims at ("sanctions on [Haitian gang leaders]"): a nationality
        with a sector still names the country aimed at.
    """
    if tok.pos_ == "NOUN" and tok.lower_ in _possessed_state_nouns() and (owner := next(
            (r for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON" and (r := ctx.actors.get(c.i)) is not None
             and r is not ANONYMOUS and r.kind == "person" and r.country), None)) is not None:
        assert owner.country is not None
        return [ActorRef(owner.country, "country", None, owner.country, tok.idx, tok.idx + len(tok))]  # "Minister X said
        # his country would host the meeting": X's country
    found: list[ActorRef] = []
    names: set[str] = set()
    of_title: set[str] = set()
    head_ref = ctx.actors.get(tok.i)
    owners: set[int] = set()
    if tok.pos_ == "NOUN" and any(c.dep_ == "appos" and _names_person(c, ctx) for c in tok.children):
        owners = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}  # "[his] brother, Nawaz Sharif": Nawaz
    if tok.pos_ == "NOUN" and tok.lower_ in _other_person_roles():
        owners |= {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}  # "[Dube's] predecessor": not Dube
    if tok.pos_ == "NOUN" and tok.lower_ in _kin_nouns():
        owners |= {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}  # "Relatives
        # [of the jailed activist X] protested": not X
    if tok.pos_ == "NOUN" and (tok.lower_ in title_words() or tok.lower_.removesuffix("s") in title_words()):  # "[His]
        # foreign minister", "[Their] foreign ministers": the
        # person's minister, not the person ("South Korea's foreign minister" stays the country's)
        owners |= {c.i for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"
                   and (r := ctx.actors.get(c.i)) is not None and r.kind == "person"}
    owners |= substituted(tok)
    # "Gen. X, the commander of [US] Forces [Korea]": the title described in apposition to a named person is his own
    described = {t.i for p in tok.subtree if (r := ctx.actors.get(p.i)) is not None and r is not ANONYMOUS
                 and r.kind == "person" for c in p.children if c.dep_ == "appos" and c.lower_ in _described_roles()
                 and ctx.actors.get(c.i) is None for t in c.subtree}
    appositive: set[int] = set()
    if tok.pos_ == "PROPN":  # "Leo, [the first pope from the United States], visited Turkey": a description of the
        # named one, whose places and countries are no parties
        appositive = {t.i for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i
                      and any(d.dep_ == "det" for d in c.children) for t in c.subtree}
        described |= appositive
    organ = _state_organ(tok)  # "the South Korean [defence] ministry": the state, no sector
    named_body = head_ref is not None and head_ref is not ANONYMOUS and head_ref.kind == "org" and not organ
    # "[Japan]'s space agency JAXA", "[Russia]'s Gazprom", "[Nigeria]'s National Communications Authority": the named
    # body's own country, no party to its act (a vote's actor is still the state: "Haiti's Provisional Electoral
    # Council postponed the election" is Haiti's election put off)
    home = {t.i for c in tok.children if c.dep_ in ("poss", "compound", "amod") and c.i < tok.i for t in c.subtree} \
        if named_body else set()
    group_home: str | None = None
    if head_ref is None and tok.lower_ in acronym_group_heads() and any(
            c.dep_ == "compound" and (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and r.kind == "org"
            for c in tok.children for t in c.subtree):  # ("[United Georgia] movement": the name's words below the last)
        # "[Colombia]'s ELN guerrilla group": the group named in the phrase acts; the country is its home
        home = {t.i for d in tok.subtree if d.dep_ == "poss" and d.i < tok.i for t in d.subtree}  # ("[Georgia]'s
        # opposition United Georgia movement", the possessive hung on "opposition")
        group_home = next((r.country for i in sorted(home) if (r := ctx.actors.get(i)) is not None and r is not ANONYMOUS
                           and r.kind == "country"), None)
    for t in tok.subtree:
        if t.idx < ctx.dateline_end or t.i in owners:
            continue
        if t.dep_ in ("relcl", "acl") and t.i != tok.i:
            break
        ref = ctx.actors.get(t.i)
        if ref is None or ref is ANONYMOUS or ref.name in names:
            continue
        if ref.kind == "country" and t.i in home:
            continue
        if ref.kind != "person" and t.i in described:
            continue
        if ref.kind == "person" and t.i in appositive and head_ref is not None and head_ref is not ANONYMOUS \
                and ref.name != head_ref.name:
            continue  # "met Kim Yo Jong, [the powerful sister of North Korean leader Kim Jong Un]": his relation
            # describes her; he is no party ("Brunei, [a small state on the island of Borneo]": the island read as a
            # person describes the state)
        if ref.kind == "person" and t.dep_ in ("compound", "poss", "nmod") and t.head.lower_ in _follower_nouns() \
                and t.head.i != t.i:
            continue  # "Hundreds of [Paredes] supporters marched": his supporters, not he
        if ref.kind == "country" and t.dep_ == "pobj" and t.head.lower_ in _LOC_PREPS:
            continue
        if ref.kind == "country" and t.dep_ == "pobj" and _thing_apposition(t, tok, ctx):
            continue  # "members of the community, the largest population ... outside Japan": a description, no party
        if ref.kind == "org" and _venue_name(t):
            continue  # "host the summit at [Bharat Mandapam]": the venue, no counterpart
        if ref.kind == "country" and t.dep_ == "pobj" and t.head.lower_ in ("for", "to") \
                and t.head.head.lower_ in _title_heads():
            continue  # "the U.S. special envoy for [Sudan]", "the ambassador to [France]": the post's brief, no party
        if t.head.ent_type_ == "DATE" and t.dep_ == "appos":
            continue  # the agency of a dateline: "Seoul, Oct 28 (NationPress)"
        if ref.kind != "person" and t.i < tok.i and head_ref is not None and head_ref.kind == "person":
            continue  # the title of the phrase's person: "[US] Secretary of [State] Marco Rubio"
        if ref.kind == "org" and head_ref is not None and head_ref.kind == "person" and any(
                p.dep_ == "prep" and p.lower_ == "of" and p.head.i == tok.i and p.i < t.i <= p.right_edge.i for p in tok.children):
            continue  # "the head of [the World Health Organization]": the person's own organization
        if ref.kind == "org" and t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.head.ent_type_ != "ORG" \
                and t.head.lower_ not in acronym_group_heads() and t.head.lower_ not in people_nouns() \
                and t.head.lower_ not in _body_party_nouns():
            continue  # a name modifying a common noun: "[Amazon] rainforest protection" (not "the [ELN] rebels",
            # "[NATO] defence ministers")
        names.add(ref.name)
        found.append(ref)
        if ref.kind == "country" and t.dep_ in ("poss", "compound", "amod") and t.head.lower_ in _title_heads():
            of_title.add(ref.name)  # "Qatar's emir, Sheikh Tamim": the person's own country, not another party
        if ref.kind == "country" and t.dep_ == "pobj" and t.head.lower_ == "of" and (
                (owner := ctx.actors.get(t.head.head.i)) is not None and owner.kind == "person" or t.head.head.lower_ in _title_heads()):
            of_title.add(ref.name)  # "President Nurlan Abenov of Kazakhstan", "President of Uzbekistan X": his own country
        for partner in ctx.partners.get(t.i, ()):
            if partner.name not in names:  # "the two ministers": both people of the pair; "they": every member of a list
                names.add(partner.name)
                found.append(replace(partner, start=ref.start, end=ref.end))
    if group_home is not None:
        found = [replace(r, country=r.country or group_home) if r.kind == "org" else r for r in found]
    if (ships := [r for r in found if is_vessel_name(r.name)]):
        # "The US Navy destroyer USS Harrington will call at Da Nang": the ship, not its navy or state
        found = ships + [r for r in found if r not in ships and not (
            r.kind in ("country", "org") and ships[0].country in (r.name, r.country))]
    sector = not organ and not targets and any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.ent_type_ == ""
                               and not (c.lower_ in _state_sectors() and tok.tag_ == "NNS") for c in tok.children)
    # "Georgian [police] officials" are the state's people (not "the U.S. [government] decision")
    # "sanctions on six Nicaraguan officials, including X": the group aimed at is of its state; X is one of them
    members = targets and bool(found) and all(r.kind == "person" for r in found) \
        and any(c.dep_ == "prep" and c.lower_ == "including" for c in tok.children)
    if (not found or members) and (tok.pos_ == "NOUN" or organ) and nationals and not sector \
            and tok.lower_ not in private_partner_heads():  # not "Korean [business] leaders", a sector, nor "Singaporean
        # investors", private people
        clause = min((t.left_edge.i for t in tok.subtree if t.dep_ in ("relcl", "acl") and t.i != tok.i), default=len(tok.doc))
        for child in tok.subtree:
            if child.i >= clause:
                break  # "a missile that landed outside [Japan]'s zone": the clause's words are not the phrase's
            if child.dep_ not in ("amod", "compound", "poss") or child.ent_type_ not in ("NORP", "GPE"):
                continue
            if _thing_apposition(child, tok, ctx):
                continue  # "members of the community, the largest population of Japanese descent": no state
            first, last = child.i, child.i + 1
            while first > 0 and child.doc[first].ent_iob_ == "I":
                first -= 1
            while last < len(child.doc) and child.doc[last].ent_iob_ == "I":
                last += 1
            if (named := child.doc[last - 1].head).i != tok.i and named.lower_ in _title_heads():
                continue  # "talks with [South African] President X": the person's own country, no party
            if last - first > 1 and resolve_country(child.doc[first:last].text) is None:
                continue  # "a [Central American] summit": a region, not the United States
            if _in_location_phrase(child, tok, ctx):
                continue  # "a regional summit in [San] Jose (, Costa Rica)": where it is held, no party
            whole = resolve_country(child.doc[first:last].text) if child.ent_type_ == "NORP" or last - first > 1 else None
            if (country := whole if last - first > 1 else whole or resolve_country(child.text)) is not None:  # "three [North Korean] banks": the whole
                # adjective, not "Korean" alone
                found.append(ActorRef(country, "country", None, country, child.idx, child.idx + len(child)))
                for other in (c for c in child.children if c.dep_ == "conj" and c.ent_type_ == "NORP"):
                    if (more := resolve_country(other.text)) is not None and more != country:
                        found.append(ActorRef(more, "country", None, more, other.idx, other.idx + len(other)))  # "the
                        # [Egyptian] and [Ethiopian] foreign ministers": both states
                break
    people = [r for r in found if r.kind == "person"]
    if organ and head_ref is not None and head_ref.kind == "org" and any(r.kind == "country" for r in found):
        found = [r for r in found if r.name != head_ref.name]  # "South Korea's defence ministry": South Korea alone
    elif organ and head_ref is not None and head_ref.kind == "org" and [r.name for r in found] == [head_ref.name] \
            and len(head_ref.name.split()) > 1 and (country := resolve_country(head_ref.name.split()[0])) is not None \
            and national_organ(head_ref.name) is not None:  # (not "the Syrian Democratic Forces", a militia's name)
        found = [ActorRef(country, "country", None, country, head_ref.start, head_ref.end)]  # "the [Indian Navy]": India
    if (organ or tok.lower_ in ("house", "chamber")) and not people and (body := _legislature(tok, found)) is not None:
        found = [body]  # "Romania's parliament", "the Czech parliament": the body, as a bare "Parliament" under the
        # dateline is (crowds.dateline_body), so both are one actor in the store
    return people + [r for r in found if r.kind != "person" and not (people and r.name in of_title)]


@cache
def _follower_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``follower_nouns`` of ``families.json`` (a person's name before one of them names
    the person's followers, who act, not the person)."""
    return frozenset(load_data("families.json")["follower_nouns"])


def _legislature(tok: Token, found: list[ActorRef]) -> ActorRef | None:
    """The legislature a ``body_nouns`` organ word of one country names ("[Romania's] parliament"): "Parliament of
    Romania" (its ``body_names`` name), kind org; None for another organ or without exactly one country."""
    inner = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj" and g.lower_ in ("parliament", "congress", "legislature")), None)
    if tok.lower_ in ("house", "chamber") and inner is not None:
        tok = inner  # "the lower house of the Polish parliament": the Polish parliament's
    # the body's own name beside it is the same body ("Lithuania's parliament, the Seimas")
    found = [r for r in found if not (r.kind == "org" and r.country and r.name == legislature_of(r.country, tok.lower_).name)]
    countries = [r for r in found if r.kind == "country"]
    if tok.lower_ not in load_data("families.json")["body_nouns"] or len(countries) != 1 or len(found) != 1:
        return None
    if countries[0].start <= tok.idx < countries[0].end \
            and names_a_seat(doc_text(tok.doc)[countries[0].start:countries[0].end]):
        return None  # "The White House will host X": the seat named stands for its state, no house of its legislature
    country = countries[0]  # at the whole mention ("Indonesia's parliament"), never the country's name alone, which
    # the store would keep as an alias of the body (and then read the state's own acts as the body's)
    return legislature_of(country.name, tok.lower_, min(country.start, tok.idx), max(country.end, tok.idx + len(tok)))


@cache
def _state_sectors() -> frozenset[str]:
    return frozenset(load_data("titles.json")["state_sectors"])


@cache
def _state_organs() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The ``state_organs`` phrases by their last word ("guard": ("coast", "guard"))."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in load_data("titles.json")["state_organs"]:
        words = tuple(phrase.split())
        out.setdefault(words[-1], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def _state_organ(tok: Token) -> bool:
    """Whether a noun is the head of a state's body ("ministry", "navy", "coast guard": ``state_organs``)."""
    phrases = _state_organs().get(tok.lower_)
    if not phrases or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = tok.doc
    return any(tok.i + 1 >= len(words) and all(doc[tok.i - len(words) + 1 + k].lower_ == w for k, w in enumerate(words))
               for words in phrases)


def substituted(tok: Token, phrases: tuple[str, ...] | None = None) -> set[int]:
    """Tokens of a phrase naming who is replaced or represented ("attended the summit [in place of President X]",
    "instead of X", ``substitution_phrases`` in ``triggers.json``): that person is no party to the event.

    tok (Token): a trigger. phrases (tuple[str, ...] | None): the phrases ending in "of" to look for (default: all
    ``substitution_phrases``). RETURNS (set[int]): the indexes of the "of" phrases' tokens in the trigger's subtree."""
    out: set[int] = set()
    doc = tok.doc
    for t in tok.subtree:
        if t.lower_ != "of" or t.dep_ != "prep":
            continue
        before = " ".join(w.lower_ for w in doc[max(t.i - 2, 0) : t.i + 1])
        if any(before.endswith(p) for p in (phrases if phrases is not None else _lex().substitution)):
            out.update(g.i for g in t.subtree)
    return out


#: Prepositions that place a phrase at a building ("outside the Royal Palace"), and nouns of a building's parts that
#: do after "of" ("in front of the Royal Palace", "on the steps of Parliament House").
_VENUE_PREPS = frozenset({"at", "outside", "inside", "near", "opposite", "beside"})
_VENUE_PARTS = frozenset({"front", "steps", "gates", "gate", "grounds", "courtyard", "lawn", "entrance"})


def _venue_name(t: Token) -> bool:
    """A name (or a word of one) that is the object of "at" ("outside", "in front of"): the venue of the phrase it is
    in, not a party."""
    while t.dep_ in ("compound", "det", "amod") and t.head.i != t.i:  # (a mention keyed on its "the")
        t = t.head
    return t.dep_ == "pobj" and (t.head.lower_ in _VENUE_PREPS or t.head.lower_ == "of" and t.head.head.lower_ in _VENUE_PARTS)


def _names_person(tok: Token, ctx: _Ctx) -> bool:
    """Whether a phrase names a person ("former prime minister Nawaz Sharif")."""
    return any((ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person" for t in tok.subtree)


@cache
def _described_roles() -> frozenset[str]:
    """Nouns of a person's post told in apposition ("X, the commander of US Forces Korea"): ``heads`` and
    ``organisation_head_nouns`` of ``titles.json``."""
    data = load_data("titles.json")
    return frozenset(data["heads"]) | frozenset(data["organisation_head_nouns"])


@cache
def _title_heads() -> frozenset[str]:
    """Single words that stand for a titled person ("emir", "president"), from ``titles.json``."""
    return frozenset(load_data("titles.json")["heads"])


def _thing_apposition(t: Token, top: Token, ctx: _Ctx) -> bool:
    """Whether ``t`` stands inside an apposition to a common noun that names no actor, below ``top``."""
    cur = t
    for _ in range(10):
        if cur.i == top.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "appos" and cur.pos_ == "NOUN" and ctx.actors.get(cur.i) is None and cur.head.pos_ == "NOUN" \
                and ctx.actors.get(cur.head.i) is None:
            return True
        cur = cur.head
    return False


def _actors_in_phrase(noun: Token, skip: Token, ctx: _Ctx) -> list[ActorRef]:
    """Actors in the name phrase of ``noun`` (its compounds and modifiers), not in ``skip``'s subtree."""
    inside = {t.i for t in skip.subtree}
    found: list[ActorRef] = []
    for t in noun.subtree:
        if t.i in inside or t.i > noun.i:
            continue
        ref = ctx.actors.get(t.i)
        if ref is not None and ref is not ANONYMOUS and ref.kind == "person" and ref not in found:
            found.append(ref)
    return found


def _report_phrase_misread(child: Token) -> bool:
    """child (Token): a dependent of a verb. RETURNS (bool): it is a phrase the parser hung on a reported clause's verb
    although it stands between the reporting verb and that clause's subject ("Officials said [on Monday] they hoped X
    would visit Nairobi"): the reporting verb's phrase, the day of the saying."""
    head = child.head
    if child.dep_ not in ("prep", "npadvmod", "tmod") or head.dep_ != "ccomp" or head.head.lemma_.lower() not in _lex().reporting:
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and head.head.i < child.i < subject.i


def _walk(tok: Token, chain: list[Token], ctx: _Ctx) -> list[Token]:
    """Tokens near the trigger, breadth first: its subtree, then the chain heads' direct dependents."""
    lex = _lex()
    order: list[Token] = []
    seen = {tok.i}
    queue: deque[Token] = deque([tok])
    misparsed = _misparsed_object(tok)
    if misparsed is not None:  # its prepositions belong to the verb: "hosted Merz at State House on Wednesday"
        seen.update(t.i for t in tok.subtree)
        seen.add(misparsed.i)
        queue.extend(c for c in misparsed.children if c.dep_ in ("prep", "npadvmod") and c.i not in seen)
        seen.update(c.i for c in queue)
    while queue:
        cur = queue.popleft()
        order.append(cur)
        for child in cur.children:
            if child.i in seen or child.dep_ in _NO_DESCEND and not (cur.i == tok.i and _own_course(child)
                                                                       or _scheduled_clause(child)):
                continue
            if child.dep_ in ("advcl", "conj") and child.lemma_.lower() in lex.reporting:
                continue
            if child.dep_ == "prep" and child.lower_ in _SKIP_TIME_PREPS and not _period_end(child) \
                    or _date_deadline(child, ctx):
                continue
            if _report_phrase_misread(child):
                continue  # "Officials said on Monday they hoped X would visit Nairobi": the day of the saying
            if child.dep_ == "prep" and child.lower_ in _CONCESSION_PREPS and any(
                    g.dep_ == "pobj" and g.pos_ == "NOUN" for g in child.children):
                continue  # "The trip went ahead despite a protest on Wednesday": the protest's day
            if child.dep_ == "relcl" and cur.i != tok.i and any(c.dep_ == "advmod" and c.lower_ == "where"
                                                                for c in child.children):
                continue  # "held talks at the presidential palace, where they agreed to double trade by 2030": what
                # was done there, another act's time
            if child.dep_ == "conj" and _conjoined_event(child, ctx):
                continue
            if child.dep_ in ("xcomp", "ccomp") and cur.dep_ == "conj" and cur.i != tok.i and cur.pos_ == "VERB" \
                    and cur.head.i == tok.i:
                continue  # "signed a memorandum ... and agreed to finalise a visa waiver by the end of the year": the
                # other act's deadline, not the signing's day
            if child.dep_ == "advcl" and child.i in ctx.trigger_ids and _looks_elsewhere(child):
                continue  # another event's clause: "will meet Xi before he travels to Shanghai"
            if _other_event_frame(child, ctx):
                continue
            if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _reason_marks() for c in child.children):
                continue  # "so that he can stay in Prague for a vote on Monday": another moment and place
            if _other_moment_clause(child):
                continue  # "marched through Lima, after talks two weeks ago ended without a deal": the talks' day
            if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > cur.i \
                    and child.lemma_.lower() in load_data("triggers.json")["consequence_participles"]:
                continue  # "ratified the treaty, clearing the way for joint patrols in the South China Sea": what the
                # act leads to, elsewhere and later
            if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in lex.preparation \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                continue  # "will meet X to prepare a visit by President Y next year": the visit's day, not the meeting's
            seen.add(child.i)
            queue.append(child)
    later_leg = tok.dep_ == "conj" and any(c.dep_ == "advmod" and c.lower_ in _sequence_adverbs() for c in tok.children)
    heads = _heads_short_of_change(chain)
    for deps in (("prep", "npadvmod", "advmod", "tmod"), ("advcl",)):
        for head in heads:
            for child in head.children:
                if child.i in seen or child.dep_ not in deps or child.lower_ in _SKIP_TIME_PREPS:  # "will decide by the end of
                    # the month whether to resign": the deadline of the deciding verb, not the resignation's day
                    continue
                if later_leg and head.i == tok.head.i and head.i < child.i < tok.i:
                    continue  # "will visit Japan from April 7 to 9 and then travel to Korea": the first leg's days
                if child.lemma_.lower() in lex.reporting or child.i in ctx.trigger_ids or _other_event_frame(child, ctx) \
                        or _report_phrase_misread(child) or child.dep_ == "prep" and child.lower_ in _CONCESSION_PREPS:
                    continue
                if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _reason_marks() for c in child.children):
                    continue  # "so that he can stay in Prague for a vote on Monday": another moment and place
                changed = tok.dep_ == "dobj" and head.lemma_.lower() in change_verbs()
                if head.i == chain[1].i and (tok.dep_ in ("nsubj", "nsubjpass") or changed) \
                        and _other_moment_clause(child):
                    continue  # "The walkout went ahead after talks ... broke down on Monday": the talks' day; "has
                    # postponed the launch after a shipment was held up at the port of Mombasa": the hold-up's place
                if _other_moment_clause(child) and any(c.dep_ == "npadvmod" and c.i < child.i for c in child.children):
                    continue  # "Voters went to the polls a little over two weeks after X dissolved the house on January
                    # 23": a moment counted from, not the event's day
                if _split_moment_clause(child) or child.dep_ == "prep" and child.lower_ in _other_moment_marks() \
                        and any(g.dep_ == "pobj" and g.i in ctx.trigger_ids and g.i != tok.i for g in child.children):
                    continue  # "went ahead after a meeting ... on Friday failed", "after" read as a preposition: the
                    # meeting's day (and "after a meeting ... on Monday" told whole in the phrase)
                if child.dep_ == "advcl" and head.lemma_.lower() == "come" and any(
                        c.dep_ == "mark" and c.lower_ == "as" for c in child.children):
                    continue  # "Minh's trip comes as both countries seek funding ahead of a summit in Kuala Lumpur
                    # later this year": the setting of the trip, not its place or time
                where = {t.i for r in child.subtree if r.dep_ == "relcl" and any(
                    c.dep_ == "advmod" and c.lower_ == "where" for c in r.children) for t in r.subtree}  # (not "at the
                # palace, where they agreed to double trade by 2030": another act there)
                order.extend(t for t in child.subtree if t.i not in where)
                seen.update(t.i for t in child.subtree)
    return order


def _heads_short_of_change(chain: list[Token]) -> list[Token]:
    """chain (list[Token]): a trigger and its heads, nearest first. RETURNS (list[Token]): the heads whose dependents
    may tell the trigger's place and time: those below an adverbial clause that gives the reason of a change of plan
    ("The meeting had been scheduled for Tuesday in Putrajaya but was rescheduled after Anwar was called to chair an
    emergency cabinet session": the session is not in Putrajaya, nor on the meeting's day)."""
    changing = change_verbs()
    for k in range(1, len(chain)):
        if chain[k - 1].dep_ == "advcl" and chain[k].lemma_.lower() in changing:
            return chain[1:k]
    return chain[1:]


def _scheduled_clause(clause: Token) -> bool:
    """ "will fly to Tartu for the meeting, which remains scheduled for Thursday": a passive relative clause of
    planning (``reduced_relative_verbs``: scheduled, set, planned) on an event noun, whose subject is the noun itself
    ("which", "that"); its day is the noun's, as in the clause's reduced form ("the meeting scheduled for Thursday")."""
    noun = clause.head
    return clause.dep_ == "relcl" and noun.pos_ == "NOUN" and noun.lower_ in _lex().nouns \
        and clause.lemma_.lower() in _reduced_relative_verbs() \
        and any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in clause.children)


@cache
def _reduced_relative_verbs() -> frozenset[str]:
    return reduced_relative_verbs() - _lex().reporting - {"expect"}  # (not "the meeting, which was announced on
    # Monday": the day it was told)


def _own_course(clause: Token) -> bool:
    """ "joint drills, which begin on Monday": a relative clause of an event noun whose subject is the noun itself
    ("which", "that") and whose verb tells the event's course (``subject_predicates``: begin, run, last, ...); its
    day is the noun's own."""
    noun = clause.head
    return clause.dep_ == "relcl" and noun.pos_ == "NOUN" and noun.lower_ in _lex().nouns \
        and clause.lemma_.lower() in _lex().subject_predicates and clause.lemma_.lower() != "be" \
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in clause.children)


@cache
def _other_person_roles() -> frozenset[str]:
    return frozenset(load_data("titles.json")["other_person_roles"])


@cache
def _kin_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``kin_nouns`` of ``titles.json`` ("relatives", "the family")."""
    return frozenset(load_data("titles.json")["kin_nouns"])


def _date_deadline(prep: Token, ctx: _Ctx) -> bool:
    """prep (Token): a dependent of a word near the trigger. RETURNS (bool): it is "before" with a calendar date and no
    count ("would travel to Caracas before April 8", not "two days before March 5"): a deadline, not the event's day."""
    return prep.dep_ == "prep" and prep.lower_ == "before" and not any(c.dep_ == "npadvmod" for c in prep.children) \
        and any((x := ctx.times.get(g.i)) is not None and x.type == "DATE" and (x.value or "")[:1].isdigit()
                and g.lower_ not in _period_end_words() for g in prep.children if g.dep_ == "pobj")  # (the object
    # itself a date: not "appeared before the inquiry on Monday"; "will launch the satellite before the end of April"
    # is within April, as "by the end of the week" is within the week)


def _period_end(prep: Token) -> bool:
    """ "is expected to resign by the end of the week": a "by" phrase of the trigger's own on the end of a period
    (``period_end_words``) dates the event within that period; other deadlines ("by Friday"), a deadline of a verb above
    ("will decide by the end of the month whether to resign") and "since"/"until" phrases date nothing."""
    return prep.lower_ == "by" and any(g.dep_ == "pobj" and g.lower_ in _period_end_words() for g in prep.children)


@cache
def _period_end_words() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["period_end_words"]["words"])


@cache
def _sequence_adverbs() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["sequence_adverbs"])


def _other_moment_clause(clause: Token) -> bool:
    """clause (Token): a dependent of a word near the trigger. RETURNS (bool): it heads an adverbial clause with a
    subject of its own opened by an ``other_moment_marks`` word ("after talks with the government two weeks ago ended",
    "before parliament votes on Friday"): the time and place written in it are its own moment's, not the event's."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _other_moment_marks() for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _split_moment_clause(clause: Token) -> bool:
    """clause (Token): a dependent of a word near the trigger. RETURNS (bool): an adverbial clause with no mark and no
    subject right after an ``other_moment_marks`` preposition of the same word ("went ahead [after a meeting between
    X and Y] on Friday [failed]": the parser read "after" as a preposition and cut the clause): another moment's."""
    if clause.dep_ != "advcl" or any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ in _other_moment_marks() and p.i < clause.i
               and p.right_edge.i + 1 == clause.left_edge.i for p in clause.head.children)


@cache
def _other_moment_marks() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["other_moment_marks"])


@cache
def _reason_marks() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["reason_marks"])


def _conjoined_event(conj: Token, ctx: _Ctx) -> bool:
    """Whether a conjoined verb tells another event: it is a trigger, or a plan verb over one ("will attend the summit
    and is expected to meet X on Feb. 13": Feb. 13 is the meeting's day, not the summit's)."""
    if conj.i in ctx.trigger_ids:
        return True
    # "attended the inauguration and held talks with X on Monday evening": the light verb's talks are another event;
    # "met X on Monday and is due to travel to Belgrade": the plan over another event's verb
    if any(c.dep_ == "xcomp" and c.i in ctx.trigger_ids or c.dep_ == "dobj" and c.i in ctx.trigger_ids and c.pos_ == "NOUN"
           for c in conj.children):
        return True
    return any(c.dep_ == "acomp" and any(g.dep_ == "xcomp" and g.i in ctx.trigger_ids for g in c.children) for c in conj.children)


def _other_event_frame(child: Token, ctx: _Ctx) -> bool:
    """ "before his 2019 visit to Seoul", "ahead of her trip": another event's time and place, not this one's."""
    if child.dep_ == "prep" and child.lower_ in _lex().other_moment and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in child.children):
        if child.lower_ == "after" and any(g.dep_ == "pcomp" and g.lemma_.lower() in _lex().arrival for g in child.children):
            return False  # "After arriving in Hanoi on Sunday, X will meet Y": the arrival's place and day are the meeting's
        return True  # "before returning to Brasilia", "after flying on to Rome": another moment's place
    if child.dep_ == "prep" and child.lower_ == "before":
        return any(g.i in ctx.trigger_ids for g in child.children)
    if child.dep_ == "advmod" and child.lower_ == "ahead":  # "comes ahead of a joint review of the pact next year"
        return any(p.lower_ == "of" and any(g.i in ctx.trigger_ids or g.pos_ == "NOUN" for g in p.children) for p in child.children)
    return False


def _looks_elsewhere(clause: Token) -> bool:
    """A time clause of another moment: "before he travels to Shanghai", "after Trump travels to Beijing" (not "when he
    arrived in Riyadh", "after he landed in Hanoi")."""
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in _OTHER_TIME_MARKS for c in clause.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("after", "before") and any(g.lower_ == "which" for g in c.children)
           for c in clause.children):
        return True  # "to meet business people, after which she will travel on to Tashkent": the next leg's place
    # "could visit in the autumn, after Trump travels to Beijing": another's earlier journey (not "after he arrived in X")
    return clause.lemma_.lower() not in _lex().arrival and any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children)
