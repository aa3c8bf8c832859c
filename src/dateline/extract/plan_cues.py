"""Plan cue words: the verbs and adjectives of plans and their changes ("scheduled", "postponed", "set for",
"brought forward"), from ``status_cues.json``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .nlp import load_data


@cache
def _cue_lemmas() -> frozenset[str]:
    """RETURNS (frozenset[str]): the words of plans and their changes (planned, postponed, cancelled, denied, rejected,
    uncertain and moved verbs, planned adjectives) in ``status_cues.json``."""
    data = load_data("status_cues.json")
    words: set[str] = set()
    for key in ("planned", "postponed", "cancelled", "denied", "reject", "uncertain", "moved"):
        words.update(data[f"{key}_verbs"])  # "moved": "the drills have been moved to X" tells the plan, changed
    words.update(data["planned_adjectives"])
    return frozenset(words)


@cache
def _forward_particles() -> dict[str, frozenset[str]]:
    """RETURNS (dict[str, frozenset[str]]): per verb, the particles that make it a plan brought forward
    (``brought_forward_particles`` in ``status_cues.json``)."""
    return {k: frozenset(v) for k, v in load_data("status_cues.json")["brought_forward_particles"].items()}


def cue_word(tok: Token) -> bool:
    """tok (Token): a word. RETURNS (bool): whether it is a plan cue word (``_cue_lemmas``), or a verb with its
    brought-forward particle ("has been brought forward to July 15")."""
    if (prts := _forward_particles().get(tok.lemma_.lower())) is not None:  # "has been brought forward to July 15"
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in prts for c in tok.children)
    return tok.lemma_.lower() in _cue_lemmas() or tok.lower_ in _cue_lemmas()
