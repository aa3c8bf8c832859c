"""A seat of government named as the doer of an act: "The White House will host Kenyan President William Ruto on
Monday", "The Pentagon will send 1,500 troops to Poland" (the United States). Sites of ``places.json`` with a
``government_of`` country stand for that state when they are the subject of a clause (or the agent of a passive:
"a visit hosted by the Kremlin"); as a place ("talks at the White House") they stay the venue.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..model import ActorRef
from .nlp import load_data

__all__ = ["government_seats", "names_a_seat"]


@cache
def _seats() -> dict[str, str]:
    """RETURNS (dict[str, str]): site name -> the country whose government sits there (``government_of``)."""
    return {str(site["name"]): str(site["government_of"]) for site in load_data("places.json")["sites"]
            if site.get("government_of")}


def names_a_seat(text: str) -> bool:
    """text (str): a mention's words. RETURNS (bool): they name a seat of government ("The White House")."""
    from .places import resolve_place  # (the gazetteer; imported here, as places imports the actor lexicon)

    ref = resolve_place(text)
    return ref is not None and ref.kind == "site" and ref.name in _seats()


def government_seats(doc: Doc, tokens: dict[int, ActorRef]) -> None:
    """doc (Doc): a parsed doc with ``place_spans``. tokens (dict[int, ActorRef]): the actor finder's token map, updated
    in place: the tokens of a seat of government that is the subject of a clause, or the agent of a passive, map to
    its state; elsewhere they name no body (the "House" of "the White House" is no legislature)."""
    if not doc.has_annotation("DEP") or not Doc.has_extension("place_spans"):
        return
    seats = _seats()
    for span, ref in doc._.place_spans or ():
        country = seats.get(ref.name) if ref.kind == "site" else None
        if country is None:
            continue
        root = span.root
        acting = root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.dep_ == "agent"
        state = ActorRef(country, "country", None, country, span.start_char, span.end_char)
        for i in range(span.start, span.end):
            if acting:
                tokens[i] = state
            elif i in tokens and tokens[i].kind != "person":
                del tokens[i]  # ("talks at the White House": the venue, no body named "House")
