"""Votes told by their outcome: "voted 71 to 42 to censure the prime minister", "won Nepal's general election".

A vote told with its tally is told as done; the count is no thing voted on and no object that makes "vote" another
verb ("voted the motion down" has one). An election someone won took place: it is the election of the state that
possesses it ("[Nepal's] general election"), never the winner's own vote. Words in ``data/outcomes.json``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..model import ActorRef
from .actor_mentions import ANONYMOUS
from .bodies import legislature_of
from .context import _Ctx
from .nlp import load_data
from .places import resolve_country

__all__ = ["contested_in", "decided_in", "faced_vote", "vote_tally", "won_election", "survived_vote", "voted_on_people"]


@cache
def _outcomes() -> dict[str, frozenset[str]]:
    data = load_data("outcomes.json")
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


def survived_vote(tok: Token, ctx: _Ctx, dateline_country: str | None) -> ActorRef | None:
    """The legislature whose vote a government or leader lost or survived: "Zandanbat lost a confidence vote in
    parliament on Thursday", "The government survived a no-confidence motion".

    tok (Token): a vote event noun. ctx (_Ctx): the doc's index. dateline_country (str | None): the dateline's country.
    RETURNS (ActorRef | None): "Parliament of <country>" (the subject's country, else the dateline's), kind org, when
        the noun (an ``outcome_vote_heads`` word) is the object of a past ``surviving_verbs`` verb; None otherwise.
    """
    words = _outcomes()
    verb = tok.head
    if tok.dep_ != "dobj" or tok.lower_.rstrip("s") not in words["outcome_vote_heads"] \
            or verb.lemma_.lower() not in words["surviving_verbs"] or verb.tag_ not in ("VBD", "VBN"):
        return None
    return _vote_body(tok, ctx, dateline_country)


def faced_vote(tok: Token, ctx: _Ctx, dateline_country: str | None) -> ActorRef | None:
    """The legislature whose vote a government or leader faces, whatever the tense: "The Czech government of Prime
    Minister X will face a confidence vote in parliament next Tuesday" (the parliament votes; the government is voted on).

    tok (Token): a vote event noun. ctx (_Ctx): the doc's index. dateline_country (str | None): the dateline's country.
    RETURNS (ActorRef | None): as :func:`survived_vote`, for the object of a ``facing_verbs`` verb; None otherwise."""
    words = _outcomes()
    if tok.dep_ != "dobj" or tok.lower_.rstrip("s") not in words["outcome_vote_heads"] \
            or tok.head.lemma_.lower() not in words["facing_verbs"] \
            or not any(c.lower_ in words["facing_kinds"] for c in tok.children if c.dep_ in ("compound", "amod")):
        return None  # (not "X faces a leadership ballot": a party's)
    return _vote_body(tok, ctx, dateline_country)


def _vote_body(tok: Token, ctx: _Ctx, dateline_country: str | None) -> ActorRef | None:
    """tok (Token): a vote noun, object of the verb of the government or leader voted on. RETURNS (ActorRef | None):
    the legislature of the subject's country (else of the one state the sentence names, else the dateline's)."""
    verb = tok.head
    country = None
    for sub in (c for c in verb.children if c.dep_ == "nsubj"):
        for t in sub.subtree:
            ref = ctx.actors.get(t.i)
            if ref is not None and ref is not ANONYMOUS and (ref.country or ref.kind == "country"):
                country = ref.country or ref.name
                break
            if t.ent_type_ in ("NORP", "GPE") and (found := resolve_country(t.text)) is not None:
                country = found
                break
        if country:
            break
    if not country:  # "PARAMARIBO - Belize Prime Minister X's government survived ...": the one state the sentence names
        named = {ref.name for t in tok.sent if (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS
                 and ref.kind == "country"}
        country = next(iter(named)) if len(named) == 1 else None
    country = country or dateline_country
    return legislature_of(country, "parliament", tok.idx, tok.idx + len(tok)) if country else None


def voted_on_people(tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """The people a vote acts on: "voted on Thursday to censure Interior Minister X", "voted to impeach President Y".

    tok (Token): a vote verb. ctx (_Ctx): the doc's index.
    RETURNS (list[ActorRef]): the named people (persons the index holds, each once) in the object of the verb itself
        or of its infinitive (or "whether to" clause) when that is a ``person_vote_verbs`` verb; [] otherwise.
    """
    found: list[ActorRef] = []
    verbs = _outcomes()["person_vote_verbs"]
    own = [tok] if tok.lemma_.lower() in verbs else []  # "parliament elected X as prime minister"
    for inf in own + [c for c in tok.children if c.lemma_.lower() in verbs and (c.dep_ == "xcomp" or c.dep_ in (
            "advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "whether" for m in c.children))]:
        # ("Voters will decide on April 8 whether to recall Mayor X": X; "to elect a successor to X": no one)
        for obj in (c for c in inf.children if c.dep_ == "dobj" and c.lower_ not in _outcomes()["successor_nouns"]):
            common = [a for a in obj.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
            for t in obj.subtree:
                if any(a.left_edge.i <= t.i <= a.right_edge.i for a in common):
                    continue  # "recall Mayor X, the Ada County elections office said": the teller, no one voted on
                ref = ctx.actors.get(t.i)
                if ref is not None and ref is not ANONYMOUS and ref.kind == "person" \
                        and all(ref.name != f.name for f in found):  # ("the mayor of Taichung, X": X once)
                    found.append(ref)
    return found


def motion_targets(tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """The people a motion is against: "an opposition motion of no confidence in Finance Minister X", "their
    no-confidence motion against X", "will vote on Thursday on a censure motion against X".

    tok (Token): a vote trigger (a motion noun, or a vote verb with such a noun after "on"). ctx (_Ctx): the doc's index.
    RETURNS (list[ActorRef]): the named people after ``motion_target_preps`` ("against", "in") within the motion's
        phrase, in text order; [] when there are none.
    """
    preps = frozenset(_outcomes()["motion_target_preps"])
    motions = [tok] if tok.pos_ == "NOUN" else [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "on"
                                               for g in p.children if g.dep_ == "pobj"]
    found: list[ActorRef] = []
    for motion in motions:
        for p in motion.subtree:
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            for t in p.subtree:
                ref = ctx.actors.get(t.i)
                if ref is not None and ref is not ANONYMOUS and ref.kind == "person" and ref not in found:
                    found.append(ref)
    return found


def _count(tok: Token) -> bool:
    return tok.like_num or tok.pos_ == "NUM"


def vote_tally(obj: Token) -> bool:
    """Whether a verb's object is the tally of a vote.

    obj (Token): an object of the verb. RETURNS (bool): a number followed by a ``tally_preps`` phrase with a number
        (hung on the number or on the verb: "voted 71 to 42"), or a hyphenated count ("120-3").
    """
    parts = obj.text.split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return True  # "voted 120-3"
    doc = obj.doc
    if obj.i >= 2 and doc[obj.i - 1].text in ("-", "\u2013") and doc[obj.i - 2].like_num and obj.like_num \
            and not doc[obj.i - 1].whitespace_ and not doc[obj.i - 2].whitespace_:
        return True  # "voted 236-214", split into three tokens
    if not _count(obj):
        return False
    preps = _outcomes()["tally_preps"]
    return any(p.dep_ == "prep" and p.lower_ in preps and p.i == obj.i + 1 and any(_count(g) for g in p.children)
               for head in (obj, obj.head) for p in head.children)


def contested_in(tok: Token) -> bool:
    """tok (Token): a vote event noun. RETURNS (bool): it is where something was won or lost: the object of a
    ``winning_verbs`` verb or of "in" on that verb's object ("X's coalition won a majority in Sunday's general
    election"): the state's vote, no act of the winner's."""
    words = _outcomes()["winning_verbs"]
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in words
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    up = tok.head.head
    verb = up.head if up.dep_ == "dobj" else up
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in words


def decided_in(tok: Token) -> bool:
    """Whether a vote noun is where a person's fate was decided, and so held: after "in" on a past verb of a vote on
    people or of winning ("Mayor X was removed from office in a recall election on Tuesday", "was elected president in
    a runoff on Sunday", "lost his seat in the election", "backed the government in a confidence vote").

    tok (Token): a vote event noun. RETURNS (bool): so told (a past tense or participle of a ``person_vote_verbs`` or
        ``winning_verbs`` or ``backing_verbs`` verb; not "will be elected in a runoff", a plan the vote's own words
        tell)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.head.dep_ != "prep":
        return False
    verb = tok.head.head
    words = _outcomes()
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and not any(c.tag_ == "MD" for c in verb.children) \
        and verb.lemma_.lower() in words["person_vote_verbs"] | words["winning_verbs"] | words["backing_verbs"]


def won_election(tok: Token, ctx: _Ctx) -> bool:
    """Whether an election noun is told as won, and so held: the object of a ``winning_verbs`` verb, possessed by a
    state ("won [Nepal's] general election").

    tok (Token): a vote event noun. ctx (_Ctx): the doc's index.
    RETURNS (bool): so told (the possessor is then the actor, as for any possessed event noun); False without a state
        as possessor ("won the election": the winner is no voter, and the clause names no state).
    """
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _outcomes()["winning_verbs"]:
        return False
    for owner in (c for c in tok.children if c.dep_ == "poss"):
        ref = ctx.actors.get(owner.i)
        if ref is not None and ref is not ANONYMOUS and ref.kind == "country" or resolve_country(owner.text) is not None:
            return True
    return False
