"""The other side of a meeting that is a group with no name: "will meet union leaders next week", "met protesting
farmers in Abuja", "has invited labour leaders to talks in Abuja on Friday" (``partner_group_heads``,
``partner_group_modifiers`` and the protest family's crowd words in ``families.json``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..model import ActorRef
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .crowds import _MEMBER_BODIES, _country_in, crowd_words
from .nlp import load_data
from .organizations import private_partner_heads
from .places import resolve_country
from .status import subject_holder
from .triggers import _lex
from .people_nouns import people_words

__all__ = ["group_partner", "group_subject", "guest_group", "meeting_sides", "officials_subject", "subject_group_partner", "talks_chair"]


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """RETURNS: ``partner_group_heads`` and ``partner_group_modifiers`` of ``families.json``."""
    data = load_data("families.json")
    return frozenset(data["partner_group_heads"]), frozenset(data["partner_group_modifiers"])



@cache
def _coalitions() -> frozenset[str]:
    """RETURNS: ``partner_group_coalitions`` of ``families.json``."""
    return frozenset(load_data("families.json")["partner_group_coalitions"])


def meeting_sides(tok: Token) -> list[Token]:
    """tok (Token): a meeting trigger. RETURNS (list[Token]): the words it is held with: its direct object, its "with"
    object, those of the verb a talks noun is the object of ("will hold talks with X"), or, for a talks noun after
    "to"/"for", the object of the verb that invites to it ("invited union leaders to talks")."""
    heads = [tok, tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else [tok]
    found = [c for h in heads for c in h.children if c.dep_ == "dobj" and c.i != tok.i]
    found += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
              if g.dep_ == "pobj"]
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for") and tok.head.head.pos_ == "VERB":
        found += [c for c in tok.head.head.children if c.dep_ == "dobj"]
    if tok.pos_ in ("NOUN", "PROPN"):  # "Talks between Minister X and the mining federation": the sides after the
        # first (a sentence's first word may be tagged a proper noun)
        found += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "between" for g in p.children
                  if g.dep_ == "pobj" for h in (g, *(a for a in g.children if a.dep_ == "appos"))
                  for c in h.children if c.dep_ == "conj"]  # (also on the title's name: "Minister [X]appos and union
        # leaders")
        found += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "between" for g in p.children
                  if g.dep_ == "pobj" and g.pos_ == "NOUN" and (
                      any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in g.children)
                      or any(t.ent_type_ == "PERSON" for t in g.lefts for t in t.subtree))]
        # ("Talks between union leaders and Education Minister X": the unnamed first side, the named one the actor;
        # "between [Minister X and rail]nmod unions", as the parser may hang the named side on the group)
    return found


def _objects(tok: Token) -> list[Token]:
    """The plural nouns, or bodies of members ("the mining federation"), a meeting trigger is held with
    (:func:`meeting_sides`)."""
    return [g for g in meeting_sides(tok) if g.tag_ == "NNS" or g.lower_ in _MEMBER_BODIES]


def _body_group(g: Token, ctx: _Ctx, leaders: Token | None = None) -> ActorRef | None:
    """g (Token): a body of members with a described kind ("the mining federation", "the teachers' union"; not a bare
    "the union", nor a named one). leaders (Token | None): the plural head whose "of" phrase it is ("leaders of the
    mining federation"). RETURNS (ActorRef | None): the group (kind ``group``), named by the body's words (its leaders
    are its side: "leaders of the mining federation" and "the mining federation" are one)."""
    if g.lower_ not in _MEMBER_BODIES or g.pos_ != "NOUN" or g.ent_type_:
        return None
    mods = [c for c in g.children if c.dep_ in ("compound", "amod", "poss") and c.i < g.i and not c.ent_type_
            and c.pos_ in ("NOUN", "ADJ")]
    if not mods:
        return None
    words = [*(c.text for c in mods), g.lower_]
    start = mods[0] if leaders is None else leaders
    return ActorRef(" ".join(words), "group", None, _country_in(g, ctx), start.idx, g.idx + len(g))


def _group(g: Token, ctx: _Ctx) -> ActorRef | None:
    """g (Token): a plural noun. RETURNS (ActorRef | None): the group it names ("union leaders", "rail unions",
    "farmers"), kind ``group``, with the country its phrase names; None when it names none."""
    heads, modifiers = _words()
    crowd = crowd_words("protest")
    mods = [c.lower_ for c in g.children if c.dep_ in ("compound", "amod") and c.i < g.i
            and (c.lower_ in crowd or c.lower_ in modifiers)]
    mods += [f"{c.lower_}'" for c in g.children if c.dep_ == "poss" and c.tag_ == "NNS" and c.i < g.i
             and c.lower_ in crowd]  # "met traders' leaders": the traders' leaders
    mods += [c.lower_ for c in g.children if c.dep_ == "poss" and c.tag_ == "NN" and c.i < g.i
             and c.lower_ in modifiers]  # "will meet the union's leaders": the union leaders
    if (body := _body_group(g, ctx)) is not None:
        return body  # "talks between X and the mining federation"
    if g.lower_ in _coalitions() and g.pos_ == "NOUN" and (inner := next((
            ref for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and o.tag_ == "NNS" and (ref := _group(o, ctx)) is not None), None)) is not None:
        return inner  # "a coalition of holdout opposition groups": those groups
    if g.tag_ == "NNS" and g.lower_ in heads and (body := next((
            _body_group(o, ctx, g) for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj"), None)) is not None:
        return body  # "will meet leaders of the mining federation"
    if g.tag_ == "NNS" and (g.lower_ in crowd or g.lower_ in heads and mods):
        return ActorRef(" ".join([*mods, g.lower_]), "group", None, _country_in(g, ctx), g.idx, g.idx + len(g))
    if g.tag_ == "NNS" and g.lower_ in private_partner_heads():  # "will meet Singaporean investors": those investors
        words = [c for c in g.children if c.dep_ in ("compound", "amod") and c.i < g.i and c.pos_ in ("ADJ", "NOUN", "PROPN")]
        name = " ".join([*(c.text if c.ent_type_ == "NORP" or c.pos_ == "PROPN" else c.lower_ for c in words), g.lower_])
        return ActorRef(name, "group", None, _country_in(g, ctx), g.idx, g.idx + len(g))
    return None


def group_subject(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): the trigger of a meeting with no actor found (a verb, or a talks noun a verb holds). ctx (_Ctx):
    the doc's index. RETURNS (ActorRef | None): the group that is the subject of the verb ("Rail unions will hold talks
    with the minister", "Union leaders met the minister"), else None."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _lex().earlier_frames \
            and tok.head.head.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        verb = tok.head.head  # "The union suspended the walkout after a meeting on Friday with Minister X": the union's
    if verb.pos_ != "VERB":
        return None
    verb = subject_holder(verb)  # "Union leaders are to meet the minister", "are expected to hold talks": the plan's
    # subject
    deps = ("nsubj", "nsubjpass") if verb.i != tok.i and verb.i != tok.head.i else ("nsubj",)
    return next((ref for c in verb.children if c.dep_ in deps and (ref := _group(c, ctx)) is not None), None)


def group_partner(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): the trigger of a meeting or call with no counterpart found. ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): the group it is held with ("union leaders", "farmers"), kind ``group``, with the country
        its phrase names; None when no such group is its object."""
    return next((ref for g in _objects(tok) if (ref := _group(g, ctx)) is not None), None)


def guest_group(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a hosting verb ("receive", "host"). ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the group
    of people who speak for others it takes as guests ("will receive union representatives", "hosted farmers'
    leaders"; a head of ``partner_group_heads``), kind ``group``; None for a crowd ("received wounded protesters")."""
    heads = _words()[0]
    return next((ref for g in _objects(tok) if g.lower_ in heads and (ref := _group(g, ctx)) is not None), None)


def subject_group_partner(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a signing or meeting verb (or a talks noun it holds) with no counterpart found. ctx (_Ctx): the doc's
    index. RETURNS (ActorRef |
    None): an unnamed group joined by "and" with the verb's named subject ("Union leaders and Hydrocarbons Minister X
    signed the agreement": the union leaders, the other side), else None."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        tok = tok.head  # "X and a coalition of opposition groups will resume peace talks": the verb's subjects
    if tok.pos_ != "VERB":
        return None
    for sub in tok.children:
        if sub.dep_ != "nsubj":
            continue
        for g in [sub, *(c for c in sub.children if c.dep_ == "conj")]:
            if (ref := _group(g, ctx)) is not None:
                return ref
    return None


def _heads_of_state(sub: Token) -> bool:
    """sub (Token): a plural noun. RETURNS (bool): it is "heads of state" or "heads of government" ("Heads of government
    from ten Danube states met in Vienna"): leaders, as "leaders" is."""
    return sub.lower_ == "heads" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lower_ in ("state", "government") for g in p.children) for p in sub.children)


def officials_subject(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a meeting verb with no actor found. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the
    officials of a named region or state that are its subject, as one group ("Gulf foreign ministers will meet in Doha
    on Nov. 25", "Nordic prime ministers met in Oslo", "Leaders from five West African states signed an accord"): a
    plural of officials with a capitalized modifier of its own (not the sentence's first word) or of the states its
    "from" phrase names, kind ``group``, with the one country its modifiers name (an organization those words name
    instead, "ministers from the 21 APEC economies", is the actor itself); None otherwise."""
    if tok.pos_ != "VERB":
        return None
    sub = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if sub is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB":
        sub = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "Nordic ministers agreed on Thursday
        # to ..., signing a letter of intent": the main clause's subject signs
    if sub is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        sub = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "Heads of government from ten states
        # met in Vienna on Monday and signed a declaration": the first verb's subject signs too
    if sub is None or sub.tag_ != "NNS" or sub.lower_.removesuffix("s") not in people_words() and not _heads_of_state(sub):
        return None
    mods = [t for t in sub.subtree if t.i < sub.i and t.dep_ in ("compound", "amod", "nmod") and t.head.i == sub.i
            or t.i < sub.i and t.head.dep_ in ("compound", "amod") and t.head.head.i == sub.i]
    regions = frozenset(load_data("triggers.json")["gathering_name_words"])

    def naming(toks: list[Token]) -> bool:
        return any(t.text[:1].isupper() and (not t.is_sent_start or t.pos_ == "PROPN" or t.lower_ in regions
                                             or resolve_country(t.text)) or t.ent_type_ in ("NORP", "GPE", "LOC")
                   for t in toks)

    home: list[Token] = []
    if not naming(mods):  # "Leaders from five [West African] states signed an accord", "Defence ministers from the
        # [Nordic and Baltic] countries will gather": where they come from names them (before their own role words)
        home = [t for p in sub.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                if g.dep_ == "pobj" and g.tag_ == "NNS" for t in g.subtree if t.i < g.i and (
                    t.dep_ in ("compound", "amod", "nmod") and t.text[:1].isupper()
                    or t.dep_ == "conj" and t.text[:1].isupper() and t.head.dep_ in ("compound", "amod", "nmod")
                    or t.dep_ == "cc" and t.head.dep_ in ("compound", "amod", "nmod"))]
    if not naming(mods) and not naming(home):
        return None  # (not "Foreign ministers will meet", capitalized only by the sentence)
    body = next((r for t in (*mods, *home) if (r := ctx.actors.get(t.i)) is not None and r.kind == "org"), None)
    if body is not None:
        return body  # "Trade ministers from the 21 APEC economies will meet": the body's meeting, as "NATO defence
        # ministers met" is NATO's
    countries = {c for t in (*mods, *home) if (c := resolve_country(t.text))}
    words = [*sorted(home, key=lambda t: t.i), *sorted(mods, key=lambda t: t.i), sub]  # ("West African leaders", named
    # before the noun; "Nordic and Baltic defence ministers")
    start, end = min(t.idx for t in words), max(t.idx + len(t) for t in words)
    text = " ".join(t.lower_ if home and t.i in {m.i for m in mods} | {sub.i} and not naming([t])
                    or t.i == sub.i and sub.is_sent_start and sub.i < words[0].i else t.text for t in words)
    # ("Defence ministers from the Nordic and Baltic countries": "Nordic and Baltic defence ministers")
    if _heads_of_state(sub):
        text += " of " + next(g.lower_ for p in sub.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                              if g.dep_ == "pobj" and g.lower_ in ("state", "government"))  # "Danube heads of government"
    return ActorRef(text, "group", None, countries.pop() if len(countries) == 1 else None,
                    start, end if words[-1].i > words[0].i else sub.idx + len(sub))


def brought_together(tok: Token) -> Token | None:
    """tok (Token): an event noun. RETURNS (Token | None): the direct object of a ``together_verbs`` verb with its particle
    the noun is the subject of ("The talks ... brought together Minister X and rebel leader Y": X, with Y its
    conjunct), else None."""
    verb = tok.head
    particles = load_data("triggers.json")["together_verbs"].get(verb.lemma_.lower()) if tok.dep_ == "nsubj" else None
    if not particles or not any(c.lower_ in particles for c in verb.children if c.dep_ in ("prt", "advmod")):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


#: Participles of a meeting noun whose agent holds it ("negotiations chaired by X", "talks hosted by Y").
_CHAIRING = frozenset({"chair", "lead", "host", "mediate", "broker", "convene"})


def talks_chair(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a meeting noun. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the named person of its
    "chaired by", "hosted by", "mediated by" participle (:data:`_CHAIRING`), else None."""
    return next((ref for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _CHAIRING
                 for a in c.children if a.dep_ == "agent" for g in a.subtree
                 if (ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"), None)
