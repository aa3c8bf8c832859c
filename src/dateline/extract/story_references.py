"""Changes told of a plan another article made: "MANILA - The drills were postponed because of a typhoon, the navy
said", with no doer named anywhere in the article. The definite noun refers to a plan the reader already knows from
earlier reporting; the extractor cannot see it, so it marks the event as a story reference (actor kind
:data:`STORY_KIND`, the noun phrase as its name, the dateline's or teller's country as a hint) and the store resolves it
to the one open plan of that family involving that country (:mod:`dateline.store.story_plans`), or drops it.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..model import ActorRef, Event
from .context import _Ctx
from .crowds import dateline_country
from .nlp import load_data
from .tellers import sentence_teller

#: The actor kind of a story reference; never stored as an actor of its own.
STORY_KIND = "story"


@cache
def _data() -> dict[str, frozenset[str]]:
    """RETURNS (dict): ``story_references`` of ``data/occasions.json``: the determiners and statuses read."""
    raw = load_data("occasions.json")["story_references"]
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def story_referent(tok: Token, status: str, ctx: _Ctx) -> ActorRef | None:
    """The stand-in actor of a change told of a known plan by a bare definite noun.

    tok (Token): an event noun with no actor found for it. status (str): the event's status. ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): an actor of kind :data:`STORY_KIND` named by the noun phrase ("the drills"), its country
        the teller's state ("the Philippine navy said") or the dateline's; None when the noun is not the subject of its
        clause, has no ``determiners`` word, carries a possessor, number or a name, names a doer in its own phrase, or
        the status is not one of ``statuses`` (a postponement, call-off or occurrence), or no country is known.
    """
    data = _data()
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or status not in data["statuses"]:
        return None
    if not any(c.dep_ == "det" and c.lower_ in data["determiners"] for c in tok.children):
        return None
    if any(c.dep_ in ("poss", "nummod", "appos", "relcl", "acl") for c in tok.children) \
            or any(c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.pos_ == "PROPN" for c in tok.subtree):
        return None  # ("Lee's visit", "the talks between X and Y", "the Seoul summit": a doer or place named)
    if any(t.i in ctx.actors for t in tok.subtree):
        return None
    teller = sentence_teller(tok, ctx)
    country = (teller.country or (teller.name if teller.kind == "country" else None)) if teller is not None else None
    country = country or dateline_country(ctx)
    if country is None:
        return None
    start = min(t.idx for t in tok.subtree)
    end = max(t.idx + len(t) for t in tok.subtree)
    return ActorRef(ctx.doc.text[start:end].lower(), STORY_KIND, None, country, start, end)


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
