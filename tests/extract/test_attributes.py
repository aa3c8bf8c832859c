"""Tests for dateline.extract.attributes: the model's attribute rules by table lookup give the ruler's output."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from dateline.config import Settings
from dateline.extract.attributes import TableAttributes

#: Our own sentences: tags the ruler maps, its word exceptions ("there is", "gon na", "ai n't", "y'all"), spaces.
_TEXTS = [
    "The defence minister visited the border crossing on Monday and will return next week.",
    "There is no date yet, but there were talks in March; there's hope.",
    "We're gonna wait, y'all, and it ain't over. Nothin' has changed, he said.",
    "I asked you twice.  You said no.\n\nThey gotta leave, let's go!\tC'mon.",
    "Because of the storm, the summit, although planned, gets delayed; it got cancelled.",
    "\n",
    "Yes",
]

_ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]


def _pair() -> tuple[Language, Language]:
    """RETURNS (tuple): the model as published, and the model with TableAttributes in place of its ruler."""
    model = spacy.load(Settings().model)
    ours = spacy.load(Settings().model)
    table = TableAttributes(ours)
    table.use(ours.get_pipe("attribute_ruler"))
    ours._components = [(n, table if n == "attribute_ruler" else p) for n, p in ours._components]  # same slot
    return model, ours


@pytest.mark.slow
def test_attributes_equal_the_model_ruler_token_for_token() -> None:
    model, ours = _pair()
    for expected, got in zip(model.pipe(_TEXTS), ours.pipe(_TEXTS)):
        assert [t.text for t in expected] == [t.text for t in got]
        assert (expected.to_array(_ATTRS) == got.to_array(_ATTRS)).all(), expected.text
        assert [str(t.morph) for t in expected] == [str(t.morph) for t in got]


@pytest.mark.slow
def test_attributes_word_exceptions_are_applied() -> None:
    _model, ours = _pair()
    doc = ours("There is a plan, and y'all are gonna see it.")
    by_text = {t.text: t for t in doc}
    assert by_text["is"].pos_ == "VERB"  # "there is": the ruler's two-token rule
    assert by_text["gon"].lemma_ == "go" and by_text["na"].lemma_ == "to"
    assert by_text["y'"].lemma_ == "you"  # a rule whose first token is a regular expression
    assert by_text["plan"].pos_ == "NOUN" and str(by_text["plan"].morph) == "Number=Sing"


@pytest.mark.slow
def test_built_pipeline_uses_table_in_the_ruler_slot() -> None:
    from dateline.extract import build_nlp

    nlp = build_nlp(Settings())
    assert "attribute_ruler" not in nlp.pipe_names
    names = nlp.pipe_names
    assert names.index("parser") < names.index("dateline_attributes_v1") < names.index("dateline_lemmas_v1")


def _ruler_pair(patterns: list[dict]) -> tuple[AttributeRuler, TableAttributes, Language]:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    table = TableAttributes(nlp)
    table.use(ruler)
    return ruler, table, nlp


def _tagged(nlp: Language, words: list[str], tags: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags)


def test_attributes_general_patterns_match_a_hand_built_ruler() -> None:
    # later patterns win; negative index; an operator (Matcher fallback); NOT_IN; IN over tags
    patterns = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
        {"patterns": [[{"TAG": {"IN": ["VBD", "VBN"]}}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
        {"patterns": [[{"LOWER": "talks"}]], "attrs": {"POS": "NOUN", "LEMMA": "talk"}},
        {"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks"}]], "attrs": {"LEMMA": "peace talk"}, "index": -1},
        {"patterns": [[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], "attrs": {"POS": "ADJ", "MORPH": "Degree=Pos"},
         "index": -1},
        {"patterns": [[{"TAG": {"NOT_IN": ["NN", "VBD", "JJ"]}, "LOWER": {"REGEX": "^s"}}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"TAG": "NN", "LOWER": "summit"}]], "attrs": {"POS": "PROPN"}},
    ]
    words = ["The", "summit", "held", "peace", "talks", "very", "very", "calm", "so", "visited", "sites"]
    tags = ["DT", "NN", "VBD", "NN", "NNS", "RB", "RB", "JJ", "RB", "VBN", "NNS"]
    ruler, table, nlp = _ruler_pair(patterns)
    assert table.matcher is not None  # the operator pattern
    expected = ruler(_tagged(nlp, words, tags))
    got = table(_tagged(nlp, words, tags))
    for e, g in zip(expected, got):
        assert (e.pos_, str(e.morph), e.lemma_, e.tag_) == (g.pos_, str(g.morph), g.lemma_, g.tag_), e.text
    assert got[1].pos_ == "PROPN" and got[4].lemma_ == "peace talk" and got[7].pos_ == "ADJ"
    assert got[8].pos_ == "X" and got[10].pos_ == "X" and got[2].pos_ == "VERB"


def test_attributes_index_outside_match_raises() -> None:
    patterns = [{"patterns": [[{"LOWER": "a"}, {"LOWER": "b"}]], "attrs": {"POS": "X"}, "index": 2}]
    nlp = spacy.blank("en")
    table = TableAttributes(nlp)
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    table.use(ruler)
    with pytest.raises(ValueError, match="index 2 is outside its match"):
        table(_tagged(nlp, ["a", "b"], ["DT", "NN"]))


def test_attributes_empty_doc_unchanged() -> None:
    _ruler, table, nlp = _ruler_pair([{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}}])
    doc = Doc(nlp.vocab, words=[])
    assert len(table(doc)) == 0


def test_attributes_a_ruler_setting_other_attributes_is_refused() -> None:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns([{"patterns": [[{"LOWER": "x"}]], "attrs": {"NORM": "ex"}}])
    with pytest.raises(ValueError, match="cannot"):
        TableAttributes(nlp).use(ruler)
