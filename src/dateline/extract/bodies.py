"""A country's legislature as one actor: "Parliament of Romania", however an article names it.

"Romania's parliament", "the Romanian parliament", a bare "Parliament" under a Bucharest dateline, "lawmakers" who
voted, a vote "the speaker's office" tells: all are the body named by its ``body_names`` word (``families.json``) and
its country, so the store keeps one actor for it.
"""

from __future__ import annotations

from ..model import ActorRef
from .nlp import load_data

__all__ = ["legislature_of"]


def legislature_of(country: str, word: str = "parliament", start: int = -1, end: int = -1) -> ActorRef:
    """The legislature of a country.

    country (str): the country's name. word (str): the word the article names it by ("parliament", "senate",
        "lawmakers"; its ``body_names`` name, else the word capitalized). start, end (int): the mention's offsets.
    RETURNS (ActorRef): "<Name> of <country>", kind ``org``, of that country.
    """
    low = word.lower()
    name = load_data("families.json")["body_names"].get(low, low[:1].upper() + low[1:])
    return ActorRef(f"{name} of {country}", "org", None, country, start, end)
