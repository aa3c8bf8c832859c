"""Actors: people (with title and country), organizations and countries, resolved within an article.

The ``dateline.actors.v1`` component reads the model's entities and sets
``doc._.actors`` (every resolved mention, text order) and ``doc._.actor_tokens``
(token index -> :class:`ActorRef`, also for short mentions, "the secretary" and
pronouns). ``parse_title`` and ``titles`` serve the question parser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
import re

import numpy
from spacy.attrs import LOWER, ORTH, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from ..model import ActorRef
from .acronyms import acronyms
from .appointments import appointed_names, appointment
from .vessels import is_vessel, vessel_spans
from .nlp import load_data
from .places import resolve_country, resolve_place

__all__ = ["TitleInfo", "titles", "parse_title", "ActorFinder", "find_actors", "acronyms", "ANONYMOUS"]

#: Stands for an unnamed person ("a senior official") in ``doc._.actor_tokens``.
ANONYMOUS = ActorRef("", "person")

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_SUBORDINATE = frozenset({"relcl", "advcl", "acl"})
_PREFIX_DEPS = ("compound", "amod", "poss", "case", "punct", "nmod", "advmod", "npadvmod")


@dataclass(frozen=True)
class TitleInfo:
    """A parsed title phrase.

    title (str | None): the title, with a kept modifier ("former Defence Secretary").
    country (str | None): the country named in the phrase ("United States").
    """

    title: str | None
    country: str | None


@dataclass(frozen=True)
class _Lexicon:
    titles: dict[tuple[str, ...], str]
    max_len: int
    heads: frozenset[str]
    kept_modifiers: frozenset[str]
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
    roles: dict[tuple[str, ...], tuple[str, ...]]
    leader_groups: frozenset[str]
    deputies: frozenset[str]
    org_heads: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    data = load_data("titles.json")
    names = load_data("names.json")
    table = {tuple(t.lower().split()): t for t in data["titles"]}
    table.update({(short.lower(),): title for short, title in data["title_abbreviations"].items()})  # "Swedish PM X"
    given = {w: g for g, words in names["given_names"].items() for w in words}
    gender_words = {w.lower(): g for key in ("honorifics", "title_words") for g, words in names[key].items() for w in words}
    triggers = load_data("triggers.json")
    words = {w.lower() for w in triggers["verbs"]} | {w.lower() for w in triggers["nouns"]}
    return _Lexicon(
        titles=table,
        max_len=max(len(k) for k in table),
        heads=frozenset(data["heads"]),
        kept_modifiers=frozenset(data["kept_modifiers"]),
        anonymous=frozenset(data["anonymous"]),
        honorifics=frozenset(data["honorifics"]),
        pronouns=dict(names["pronouns"]),
        non_referring=frozenset(names["non_referring_pronouns"]),
        given_names=given,
        gender_words=gender_words,
        demonyms=dict(load_data("demonyms.json")),
        trigger_words=frozenset(words),
        trigger_verbs=frozenset(w.lower() for w in triggers["verbs"]),
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
                                            *data["organisation_head_nouns"]}],
            dtype="uint64",
        ),
        pair_nouns=frozenset(data["pair_nouns"]),
        name_titles=frozenset(data["name_titles"]),
        roles={tuple(k.split()): tuple(v) for k, v in data["role_phrases"].items()},
        leader_groups=frozenset(data["leader_group_nouns"]),
        deputies=frozenset(data["deputy_title_words"]),
        org_heads=frozenset(data["organisation_head_nouns"]),
    )


def _role_heads(phrases: dict[str, list[str]]) -> set[str]:
    """The word a role phrase's parse hangs on: the one before "of" ("head of state"), else the last ("holy father")."""
    return {w[w.index("of") - 1] if "of" in w else w[-1] for w in (k.split() for k in phrases)}


def titles() -> tuple[str, ...]:
    """RETURNS (tuple[str, ...]): every title Dateline knows, as written in ``titles.json``."""
    return tuple(_lexicon().titles.values())


def parse_title(text: str) -> TitleInfo:
    """Read the title and country out of a phrase such as "former US Defence Secretary".

    text (str): words before (or in apposition to) a name, or a question's actor phrase
        ("the US defence secretary", "Seoul's Defence Minister").
    RETURNS (TitleInfo): the longest known title (spelled as in ``titles.json``, with
        "former"-like modifiers kept) and the country, each None when absent.
    """
    lex = _lexicon()
    words = [w.strip(",") for w in text.replace("’", "'").replace(" - ", "-").split()]
    words = [w for w in words if w]
    suffix = ""
    for i, word in enumerate(words):
        stem, dash, end = word.rpartition("-")
        if dash and stem and f"-{end.lower()}" in lex.title_suffixes and (stem.lower(),) in lex.heads_or_titles:
            words[i], suffix = stem, f"-{end.lower()}"  # "prime minister-designate": the title "Prime Minister", to be
    lower = [w.lower() for w in words]
    title: str | None = None
    title_span = (0, 0)
    for size in range(min(lex.max_len, len(lower)), 0, -1):
        for i in range(len(lower) - size + 1):
            key = tuple(lower[i : i + size])
            if key in lex.titles:
                title, title_span = lex.titles[key], (i, i + size)
                break
        if title:
            break
    country: str | None = None
    outside = [i for i in range(len(words)) if not title_span[0] <= i < title_span[1]]
    for size in (3, 2, 1):
        for pos in range(len(outside) - size + 1):
            idx = outside[pos : pos + size]
            if idx != list(range(idx[0], idx[0] + size)):
                continue
            phrase = " ".join(words[i] for i in idx)
            folded = phrase.lower().removesuffix("'s")
            if folded in lex.demonyms:
                country = lex.demonyms[folded]
            elif phrase[:1].isupper() and folded not in lex.kept_modifiers:
                country = resolve_country(phrase)
            if country:
                break
        if country:
            break
    if title:
        portfolio = _portfolio_words(words, title_span, lex) if title.lower() in lex.heads else []
        if portfolio:  # "Brazilian Agriculture Minister": the office's portfolio stays on a bare head title
            title = " ".join([*portfolio, title])
            title_span = (title_span[0] - len(portfolio), title_span[1])
        if suffix and not title.lower().endswith(suffix):
            title += suffix
        mods = [w for w in lower[: title_span[0]] if w in lex.kept_modifiers]
        if mods:
            title = f"{mods[0]} {title}"
    return TitleInfo(title, country)


@cache
def _title_modifiers() -> frozenset[str]:
    return frozenset(load_data("titles.json")["modifiers"])


def _portfolio_words(words: list[str], span: tuple[int, int], lex: _Lexicon) -> list[str]:
    """ "Agriculture Minister", "Health Secretary": up to two capitalized words right before a bare head title (one word
    of ``heads``) that name its portfolio: no nationality, place, modifier, honorific, possessive or title head."""
    found: list[str] = []
    i = span[0] - 1
    while i >= 0 and len(found) < 2:
        word = words[i]
        low = word.lower()
        if not (word[:1].isupper() and word.replace("-", "").isalpha()) or low in STOP_WORDS or low in lex.demonyms or low in lex.heads \
                or low in _title_modifiers() or word in lex.honorifics or resolve_country(word) is not None \
                or any(" ".join(words[i - k : i + 1]).lower() in lex.demonyms for k in (1, 2) if i - k >= 0):
            break  # not "Sri [Lankan] President"
        found.insert(0, word)
        i -= 1
    return found


@dataclass
class _Named:
    start: int
    end: int
    ref: ActorRef


class ActorFinder:
    """The ``dateline.actors.v1`` component.

    nlp (Language): the pipeline (unused; kept for the factory signature).
    """

    def __init__(self, nlp: Language) -> None:
        _lexicon()

    def __call__(self, doc: Doc) -> Doc:
        """doc (Doc): a doc with entities. RETURNS (Doc): with ``doc._.actors``/``actor_tokens``/``actor_partners`` set."""
        actors, tokens, partners = find_actors(doc)
        doc._.actors = actors
        doc._.actor_tokens = tokens
        doc._.actor_partners = partners
        return doc


def _prefix_start(doc: Doc, start: int, end: int) -> int:
    """First token of the title phrase that modifies the name at ``doc[start:end]``."""
    j = start - 1
    first = start
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    while j >= max(sent_start, start - 8):
        tok = doc[j]
        if tok.lower_ in ("the", "a", "an", ",", "and", "by", "with") or tok.is_punct and tok.text not in ("-", "'s"):
            break
        if doc.has_annotation("DEP") and not (start <= tok.head.i < end or first <= tok.head.i < end):
            if tok.dep_ not in _PREFIX_DEPS and not _title_of_phrase(tok, start, end) and not _misparsed_title(tok, first, start) \
                    and not split_title(tok, first, start, end) and not _conjoined_title(tok, first, start):
                break
        first = j
        j -= 1
    if first < start and j > sent_start and doc[j].lower_ == "and" and j + 1 == first:
        return _title_before_and(doc, j, sent_start, first)
    return first


def _title_before_and(doc: Doc, j: int, sent_start: int, first: int) -> int:
    """ "Qatar's Prime Minister and Foreign Minister Sheikh X", "Minister of Industry and Trade Nguyen Hong Dien": a title
    phrase joined by "and" (``doc[j]``) to the title right before a name is part of that name's title phrase (its first
    title comes first), when the word before "and" is a title word or a word of a portfolio after "of". RETURNS (int):
    the title phrase's new first token, else ``first``."""
    k = j - 1
    while k >= sent_start and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ in ("of", "'s", "’s")) \
            and doc[k].ent_type_ != "PERSON":
        k -= 1
    run = doc[k + 1 : j]
    if not len(run) or not (doc[j - 1].lower_ in _title_words() or any(t.lower_ == "of" for t in run)):
        return first
    return run.start if parse_title(run.text).title is not None else first


def split_title(tok: Token, first: int, start: int, end: int) -> bool:
    """ "[Turkey's top diplomat]nsubj [Hakan Fidan]nsubj arrived": a title or role noun right before a name that the parser
    made a second subject (or object) of the name's own verb, which is the name's title phrase."""
    root = tok.doc[start:end].root
    if tok.i != first - 1 or first != start or tok.pos_ != "NOUN" or tok.dep_ != root.dep_ or tok.head.i != root.head.i \
            or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    lex = _lexicon()
    return tok.lower_ in _title_words() or tok.lower_ in lex.anonymous


def _conjoined_title(tok: Token, first: int, start: int) -> bool:
    """ "Greek Prime Minister X and Turkish [President]conj Recep Tayyip Erdogan met": a capitalized title word right before
    a name that the parser conjoined to the first name (the name itself hung as its apposition) is the second name's own
    title, never the first one's."""
    return tok.i == first - 1 == start - 1 and tok.dep_ == "conj" and tok.text[:1].isupper() and tok.lower_ in _title_words() \
        and tok.head.i < tok.i


def _misparsed_title(tok: Token, first: int, start: int) -> bool:
    """ "talks with South African [President]pobj [Sipho]VERB Ndlovu": a capitalized title word or nationality right
    before the name (or before such a word of its phrase), which a parse broken by the name hangs elsewhere."""
    if tok.i != first - 1 or not tok.text[:1].isupper() or tok.doc[start].pos_ in ("PROPN", "NOUN"):
        return False
    lex = _lexicon()
    return tok.lower_ in _title_words() or tok.ent_type_ == "NORP" or tok.lower_ in lex.demonyms


@cache
def _org_name_heads() -> frozenset[str]:
    return frozenset(load_data("titles.json")["organisation_name_heads"])


@cache
def _title_words() -> frozenset[str]:
    lex = _lexicon()
    return frozenset(w for key in lex.heads_or_titles for w in key)


def _title_of_phrase(tok: Token, start: int, end: int) -> bool:
    """ "Secretary of [State] Paul Derrington": a word of an "X of Y" title whose heads lead to the name through
    the phrase before it (capitalized words and "of" only)."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if start <= head.i < end:
            return True
        if head.i == cur.i or head.i >= end or head.i < start - 8 or not (head.lower_ == "of" or head.text[:1].isupper()):
            return False
        cur = head
    return False


def _name_tokens(span: Span) -> tuple[int, int]:
    """Trim honorifics, titles, possessives and trigger words off an entity span."""
    lex = _lexicon()
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text in lex.honorifics or doc[start].lower_ in lex.heads
                           or doc[start].lower_ == "the" and start + 1 < end and doc[start + 1].text in lex.honorifics):
        start += 1  # "[The Honourable Nadia Kerr]ORG"
    while end - start > 1 and (m := _title_lead(doc, start, end, lex)):
        start += m  # "Head of [State Kassym-Jomart Tokayev]", "[Danish King Frederik]": the title is no part of the name
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].lower_ in lex.trigger_words
                           or end - start > 1 and doc[end - 1].lower_.removesuffix("s") in lex.trigger_words):
        end -= 1  # "President [Sissoko Leaves]PERSON for ...": a headline's verb
    for k in range(start + 1, end - 1):
        if doc[k].text in ("'s", "’s") and resolve_country(doc[start:k].text) is not None:
            start = k + 1  # "[Papua New Guinea's James Marape]PERSON": the country is the person's, not part of the name
            break
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in lex.heads:
        for size in (3, 2, 1):  # "President of [Bolivia Luis Arce]PERSON": the country is the title's, not the name's
            if end - start > size and resolve_country(doc[start : start + size].text) is not None:
                start += size
                break
    if span.start == start and _lost_first_name(doc, start, lex):
        start -= 1  # "Prime Minister [Do] Van Khiem": a short first name the recognizer read as a common word
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2  # hyphenated given names the entity recognizer cut: "Moon Jae-in"
    return start, _through_particles(doc, start, end, lex.particles)


def _title_right_before(doc: Doc, start: int) -> TitleInfo | None:
    """The capitalized title phrase written right before a name (with a nationality or "X's" before it), however the
    parser hung its words: "Head of State Kassym-Jomart Tokayev". None when the words before the name end no title."""
    lex = _lexicon()
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    for k in range(lex.max_len, 1, -1):
        first = start - k
        if first < sent_start or not doc[first].text[:1].isupper():
            continue
        if tuple(t.lower_ for t in doc[first:start]) in lex.titles:
            got = parse_title(doc[max(sent_start, first - 2) : start].text)
            return got if got.title else None
    return None


def _title_lead(doc: Doc, start: int, end: int, lex: _Lexicon) -> int:
    """How many words at the start of a name span belong to a title phrase: the end of a title begun before the span
    ("Head of [State ...]"), a title inside it ("[Managing Director Anna ...]"), or a nationality before a title word
    ("[Danish King Frederik]"); never the name's last word. 0 when none."""
    for m in range(min(lex.max_len, end - start - 1), 0, -1):
        for k in range(0, lex.max_len - m + 1):
            if start - k < 0 or k and doc[start - k].is_sent_start and start - k != doc[start].sent.start:
                continue
            key = tuple(t.lower_ for t in doc[start - k : start + m])
            if key in lex.titles and (k or m > 1 or doc[start].text[:1].isupper()) and not (k == 0 and m == 1 and key[0] not in lex.heads):
                return m
    tok = doc[start]
    if end - start > 2 and (tok.lower_ in lex.demonyms or tok.ent_type_ == "NORP") \
            and doc[start + 1].lower_ in _title_words() and doc[start + 1].text[:1].isupper():
        return 1  # (the length first: a one-word span at the end of the text has no next word)
    return 0


def _lost_first_name(doc: Doc, start: int, lex: _Lexicon) -> bool:
    """ "Vietnamese Prime Minister Do Van Khiem", "President Le Minh": a capitalized word of up to three letters between a
    person's title and the name the recognizer found ("Do", "Le", "To", "An" read as English words) is the name's first
    word (not a title word, an honorific or a nationality)."""
    if start < 2:
        return False
    tok, title = doc[start - 1], doc[start - 2]
    if not (tok.is_alpha and len(tok.text) <= 3 and tok.text[:1].isupper() and tok.text[1:].islower()) or tok.ent_iob_ != "O":
        return False
    if tok.lower_ in lex.heads or tok.text in lex.honorifics or tok.lower_ in _title_words() or tok.lower_ in lex.demonyms:
        return False
    return title.text[:1].isupper() and (title.lower_ in lex.heads or title.lower_ in _title_words()) and not title.is_sent_start


def _through_particles(doc: Doc, start: int, end: int, particles: frozenset[str]) -> int:
    """End of a name the recognizer cut at a particle: "Ursula von [der Leyen]", "Lula [da Silva]"."""
    last = end
    while last > start + 1 and doc[last - 1].lower_ in particles:
        last -= 1  # "Ursula von": the particle waits for its surname
    j = last
    while j < len(doc) and doc[j].lower_ in particles and doc[j].sent_start != 1:
        j += 1
    if j > last and j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and doc[j].sent_start != 1:
        return j + 1
    return end


def _person(doc: Doc, start: int, end: int) -> ActorRef:
    prefix = _prefix_start(doc, start, end)
    if prefix == start and start >= 4 and doc[start - 1].text == ")" and doc[start - 3].text == "(" and doc[start - 2].text.isupper() \
            and _title_initials(doc[_prefix_start(doc, start - 3, start - 3):start - 3].text) == doc[start - 2].text:
        prefix = _prefix_start(doc, start - 3, start - 3)  # "External Affairs Minister (EAM) Rakesh Varadan"
        info0 = parse_title(doc[prefix : start - 3].text)
        if info0.title:
            name = doc[start:end].text.replace("’", "'")
            return ActorRef(name, "person", info0.title, info0.country, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    if prefix >= 2 and prefix < start and doc[prefix - 1].lower_ == "of" and doc[prefix - 2].lower_ in _lexicon().heads \
            and doc[prefix - 2].text[:1].isupper() and resolve_country(doc[prefix:start].text) is not None:
        prefix -= 2  # "President of Uzbekistan Timur Rashidov": the title and its country before the name
    info = parse_title(doc[prefix:start].text) if prefix < start else TitleInfo(None, None)
    if not info.title:
        info = _title_right_before(doc, start) or info  # "[Head of State] Kassym-Jomart Tokayev": a parse broken by the name
    root = doc[start:end].root
    if not info.title and doc.has_annotation("DEP"):
        for child in root.children:
            if child.dep_ == "appos":
                got = parse_title(doc[child.left_edge.i : child.right_edge.i + 1].text)
                if got.title:  # "When Narendra Modi [last set foot in Argentina]appos": no title, so no country either
                    info = got
                break
    if not (info.title and info.country) and doc.has_annotation("DEP") and root.dep_ == "appos" and root.head.i < start:
        head = root.head  # "Iraq's prime minister-designate, Hamid al-Rubaie": the name stands for the title phrase before it
        phrase = doc[head.left_edge.i : head.i + 1]
        if phrase.end <= start and not any(t.dep_ == "cc" or t.lower_ == "and" for t in doc[phrase.end : start]):
            got = parse_title(phrase.text)  # "Pakistan's army chief, Field Marshal Asim Munir": the office and its country
            if not info.title or got.title and got.country:  # over the rank before the name
                info = TitleInfo(got.title or info.title, got.country or info.country)
    if info.title and not info.country and doc.has_annotation("DEP"):
        for prep in root.children:  # "President Nurlan Abenov of Kazakhstan": the country after the name
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == end:
                country = next((resolve_country(g.text) for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
                info = TitleInfo(info.title, country)
    if (not info.title or not info.country) and doc.has_annotation("DEP") and (given := appointment(root)) is not None:
        got = parse_title(given[0].text)  # "was elected prime minister by Japan's parliament": the body's country
        info = TitleInfo(info.title or got.title, info.country or got.country or (parse_title(given[1].text).country if given[1] else None))
    name = doc[start:end].text.replace("’", "'")
    return ActorRef(name, "person", info.title, info.country, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def find_actors(doc: Doc) -> tuple[list[ActorRef], dict[int, ActorRef], dict[int, tuple[ActorRef, ...]]]:
    """Resolve actor mentions in a doc.

    doc (Doc): a doc with entities (and a parse, for pronouns and titles).
    RETURNS (tuple[list[ActorRef], dict[int, ActorRef], dict[int, tuple[ActorRef, ...]]]): resolved
        mentions in text order; a map from every token of a mention (names, short
        names, "the secretary", pronouns, "the two ministers") to its actor
        (:data:`ANONYMOUS` for unnamed officials and unresolved groups); and for a
        group noun or "they", the other people it stands for (the pair's second; every other member of a list of
        conjoined subjects: "X, Y and Z have confirmed they will attend").
    """
    lex = _lexicon()
    named: list[_Named] = []
    full: dict[str, ActorRef] = {}
    aliases = acronyms(doc)
    outside = _outside_dateline(doc)
    places = _mislabelled_places(doc)
    venues = {span.text for span, ref in (doc._.place_spans or ()) if ref.kind == "site" and span.label_ == "PERSON"} \
        if Doc.has_extension("place_spans") else set()
    for ent in _person_entities(doc, lex):
        if ent.text in aliases or not outside(ent):
            continue
        if ent.text in venues:
            continue  # "the Akorda press service": the residence named "at the Akorda", no person
        if tuple(ent.text.lower().removeprefix("the ").split()) in lex.roles:
            continue  # "[The Head of State]PERSON": a role phrase standing for the article's holder, no name
        if ent.start in places:
            continue  # "visit [Tallinn]PERSON": a place in a place's role
        start, end = _name_tokens(ent)
        if start >= end or all(t.lower_ in _title_words() for t in doc[start:end]):
            continue  # "[Prime Minister]PERSON": title words alone name nobody
        if end - start <= 3 and resolve_place(doc[start:end].text) is None and resolve_country(doc[start:end].text) is not None:
            continue  # "[Ugandan]PERSON President Yoweri Museveni", "[Sri Lankan]PERSON President X": a nationality, not a name
        ref = _person(doc, start, end)
        if end - start == 1 and not ref.title and _capitalized_modifier(ent, doc[start], lex):
            continue  # "[Riot]PERSON police met the marchers": a common word capitalized at the start of a sentence
        if end - start == 1 and not ref.title and _place_name(ent, doc[start].text, lex) and not _meets_named_person(doc[start]):
            continue  # "Porto will host Lyon": a lone city name the recognizer took for a person is a club or a town
        named.append(_Named(start, end, ref))
        if end - start >= 2 or "-" in ref.name or " " in ref.name:  # "To Lam": one token (``dateline_surnames_v1``)
            known = full.get(ref.name)
            full[ref.name] = replace(ref, title=ref.title or (known.title if known else None),
                                     country=ref.country or (known.country if known else None))
    parts: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    for name in full:
        words = name.split()
        for word in words[1:-1]:  # "Lula" of "Luiz Inacio Lula da Silva", when no other full name has it
            if word.lower() not in lex.particles and word[:1].isupper():
                owners.setdefault(word, set()).add(name)
        for word in (words[0], words[-1]):
            if word.lower() not in STOP_WORDS:  # "To" of "To Lam" alone is the preposition
                parts.setdefault(word, name)
        parts[words[-1]] = name
        for word in words[1:]:
            prefix, _, rest = word.partition("-")
            if rest[:1].isupper() and prefix.lower() in lex.particles:
                parts.setdefault(rest, name)  # "Sudani" of "Mohammed Shia al-Sudani"
    for word, names in owners.items():
        if len(names) == 1 and word not in parts:
            parts[word] = next(iter(names))
    in_named = {i for n in named for i in range(n.start, n.end)}
    in_named.update(i for n in named for i in range(_prefix_start(doc, n.start, n.end), n.start))
    part_ids = numpy.array([doc.vocab.strings.add(p) for p in parts], dtype="uint64")
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), part_ids)) if parts else ():
        tok = doc[int(i)]
        if tok.i in in_named or not tok.text[:1].isupper():
            continue
        named.append(_Named(tok.i, tok.i + 1, _person(doc, tok.i, tok.i + 1)))
    named.extend(_conjoined_surnames(doc, named, in_named | places))
    shared: dict[str, set[str]] = {}
    for name in full:
        for word in {name.split()[0], name.split()[-1]}:
            shared.setdefault(word, set()).add(name)
    full_at = sorted((n.start, n.ref.name) for n in named if n.ref.name in full)
    for n in named:
        owner = parts.get(n.ref.name, "")
        if len(shared.get(n.ref.name, ())) > 1 and n.ref.name not in full:
            # "Foreign Minister Kim Min-jae ... Trade Minister Kim Tae-yong ... Kim will meet": the Kim named last before
            owner = next((name for at, name in reversed(full_at) if at < n.start and name in shared[n.ref.name]), owner)
        canonical = full.get(n.ref.name) or full.get(owner)
        if canonical is not None:
            n.ref = replace(canonical, title=_current_title(n.ref.title, canonical.title, lex),
                            country=n.ref.country or canonical.country, start=n.ref.start, end=n.ref.end)
    named = _title_acronyms(doc, named, in_named)
    in_named.update(i for n in named for i in range(_prefix_start(doc, n.start, n.end), n.end))
    ships = [_Named(start, end, ref) for start, end, ref in vessel_spans(doc, in_named | places)]
    named.extend(ships)  # "INS Vaitarna": a navy's ship
    in_named.update(i for n in ships for i in range(n.start, n.end))
    named.extend(_organizations(doc, in_named | places, aliases, outside))
    named.sort(key=lambda n: n.start)
    return _resolve_references(doc, named, lex, _genders(doc, named, lex))


def _title_initials(title: str) -> str:
    """ "External Affairs Minister" -> "EAM", "Prime Minister" -> "PM", "Secretary-General" -> "SG"."""
    words = [w for w in title.replace("-", " ").split() if w.lower() not in ("of", "the", "and", "for")]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _title_acronyms(doc: Doc, named: list[_Named], taken: set[int]) -> list[_Named]:
    """ "External Affairs Minister Rakesh Varadan ... EAM will call on ...": an all-capital word that spells the
    initials of a named person's title (written alone or in parentheses after the title) stands for that person,
    the most mentioned holder when several share the title, and is no actor of its own ("PM", "FM", "EAM")."""
    counts: dict[str, int] = {}
    for n in named:
        counts[n.ref.name] = counts.get(n.ref.name, 0) + 1
    holders: dict[str, ActorRef] = {}
    for n in named:
        key = _title_initials(n.ref.title) if n.ref.kind == "person" and n.ref.title and n.end - n.start >= 1 else ""
        if key and (key not in holders or counts[n.ref.name] > counts[holders[key].name]):
            holders[key] = n.ref
    holders = {k: v for k, v in holders.items() if k != v.name}
    if not holders:
        return named
    kept = [n for n in named if not (n.end - n.start == 1 and doc[n.start].text in holders)]
    for tok in doc:
        ref = holders.get(tok.text)
        if ref is None or tok.i in taken and not any(n.start == tok.i for n in named):
            continue
        if tok.i > 0 and (doc[tok.i - 1].like_num or doc[tok.i - 1].text == ":"):
            continue  # "5 PM": a clock time
        if any(n.start == tok.i + 1 and n.ref.kind == "person" and n.ref.name != ref.name for n in named):
            continue  # "Swedish PM Anders Holmqvist": the title of the name after it, not the holder named before
        kept.append(_Named(tok.i, tok.i + 1, replace(ref, start=tok.idx, end=tok.idx + len(tok))))
    return kept


@cache
def _never_person_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("names.json")["never_person_words"]["words"])


def _person_entities(doc: Doc, lex: _Lexicon) -> list[Span]:
    """Entities that name people: PERSON, a name after a person's title, and a given name plus surname the
    recognizer called something else ("the mayor of [Reading, Victoria Hughes]ORG": the part after the comma)."""
    found: list[Span] = _unlabelled_titled_names(doc, lex) + appointed_names(doc)
    last: Span | None = None
    ents: list[Span] = []
    for ent in doc.ents:
        ents.extend(_cut_at_verb(_run_on_surname(ent, lex), lex))
    found.extend(_trigger_subject_names(doc, lex, ents + found))
    for ent in ents:
        if ent.label_ == "PERSON" and last is not None and last.end == ent.start and found and found[-1] is last \
                and doc[ent.start].text[:1].isupper() and doc[ent.start].sent_start != 1:
            last = found[-1] = Span(doc, last.start, ent.end, label="PERSON")  # "[Samia Suluhu][Hassan]": one name
            continue
        if ent.label_ == "PERSON" and is_vessel(ent):
            last = None
            continue  # "[INS Vaitarna]PERSON will make a port call": a ship (see vessel_spans)
        if ent.label_ == "PERSON" and len(ent) == 1 and ent[0].lower_ in _never_person_words():
            last = None
            continue  # "[Turnout]PERSON was 55 percent": a common noun, never a person
        if ent.label_ == "PERSON" and _acronym(ent):
            last = None
            continue  # "[JAXA]PERSON will launch a satellite": an acronym names an organization (see _organizations)
        if ent.label_ == "PERSON" and _country_named(ent):
            last = None
            continue  # "[Malawi]PERSON will hold a runoff": a country (see _organizations)
        if ent.label_ == "PERSON" and _nationality_before_title(ent, lex):
            last = None
            continue  # "[Kenyan Trade]PERSON Cabinet Secretary Miriam Chebet": a nationality and a portfolio
        last = ent if ent.label_ == "PERSON" else None
        if ent.label_ == "PERSON" or _titled_name(ent, lex) or _listed_with_people(ent):
            found.append(ent)
        elif ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP"):
            found.extend(_given_name_parts(ent, lex) or _after_name_title(ent, lex))
    return found


def _nationality_before_title(ent: Span, lex: _Lexicon) -> bool:
    """ "[Kenyan Trade]PERSON Cabinet Secretary X": a PERSON entity that opens with a nationality word and runs up to a
    title's head word ("Secretary", "Minister") is the title's first words, no name."""
    doc = ent.doc
    if ent[0].lower_ not in lex.demonyms:
        return False
    return any(doc[k].lower_ in lex.heads and doc[k].text[:1].isupper() for k in range(ent.end, min(ent.end + 3, len(doc))))


def _country_named(ent: Span) -> bool:
    """ "[Malawi]PERSON will hold a presidential runoff": a one-word name that is exactly a country's gazetteer name is
    that country, whatever the recognizer called it."""
    if len(ent) != 1 or not ent[0].is_alpha or not ent[0].text[:1].isupper() or ent[0].is_upper:
        return False
    place = resolve_place(ent.text)
    return place is not None and place.kind == "country" and place.name == ent.text


def _acronym(ent: Span) -> bool:
    """ "[JAXA]PERSON will launch a satellite": one all-capital word of three to six letters, in a sentence not written
    in capitals (a headline in capitals may spell a surname so), is an organization's acronym, never a person."""
    tok = ent[0]
    return len(ent) == 1 and tok.is_alpha and tok.is_upper and 3 <= len(tok) <= 6 \
        and any(t.is_alpha and t.is_lower for t in tok.sent)


def _run_on_surname(ent: Span, lex: _Lexicon) -> Span:
    """ "counterpart [Teresa Monteiro]PERSON Alves": a PERSON entity whose last word is a compound of the capitalized,
    unlabelled proper noun right after it (the head of the name) runs on to that word: a second family name."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc) or len(ent) < 2:
        return ent
    nxt, last = doc[ent.end], doc[ent.end - 1]
    if nxt.ent_type_ or nxt.pos_ != "PROPN" or not nxt.is_alpha or not nxt.text[:1].isupper() or nxt.is_sent_start \
            or last.dep_ != "compound" or last.head.i != nxt.i or not last.whitespace_:
        return ent
    if nxt.lower_ in lex.heads or nxt.lower_ in lex.demonyms or resolve_country(nxt.text) is not None \
            or resolve_place(nxt.text) is not None:
        return ent
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


def _cut_at_verb(ent: Span, lex: _Lexicon) -> list[Span]:
    """ "[Iwaya met Modi]ORG", "Minister [Mendoza met Sommerfeld]PERSON": an entity the recognizer ran across a
    lower-case event verb is the names on either side of it; a side of capitalized words that is no known place or
    country is a person's name (PERSON), any other side keeps the entity's label."""
    doc = ent.doc
    cuts = [t.i for t in ent[1:-1] if t.pos_ in ("VERB", "AUX") and t.text[:1].islower() and t.lemma_ in lex.trigger_verbs]
    if not cuts or ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return [ent]
    parts: list[Span] = []
    for start, end in zip([ent.start, *(c + 1 for c in cuts)], [*cuts, ent.end]):
        if start >= end:
            continue
        part = doc[start:end]
        person = all(t.is_alpha and t.text[:1].isupper() for t in part) and resolve_place(part.text) is None \
            and resolve_country(part.text) is None
        parts.append(Span(doc, start, end, label="PERSON" if person else ent.label_))
    return parts


def _trigger_subject_names(doc: Doc, lex: _Lexicon, ents: list[Span]) -> list[Span]:
    """ "Gutierrez met Sommerfeld", "Sheikh Mohammed met Takaichi", "Mendoza met Sommerfeld": a capitalized proper
    noun (with its capitalized compounds) that is the subject of an event verb and that the recognizer missed or
    called a place it is not (no known country or place) is a person's name (a follow-up article's surname). A known
    city there is a person only when the verb's object is a person's name ("Porto will host Lyon" stays a club)."""
    if not doc.has_annotation("DEP"):
        return []
    persons = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    found: list[Span] = []
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i in persons or not tok.text[:1].isupper() or not tok.is_alpha \
                or tok.pos_ not in ("PROPN", "NOUN") or tok.head.pos_ not in ("VERB", "AUX") \
                or tok.head.lemma_ not in lex.trigger_verbs or tok.ent_type_ not in ("", "GPE", "PERSON"):
            continue
        if tok.lower_ in lex.heads or tok.lower_ in _title_words() or tok.text in lex.honorifics or tok.lower_ in lex.demonyms \
                or tok.lower_ in STOP_WORDS or tok.i == 0 and tok.pos_ != "PROPN" or tok.tag_ in ("NNS", "NNPS") \
                or any(c.dep_ in ("det", "poss") for c in tok.children):  # "Their Majesties were welcomed": no name
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and doc[start - 1].ent_type_ in ("", "PERSON") \
                and doc[start - 1].i not in persons and doc[start - 1].lower_ not in lex.heads and doc[start - 1].lower_ not in lex.name_titles:
            start -= 1
        span = doc[start : tok.i + 1]
        place = resolve_place(tok.text)
        if resolve_country(span.text) is not None and place is None or place is not None and place.kind != "city" \
                or place is not None and not _meets_named_person(tok):
            continue
        found.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return found


def _meets_named_person(tok: Token) -> bool:
    """Whether ``tok`` is the subject of an event verb whose object the recognizer calls a person ("Mendoza met
    [Sommerfeld]PERSON"): then ``tok`` is a person too, even when a town has its name."""
    head = tok.head
    return tok.dep_ == "nsubj" and head.lemma_ in _lexicon().trigger_verbs and head.pos_ == "VERB" \
        and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" and resolve_place(c.text) is None for c in head.children)


def _listed_with_people(ent: Span) -> bool:
    """ "Ghana's John Mahama, Nigeria's [Bola Tinubu]ORG and Senegal's Bassirou Diomaye Faye": two or three capitalized
    words the recognizer called an organization, after a country's possessive and conjoined with a person's name, are a
    person's name too."""
    doc = ent.doc
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or ent.start < 2 or doc[ent.start - 1].text not in ("'s", "’s") \
            or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in ent):
        return False
    if resolve_country(doc[ent.start - 2].text) is None:
        return False
    last = ent[-1]
    mates = [last.head] if last.dep_ == "conj" else []
    mates += [c for c in last.children if c.dep_ == "conj"]
    return any(m.ent_type_ == "PERSON" for m in mates)


def _after_name_title(ent: Span, lex: _Lexicon) -> list[Span]:
    """ "[The Honourable Nadia Kerr]ORG": an entity that opens with a title always followed by a name (``name_titles``,
    after an optional "the") is that name, when the rest is capitalized words and no known place."""
    doc = ent.doc
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    size = next((k for k in (3, 2) if start + k < ent.end and " ".join(t.lower_ for t in doc[start : start + k]) in lex.name_titles), 1)
    if start + size >= ent.end or " ".join(t.lower_ for t in doc[start : start + size]) not in lex.name_titles \
            or not doc[start].text[:1].isupper():
        return []  # "[Field Marshal Asim Munir]ORG": a title of several words always followed by a name
    name = doc[start + size : ent.end]
    if not all(t.is_alpha and t.text[:1].isupper() for t in name) or resolve_place(name.text) is not None:
        return []
    return [Span(doc, name.start, name.end, label="PERSON")]


def _unlabelled_titled_names(doc: Doc, lex: _Lexicon) -> list[Span]:
    """Names the recognizer left unlabelled after a title that always precedes a name ("King [Willem-Alexander]",
    "Queen [Maxima]", ``name_titles`` in ``titles.json``): the capitalized proper nouns that follow."""
    found: list[Span] = _names_after_title_of_country(doc, lex)
    for tok in doc:
        if not tok.text[:1].isupper():
            continue
        start = tok.i + 1
        if tok.lower_ not in lex.name_titles:
            # "the Asantehene, Otumfuo Osei Tutu II, at ...": a name set off by commas after "the" and a one-word title
            if not (tok.i > 0 and doc[tok.i - 1].lower_ == "the" and (tok.lower_,) in lex.titles and start + 2 < len(doc)
                    and doc[start].text == ","):
                continue
            start += 1
        end = start
        while end < len(doc) and doc[end].ent_iob_ == "O" and (
                doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].lower_ not in lex.heads
                or doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
                or end > start and _REGNAL.fullmatch(doc[end].text) is not None):  # "King Frederik X"
            end += 1
        if start > tok.i + 1 and (end - start < 2 or end >= len(doc) or doc[end].text != ","):
            continue
        if end > start and doc[end - 1].text != "-":
            found.append(Span(doc, start, end, label="PERSON"))
    return found + _names_after_national_title(doc, lex) + _names_after_plural_title(doc, lex)


def _names_after_plural_title(doc: Doc, lex: _Lexicon) -> list[Span]:
    """ "talks between Presidents [Xi Jinping] and Joe Biden", "Foreign Ministers [Arif Wicaksono] and Sok Vannarith":
    capitalized proper nouns the recognizer left unlabelled right after a capitalized plural title (a known title with
    its last word in the plural) and before "and" or a comma are a person's name (two words or more; one before "and")."""
    found: list[Span] = []
    for tok in doc[:-2]:
        if not (tok.text[:1].isupper() and tok.lower_.endswith("s") and tok.tag_ in ("NNPS", "NNS", "NNP")):
            continue
        single = tok.lower_[:-1]
        if not any(tuple(t.lower_ for t in doc[tok.i - size + 1 : tok.i]) + (single,) in lex.titles
                   and all(t.text[:1].isupper() for t in doc[tok.i - size + 1 : tok.i + 1])
                   for size in range(1, min(lex.max_len, tok.i + 1) + 1)):
            continue
        start = tok.i + 1
        for _ in range(4):  # "Presidents A, B and C"
            end = start
            while end < len(doc) and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                    and doc[end].text[:1].isupper() and doc[end].lower_ not in lex.heads \
                    and doc[end].lower_ not in lex.gatherings and resolve_place(doc[end].text) is None:
                end += 1
            last = start > tok.i + 1 and doc[start - 1].lower_ == "and"
            if not (end - start >= 2 or end - start == 1 and end < len(doc) and doc[end].lower_ == "and") \
                    or not last and (end >= len(doc) or doc[end].lower_ not in ("and", ",")) \
                    or last and end < len(doc) and doc[end].pos_ == "PROPN":
                break  # (never a part of a name: "Samia Suluhu [Hassan]PERSON", "Meeting Plus")
            found.append(Span(doc, start, end, label="PERSON"))
            if last or end + 1 >= len(doc):
                break
            start = end + 1
    return found


def _names_after_national_title(doc: Doc, lex: _Lexicon) -> list[Span]:
    """ "Swedish Prime Minister [Anders Holmqvist]", "Swedish PM [Anders Holmqvist]": two or more capitalized proper nouns
    the recognizer left unlabelled right after a nationality and a known title are a person's name."""
    found: list[Span] = []
    for tok in doc:
        if not (tok.ent_type_ == "NORP" or tok.lower_ in lex.demonyms) or not tok.text[:1].isupper():
            continue
        start = next((tok.i + 1 + size for size in range(lex.max_len, 0, -1) if tok.i + 1 + size <= len(doc)
                      and tuple(t.lower_ for t in doc[tok.i + 1 : tok.i + 1 + size]) in lex.titles
                      and all(t.text[:1].isupper() for t in doc[tok.i + 1 : tok.i + 1 + size])), None)
        if start is None:
            continue
        end = start
        while end < len(doc) and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].text[:1].isupper() and doc[end].lower_ not in lex.heads and resolve_place(doc[end].text) is None:
            end += 1
        if end - start >= 2:
            found.append(Span(doc, start, end, label="PERSON"))
    return found


#: A regnal number after a monarch's name ("Frederik X", "Osei Tutu II").
_REGNAL = re.compile(r"[IVX]{1,5}")


def _names_after_title_of_country(doc: Doc, lex: _Lexicon) -> list[Span]:
    """ "received President of Uzbekistan Timur Rashidov": the capitalized proper nouns right after a title and "of" a
    country, which the recognizer often leaves unlabelled or joins to the country, are a person's name."""
    found: list[Span] = []
    for tok in doc[:-3]:
        if tok.lower_ not in lex.heads or not tok.text[:1].isupper() or doc[tok.i + 1].lower_ != "of":
            continue
        for size in (3, 2, 1):
            start = tok.i + 2 + size
            if start >= len(doc) or not all(t.text[:1].isupper() for t in doc[tok.i + 2 : start]) \
                    or resolve_country(doc[tok.i + 2 : start].text) is None:
                continue
            end = start
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha \
                    and doc[end].lower_ not in lex.heads and doc[end].ent_type_ in ("", "PERSON", "ORG") and not doc[end].is_sent_start:
                end += 1
            if end > start and resolve_place(doc[start:end].text) is None:
                found.append(Span(doc, start, end, label="PERSON"))
            break
    return found


def _given_name_parts(ent: Span, lex: _Lexicon) -> list[Span]:
    """Comma-separated parts of an entity that are a known given name and one or two capitalized words, not a place."""
    doc = ent.doc
    parts: list[Span] = []
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        if i < ent.end and doc[i].text != ",":
            continue
        part = doc[start:i]
        start = i + 1
        if not 2 <= len(part) <= 3 or part[0].text not in lex.given_names:
            continue
        if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in part) or resolve_place(part.text) is not None:
            continue
        parts.append(Span(doc, part.start, part.end, label="PERSON"))
    return parts


def _place_name(ent: Span, word: str, lex: _Lexicon) -> bool:
    """Whether a one-word PERSON entity is a town's name rather than a person's: the gazetteer knows it as a city
    or country, and it is no given name and no word of a longer person name in the article ("Porto", "Lyon")."""
    if word in lex.given_names or any(t.text == word for e in ent.doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e):
        return False
    place = resolve_place(word)
    listed = word in load_data("places.json")["city_aliases"]  # "Jeju" for Jeju City
    return place is not None and place.kind in ("city", "country") and (place.name == word or listed)  # not "Lai" for Laï


def _current_title(own: str | None, canonical: str | None, lex: _Lexicon) -> str | None:
    """A mention's title, unless it is a past one ("Rubaie, a former oil minister") and the article gives the person a
    current one ("prime minister-designate")."""
    if own is None or (canonical is not None and own.split()[0].lower() in lex.past_modifiers
                       and canonical.split()[0].lower() not in lex.past_modifiers):
        return canonical
    return own


def _capitalized_modifier(ent: Span, tok: Token, lex: _Lexicon) -> bool:
    """Whether a one-word PERSON entity is a common word capitalized only because it opens a sentence and modifies a
    common noun ("[Riot] police", "[Border] guards"): no given name, and the word is in no other name in the article."""
    if not tok.is_sent_start or tok.dep_ != "compound" or tok.head.pos_ != "NOUN" or not tok.head.is_lower:
        return False
    if tok.text in lex.given_names or tok.head.lower_ in lex.heads:
        return False
    return not any(t.text == tok.text for e in ent.doc.ents if e.label_ == "PERSON" and e.start != ent.start for t in e)


def _genders(doc: Doc, named: list[_Named], lex: _Lexicon) -> dict[str, str]:
    """Each person's gender, when a mention tells it: an honorific or gendered title word before the name or in
    its apposition ("Mrs", "Queen", "spokeswoman"), else the given name ("Elina" female, "Petteri" male).

    RETURNS (dict[str, str]): person name -> "female" or "male"; people of unknown gender are absent.
    """
    found: dict[str, str] = {}
    for n in named:
        if n.ref.kind != "person" or n.ref.name in found:
            continue
        words = [t.lower_ for t in doc[max(0, _prefix_start(doc, n.start, n.end) - 1) : n.start]]
        words += (n.ref.title or "").lower().split()
        gender = next((lex.gender_words[w] for w in reversed(words) if w in lex.gender_words), None)
        if gender is None and len(n.ref.name.split()) > 1:
            gender = lex.given_names.get(n.ref.name.split()[0])
        if gender is not None:
            found[n.ref.name] = gender
    return found


def _conjoined_surnames(doc: Doc, named: list[_Named], taken: set[int]) -> list[_Named]:
    """ "Costa and Takaichi spoke by phone": a bare name conjoined with a named person as a subject is a person too.

    The recognizer often calls such a lone surname a place or an organization; one the gazetteer
    knows as a place or country stays out.
    """
    if not doc.has_annotation("DEP"):
        return []
    heads = {n.end - 1: n for n in named if n.ref.kind == "person"}
    found: list[_Named] = []
    for i, n in heads.items():
        tok = doc[i]
        if _conj_subject(tok):
            others = [tok.head]
        elif tok.dep_ in _SUBJECT_DEPS:
            others = [c for c in tok.children if c.dep_ == "conj"]
        else:
            continue
        for other in others:
            if other.i in taken or other.i in heads or other.pos_ != "PROPN" or not other.text[:1].isupper() \
                    or other.lower_ in _title_words():
                continue  # "X and Turkish [President] Y": a bare title word is never a person
            if other.ent_type_ in ("GPE", "NORP", "DATE") or any(c.dep_ == "compound" for c in other.children):
                continue
            if resolve_place(other.text) is not None or resolve_country(other.text) is not None:
                continue
            found.append(_Named(other.i, other.i + 1, _person(doc, other.i, other.i + 1)))
            taken.add(other.i)
    return found


def _mislabelled_places(doc: Doc) -> set[int]:
    """Tokens of names the recognizer called a person or organization that stand in a place's role ("visit Tallinn")."""
    if not Doc.has_extension("place_spans"):
        return set()
    return {i for span, _ in doc._.place_spans or () if span.label_ in ("PERSON", "ORG", "NORP") for i in range(span.start, span.end)}


def _titled_name(ent: Span, lex: _Lexicon) -> bool:
    """An entity the recognizer mislabelled that follows a person's title: "President [Kassym-Jomart Tokayev]ORG"."""
    if ent.label_ not in ("ORG", "GPE", "NORP") or ent.start == 0 or not all(t.text[:1].isupper() or t.text == "-" for t in ent):
        return False
    if ent.doc[ent.start - 1].lower_ in lex.heads and ent.doc[ent.start - 1].text[:1].isupper():
        return True
    # "Head of [State Kassym-Jomart Tokayev]ORG": the end of a title begun before it, then a name of two words or more
    m = _title_lead(ent.doc, ent.start, ent.end, lex)
    return 0 < m and ent.end - ent.start - m >= 2 and any(
        ent.start - k >= 0 and ent.doc[ent.start - k].text[:1].isupper()
        and tuple(t.lower_ for t in ent.doc[ent.start - k : ent.start + m]) in lex.titles for k in range(1, lex.max_len))


def _names_gathering(ent: Span, lex: _Lexicon) -> bool:
    """Whether an entity is the first words of a capitalized gathering name ("[Pacific Islands] Leaders Meeting")."""
    last = ent[-1]
    head = last.head
    for _ in range(3):
        if last.dep_ != "compound" or not head.text[:1].isupper() or head.i < ent.end:
            return False
        if head.lower_ in lex.gatherings:
            return True
        if head.dep_ != "compound":
            return False
        head = head.head
    return False


def _outside_dateline(doc: Doc) -> Callable[[Span], bool]:
    """A test for spans outside the article's dateline ("Seoul, Oct 28 (NationPress)": the agency is no actor)."""
    start, end = doc._.dateline or (0, 0)
    if end <= start:
        return lambda span: True
    return lambda span: span.end_char <= start or span.start_char >= end


def _organizations(
    doc: Doc, taken: set[int], aliases: dict[str, tuple[int, int]], outside: Callable[[Span], bool]
) -> list[_Named]:
    lex = _lexicon()
    found: list[_Named] = []
    short_forms: list[Span] = []
    for ent in doc.ents:
        if any(i in taken for i in range(ent.start, ent.end)) or not outside(ent):
            continue
        if ent.text in aliases:
            short_forms.append(ent)
            continue
        text = ent.text.removesuffix("'s").removesuffix("’s")
        if text[:4].lower() == "the ":
            text = text[4:]
        elif text[:3].lower() == "an " or text[:2].lower() == "a ":
            text = text.split(" ", 1)[1]  # "[An International Monetary Fund] team": the organization
        if ent.label_ == "PERSON" and _acronym(ent):
            found.append(_Named(ent.start, ent.end, ActorRef(ent.text, "org", None, None, ent.start_char, ent.end_char)))
        elif ent.label_ in ("PERSON", "ORG") and _country_named(ent):  # "[Belarus]ORG freed 14 prisoners": the country
            found.append(_Named(ent.start, ent.end, ActorRef(ent.text, "country", None, ent.text, ent.start_char, ent.end_char)))
        elif ent.label_ == "ORG":
            if text.lower() in lex.heads or tuple(text.lower().split()) in lex.titles or resolve_place(text):
                continue
            if lex.gatherings.intersection(text.lower().replace("-", " ").split()):
                continue  # a named meeting is an event, not an actor
            if _names_gathering(ent, lex):
                continue  # "the [Pacific Islands]ORG Leaders Meeting": a word of the meeting's name
            if text.lower() in lex.demonyms:
                continue  # "Kazakh" mislabelled ORG
            if len(text) < 2:
                continue
            if (country := _national_organ(text)) is not None:  # "the Philippine Space Agency", "the Indian Navy": an
                # organ of the state, the state itself (as "Japan's space agency" is)
                found.append(_Named(ent.start, ent.end, ActorRef(country, "country", None, country, ent.start_char, ent.end_char)))
                continue
            found.append(_Named(ent.start, ent.end, ActorRef(text, "org", None, None, ent.start_char, ent.end_char)))
        elif ent.label_ == "GPE" or ent.label_ == "NORP" and text[:1].isupper():
            place = resolve_place(text)  # ("[Tajikistan]NORP": a country's own name, not "Tajik", mislabelled)
            if place is not None and place.kind == "country" and (ent.label_ == "GPE" or place.name == text):
                ref = ActorRef(place.name, "country", None, place.name, ent.start_char, ent.end_char)
                found.append(_Named(ent.start, ent.end, ref))
    for tok in doc if doc.has_annotation("DEP") else ():
        if tok.ent_iob_ != "O" or tok.i in taken or not tok.text[:1].isupper() or tok.dep_ not in _SUBJECT_DEPS \
                or tok.pos_ not in ("PROPN", "NOUN") or not tok.is_alpha or any(n.start <= tok.i < n.end for n in found):
            continue
        place = resolve_place(tok.text)
        if place is not None and place.kind == "country" and place.name == tok.text and outside(doc[tok.i : tok.i + 1]):
            # "Iceland will host a Nordic summit": a country subject the recognizer left unlabelled
            found.append(_Named(tok.i, tok.i + 1, ActorRef(place.name, "country", None, place.name, tok.idx, tok.idx + len(tok))))
        elif place is None and tok.is_upper and 3 <= len(tok) <= 6 and tok.lower_ not in _title_words() and outside(doc[tok.i : tok.i + 1]):
            # "JAXA plans to launch a satellite": an acronym subject the recognizer left unlabelled is an organization
            found.append(_Named(tok.i, tok.i + 1, ActorRef(tok.text, "org", None, None, tok.idx, tok.idx + len(tok))))
    for tok in doc if doc.has_annotation("DEP") else ():
        if tok.ent_iob_ != "O" or tok.i in taken or tok.pos_ != "PROPN" or tok.text not in _org_name_heads() \
                or tok.dep_ not in ("compound", "nmod") or tok.head.dep_ not in _SUBJECT_DEPS or tok.head.pos_ != "NOUN" \
                or any(n.start <= tok.i < n.end for n in found):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and doc[start - 1].ent_iob_ == "O" \
                and doc[start - 1].head.i in (tok.i, tok.head.i, start) and doc[start - 1].i not in taken:
            start -= 1
        span = doc[start : tok.i + 1]
        if start < tok.i and outside(span) and resolve_place(span.text) is None:
            # "European Union foreign ministers are expected to impose ...": an organization's name the recognizer left
            # unlabelled before the people of it who act
            found.append(_Named(start, tok.i + 1, ActorRef(span.text, "org", None, None, span.start_char, span.end_char)))
    for ent in short_forms:
        start, end = aliases[ent.text]
        full = next((n.ref for n in found if n.start < end and start < n.end and n.ref.kind == "org"), None)
        if full is not None:  # "(NATO)" after the alliance's name: the same actor; after a meeting's name: none
            found.append(_Named(ent.start, ent.end, replace(full, start=ent.start_char, end=ent.end_char)))
    return found


def _national_organ(name: str) -> str | None:
    """The country of a body named by a nationality and a ``state_organs`` phrase ("Philippine Space Agency", "Indian
    Navy", "South Korean Coast Guard": the words before the organ name a country); None for any other name ("Saudi
    Press Agency")."""
    words = name.split()
    for organ in _organ_phrases():
        n = len(organ)
        if len(words) > n and tuple(w.lower() for w in words[-n:]) == organ:
            return resolve_country(" ".join(words[:-n]))
    return None


@cache
def _organ_phrases() -> tuple[tuple[str, ...], ...]:
    """The ``state_organs`` phrases of ``titles.json``, as word tuples, longest first."""
    return tuple(sorted((tuple(p.split()) for p in load_data("titles.json")["state_organs"]), key=len, reverse=True))


def _resolve_references(
    doc: Doc, named: list[_Named], lex: _Lexicon, genders: dict[str, str]
) -> tuple[list[ActorRef], dict[int, ActorRef], dict[int, tuple[ActorRef, ...]]]:
    """Walk the mentions in order, resolving "the secretary", pronouns and "the two ministers" to earlier people.

    Only tokens that can refer are visited: mention starts and words of the title,
    pronoun, unnamed-role and group lists (found by one array lookup). A singular pronoun
    takes the nearest person subject that agrees in gender (``genders``; unknown agrees
    with both): first those of any clause of its own sentence ("when Mattis went there
    with his counterpart"), then main-clause subjects of earlier sentences. "they" takes
    the last pair of people that were subjects together ("Orpo and Valtonen will travel",
    or a group subject such as "the two defence chiefs") in the last few sentences, else the pair of the previous sentence; "we", "it" and an
    unmatched pronoun stand for nobody (:data:`ANONYMOUS`).
    """
    by_start = {n.start: n for n in named}
    tokens: dict[int, ActorRef] = {}
    partners: dict[int, tuple[ActorRef, ...]] = {}
    actors: list[ActorRef] = []
    people: list[ActorRef] = []
    has_dep = doc.has_annotation("DEP")
    counts: dict[str, int] = {}
    acting: dict[str, int] = {}  # mentions that are no source of a reporting verb ("X said")
    for n in named:
        if n.ref.kind == "person":
            counts[n.ref.name] = counts.get(n.ref.name, 0) + 1
            if not has_dep or not _source(doc[n.start : n.end].root, lex):
                acting[n.ref.name] = acting.get(n.ref.name, 0) + 1
    mains: list[ActorRef] = []  # person subjects of main clauses, oldest first
    locals_: list[ActorRef] = []  # person subjects of any clause, this sentence
    speaking: set[tuple[str, int]] = set()  # (list, position) of subjects that were the source of a reporting verb
    groups: list[tuple[int, ActorRef, ActorRef]] = []  # (sentence, first, second) of conjoined person subjects
    sent_of = _sentence_ids(doc)
    lead = _lead_traveller(doc, named, lex) if has_dep else None
    current = -1
    in_sentence: list[tuple[ActorRef, bool]] = []  # (person, is subject) in this sentence
    pairs: list[tuple[ActorRef, ActorRef]] = []
    royals: list[tuple[ActorRef, ActorRef]] = []  # conjoined people of royal titles, subjects or not
    pair_sentence = -1
    word_ids = lex.word_ids
    lower = doc.to_array(LOWER)
    visit = sorted(set(by_start) | {int(i) for i in numpy.flatnonzero(numpy.isin(lower, word_ids))})
    skip_until = -1
    split = {n.start - 1: n for n in named if has_dep and n.ref.kind == "person" and n.start > 0
             and split_title(doc[n.start - 1], n.start, n.start, n.end)}  # "Turkey's top diplomat Hakan Fidan": Fidan

    def subject_of_clause(ref: ActorRef, tok: Token, subject: bool) -> None:
        if not subject:
            return
        source = has_dep and _source(tok, lex)
        if source:
            speaking.add(("l", len(locals_)))
        locals_.append(ref)
        if not has_dep or _main_clause(tok):
            if source:
                speaking.add(("m", len(mains)))
            mains.append(ref)

    for i in visit:
        if i < skip_until:
            continue
        tok = doc[i]
        if sent_of[i] != current:
            if len(pairs) != _close_sentence(in_sentence, pairs):
                pair_sentence = current
            current = int(sent_of[i])
            locals_.clear()
            speaking -= {k for k in speaking if k[0] == "l"}
        if i in split:
            tokens[i] = replace(split[i].ref, start=tok.idx, end=tok.idx + len(tok))
            continue
        mention = by_start.get(i)
        if mention is not None:
            ref = mention.ref
            for k in range(mention.start, mention.end):
                tokens[k] = ref
            actors.append(ref)
            skip_until = mention.end
            if ref.kind == "person":
                people.append(ref)
                head = doc[mention.start : mention.end].root
                subject = not has_dep or head.dep_ in (*_SUBJECT_DEPS, "poss") or _conj_subject(head) or _subject_apposition(head, lex)
                in_sentence.append((ref, subject and head.dep_ != "poss" and not _speaker(head, lex)))
                if has_dep and _conj_subject(head) and (first := tokens.get(head.head.i)) is not None and first.kind == "person":
                    groups.append((current, first, ref))
                elif has_dep and (first := _listed_subject(head, tokens)) is not None:
                    groups.append((current, first, ref))  # "X, Y and Z have confirmed", read as two subjects
                if has_dep and head.dep_ == "conj" and (first := tokens.get(head.head.i)) is not None and first.kind == "person" \
                        and _royal(first, lex) and _royal(ref, lex):
                    royals.append((first, ref))  # "received Emperor X and Empress Y": "the imperial couple" later
                subject_of_clause(ref, head, subject)
            continue
        low = tok.lower_
        subject = has_dep and tok.dep_ in _SUBJECT_DEPS
        if has_dep and low in lex.anonymous and tok.pos_ == "NOUN" and subject:
            tokens[i] = ANONYMOUS
            subject_of_clause(ANONYMOUS, tok, True)
        elif low in lex.non_referring and tok.pos_ == "PRON":
            tokens[i] = ANONYMOUS  # "we", "it": the speaker's side or a thing, no actor of its own
        elif low in lex.groups and has_dep and _group(tok, lex):
            so_far: list[tuple[ActorRef, ActorRef]] = []
            _close_sentence(list(in_sentence), so_far)  # "X held talks with Y, and the two leaders witnessed ..."
            pair = _fitting_pair(tok, pairs + so_far, lex)
            if pair is None:
                tokens[i] = ANONYMOUS  # "the two sides" with no pair to stand for: no actor rather than a wrong one
            else:
                tokens[i] = replace(pair[0], start=tok.idx, end=tok.idx + len(tok))
                partners[i] = (pair[1],)
                actors.append(tokens[i])
                if subject:
                    groups.append((current, pair[0], pair[1]))  # "the two chiefs will hold their meeting": "their" is them
        elif has_dep and low in lex.org_heads and tok.pos_ == "NOUN" and (org := _headed_organisation(tok)) is not None:
            match = _organisation_head(org, named, acting, doc)  # "the head of the IMF has put off her trip"
            tokens[i] = ANONYMOUS if match is None else replace(match, start=tok.idx, end=tok.idx + len(tok))
            if match is not None:
                actors.append(tokens[i])
                people.append(match)
                in_sentence.append((match, subject))
                subject_of_clause(match, tok, subject)
            elif subject:
                subject_of_clause(ANONYMOUS, tok, True)
        elif tok.pos_ in ("NOUN", "PROPN") and _is_definite(tok) and (role := _role(tok, lex)) is not None:
            match = _title_holder(tok, role, people, named_people(named), counts, lex, lead)
            if match is None and role[1] is not None and has_dep and (subject or _event_possessor(tok)):
                match = _office_holder(tok, role[1])  # "Poland's prime minister met X", nobody named holds it: the office
            if match is None and has_dep and (subject or _event_possessor(tok)):
                match = _named_office(tok)  # "The Archbishop of Canterbury has postponed her visit": the office
            if match is not None:
                ref = replace(match, start=tok.idx, end=tok.idx + len(tok))
                tokens[i] = ref
                actors.append(ref)
                people.append(match)
                in_sentence.append((match, subject))
                subject_of_clause(match, tok, not has_dep or subject)
        elif low in lex.pronouns and tok.pos_ == "PRON" or low in lex.pronouns and not has_dep or _pair_noun(tok, lex):
            kind = lex.pronouns.get(low, "plural")  # "Their Majesties", "the royal couple": like "they"
            if kind == "plural":
                members = _plural_antecedent(groups, pairs, current, pair_sentence)
                if royals and low in lex.pair_nouns:  # "the imperial couple": the monarch and consort, not their host
                    members = (royals[-1][0], (royals[-1][1],))
                if members is None:
                    tokens[i] = ANONYMOUS
                    continue
                tokens[i] = replace(members[0], start=tok.idx, end=tok.idx + len(tok))
                partners[i] = members[1]
                actors.append(tokens[i])
                continue
            own = _clause_subject(tok, tokens) if has_dep and tok.dep_ in ("dobj", "dative") else None
            cands = _candidates(locals_, mains, speaking, own)  # "Orlanov ... invited him": not Orlanov himself
            found = _agreeing(kind, cands, genders, acting if subject and not _source(tok, lex) else None)
            if found is None:
                if locals_ or mains:
                    tokens[i] = ANONYMOUS  # "she" after men only: nobody named fits
                continue
            tokens[i] = found if found is ANONYMOUS else replace(found, start=tok.idx, end=tok.idx + len(tok))
            if found is not ANONYMOUS:
                actors.append(tokens[i])
                in_sentence.append((found, subject))
                subject_of_clause(found, tok, subject)
    if has_dep:
        _relative_possessors(doc, tokens)
    return actors, tokens, partners


def _relative_possessors(doc: Doc, tokens: dict[int, ActorRef]) -> None:
    """ "Trade Minister X, whose trip to Berlin was postponed": "whose" stands for the person its relative clause hangs on
    (the clause's head noun), not for another person an event noun's holder would be guessed from."""
    if "whose" not in doc.text.lower():
        return  # (most articles: no walk over every token)
    for tok in doc:
        if tok.lower_ != "whose" or tok.dep_ != "poss" or tok.i in tokens:
            continue
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        ref = tokens.get(clause.head.i) if clause is not None else None
        if ref is not None and ref is not ANONYMOUS and ref.kind == "person":
            tokens[tok.i] = replace(ref, start=tok.idx, end=tok.idx + len(tok))


def _org_keys(text: str) -> set[str]:
    """An organization's name and its initials, folded: "the International Monetary Fund" -> {"international monetary
    fund", "imf"}; "IMF" -> {"imf"}."""
    words = [w for w in text.replace("-", " ").split() if w.lower() not in ("the", "of", "and", "for")]
    keys = {" ".join(w.lower() for w in words)}
    if len(words) >= 2:
        keys.add("".join(w[0] for w in words).lower())
    return keys


def _headed_organisation(tok: Token) -> set[str] | None:
    """The organization a definite head noun leads: "the head of [the IMF]", "the [OSCE] chief"; None otherwise."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ == "ORG":
                    ent = next((e for e in tok.doc.ents if e.start <= g.i < e.end), None)
                    return _org_keys(ent.text) if ent is not None else None
        if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i and (c.ent_type_ == "ORG" or c.text.isupper() and len(c.text) >= 2):
            first = min(t.i for t in c.subtree)
            return _org_keys(tok.doc[first : c.i + 1].text)
    return None


def _organisation_head(org: set[str], named: list[_Named], acting: dict[str, int], doc: Doc) -> ActorRef | None:
    """Who "the head of <org>" is: the person whose title phrase names the organization ("IMF Managing Director X"),
    else the most mentioned person with no country who is not only a source, else None."""
    fallback: dict[str, tuple[int, ActorRef]] = {}
    for n in named:
        if n.ref.kind != "person":
            continue
        prefix = _prefix_start(doc, n.start, n.end) if doc.has_annotation("DEP") else n.start
        words = doc[max(0, min(prefix, n.start - 6)) : n.start]
        for ent in doc.ents:
            if ent.label_ == "ORG" and words.start <= ent.start and ent.end <= n.start and _org_keys(ent.text) & org:
                return n.ref
        if n.ref.country is None and acting.get(n.ref.name, 0) > 0:
            fallback.setdefault(n.ref.name, (acting[n.ref.name], n.ref))
    if not fallback:
        return None
    return max(fallback.values(), key=lambda kp: kp[0])[1]


def _royal(ref: ActorRef, lex: _Lexicon) -> bool:
    """Whether a person holds a title always written before a name ("Emperor", "Queen", "Crown Prince")."""
    title = (ref.title or "").lower()
    return bool(title) and (title in lex.name_titles or title.split()[0] in lex.name_titles)


def _clause_subject(tok: Token, tokens: dict[int, ActorRef]) -> ActorRef | None:
    """The person the subject of an object pronoun's own verb (or of the verb it is conjoined to) stands for."""
    verb = tok.head
    for _ in range(3):
        sub = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if sub is not None:
            ref = tokens.get(sub.i)
            return ref if ref is not None and ref is not ANONYMOUS else None
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _candidates(
    locals_: list[ActorRef], mains: list[ActorRef], speaking: set[tuple[str, int]], own: ActorRef | None
) -> list[tuple[ActorRef, bool]]:
    """The subjects a singular pronoun may stand for, nearest first: this sentence's, then the last eight main-clause
    subjects of earlier sentences; each with whether that mention was the source of a reporting verb; never ``own``."""
    out = [(r, ("l", k) in speaking) for k, r in reversed(list(enumerate(locals_)))]
    start = max(0, len(mains) - 8)
    out += [(mains[k], ("m", k) in speaking) for k in range(len(mains) - 1, start - 1, -1)]
    return [c for c in out if own is None or c[0].name != own.name]


def _agreeing(
    gender: str, candidates: list[tuple[ActorRef, bool]], genders: dict[str, str], counts: dict[str, int] | None
) -> ActorRef | None:
    """The nearest subject a singular pronoun of ``gender`` can stand for: this sentence's subjects first, then
    earlier main-clause subjects; an unnamed official nearest (":data:`ANONYMOUS`") keeps the pronoun unresolved.

    With ``counts`` (the pronoun is the subject of an event verb, not itself a source): a nearest subject that was only
    the source of a reporting verb ("..., spokesperson X said. He will then fly ...") gives way to the next agreeing
    subject that is no source and is mentioned at least as often other than as a source (the article's traveller)."""
    fitting = [(ref, source) for ref, source in candidates if ref is ANONYMOUS or genders.get(ref.name, gender) == gender]
    if not fitting:
        return None
    ref, source = fitting[0]
    if ref is ANONYMOUS or not source or counts is None:
        return ref
    for other, other_source in fitting[1:]:
        if other is ANONYMOUS:
            break
        if not other_source and other.name != ref.name and counts.get(other.name, 0) >= counts.get(ref.name, 0):
            return other
    return ref


def _plural_antecedent(
    groups: list[tuple[int, ActorRef, ActorRef]], pairs: list[tuple[ActorRef, ActorRef]], current: int, pair_sentence: int
) -> tuple[ActorRef, tuple[ActorRef, ...]] | None:
    """What "they" stands for: the last conjoined person subjects within four sentences (all of a list: "X, Y and Z"),
    else the previous sentence's pair; (the first, the others)."""
    if groups and current - groups[-1][0] <= 4:
        sentence, first, second = groups[-1]
        members = [first, second]
        for s, a, b in reversed(groups[:-1]):  # "X, Y and Z": the parser joins each conjunct to a member of the list
            if s != sentence:
                break
            names = {m.name for m in members}
            if a.name in names or b.name in names:
                members += [m for m in (a, b) if m.name not in names]
        if all(m.start >= 0 for m in members):
            members.sort(key=lambda m: m.start)
        return members[0], tuple(members[1:])
    if pairs and current - pair_sentence <= 1:
        return pairs[-1][0], (pairs[-1][1],)
    return None


def _subject_apposition(tok: Token, lex: _Lexicon) -> bool:
    """A name in apposition to a subject: "Qatar's emir, Sheikh Tamim, hosted", "The mayor of Reading, Victoria Hughes, said"."""
    head = tok.head
    if tok.dep_ != "appos" or head.i == tok.i:
        return False
    if head.dep_ in _SUBJECT_DEPS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ in _SUBJECT_DEPS and head.head.head.lower_ in lex.heads


def _sentence_ids(doc: Doc) -> numpy.ndarray:
    """doc (Doc): a doc. RETURNS (ndarray): per token, the number of its sentence (all 0 without sentences)."""
    if not doc.has_annotation("SENT_START"):
        return numpy.zeros(len(doc), dtype="int64")
    return numpy.cumsum(doc.to_array(SENT_START) == 1)


def _main_clause(tok: Token) -> bool:
    """Whether a word stands in the sentence's main clause, not in a relative or adverbial one ("when Mattis went")."""
    cur = tok
    for _ in range(12):
        if cur.dep_ in _SUBORDINATE:
            return False
        if cur.head.i == cur.i:
            return True
        cur = cur.head
    return True


def _close_sentence(in_sentence: list[tuple[ActorRef, bool]], pairs: list[tuple[ActorRef, ActorRef]]) -> int:
    """Record the sentence's pair of people (its person subject first) and start a new sentence.

    RETURNS (int): the number of pairs now recorded.
    """
    names: list[ActorRef] = []
    for ref, _ in in_sentence:
        if all(ref.name != r.name for r in names):
            names.append(ref)
    if len(names) >= 2:
        first = next((ref for ref, subj in in_sentence if subj), names[0])
        second = next(r for r in names if r.name != first.name)
        pairs.append((first, second))
    in_sentence.clear()
    return len(pairs)


def _listed_subject(head: Token, tokens: dict[int, ActorRef]) -> ActorRef | None:
    """ "[Kyrgyz President X], Tajik President Y and Uzbek President Z have confirmed they will attend": the person of
    an earlier subject of the same verb, set off by a comma from this one (a list the parser read as two subjects)."""
    if head.dep_ != "nsubj":
        return None
    for sib in head.head.children:
        if sib.i < head.i and sib.dep_ == "nsubj" and (ref := tokens.get(sib.i)) is not None and ref.kind == "person" \
                and any(t.text == "," for t in head.doc[sib.i + 1 : head.left_edge.i]):
            return ref
    return None


def _pair_noun(tok: Token, lex: _Lexicon) -> bool:
    return tok.lower_ in lex.pair_nouns and tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("det", "poss") for c in tok.children)


def _group(tok: Token, lex: _Lexicon) -> bool:
    """ "the two ministers", "both leaders": a plural role noun counted as two."""
    return tok.tag_ == "NNS" and any(c.lower_ in lex.group_determiners for c in tok.children if c.dep_ in ("nummod", "det", "predet", "amod"))


def _fitting_pair(tok: Token, pairs: list[tuple[ActorRef, ActorRef]], lex: _Lexicon) -> tuple[ActorRef, ActorRef] | None:
    """The last pair whose titles fit the group noun and its modifiers ("the two defence chiefs")."""
    needed = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ not in lex.group_determiners]
    head = lex.groups[tok.lower_]
    if head:
        needed.append(head)
    for pair in reversed(pairs):
        titles = [_spelling(p.title or "") for p in pair]
        if tok.lower_ in lex.leader_groups and any(t.split()[:1] and t.split()[0] in lex.deputies for t in titles):
            continue  # "the two leaders": not the visitor and the Vice President who met him at the airport
        if all(_fits(_spelling(word), title, lex) for word in needed for title in titles):
            return pair
        # "X spoke with his Egyptian counterpart Y ... The two ministers agreed": Y holds X's office in his country
        untitled = [p for p in pair if not p.title]
        titled = [t for p, t in zip(pair, titles) if p.title]
        if len(untitled) == 1 and titled and all(_fits(_spelling(word), titled[0], lex) for word in needed) \
                and re.search(r"\bcounterparts?,?\s+" + re.escape(untitled[0].name), tok.doc.text):
            return pair
    return None


def _fits(word: str, title: str, lex: _Lexicon) -> bool:
    """ "the two ministers": a Foreign Minister and a Foreign Secretary (titles of one family) both fit."""
    if word in title:
        return True
    return any(word in family and any(w in family for w in title.split()) for family in lex.families)


def _spelling(text: str) -> str:
    return text.lower().replace("defense", "defence")


def _role(tok: Token, lex: _Lexicon) -> tuple[tuple[str, ...], str | None] | None:
    """The titles a definite title word or role phrase can stand for, and the nationality on it: "the secretary"
    (titles with "secretary"), "the Secretary-General", "the Head of State" and "the Holy Father" (``role_phrases``),
    "the Paraguayan leader" (a head of state or government of Paraguay). None when the word is no such description."""
    doc = tok.doc
    low = tok.lower_
    keys: tuple[str, ...] = ()
    if low in lex.heads:
        keys = (low,)
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and doc[tok.i - 2].is_alpha:
            keys = (f"{doc[tok.i - 2].lower_}-{low}",)  # "the Secretary-General": that title, not a general
    for phrase, titles_ in lex.roles.items():
        at = phrase.index("of") - 1 if "of" in phrase else len(phrase) - 1
        first = tok.i - at
        if phrase[at] == low and first >= 0 and first + len(phrase) <= len(doc) \
                and tuple(t.lower_ for t in doc[first : first + len(phrase)]) == phrase:
            keys = (*keys, *titles_)
    if not keys:
        return None
    country = next((c for m in tok.children if m.dep_ in ("amod", "compound") and (m.ent_type_ == "NORP" or m.lower_ in lex.demonyms)
                    and (c := lex.demonyms.get(m.lower_) or resolve_country(m.text)) is not None), None)
    if country is None:
        country = next((c for m in tok.children if (c := _country_possessor(m)) is not None), None)
    return keys, country


@cache
def _host_verbs() -> frozenset[str]:
    """Lemmas of verbs whose subject hosts and whose object is the guest ("received X", "welcomed X")."""
    return frozenset(k for k, v in load_data("triggers.json")["verbs"].items() if v.get("action") == "host")


def _lead_traveller(doc: Doc, named: list[_Named], lex: _Lexicon) -> ActorRef | None:
    """The article's lead traveller: the first person named as the subject of a verb that is no report or host verb
    ("Malaysian Prime Minister X held talks with Japanese Prime Minister Y"), or as the guest of a host verb ("Y
    received his Turkish counterpart X": the object or the name set beside it). None when no such person is named."""
    hosts = _host_verbs()
    for n in named:
        if n.ref.kind != "person":
            continue
        head = doc[n.start : n.end].root
        verb = head.head
        if head.dep_ == "appos" and head.head.dep_ in ("dobj", "nsubj"):
            head, verb = head.head, head.head.head  # "received his counterpart, X"; a dateline the parser made the subject
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma_.lower()
        if head.dep_ == "nsubj" and lemma not in lex.reporting and lemma not in hosts:
            return n.ref
        if head.dep_ == "dobj" and lemma in hosts or head.dep_ == "nsubjpass" and lemma in hosts:
            return n.ref
    return None


def _title_holder(
    tok: Token, role: tuple[tuple[str, ...], str | None], before: list[ActorRef], everyone: list[ActorRef], counts: dict[str, int],
    lex: _Lexicon, lead: ActorRef | None = None,
) -> ActorRef | None:
    """Who "the secretary" is: a current holder of a fitting title, the most mentioned of those named before, else the next
    named; of the description's nationality when the holder's country is known ("the Paraguayan leader"), of the
    possessor country itself when the title has one ("Oman's Minister of State" is no minister of unknown country).
    When several people named before hold the title ("Malaysian Prime Minister X held talks with Japanese Prime
    Minister Y ... The prime minister also met"), it is the article's lead traveller (``lead``), not the host."""
    past = any(c.lower_ in lex.past_modifiers for c in tok.children)
    keys, country = role
    owned = {_country_possessor(c) for c in tok.children} - {None}

    def fits(p: ActorRef) -> bool:
        if not p.title or country is not None and p.country not in (None, country) \
                or owned and p.country not in owned and not (p.country is None and (tok.lower_,) in lex.roles):
            return False  # ("Japan's leader": a head of government named without his country may be Japan's)
        title = p.title.lower()
        words = title.split()
        if not any(k in words or " " in k and f" {k} " in f" {title} " for k in keys):
            return False
        return (p.title.split()[0].lower() in lex.past_modifiers) == past

    needed = [_spelling(c.lower_) for c in tok.children if c.dep_ in ("amod", "compound") and c.is_alpha and c.ent_type_ != "NORP"
              and c.lower_ not in lex.demonyms and c.lower_ not in _title_modifiers() and resolve_country(c.text) is None]

    def exact(p: ActorRef) -> bool:  # "the agriculture minister": a holder whose title has the modifiers, when one is named
        return all(w in _spelling(p.title or "").split() for w in needed)

    seen: dict[str, tuple[int, ActorRef]] = {}
    for k, p in enumerate(before):
        if fits(p):
            seen[p.name] = (k, p)
    if needed and (country is not None or any(exact(kp[1]) for kp in seen.values())):
        # "the Canadian trade minister" is no "Commerce and Industry Minister" of unknown country named before
        seen = {n: kp for n, kp in seen.items() if exact(kp[1])}
    if seen and lead is not None and not lead.title and lead.name not in seen and any(p.name == lead.name for p in before) \
            and re.search(r"\bcounterparts?,?\s+" + re.escape(lead.name), tok.doc.text):
        seen[lead.name] = (len(before), lead)  # "X received his Turkish counterpart Y": Y holds X's office in his country
    if len(seen) > 1 and lead is not None and lead.name in seen:
        return seen[lead.name][1]
    if seen:
        return max(seen.values(), key=lambda kp: (counts.get(kp[1].name, 0), kp[0]))[1]
    later = [p for p in everyone if fits(p)]
    if needed:  # "The Moroccan foreign minister met X ... received by Prime Minister Y": a later name of another office is not his
        return next((p for p in later if exact(p)), None)
    return later[0] if later else None


def named_people(named: list[_Named]) -> list[ActorRef]:
    """named (list): resolved named mentions. RETURNS (list[ActorRef]): the people among them."""
    return [n.ref for n in named if n.ref.kind == "person"]


def _source(tok: Token, lex: _Lexicon) -> bool:
    """Whether a subject is the source of a reporting verb: "..., spokesperson X said", "X's office said"."""
    return _speaker(tok, lex) or tok.dep_ == "poss" and _speaker(tok.head, lex)


def _speaker(tok: Token, lex: _Lexicon) -> bool:
    """Whether a person is the subject of a reporting verb ("..., Kallas said"): the source, not a party of the pair."""
    return tok.dep_ in _SUBJECT_DEPS and tok.head.lemma_.lower() in lex.reporting


def _conj_subject(tok: Token) -> bool:
    """A conjunct of a subject, at any depth of the list ("X, Y and Z": the parser may hang Z on Y)."""
    for _ in range(6):
        if tok.dep_ != "conj":
            return False
        tok = tok.head
        if tok.dep_ in _SUBJECT_DEPS:
            return True
    return False


def _is_definite(tok: Token) -> bool:
    """Whether a title noun is used as a definite description ("the secretary", "Poland's prime minister")."""
    if tok.dep_ == "compound":
        return False
    return any(c.lower_ in ("the", "this") or _country_possessor(c) is not None for c in tok.lefts)


def _event_possessor(tok: Token) -> bool:
    """ "the visit of the Canadian trade minister": a title phrase after "of" on an event noun names its actor."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _event_nouns()


@cache
def _event_nouns() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["nouns"])


def _country_possessor(tok: Token) -> str | None:
    """The country a possessor names ("[Poland]'s prime minister"), else None."""
    if tok.dep_ != "poss" or tok.pos_ != "PROPN" or not any(c.dep_ == "case" for c in tok.children):
        return None
    first = min(t.i for t in tok.subtree if t.dep_ != "case")
    return resolve_country(tok.doc[first : tok.i + 1].text)


def _named_office(tok: Token) -> ActorRef | None:
    """The office a capitalized title with an "of" name stands for when the article names nobody holding it ("the
    Archbishop of Canterbury", "the Secretary-General of the Commonwealth"): a person named by the office. None when
    the title is not capitalized or has no such "of" phrase."""
    if not tok.text[:1].isupper():
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or obj is None:
        return None
    words = [t for t in tok.doc[prep.i + 1 : obj.i + 1] if t.lower_ != "the"]
    if not words or not all(t.text[:1].isupper() for t in words):
        return None
    first = tok.i - 1 if tok.i > 0 and tok.doc[tok.i - 1].text == "-" else tok.i  # "Secretary-General"
    first = first - 1 if first != tok.i else first
    title = parse_title(tok.doc[first : tok.i + 1].text).title
    if title is None:
        return None
    return ActorRef(f"{title} of {' '.join(t.text for t in words)}", "person", title, None, tok.idx, tok.idx + len(tok))


def _office_holder(tok: Token, country: str) -> ActorRef | None:
    """The unnamed holder of the office a definite title with a country names ("Poland's prime minister", "the Kenyan
    foreign minister"), when the article names nobody holding it: a person named after the office ("Prime Minister of
    Poland"), of that title and country. None when the words make no known title."""
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("amod", "compound") or t.i == tok.i]
    title = parse_title(" ".join(t.text[:1].upper() + t.text[1:] for t in words)).title
    if title is None or title.split()[0].lower() in _lexicon().past_modifiers:
        return None
    title = " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in title.split())
    return ActorRef(f"{title} of {country}", "person", title, country, tok.idx, tok.idx + len(tok))
