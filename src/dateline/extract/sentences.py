"""Line structure: sentence starts at line breaks (before the parser), entities within one line (after NER).

News text puts headlines, datelines, bullet points and page furniture ("Synopsis",
"Advertisement", bylines) on their own lines without final punctuation; the parser
would run them into the next sentence and the entity recognizer across the break.
``dateline_lines_v1`` marks the first token after a line break as a sentence start,
which the dependency parser then respects; so does the first token after the
article's dateline (``doc._.dateline``), which would otherwise become the subject of
the story's first sentence. ``dateline_line_ents_v1`` cuts every
entity at a line break and drops an entity that is a whole line by itself (a
section header or a byline is page furniture, not a mention).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from typing import Any, cast

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .actor_lexicon import lexicon, title_words
from .nlp import doc_text, load_data
from .places import multiword_countries, resolve_place
from .timex.lexicon import load_lexicon
from .title_phrases import portfolio_titles

__all__ = ["line_starts", "line_entities", "line_break_tokens", "is_line_break"]


def is_line_break(text: str) -> bool:
    """text (str): a token's text. RETURNS (bool): whether it holds a line break."""
    return "\n" in text or "\r" in text


def line_break_tokens(doc: Doc) -> list[int]:
    """doc (Doc): a tokenized doc. RETURNS (list[int]): indices of the whitespace tokens that hold a line break."""
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE))
    return [int(i) for i in spaces if is_line_break(doc[int(i)].text)]


@Language.component("dateline_lines_v1", assigns=["token.is_sent_start"])
def line_starts(doc: Doc) -> Doc:
    """doc (Doc): a tokenized doc. RETURNS (Doc): the doc, a sentence starting after each line break (and after the
    dateline), and none right after a word within a line (:func:`_no_start_after_words`)."""
    _no_start_after_words(doc)
    start, end = (doc._.dateline or (0, 0)) if Doc.has_extension("dateline") else (0, 0)
    if end > start:
        _start_after_dateline(doc, start, end)
    n = len(doc)
    for i in line_break_tokens(doc):
        j = i + 1
        while j < n and doc[j].is_space:
            j += 1
        if j < n:
            doc[j].is_sent_start = True
    return doc


def _no_start_after_words(doc: Doc) -> None:
    """No sentence starts right after a word or number with no punctuation or space between: the parser sometimes cuts
    a sentence after its first words ("[Senegal] [and] [Tunisia signed four agreements]", "[Lao]. [Prime Minister X
    will host ...]"), which loses the subject and the title's country. Line breaks and the dateline still start one."""
    if len(doc) < 2:
        return
    starts = doc.to_array(SENT_START).astype(numpy.int64)  # (set as one array: a token's is_sent_start one by one
    # costs a pass over the doc each)
    words = numpy.flatnonzero((doc.to_array(IS_ALPHA) > 0) | (doc.to_array(LIKE_NUM) > 0))
    after = words[words < len(doc) - 1] + 1
    starts[after[starts[after] != 1]] = -1
    doc.from_array([SENT_START], cast(Any, starts.view(numpy.uint64).reshape(-1, 1)))


def _start_after_dateline(doc: Doc, start: int, end: int) -> None:
    """Make the dateline ("NAIROBI, Feb 20 (Wire) —") its own sentence: the story starts after it."""
    idx = doc.to_array(IDX)
    first = int(numpy.searchsorted(idx, start))
    if 0 < first < len(doc) and doc[first].idx == start:
        doc[first].is_sent_start = True
    for i in range(int(numpy.searchsorted(idx, end)), len(doc)):
        if not doc[i].is_space:
            doc[i].is_sent_start = True
            return


#: Entity labels that are not mentions when they stand alone on a line (headers, bylines).
_FURNITURE_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT"})


@Language.component("dateline_line_ents_v1", requires=["doc.ents"], assigns=["doc.ents"])
def line_entities(doc: Doc) -> Doc:
    """doc (Doc): a doc with entities. RETURNS (Doc): entities cut at line breaks, whole-line names dropped, and an
    organization's name the recognizer cut after a plural possessive joined up ("[The Bolivian Workers'] Center"),
    and a country's name of several words the recognizer took for a person or missed a place ("[Sri Lanka]GPE"), and an
    organization's name that ran on into "in" and a place cut there ("[the Assembly of the Republic]ORG in
    [Lisbon]GPE")."""
    _across_dateline(doc)
    _date_inside_name(doc)
    _country_names(doc)
    _join_possessive_names(doc)
    _join_and_names(doc)
    _unlabelled_organisations(doc)
    _portfolio_before_title(doc)
    _titled_person_as_organisation(doc)
    _plural_title_inside_name(doc)
    _org_before_place(doc)
    _name_before_parenthesis(doc)
    _places_joined(doc)
    breaks = line_break_tokens(doc)
    if not breaks:
        return doc
    ents: list[Span] = []
    changed = False
    words = _word_counts(doc)
    for ent in doc.ents:
        kept = _within_line(ent, breaks)
        if kept is None or (kept.label_ in _FURNITURE_LABELS and _whole_line(doc, kept, breaks, words)):
            changed = True
            continue
        changed = changed or kept.start != ent.start or kept.end != ent.end
        ents.append(kept)
    if changed:
        doc.ents = ents
    return doc


#: Labels of names the recognizer may run on into "on" and a date ("[Mombasa on Nov 25]WORK_OF_ART").
_NAME_LABELS = frozenset({"WORK_OF_ART", "ORG", "PERSON", "EVENT", "PRODUCT", "FAC", "LAW"})


def _date_inside_name(doc: Doc) -> None:
    """ "will visit [Mombasa on Nov 25]WORK_OF_ART": a name that runs on into a lower-case "on", "in" or "from" and a
    month with a day number ends before the preposition, in place; the date gets no label from it."""
    months = load_lexicon().months
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        cut = next((t.i for t in ent[1:-1] if t.lower_ in ("on", "in", "from") and t.text.islower()
                    and t.i + 2 <= ent.end and doc[t.i + 1].lower_.rstrip(".") in months
                    and t.i + 2 < len(doc) and doc[t.i + 2].like_num), None) if ent.label_ in _NAME_LABELS else None
        if cut is None:
            ents.append(ent)
            continue
        changed = True
        ents.append(Span(doc, ent.start, cut, label=ent.label_))
    if changed:
        doc.ents = ents


def _country_names(doc: Doc) -> None:
    """ "[Sri Lanka]PERSON signed ...", "Sri Lanka" with no label: a country's name of several capitalized words
    (:func:`places.multiword_countries`) is a place, in place; a longer name holding it ("[the Sri Lanka Ports
    Authority]ORG") keeps its own label, and one right before a capitalized title word ("Cook Islands Prime Minister X")
    is left to the title."""
    names = multiword_countries()
    ents = list(doc.ents)
    changed = False
    for tok in doc:
        if tok.lower_ not in names or not tok.text[:1].isupper():
            continue
        for words in names[tok.lower_]:
            end = tok.i + len(words)
            if end > len(doc) or any(t.lower_ != w or not t.text[:1].isupper() and w not in ("and", "of", "the", "&")
                                     for t, w in zip(doc[tok.i:end], words)):  # ("Trinidad and Tobago")
                continue
            if end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in title_words():
                break  # "Cook Islands Prime Minister Mark Brown": the title's country, read with the title
            over = [e for e in ents if e.start < end and tok.i < e.end]
            if any(e.label_ == "GPE" and e.start <= tok.i and e.end >= end
                   or e.label_ in ("ORG", "FAC") and (e.end - e.start) > len(words) for e in over) \
                    or any(e.start < tok.i and not (e.start == tok.i - 1 and doc[e.start].lower_ == "the")
                           or e.end > end for e in over):  # (not "[The Republic of the]GPE [Congo]GPE": one name)
                break  # already a place, or part of a longer name ("[Trinidad]GPE and [Tobago]ORG": split, one name)
            ents = [e for e in ents if e not in over] + [Span(doc, tok.i, end, label="GPE")]
            changed = True
            break
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def _across_dateline(doc: Doc) -> None:
    """ "[May 14 - The Assembly of the Republic in Lisbon]DATE": an entity that runs from the dateline into the story is
    the recognizer's mistake; it keeps its part inside the dateline, in place (the story's words get no label from
    it; :func:`_unlabelled_organisations` may name them)."""
    end = (doc._.dateline or (0, 0))[1] if Doc.has_extension("dateline") else 0
    if not end:
        return
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        if ent.start_char < end < ent.end_char:
            changed = True
            kept = doc.char_span(ent.start_char, end, label=ent.label_, alignment_mode="contract")
            while kept is not None and len(kept) and (kept[-1].is_punct or kept[-1].is_space):
                kept = kept[:-1]
            if kept is not None and len(kept):
                ents.append(Span(doc, kept.start, kept.end, label=ent.label_))
            continue
        ents.append(ent)
    if changed:
        doc.ents = ents


def _org_before_place(doc: Doc) -> None:
    """ "[the Assembly of the Republic in]ORG Lisbon", "[the Assembly of the Republic in Lisbon]ORG": an organization's
    name that runs on into "in" (and a place the gazetteer knows) ends before "in", in place; the place after it is a
    place (GPE)."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or len(ent) < 3:
            continue
        cut = next((t.i for t in ent[1:] if t.lower_ == "in"), None)
        if cut is None:
            continue
        rest = doc[cut + 1 : ent.end]
        if len(rest) and resolve_place(rest.text) is None:
            continue  # "[the Party of Life in Freedom]": a name with "in"
        if not len(rest) and not (ent.end < len(doc) and doc[ent.end].ent_type_ in ("GPE", "LOC")):
            continue
        ents[k] = Span(doc, ent.start, cut, label="ORG")
        if len(rest):
            ents.append(Span(doc, cut + 1, ent.end, label="GPE"))
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def _places_joined(doc: Doc) -> None:
    """ "miners from [Potosi and Oruro]ORG": a name of parts joined by "and" or commas, every part a place the gazetteer
    knows, is those places (GPE), in place; a name holding a place is left alone ("[Trinidad and Tobago]", one
    country, is one place already)."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "PERSON", "FAC", "NORP") or not any(t.lower_ == "and" for t in ent[1:-1]) \
                or resolve_place(ent.text) is not None:
            ents.append(ent)
            continue
        parts: list[Span] = []
        start = ent.start
        for t in [*ent, None]:
            if t is None or t.lower_ in ("and", ","):
                end = t.i if t is not None else ent.end
                if end > start:
                    parts.append(Span(doc, start, end, label="GPE"))
                start = end + 1
        if len(parts) < 2 or any(resolve_place(p.text) is None or not p[0].text[:1].isupper() for p in parts):
            ents.append(ent)
            continue
        ents.extend(parts)
        changed = True
    if changed:
        doc.ents = ents


def _name_before_parenthesis(doc: Doc) -> None:
    """ "[the Intergovernmental Authority on Development (IGAD]ORG)": a name that runs on into an opening parenthesis
    ends before it, in place (the acronym inside is read by :mod:`.acronyms` as that name's)."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        cut = next((t.i for t in ent[1:] if t.text == "("), None)
        if cut is None or ent.label_ not in _NAME_LABELS:
            continue
        ents[k] = Span(doc, ent.start, cut, label=ent.label_)
        changed = True
    if changed:
        doc.ents = ents


def _join_possessive_names(doc: Doc) -> None:
    """ "[The Bolivian Workers']ORG Center", "[the Teachers']ORG Federation": an organization whose name ends in a plural
    possessive with capitalized words after it on the same line takes those words, in place."""
    if "'" not in doc_text(doc) and "’" not in doc_text(doc):
        return
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or ent[-1].text not in ("'", "’") or ent[-1].tag_ != "POS":
            continue
        end = ent.end
        while end < len(doc) and doc[end].tag_ == "NNP" and doc[end].ent_iob_ == "O" and "\n" not in doc[end - 1].whitespace_:
            end += 1
        if end > ent.end:
            ents[k] = Span(doc, ent.start, end, label="ORG")
            changed = True
    if changed:
        doc.ents = ents


def _unlabelled_organisations(doc: Doc) -> None:
    """ "RIGA, March 14 - The Latvian Port Workers' Union has called off ...": capitalized words with no label after
    "the" (or opening a sentence), two or more, that end in an organisation's last word (``joined_name_heads`` of
    ``names.json``: "Union", "Party", "Federation") and may hold a possessive "'" or "of"/"and" between capitalized
    words, are an organisation's name the recognizer missed: an ORG span, in place."""
    heads = _organisation_heads()
    text = doc_text(doc)
    if not any(h in text for h in heads):
        return
    found: list[Span] = []
    ids = numpy.array([get_string_id(h) for h in heads], dtype="uint64")
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), ids)):
        tok = doc[int(i)]
        if tok.ent_iob_ != "O":
            continue
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            if prev.ent_iob_ != "O" or "\n" in prev.whitespace_ or prev.is_sent_end:
                break
            if prev.text[:1].isupper() and prev.lower_ != "the" and prev.is_alpha \
                    or prev.text in ("'", "’") and prev.tag_ == "POS" \
                    or prev.lower_ in ("of", "and") and start - 2 >= 0 and doc[start - 2].text[:1].isupper():
                start -= 1
                continue
            break
        while start < tok.i and not doc[start].text[:1].isupper():
            start += 1  # ("of Workers' Union": a name opens with a capitalized word)
        before = doc[start - 1] if start > 0 else None
        if tok.i - start < 1 or not (before is None or before.lower_ == "the" or doc[start].is_sent_start):
            continue
        found.append(Span(doc, start, tok.i + 1, label="ORG"))
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)


@cache
def _organisation_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``joined_name_heads`` of ``names.json`` ("Union", "Party")."""
    return frozenset(load_data("names.json")["joined_name_heads"])


def _portfolio_before_title(doc: Doc) -> None:
    """ "X and [Trade]ORG Minister Renata Alves", "[Mobility]PERSON Minister X": an organisation or person entity of
    capitalized ``portfolio_words`` (of
    ``titles.json``) right before one of its ``portfolio_titles`` ("Minister", "Secretary") is the title's portfolio,
    no organisation: dropped, in place."""
    data = load_data("titles.json")
    words, titles = data["portfolio_words"], data["portfolio_titles"]
    ents = [e for e in doc.ents if not (
        e.label_ in ("ORG", "PERSON") and e.end < len(doc) and doc[e.end].text in titles
        and all(t.text[:1].isupper() and t.lower_ in words for t in e))]
    if len(ents) != len(doc.ents):
        doc.ents = ents


def _each_entity(doc: Doc, fix: Callable[[Span], Span | None]) -> None:
    """doc (Doc): a doc with entities. fix: an entity's replacement, or None to keep it. Sets ``doc.ents`` (in place)
    only when some entity was replaced."""
    ents = [fix(ent) or ent for ent in doc.ents]
    if any(new is not old for new, old in zip(ents, doc.ents)):
        doc.ents = ents


def _titled_person_as_organisation(doc: Doc) -> None:
    """ "Nigeria's [Petroleum Minister Tunde Adeyemi]ORG": an organisation entity whose words after its first are one of
    the ``portfolio_titles`` of ``titles.json`` ("Minister", "Secretary"), or a ``local_titles`` word after a town's or
    region's name ("Lviv Mayor"), and then one to three capitalized words to its end is a titled person, relabelled
    PERSON in place (the person's reading cuts the title off the name)."""
    def fix(ent: Span) -> Span | None:
        k = _title_word(ent) if ent.label_ == "ORG" and len(ent) >= 3 else None
        if k is not None and 1 <= ent.end - k - 1 <= 3 and all(
                t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in doc[k + 1 : ent.end]):
            return Span(doc, ent.start, ent.end, label="PERSON")
        return None

    _each_entity(doc, fix)


def _title_word(ent: Span) -> int | None:
    """ent (Span): an entity. RETURNS (int | None): the index of its first inner word that is a ``portfolio_titles``
    word, or a ``local_titles`` word after a town's or region's name ("[Lviv Mayor Orest Hrytsenko]"); else None."""
    titles, local = portfolio_titles(), _local_titles()
    return next((t.i for t in ent[1:-1] if t.text in titles or t.text in local and (
        place := resolve_place(ent.doc[ent.start : t.i].text)) is not None and place.kind in ("city", "region")), None)


@cache
def _local_titles() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``local_titles`` of ``titles.json`` ("Mayor", "Governor"), the titles a town or region
    before them holds."""
    return frozenset(load_data("titles.json")["local_titles"])


def _plural_title_inside_name(doc: Doc) -> None:
    """ "signed by [Presidents Javier Milei]ORG and [Santiago Pena]ORG": a plural title word (``group_nouns`` of
    ``titles.json`` that name a role) opening a name of two more words is no part of it; cut in place."""
    titles = _plural_titles()

    def fix(ent: Span) -> Span | None:
        if ent.label_ in ("ORG", "PERSON") and len(ent) >= 3 and ent[0].text[:1].isupper() and ent[0].lower_ in titles \
                and all(t.text[:1].isupper() for t in ent[1:]):
            return Span(doc, ent.start + 1, ent.end, label="PERSON")
        return None

    _each_entity(doc, fix)


@cache
def _plural_titles() -> frozenset[str]:
    """RETURNS (frozenset[str]): plural title words that name a role ("presidents", "ministers": the actor lexicon's
    ``groups`` with a singular)."""
    return frozenset(k for k, v in lexicon().groups.items() if v)


def _join_and_names(doc: Doc) -> None:
    """ "the rebel [Sudan Justice]ORG and [Liberation Front]ORG": two organisation entities split at "and", the first
    after "the" (and lower-case modifiers) and ending in no ``joined_name_heads`` word of ``names.json``, the second
    ending in one, are one name, in place (not "the UN and [African Union]": an acronym; nor a country's name)."""
    if " and " not in doc_text(doc):
        return
    heads = frozenset(load_data("names.json")["joined_name_heads"])
    ents = list(doc.ents)
    out: list[Span] = []
    changed = False
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and ent.label_ == nxt.label_ == "ORG" and nxt.start == ent.end + 1 \
                and doc[ent.end].lower_ == "and" and nxt[-1].text in heads and ent[-1].text not in heads \
                and all(t.text[:1].isupper() and not t.is_upper and t.is_alpha for t in ent) \
                and resolve_place(ent.text) is None and _after_the(ent):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            changed = True
            k += 2
            continue
        out.append(ent)
        k += 1
    if changed:
        doc.ents = out


def _after_the(ent: Span) -> bool:
    """RETURNS (bool): "the" comes before the entity, with only lower-case modifiers between ("the rebel [X]")."""
    i = ent.start - 1
    while i >= 0 and ent.doc[i].is_lower and ent.doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and ent.doc[i].lower_ == "the"


def _within_line(ent: Span, breaks: list[int]) -> Span | None:
    """The part of an entity before its first line break, without edge spaces; None when empty."""
    doc = ent.doc
    start, end = ent.start, ent.end
    k = bisect_left(breaks, start)
    if k < len(breaks) and breaks[k] < end:
        end = breaks[k]
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if start >= end:
        return None
    if start == ent.start and end == ent.end:
        return ent
    return Span(doc, start, end, label=ent.label)


def _word_counts(doc: Doc) -> numpy.ndarray:
    """doc (Doc): a doc. RETURNS (ndarray): per position i, how many of the first i tokens are neither punctuation nor space."""
    arr = doc.to_array([IS_PUNCT, IS_SPACE])
    counts = numpy.zeros(len(doc) + 1, dtype="int64")
    numpy.cumsum((arr[:, 0] == 0) & (arr[:, 1] == 0), out=counts[1:])
    return counts


def _whole_line(doc: Doc, span: Span, breaks: list[int], words: numpy.ndarray) -> bool:
    """Whether nothing but the span (and punctuation) stands on its line; ``words`` from :func:`_word_counts`."""
    k = bisect_left(breaks, span.start)
    line_start = breaks[k - 1] + 1 if k > 0 else 0
    line_end = breaks[k] if k < len(breaks) else len(doc)
    return bool(words[span.start] == words[line_start] and words[line_end] == words[span.end])
