"""Names in a story's first sentence, read without its dateline.

The entity recognizer reads a few words on each side of a token. Right after a dateline ("KINGSTON, June 1 (Wire) -")
those words are the dateline's city, date, agency and dash, and the recognizer often misses the name that opens the
story: "[Ethiopian Airlines] will launch a route", "[Amara Wanjiku] will perform", names it finds once the dateline
is gone. ``dateline_lede_ents_v1`` (after ``ner``) runs the model's own entity recognizer again on the text of that
first sentence alone and takes the names there that the doc's reading missed or cut short (a name that overlaps only
shorter names inside it replaces them); every other entity of the doc's reading stays. Offsets are the article's: the
sentence's text is read as written and each name mapped back by its characters.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .actor_lexicon import lexicon
from .places import PEOPLE_NOT_PLACES_KEY, resolve_place
from .title_phrases import organisation_name_heads
from .triggers import _lex

__all__ = ["LedeEntities", "NAME_LABELS"]

#: Labels of the names the second reading may give (dates, numbers and quantities keep the doc's reading; so do
#: nationalities: a lone surname read without context is often taken for one, "[Bellini]NORP and Durand met").
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})

#: The most tokens of the first sentence read again (a lede is rarely longer; the names sit at its start).
_MAX_TOKENS = 60


class LedeEntities:
    """The ``dateline_lede_ents_v1`` component.

    nlp (Language): the pipeline; its tokenizer and ``ner`` component read the first sentence again (no other
    component runs on it).
    """

    def __init__(self, nlp: Language) -> None:
        self.make_doc = nlp.make_doc
        self.ner: Any = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None

    def __call__(self, doc: Doc) -> Doc:
        """doc (Doc): a doc with entities and ``doc._.dateline`` (its dateline's character offsets). RETURNS (Doc): the
        doc, with the names of its first sentence after the dateline as the recognizer reads them without it."""
        start, end = (doc._.dateline or (0, 0)) if Doc.has_extension("dateline") else (0, 0)
        if self.ner is None or end <= start:
            return doc
        lede = _first_sentence(doc, end)
        if lede is None:
            return doc
        alone = self.ner(self.make_doc(lede.text))
        names: list[Span] = []
        if (surname := _lone_surname(doc, lede, alone)) is not None:
            names.append(surname)
            doc.user_data[PEOPLE_NOT_PLACES_KEY] = (surname.start,)  # (no town of that name either)
        for ent in alone.ents:
            if ent.label_ not in NAME_LABELS or names and ent.start_char == 0:
                continue  # (not the lone surname read as a town again)
            span = doc.char_span(lede.start_char + ent.start_char, lede.start_char + ent.end_char, label=ent.label_)
            if span is not None and len(span) > 1 and span[-1].text in ("'s", "’s"):
                span = Span(doc, span.start, span.end - 1, label=_possessor_label(span[:-1]))  # "[Marguerite Olande's]ORG
                # planned visit": the possessor's name
            if span is not None and span[0].pos_ not in ("PROPN", "ADJ"):
                continue  # "[Schools]ORG were shut in Kumasi": a common noun opening the sentence, read alone as a name
            if span is not None:
                names.append(span)
        if not names:
            return doc
        ents = list(doc.ents)
        taken: list[Span] = []
        for name in names:
            over = [e for e in ents if e.start < name.end and name.start < e.end]
            if not over or all(name.start <= e.start and e.end <= name.end and len(e) < len(name) and e.label_ in NAME_LABELS
                               for e in over):
                taken.append(name)  # a name the doc's reading missed, or cut short
        if not taken:
            return doc
        doc.ents = sorted([*(e for e in ents if not any(e.start < n.end and n.start < e.end for n in taken)), *taken],
                          key=lambda e: e.start)
        return doc


def _lone_surname(doc: Doc, lede: Span, alone: Doc) -> Span | None:
    """doc (Doc): the parsed doc. lede (Span): its first sentence after the dateline. alone (Doc): that sentence read
    again. RETURNS (Span | None): "[Villanueva] flew into Tacloban on Tuesday": a lone capitalized proper noun opening
    the story as the subject of the verb right after it, that neither reading labels (or labels a place only) and that
    names no title, body or nationality, and no place unless a town that would make a journey or a meeting (a town
    never flies), as a person (a later story names a person by the surname alone); else None."""
    first = lede[0]
    if len(lede) < 3 or first.ent_type_ not in ("", "GPE") or first.pos_ != "PROPN" \
            or first.dep_ != "nsubj" or first.head.i != first.i + 1 or first.head.pos_ not in ("VERB", "AUX") \
            or not first.is_title or len(first.text) < 3 or not first.text.isalpha() \
            or any(e.start_char == 0 and (e.end_char > len(first.text) or e.label_ != "GPE") for e in alone.ents):
        return None
    lex = lexicon()
    low = first.lower_
    if low in lex.heads or low in lex.demonyms or (low,) in lex.titles or first.text in organisation_name_heads():
        return None
    place = resolve_place(first.text)
    if place is not None and not (place.kind == "city" and _journey_verb(first.head)):
        return None  # (a town that flies or arrives is a person of that name: "Villanueva flew into Tacloban")
    return Span(doc, first.i, first.i + 1, label="PERSON")


def _journey_verb(verb: Token) -> bool:
    """verb (Token): a verb. RETURNS (bool): it is a trigger verb of a journey or a meeting (``triggers.json``), which a
    person makes and a town never does."""
    return _lex().verbs.get(verb.lemma_.lower(), {}).get("action") in ("visit", "travel", "arrive", "depart", "meet")


def _possessor_label(name: Span) -> str:
    """name (Span): a possessor's name the recognizer labelled with its "'s". RETURNS (str): PERSON when it opens with a
    known given name ("Marguerite Olande's visit"), else the recognizer's label."""
    return "PERSON" if len(name) >= 2 and name[0].text in lexicon().given_names else name.label_


def _first_sentence(doc: Doc, dateline_end: int) -> Span | None:
    """doc (Doc): a parsed doc. dateline_end (int): the character offset where its dateline ends. RETURNS (Span |
    None): the tokens from the first word after the dateline to that sentence's end (at most ``_MAX_TOKENS``), None
    when nothing follows the dateline."""
    k = int(numpy.searchsorted(doc.to_array(IDX), dateline_end))  # (the first token at or after the dateline's end)
    while k < len(doc) and (doc[k].is_space or doc[k].is_punct):
        k += 1
    if k >= len(doc):
        return None
    first = doc[k]
    last = first.i + 1
    while last < len(doc) and last - first.i < _MAX_TOKENS and not doc[last].is_sent_start:
        last += 1
    while last > first.i and doc[last - 1].is_space:
        last -= 1
    return doc[first.i : last] if last > first.i else None
