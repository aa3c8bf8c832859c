"""Changes told of a plan another article made: "MANILA - The drills were postponed because of a typhoon, the navy
said", with no doer named anywhere in the article. The definite noun refers to a plan the reader already knows from
earlier reporting; the extractor cannot see it, so it marks the event as a story reference (actor kind
:data:`STORY_KIND`, the noun phrase as its name, the dateline's or teller's country as a hint) and the store resolves it
to the one open plan of that family involving that country (:mod:`dateline.store.story_plans`), or drops it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import ActorRef, Event
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .appointments import post_words
from .crowds import dateline_country
from .nlp import load_data
from .objects import thing_of_phrases, what_heads
from .places import resolve_place
from .plan_cues import cue_word
from .status import occurrence_verb
from .tellers import sentence_teller
from .triggers import _lex
from .venues import TOPIC_PREPS

#: The actor kind of a story reference; never stored as an actor of its own.
STORY_KIND = "story"
#: Actions of gathering nouns, whose topic phrase ("on Somalia") names no doer.
_GATHERING_ACTIONS = frozenset({"meet", "attend"})


@cache
def _data() -> dict[str, frozenset[str]]:
    """RETURNS (dict): ``story_references`` of ``data/occasions.json``: the determiners and statuses read."""
    raw = load_data("occasions.json")["story_references"]
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def story_referent(tok: Token, status: str, ctx: _Ctx, refers: bool = False) -> ActorRef | None:
    """The stand-in actor of a change told of a known plan by a bare definite noun, or of an act told in the passive with
    no doer (:func:`passive_thing`).

    tok (Token): an event noun or verb with no actor found for it. status (str): the event's status. ctx (_Ctx): the doc's index.
        refers (bool): the event refers to a plan (a plan moved to a new day, "The signing has been moved to Monday",
        is read as a postponement is).
    RETURNS (ActorRef | None): an actor of kind :data:`STORY_KIND` named by the noun phrase ("the drills"), its country
        the teller's state ("the Philippine navy said") or the dateline's (for a verb, named by its passive subject);
        None when the noun is not the subject of its clause, has no ``determiners`` word, carries a possessor, number or a name, names a doer in its own phrase, or
        the status is not one of ``statuses`` (a postponement, call-off or occurrence), or no country is known.
    """
    data = _data()
    if status == "planned" and tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and occurrence_verb(tok.head):
        refers = True  # "the strike planned for Nov. 26 would go ahead": the known plan told again, kept
    if status not in data["statuses"] and not (status == "planned" and refers):
        return None
    if tok.pos_ == "VERB":
        return _passive_referent(tok, ctx)
    if status == "happened" and _gathering_venue(tok, ctx):
        return _referent(tok, tok, ctx)  # "Donors pledged $1.6 billion at a conference in Geneva on Wednesday"
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if (owner := _owner_of_thing(tok, ctx)) is not None:
        return owner  # "The signing ceremony for Poland's howitzer contract has been pushed back": Poland's signing
    if _definite_thing(tok, data, ctx):
        return _referent(tok, tok, ctx)
    if _definite_thing(tok, data, ctx, topics=True):
        return _referent(tok, tok, ctx, owned=True)  # "The confidence vote on Prime Minister X's government has been
        # postponed": X is what the vote is on, no doer named
    if not _definite_post_act(tok, data):
        return None
    named = [r for t in tok.subtree if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS]
    countries = {r.name for r in named if r.kind == "country"}
    if any(r.kind != "country" for r in named) or len(countries) > 1:
        return None  # (a body or person in the phrase is a doer named, no story reference)
    ref = _referent(tok, tok, ctx, owned=True)
    return replace(ref, country=next(iter(countries))) if ref is not None and countries else ref  # "the swearing-in of
    # Nigeria's seven new ministers": Nigeria's


def _owner_of_thing(noun: Token, ctx: _Ctx) -> ActorRef | None:
    """noun (Token): a definite event noun with no actor of its own ("the signing ceremony"). RETURNS (ActorRef | None):
    the one state or organization named as the possessor of what the noun is "for" or "of" ("for Poland's K9 howitzer
    contract", "for Nusantara Air's order of 30 jets"): the doer whose deal it is; else None."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    owners = {r.name: r for p in noun.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for g in p.children
              if g.dep_ == "pobj" for c in g.children if c.dep_ == "poss"
              if (r := ctx.actors.get(c.i)) is not None and r is not ANONYMOUS and r.kind in ("country", "org")}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _gathering_venue(noun: Token, ctx: _Ctx) -> bool:
    """RETURNS (bool): whether a gathering noun (a meeting's or attendance's, :data:`_GATHERING_ACTIONS`) is where a
    past act of its clause was done, told with an article and a place below the country of its own ("Donors pledged
    $1.6 billion at a conference in Geneva on Wednesday"): the gathering was held there, whoever held it; no possessor,
    number, clause or actor of its own ("at talks between X and Y" names whose)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "at" or noun.head.head.pos_ != "VERB" \
            or noun.head.head.tag_ != "VBD" or _lex().nouns.get(noun.lower_, {}).get("action") not in _GATHERING_ACTIONS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children) \
            or any(c.dep_ in ("poss", "nummod", "appos", "relcl", "acl") for c in noun.children) \
            or any(t.i in ctx.actors for t in noun.subtree):
        return False
    return any((place := ctx.places.get(g.i)) is not None and place.kind != "country"
               for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children)


def _definite_post_act(noun: Token, data: dict[str, frozenset[str]]) -> bool:
    """RETURNS (bool): whether a noun is a definite act on unnamed holders of a post ("The swearing-in of Nigeria's seven
    new ministers, scheduled for Monday, has been postponed"): a ``determiners`` word, an "of" phrase (on the noun or on
    the "in" of a split "swearing-in") whose head is a post (``post`` of ``what_heads``), no person named, and no clause
    of its own but a participle of its plan ("scheduled for Monday")."""
    if not any(c.dep_ == "det" and c.lower_ in data["determiners"] for c in noun.children):
        return False
    holders = [noun, *(c for c in noun.children if c.dep_ == "prt" and c.lower_ == "in")]
    posts = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj" and g.lower_ in post_words()]
    return bool(posts) and not any(c.dep_ in ("poss", "nummod", "appos", "relcl") or c.dep_ == "acl" and c.tag_ != "VBN"
                                   for c in noun.children) \
        and not any(t.ent_type_ == "PERSON" for t in noun.subtree)


def _definite_thing(noun: Token, data: dict[str, frozenset[str]], ctx: _Ctx, topics: bool = False) -> bool:
    """RETURNS (bool): whether a noun is a bare definite thing ("the drills", "the agreement"): a ``determiners`` word,
    no possessor, number, apposition or clause of its own, and no name or actor in its phrase ("Lee's visit", "the talks
    between X and Y", "the Seoul summit": a doer or place named; a place below the country after "in" or "at" is where
    the thing was to be, allowed: "the planned rally in Kampala"). With ``topics``, names in what a vote is on are
    allowed ("the confidence vote on Prime Minister X's government": a ``topic_preps`` phrase of a vote noun; "the
    regional summit on Somalia": a topic phrase of a gathering noun), and so are
    names in the thing a ``thing_action`` noun is of ("the inauguration of the Eastern Line railway"), or a family noun
    acts on ("the reopening of the British embassy in Tripoli")."""
    days = {t.i for c in noun.children if c.dep_ == "poss" and ctx.times.get(c.i) is not None for t in c.subtree}
    # ("Wednesday's opening of the landing station has been postponed": a day's, as definite as "the")
    if not days and not any(c.dep_ == "det" and c.lower_ in data["determiners"] for c in noun.children):
        return False
    skip: set[int] = set()
    if topics:
        entry = _lex().nouns.get(noun.lower_, {})
        if entry.get("action") == "vote":
            skip = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for t in c.subtree}
        elif entry.get("action") in _GATHERING_ACTIONS and (skip := {
                t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for t in c.subtree}):
            pass  # "The regional summit on Somalia has been postponed": what it is about, no doer
        elif (family := entry.get("thing_action")) is not None:
            skip = {t.i for c in thing_of_phrases(noun, str(family)) for t in c.subtree}  # "The inauguration of the
            # Eastern Line railway has been moved": the line
        elif entry.get("needs_what") and isinstance(family := entry.get("what_heads"), str):
            skip = {t.i for c in thing_of_phrases(noun, family) for t in c.subtree}  # "The reopening of the British
            # embassy in Tripoli has been pushed back": the embassy reopened, whoever reopens it
        if not skip:
            return False
    skip |= days
    home = dateline_country(ctx)
    skip |= {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children
             if (place := ctx.places.get(g.i)) is not None and (place.kind != "country" or place.name == home)
             for t in c.subtree}  # "The planned rally in Kampala did not take place": where it was to be, no doer ("The
    # opening of the solar park in northern Chile has been postponed", datelined in Chile: the dateline's country)
    skip |= _towns_between(noun, ctx)
    things = {noun.i} | {g.i for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children}
    skip |= {t.i for c in noun.subtree if c.dep_ == "acl" and c.head.i in things and cue_word(c)
             and not any(a.dep_ == "agent" for a in c.children) for t in c.subtree}  # "The signing ...,
    # planned for Friday, has been moved": the plan's old day, no clause of a doer
    skip |= {g.i for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
             for g in o.children if g.dep_ == "amod" and g.ent_type_ == "NORP"}  # "the signing of the Dutch coalition
    # agreement": whose the agreement is, no doer
    return not any(c.dep_ in ("poss", "nummod", "appos", "relcl", "acl") and c.i not in skip for c in noun.children) \
        and not any((c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.pos_ == "PROPN") and c.i not in skip
                    for c in noun.subtree)


def _towns_between(noun: Token, ctx: _Ctx) -> set[int]:
    """noun (Token): an event noun. RETURNS (set[int]): the tokens of a "between" phrase in its phrase that names towns
    or regions only ("The signing of a partnership agreement between Krakow and the Ukrainian city of Lviv": the two
    towns it binds, no doer named)."""
    return {t.i for c in noun.subtree if c.dep_ == "prep" and c.lower_ == "between" for g in c.children
            if g.dep_ == "pobj" and all(_town(x, ctx) for x in (g, *(k for k in g.subtree if k.dep_ == "conj")))
            for t in c.subtree}


def _town(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a noun. RETURNS (bool): it names a town or region ("Krakow"), or is a common noun of one with its
    name after "of" ("the Ukrainian city of Lviv")."""
    if (place := ctx.places.get(tok.i) or (resolve_place(tok.text) if tok.pos_ == "PROPN" else None)) is not None:
        return place.kind in ("city", "region")  # (the recognizer may take a town for a body: "[Poznan]ORG")
    return tok.pos_ == "NOUN" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and (named := ctx.places.get(g.i)) is not None and named.kind in ("city", "region")
        for g in p.children) for p in tok.children)


#: Entity types of a named thing or body an act is done to ("The House of Representatives was dissolved").
_NAMED_THINGS = frozenset({"ORG", "FAC", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT"})


def passive_thing(verb: Token, ctx: _Ctx) -> Token | None:
    """The thing an act is told done to in the passive with no doer: "The agreement was signed on Tuesday", "The House of
    Representatives was dissolved on Friday".

    verb (Token): the act's verb. ctx (_Ctx): the doc's index.
    RETURNS (Token | None): the verb's passive subject when the verb has no agent ("by X") and the subject is a bare
        definite thing (:func:`_definite_thing`, no actor in its phrase) or the name of a body or thing (tagged so or
        not at all; no person, place, people or state in it); None otherwise.
    """
    if verb.pos_ != "VERB" or any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or any(_names_actor(p, ctx) for p in verb.children if p.dep_ == "prep"):
        return None  # ("The deal was reached at talks on Saturday between X and Y": theirs, told in the sentence)
    if subject.pos_ == "NOUN":
        if not _definite_thing(subject, _data(), ctx) or any(t.i in ctx.actors for t in subject.subtree):
            return None
    elif subject.pos_ != "PROPN" or subject.ent_type_ not in (*_NAMED_THINGS, "") \
            or any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in subject.subtree) \
            or any((ref := ctx.actors.get(t.i)) is not None and ref.kind in ("person", "country")
                   for t in subject.subtree):
        return None  # (a name of no kind the tagger knows: "The Storting was dissolved"; never a person's or state's)
    return subject


def _names_actor(tok: Token, ctx: _Ctx) -> bool:
    """RETURNS (bool): whether a phrase names an actor of the article outside the clauses it holds ("at talks between X
    and Y" does; "on Tuesday, the day the Vietnamese premier arrived" does not: the premier is in a clause of his own)."""
    if (ref := ctx.actors.get(tok.i)) is not None and ref is not ANONYMOUS:
        return True
    return any(_names_actor(c, ctx) for c in tok.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"))


def _passive_referent(verb: Token, ctx: _Ctx) -> ActorRef | None:
    """RETURNS (ActorRef | None): the stand-in actor of an act told in the passive with no doer (:func:`passive_thing`):
    the passive subject as a story reference (:func:`story_referent`); None when there is none."""
    subject = passive_thing(verb, ctx)
    if subject is None:
        subject = _thing_subject(verb, ctx)
    return _referent(subject, verb, ctx) if subject is not None else None


def _summary_phrase(noun: Token) -> bool:
    """noun (Token): a verb's direct object. RETURNS (bool): it is a phrase set off by a comma after the clause, which
    sums the clause up rather than being acted on ("..., the latest sign of a revival": the parser's object)."""
    return noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "," and noun.i > noun.head.i


def _thing_subject(verb: Token, ctx: _Ctx) -> Token | None:
    """verb (Token): a ``what_subject`` verb whose subject may be the thing it is told of ("opened"). ctx (_Ctx): the
    doc's index. RETURNS (Token | None): its subject when that is a common noun of the family's ``what_heads`` with an
    article and no possessor, clause, actor or named body, person or place in its phrase ("A new $1.2 billion copper
    mine opened in northwestern Zambia on Thursday": the mine, opened by whoever the plan told; "A Tsubame-3 rocket
    lifted off on Sunday"); None otherwise."""
    entry = _lex().verbs.get(verb.lemma_.lower(), {})
    if verb.pos_ != "VERB" or not entry.get("what_subject") or not isinstance(family := entry.get("what_heads"), str) \
            or any(c.dep_ == "agent" or c.dep_ == "dobj" and not _summary_phrase(c) for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lower_ not in what_heads(family) \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in subject.children) \
            or any(c.dep_ in ("poss", "relcl", "acl", "appos") for c in subject.children):
        return None
    if any(t.i in ctx.actors or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC")
           for t in subject.subtree if t.i != subject.i):
        return None  # ("the [Kalengwa North]ORG mine opened": an owner's name, read so; "A Tsubame-3 rocket lifted off"
        # names the thing itself)
    return subject


def _referent(phrase: Token, tok: Token, ctx: _Ctx, owned: bool = False) -> ActorRef | None:
    """phrase (Token): the head of the noun phrase told of. tok (Token): the event's trigger. owned (bool): the phrase
    may name the state whose post it acts on (checked by the caller). RETURNS (ActorRef | None): the story reference
    named by the phrase, its country the teller's state or the dateline's; None when the phrase holds an actor of the
    article (but for such a state) or no country is known."""
    if phrase.pos_ == "NOUN" and not owned and any(t.i in ctx.actors for t in phrase.subtree) \
            and any(t.i in ctx.actors for t in phrase.subtree if t.i not in _towns_between(phrase, ctx)):
        return None  # (not the towns a partnership binds: "between Krakow and the Ukrainian city of Lviv")
    teller = sentence_teller(tok, ctx)
    country = (teller.country or (teller.name if teller.kind == "country" else None)) if teller is not None else None
    country = country or dateline_country(ctx)
    if country is None:
        return None
    clauses = {t.i for c in phrase.subtree if c.dep_ == "acl" and c.i > phrase.i for t in c.subtree}  # (", planned
    # for Friday,": no word of the name)
    words = [t for t in phrase.subtree if t.i not in clauses and not (t.is_punct and t.i > phrase.i)]
    start = min(t.idx for t in words)
    end = max(t.idx + len(t) for t in words)
    return ActorRef(ctx.doc.text[start:end].lower(), STORY_KIND, None, country, start, end)


def posts_filled(events: list[Event], ctx: _Ctx) -> list[Event]:
    """The filling of a post told by a person's appointment, as a story reference: "Prime Minister X on Thursday
    appointed General Y as chief of army staff" fills the post a plan told before ("Pakistan will appoint a new army
    chief later this month"), whoever appoints.

    events (list[Event]): an article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, and for each appointment of a named person to a post (``person_family`` of
        ``posts_filled`` in ``occasions.json``) that happened or was called off or put off, the same report of the
        family that fills a post with no person named (``post_family``), its actor a story reference named by the post,
        of the person's country or the dateline's; the store joins it to the one open plan of that family and country
        whose post its sentence names (:mod:`dateline.store.story_plans`), or drops it.
    """
    data = load_data("occasions.json")["posts_filled"]
    out = list(events)
    for ev in events:
        if ev.action != data["person_family"] or ev.what is None or ev.actor.kind != "person" \
                or ev.status not in _data()["statuses"]:
            continue
        country = ev.actor.country or dateline_country(ctx)
        if country is None:
            continue
        post = ActorRef(ev.what, STORY_KIND, None, country, ev.actor.start, ev.actor.end)
        out.append(replace(ev, action=data["post_family"], actor=post, counterparts=(), refers_to_plan=False))
    return out


def split_references(events: list[Event]) -> tuple[list[Event], list[Event]]:
    """Set an article's story references apart from its events.

    events (list[Event]): the article's events, story references among them.
    RETURNS (tuple[list[Event], list[Event]]): the events with a doer, and the story references whose action no event
        of the article shares (where one does, the article tells its own plan, and the noun is read with it or not
        at all).
    """
    own = [e for e in events if e.actor.kind != STORY_KIND]
    actions = {e.action for e in own}
    return own, [e for e in events if e.actor.kind == STORY_KIND and e.action not in actions]
