"""Title phrases: the title and country a phrase names, and where a name's title phrase begins.

:func:`parse_title` reads "former US Defence Secretary" into a :class:`TitleInfo`; :func:`titles`
lists every known title. :func:`prefix_start`, :func:`title_right_before` and :func:`title_lead`
find the title phrase written before (or run into) a name, however the parser hung its words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .actor_lexicon import Lexicon, lexicon, title_modifiers, title_words
from .nlp import load_data
from .places import resolve_country


_PREFIX_DEPS = ("compound", "amod", "poss", "case", "punct", "nmod", "advmod", "npadvmod")


@dataclass(frozen=True)
class TitleInfo:
    """A parsed title phrase.

    title (str | None): the title, with a kept modifier ("former Defence Secretary").
    country (str | None): the country named in the phrase ("United States").
    """

    title: str | None
    country: str | None


def titles() -> tuple[str, ...]:
    """RETURNS (tuple[str, ...]): every title Dateline knows, as written in ``titles.json``."""
    return tuple(lexicon().titles.values())


def parse_title(text: str) -> TitleInfo:
    """Read the title and country out of a phrase such as "former US Defence Secretary".

    text (str): words before (or in apposition to) a name, or a question's actor phrase
        ("the US defence secretary", "Seoul's Defence Minister").
    RETURNS (TitleInfo): the longest known title (spelled as in ``titles.json``, with
        "former"-like modifiers kept) and the country, each None when absent.
    """
    lex = lexicon()
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
    heads = organisation_name_heads()
    body = next((i for i, w in enumerate(lower) if w == "of" and any(
        x.removesuffix("'s").removesuffix("'") in heads for x in words[i + 1 :])), len(lower))
    for size in range(min(lex.max_len, len(lower)), 0, -1):
        for i in range(len(lower) - size + 1):
            key = tuple(lower[i : i + size])
            if key in lex.titles and not i > body:  # ("head of the General Workers' Confederation": a word of a
                # body's name after "of" is no title; "President of the European Commission" is one)
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
            if size == 1 and phrase.removesuffix("'s") in organisation_name_heads():
                continue  # "The European [Union]'s climate commissioner", "[Union] leader Maria Pop": a body's name or
                # the word for one, not the town of Union
            if folded in lex.demonyms:
                country = lex.demonyms[folded]
            elif phrase[:1].isupper() and folded not in lex.kept_modifiers and folded not in lex.level_modifiers:
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
        elif title.lower() in lex.heads and (after := _portfolio_after(words, title_span)):
            title = " ".join([*after, title])  # "Nigeria's Minister of Health": the Health Minister, as "Nigeria's
            # health minister" is
        if suffix and not title.lower().endswith(suffix):
            title += suffix
        mods = [w for w in lower[: title_span[0]] if w in lex.kept_modifiers]
        if mods:
            title = " ".join([*dict.fromkeys(mods), title])  # ("former deputy defence minister": both kept)
    return TitleInfo(title, country)


@cache
def organisation_name_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``organisation_name_heads`` of ``titles.json`` ("Union", "Council", ...)."""
    return frozenset(load_data("titles.json")["organisation_name_heads"])


@cache
def company_name_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``company_name_heads`` of ``names.json`` ("Cement", "Motors", "Shipping", ...)."""
    return frozenset(load_data("names.json")["company_name_heads"]["words"])


def company_named(ent: Span) -> bool:
    """ent (Span): an entity. RETURNS (bool): a name of two or more words ending in a company word ("[Okonjo
    Cement]PERSON", "[Nordhavn Shipping]PERSON"): a company's name the recognizer took for a person's."""
    return len(ent) >= 2 and ent[-1].text in company_name_heads() and ent[0].text[:1].isupper()


@cache
def occupation_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``occupation_nouns`` of ``titles.json`` (lower-case job nouns put before a bare name)."""
    return frozenset(load_data("titles.json")["occupation_nouns"])


@cache
def portfolio_titles() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``portfolio_titles`` of ``titles.json``: capitalized title words that follow a portfolio
    ("Minister", "Secretary", "Commissioner")."""
    return frozenset(load_data("titles.json")["portfolio_titles"])


@cache
def portfolio_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``portfolio_words`` of ``titles.json``: words a minister's portfolio is named in."""
    return frozenset(load_data("titles.json")["portfolio_words"])


def _portfolio_words(words: list[str], span: tuple[int, int], lex: Lexicon) -> list[str]:
    """ "Agriculture Minister", "Health Secretary": up to two capitalized words right before a bare head title (one word
    of ``heads``) that name its portfolio: no nationality, place, modifier, honorific, possessive or title head; written
    in lower case, only words of ``portfolio_words`` ("former Kenyan energy minister": "Energy Minister"), capitalized."""
    found: list[str] = []
    i = span[0] - 1
    while i >= 0 and len(found) < 2:
        word = words[i]
        low = word.lower()
        if word.islower() and low in portfolio_words() and low not in STOP_WORDS:
            word = word[:1].upper() + word[1:]
        if not (word[:1].isupper() and word.replace("-", "").isalpha()) or low in STOP_WORDS or low in lex.demonyms or low in lex.heads \
                or low in title_modifiers() or word in lex.honorifics or resolve_country(word) is not None \
                or any(" ".join(words[i - k : i + 1]).lower() in lex.demonyms for k in (1, 2) if i - k >= 0):
            break  # not "Sri [Lankan] President"
        found.insert(0, word)
        i -= 1
    if len(found) == 1 and i >= 1 and words[i].lower() == "and" and words[i - 1][:1].isupper() \
            and words[i - 1].lower() in portfolio_words():
        while i >= 1 and words[i - 1][:1].isupper() and words[i - 1].lower() in portfolio_words():
            i -= 1
        return [words[i]]  # "Science, Technology and Innovation Minister": named by its first portfolio, as "the
        # science minister" is
    return found


def _portfolio_after(words: list[str], span: tuple[int, int]) -> list[str]:
    """ "Minister of Health", "Minister for Communications": one or two capitalized ``portfolio_words`` right after
    "of" or "for" after a bare head title, ending the phrase. RETURNS (list[str]): those words ([] when none, or when
    other words follow: "Minister of State for ...")."""
    rest = words[span[1] :]
    if len(rest) < 2 or rest[0].lower() not in ("of", "for"):
        return []
    named = [w.removesuffix("'s") for w in rest[1:]]
    if not 1 <= len(named) <= 2 or not all(w[:1].isupper() and w.lower() in portfolio_words() for w in named):
        return []
    return named


def portfolio_after(text: str) -> bool:
    """text (str): a title phrase ("Nigeria's Minister of Health"). RETURNS (bool): whether it ends in a bare head title
    and its portfolio after "of" or "for" (:func:`_portfolio_after`)."""
    words = [w.strip(",") for w in text.replace("’", "'").split()]
    lex = lexicon()
    return any(w.lower() in lex.heads and _portfolio_after(words, (i, i + 1)) for i, w in enumerate(words))


def prefix_start(doc: Doc, start: int, end: int) -> int:
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
                    and not split_title(tok, first, start, end) and not _conjoined_title(tok, first, start) \
                    and not _cut_nationality(tok, first, start):
                break
        first = j
        j -= 1
    if first < start and j > sent_start and doc[j].lower_ == "and" and j + 1 == first:
        return _title_before_and(doc, j, sent_start, first)
    return first


def _cut_nationality(tok: Token, first: int, start: int) -> bool:
    """ "[Lao]nsubj Prime Minister X will host": a capitalized nationality (or a country's name) right before the title
    words of a name's title phrase, which the parser hung elsewhere (made it the subject), is the title's country."""
    return tok.i + 1 == first < start and tok.is_alpha and tok.text[:1].isupper() \
        and (tok.lower_ in lexicon().demonyms or resolve_country(tok.text) == tok.text) \
        and tok.doc[first].lower_ in title_words()  # (also a country's name: "[Belize]ROOT Prime Minister X's government")


def _title_before_and(doc: Doc, j: int, sent_start: int, first: int) -> int:
    """ "Qatar's Prime Minister and Foreign Minister Sheikh X", "Minister of Industry and Trade Nguyen Hong Dien": a title
    phrase joined by "and" (``doc[j]``) to the title right before a name is part of that name's title phrase (its first
    title comes first), when the word before "and" is a title word or a word of a portfolio after "of", or when
    portfolio words listed with commas and "and" come before the title ("Science, Technology and Innovation
    Minister"). RETURNS (int): the title phrase's new first token, else ``first``."""
    listed = doc[j - 1].lower_ in portfolio_words() and j + 1 < len(doc) and doc[j + 1].lower_ in portfolio_words()
    # ("Malaysian Science, Technology and Innovation Minister X": portfolios listed before one head title)
    k = j - 1
    while k >= sent_start and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ in ("of", "'s", "’s")
                               or listed and doc[k].text == "," and k > sent_start
                               and doc[k - 1].lower_ in portfolio_words()) \
            and doc[k].ent_type_ != "PERSON":
        k -= 1
    run = doc[k + 1 : j]
    if not len(run) or not (doc[j - 1].lower_ in title_words() or any(t.lower_ == "of" for t in run) or listed):
        return first
    words = _title_run_words() | {","}
    if any(t.lower_ not in words and t.lower_ not in lexicon().demonyms and resolve_country(t.text) is None for t in run):
        return first  # ("among them King Magnus of Norway and King Albert III": a name in the run, no title of his)
    return run.start if listed or parse_title(run.text).title is not None else first


@cache
def _title_run_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): the words a title phrase before "and" may hold besides nationalities and countries:
    title words, ``portfolio_words`` of ``titles.json`` and "of"/"'s"."""
    return title_words() | frozenset(w.lower() for w in load_data("titles.json")["portfolio_words"]) \
        | frozenset({"of", "'s", "’s"})


def split_title(tok: Token, first: int, start: int, end: int) -> bool:
    """ "[Turkey's top diplomat]nsubj [Hakan Fidan]nsubj arrived": a title or role noun right before a name that the parser
    made a second subject (or object) of the name's own verb, which is the name's title phrase."""
    root = tok.doc[start:end].root
    if tok.i != first - 1 or first != start or tok.pos_ != "NOUN" or tok.dep_ != root.dep_ or tok.head.i != root.head.i \
            or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    lex = lexicon()
    return tok.lower_ in title_words() or tok.lower_ in lex.anonymous


def _conjoined_title(tok: Token, first: int, start: int) -> bool:
    """ "Greek Prime Minister X and Turkish [President]conj Recep Tayyip Erdogan met": a capitalized title word right before
    a name that the parser conjoined to the first name (the name itself hung as its apposition) is the second name's own
    title, never the first one's."""
    return tok.i == first - 1 == start - 1 and tok.dep_ == "conj" and tok.text[:1].isupper() and tok.lower_ in title_words() \
        and tok.head.i < tok.i


def _misparsed_title(tok: Token, first: int, start: int) -> bool:
    """ "talks with South African [President]pobj [Sipho]VERB Ndlovu": a capitalized title word or nationality right
    before the name (or before such a word of its phrase), which a parse broken by the name hangs elsewhere."""
    if tok.i != first - 1 or not tok.text[:1].isupper() or tok.doc[start].pos_ in ("PROPN", "NOUN"):
        return False
    lex = lexicon()
    return tok.lower_ in title_words() or tok.ent_type_ == "NORP" or tok.lower_ in lex.demonyms


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


def title_right_before(doc: Doc, start: int) -> TitleInfo | None:
    """The capitalized title phrase written right before a name (with a nationality or "X's" before it), however the
    parser hung its words: "Head of State Kassym-Jomart Tokayev". None when the words before the name end no title."""
    lex = lexicon()
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    for k in range(lex.max_len, 1, -1):
        first = start - k
        if first < sent_start or not doc[first].text[:1].isupper():
            continue
        if tuple(t.lower_ for t in doc[first:start]) in lex.titles:
            got = parse_title(doc[max(sent_start, first - 2) : start].text)
            return got if got.title else None
    return None


@cache
def _given_name_titles() -> dict[str, frozenset[str]]:
    """RETURNS: ``given_name_titles`` of ``titles.json``: lone title -> the particles before which it is a given name."""
    return {k: frozenset(v) for k, v in load_data("titles.json")["given_name_titles"].items()}


def given_name_first(doc: Doc, i: int) -> bool:
    """doc (Doc): a doc. i (int): a token's index. RETURNS (bool): the token is a title word that is also a given name
    (``given_name_titles``) and a family-name particle follows it ("Sultan Al Jaber"): the name's first word."""
    particles = _given_name_titles().get(doc[i].lower_)
    return particles is not None and i + 1 < len(doc) and doc[i + 1].lower_ in particles


def title_lead(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """How many words at the start of a name span belong to a title phrase: the end of a title begun before the span
    ("Head of [State ...]"), a title inside it ("[Managing Director Anna ...]"), or a nationality before a title word
    ("[Danish King Frederik]"); never the name's last word. 0 when none."""
    for m in range(min(lex.max_len, end - start - 1), 0, -1):
        for k in range(0, lex.max_len - m + 1):
            if start - k < 0 or k and doc[start - k].is_sent_start and start - k != doc[start].sent.start:
                continue
            key = tuple(t.lower_ for t in doc[start - k : start + m])
            if key in lex.titles and (k or m > 1 or doc[start].text[:1].isupper()) \
                    and not (k == 0 and m == 1 and key[0] not in lex.heads and key[0] not in lex.lone_titles) \
                    and not (m == 1 and given_name_first(doc, start + k)):
                return m  # (not "[Sultan] Al Jaber": a given name before a family-name particle)
    tok = doc[start]
    if end - start > 2 and (tok.lower_ in lex.demonyms or tok.ent_type_ == "NORP") \
            and doc[start + 1].lower_ in title_words() and doc[start + 1].text[:1].isupper():
        return 1  # (the length first: a one-word span at the end of the text has no next word)
    return 0


def title_initials(title: str) -> str:
    """ "External Affairs Minister" -> "EAM", "Prime Minister" -> "PM", "Secretary-General" -> "SG"."""
    words = [w for w in title.replace("-", " ").split() if w.lower() not in ("of", "the", "and", "for")]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def current_title(own: str | None, canonical: str | None, lex: Lexicon) -> str | None:
    """A mention's title, unless it is a past one ("Rubaie, a former oil minister") and the article gives the person a
    current one ("prime minister-designate")."""
    if own is None or (canonical is not None and own.split()[0].lower() in lex.past_modifiers
                       and canonical.split()[0].lower() not in lex.past_modifiers):
        return canonical
    return own
