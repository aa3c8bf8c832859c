"""The actor finder's word lists: titles, names, pronouns, demonyms and trigger words, read once.

:func:`lexicon` loads ``titles.json``, ``names.json``, ``triggers.json`` and ``demonyms.json``
into one :class:`Lexicon`; :func:`title_words` and :func:`title_modifiers` are the word sets
the title phrase readers test words against.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy
from spacy.strings import StringStore

from .nlp import load_data


@dataclass(frozen=True)
class Lexicon:
    """The actor finder's word lists, each read from the data files by :func:`lexicon`."""

    titles: dict[tuple[str, ...], str]
    max_len: int
    heads: frozenset[str]
    kept_modifiers: frozenset[str]
    level_modifiers: frozenset[str]
    anonymous: frozenset[str]
    honorifics: frozenset[str]
    pronouns: dict[str, str]
    non_referring: frozenset[str]
    given_names: dict[str, str]
    gender_words: dict[str, str]
    demonyms: dict[str, str]
    trigger_words: frozenset[str]
    trigger_verbs: frozenset[str]
    gatherings: frozenset[str]
    past_modifiers: frozenset[str]
    groups: dict[str, str]
    group_determiners: frozenset[str]
    particles: frozenset[str]
    families: tuple[frozenset[str], ...]
    title_suffixes: frozenset[str]
    reporting: frozenset[str]
    heads_or_titles: frozenset[tuple[str, ...]]
    word_ids: numpy.ndarray
    pair_nouns: frozenset[str]
    name_titles: frozenset[str]
    lone_titles: frozenset[str]
    roles: dict[tuple[str, ...], tuple[str, ...]]
    leader_groups: frozenset[str]
    state_groups: frozenset[str]
    deputies: frozenset[str]
    org_heads: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """RETURNS (Lexicon): the actor finder's word lists, loaded once."""
    data = load_data("titles.json")
    names = load_data("names.json")
    table = {tuple(t.lower().split()): t for t in data["titles"]}
    table.update({(short.lower(),): title for short, title in data["title_abbreviations"].items()})  # "Swedish PM X"
    given = {w: g for g, words in names["given_names"].items() for w in words}
    gender_words = {w.lower(): g for key in ("honorifics", "title_words") for g, words in names[key].items() for w in words}
    triggers = load_data("triggers.json")
    words = {w.lower() for w in triggers["verbs"]} | {w.lower() for w in triggers["nouns"]}
    return Lexicon(
        titles=table,
        max_len=max(len(k) for k in table),
        heads=frozenset(data["heads"]),
        kept_modifiers=frozenset(data["kept_modifiers"]),
        level_modifiers=frozenset(data["level_modifiers"]),
        anonymous=frozenset(data["anonymous"]),
        honorifics=frozenset(data["honorifics"]),
        pronouns=dict(names["pronouns"]),
        non_referring=frozenset(names["non_referring_pronouns"]),
        given_names=given,
        gender_words=gender_words,
        demonyms=dict(load_data("demonyms.json")),
        trigger_words=frozenset(words),
        trigger_verbs=frozenset(w.lower() for w, entry in triggers["verbs"].items() if not entry.get("prep_object_only")),
        # (not "hold" or "send", events only as "held X in custody", "sent X to jail")
        gatherings=frozenset(triggers["gathering_words"]),
        past_modifiers=frozenset(data["past_modifiers"]),
        groups=dict(data["group_nouns"]),
        group_determiners=frozenset(data["group_determiners"]),
        particles=frozenset(data["name_particles"]),
        families=tuple(frozenset(f) for f in data["group_title_families"]),
        title_suffixes=frozenset(data["title_suffixes"]),
        reporting=frozenset(triggers["reporting_verbs"]),
        heads_or_titles=frozenset({*table, *((h,) for h in data["heads"])}),
        word_ids=numpy.array(
            [StringStore().add(w) for w in {*data["heads"], *data["anonymous"], *names["pronouns"], *names["non_referring_pronouns"],
                                            *data["group_nouns"], *data["pair_nouns"], *_role_heads(data["role_phrases"]),
                                            *data["organisation_head_nouns"], *data["joint_body_nouns"],
                                            *(w.lstrip("-") for w in data["title_suffixes"])}],
            dtype="uint64",
        ),
        pair_nouns=frozenset(data["pair_nouns"]),
        name_titles=frozenset(data["name_titles"]),
        lone_titles=frozenset(data["lone_titles"]),
        roles={tuple(k.split()): tuple(v) for k, v in data["role_phrases"].items()},
        leader_groups=frozenset(data["leader_group_nouns"]),
        state_groups=frozenset(data["state_group_nouns"]),
        deputies=frozenset(data["deputy_title_words"]),
        org_heads=frozenset(data["organisation_head_nouns"]),
    )


def _role_heads(phrases: dict[str, list[str]]) -> set[str]:
    """The words a role phrase's parse hangs on: the one before "of" ("head of state") and the last ("holy father";
    "[Ghana's new Chief of Defence] Staff", as the parser may read it)."""
    return {h for w in (k.split() for k in phrases) for h in (w[w.index("of") - 1] if "of" in w else w[-1], w[-1])}


@cache
def title_modifiers() -> frozenset[str]:
    """RETURNS (frozenset[str]): the title ``modifiers`` of ``titles.json`` (no portfolio words)."""
    return frozenset(load_data("titles.json")["modifiers"])


@cache
def title_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): every word of a known title or head word ("prime", "minister")."""
    lex = lexicon()
    return frozenset(w for key in lex.heads_or_titles for w in key)
