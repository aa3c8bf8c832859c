"""Build Dateline's spaCy pipeline: the model plus our registered components.

First, ``dateline_surnames_v1`` makes a name that opens with a function word ("To Lam")
one token; before the parser, ``dateline_lines_v1`` starts a sentence at each line break;
after the entity recognizer, ``dateline_lede_ents_v1`` reads the names of the story's first sentence again without
its dateline, and ``dateline_line_ents_v1`` keeps entities within a line.
Components (each a ``Doc -> Doc`` registered under a versioned name, results on
``doc._``): ``dateline_times_v1`` (time expressions, from the time module),
``dateline_places_v1``, ``dateline_actors_v1``, ``dateline_events_v1``. spaCy
forbids "." in factory names (its E853), so ``dateline.places.v1`` is spelled
with "_".
"""

from __future__ import annotations

import json
import logging
from functools import cache
from importlib import resources
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.parts_of_speech import ADJ, AUX, VERB
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from ..config import Settings
from ..errors import Errors, ExtractError
from .attributes import TableAttributes, unsupported_attributes

__all__ = ["build_nlp", "load_data", "register_extensions", "COMPONENTS"]

logger = logging.getLogger(__name__)

#: Our components, in pipeline order.
COMPONENTS: tuple[str, ...] = (
    "dateline_times_v1",
    "dateline_places_v1",
    "dateline_actors_v1",
    "dateline_events_v1",
)

#: Parts of speech whose lemmas Dateline reads (see :class:`VerbLemmas`).
_LEMMA_POS = numpy.array([VERB, AUX, ADJ], dtype="uint64")

#: Doc extensions and their defaults (None defaults are filled per doc by the components).
_EXTENSIONS: dict[str, Any] = {
    "anchor": None,
    "article_id": "",
    "dateline": None,
    "title": None,
    "times": None,
    "places": None,
    "place_spans": None,
    "actors": None,
    "actor_tokens": None,
    "actor_partners": None,
    "events": None,
}


@cache
def load_data(name: str) -> Any:
    """Load a JSON language-data file from ``dateline/extract/data`` (once per process).

    name (str): file name, e.g. ``triggers.json``.
    RETURNS (Any): the parsed JSON (treat as read-only).
    """
    text = resources.files("dateline.extract").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text)


def doc_text(doc: Doc) -> str:
    """doc (Doc): a doc. RETURNS (str): its text, joined once and kept in ``doc.user_data`` (``Doc.text`` joins every
    token on each call; merging tokens keeps the text)."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def proper_compound_start(head: Token) -> int:
    """head (Token): the last word of a name ("Treaty" of "the Lisbon Treaty", "Kirkenes", "Kuroda").
    RETURNS (int): the index of the name's first word: the run of proper nouns right before it that the parser hung on
    it as compounds (the head's own index when there is none)."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i \
            and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start


def keep_text(doc: Doc, text: str) -> None:
    """doc (Doc): a doc just made from ``text`` (the tokenizer keeps every character, so ``doc.text == text``).
    RETURNS (None): :func:`doc_text` answers with ``text`` without joining the tokens (3 ms a news article)."""
    doc.user_data[_TEXT_KEY] = text


#: The ``doc.user_data`` key of :func:`doc_text`.
_TEXT_KEY = "dateline_text"


def register_extensions() -> None:
    """Declare the ``doc._`` attributes our components read and write (idempotent)."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def _register_components() -> bool:
    """Import the modules whose decorators register our factories.

    RETURNS (bool): whether the time component is available.
    """
    from . import actors, events, places, sentences, surnames  # noqa: F401  (registration side effect)

    try:
        from . import time  # noqa: F401
    except ImportError as exc:
        logger.warning("time component unavailable (%s); events get no dates", exc)
        return False
    return True


def _factories_ready() -> None:
    from .actors import ActorFinder
    from .events import EventFinder
    from .lede_entities import LedeEntities
    from .places import PlaceFinder

    for name, cls, requires, assigns in (
        ("dateline_attributes_v1", TableAttributes, ["token.tag", "token.dep"], ["token.pos", "token.morph", "token.lemma"]),
        ("dateline_lemmas_v1", VerbLemmas, ["token.pos"], ["token.lemma"]),
        ("dateline_lede_ents_v1", LedeEntities, ["doc.ents"], ["doc.ents"]),
        ("dateline_places_v1", PlaceFinder, ["doc.ents"], ["doc._.places", "doc._.place_spans"]),
        ("dateline_actors_v1", ActorFinder, ["doc.ents", "doc._.place_spans"], ["doc._.actors", "doc._.actor_tokens", "doc._.actor_partners"]),
        (
            "dateline_events_v1",
            EventFinder,
            ["token.dep", "token.lemma", "doc._.times", "doc._.actor_tokens", "doc._.place_spans"],
            ["doc._.events"],
        ),
    ):
        if not Language.has_factory(name):
            Language.factory(name, requires=requires, assigns=assigns, func=_make_factory(cls))


def _make_factory(cls: Any) -> Any:
    def factory(nlp: Language, name: str) -> Any:
        return cls(nlp)

    return factory


class VerbLemmas:
    """The ``dateline_lemmas_v1`` component: the model's rule lemmatizer, run only where Dateline reads lemmas.

    Our code reads ``token.lemma_`` of verbs, auxiliaries and adjectives (trigger,
    cue, light and reporting verbs; "scheduled", "due"); no other part of speech.
    Every other token gets its lower-case form as lemma, which saves the rule
    lemmatizer's per-token work on the four in five tokens that are not verbs.

    nlp (Language): the pipeline (its vocab's strings receive the lemmas).
    """

    def __init__(self, nlp: Language) -> None:
        self.lemmatizer: Any = None
        self.fixes: dict[str, str] = {}

    def use(self, lemmatizer: Any) -> None:
        """lemmatizer (Lemmatizer): the model's initialized rule lemmatizer, whose tables and cache we call."""
        self.lemmatizer = lemmatizer
        self.fixes = dict(load_data("triggers.json")["lemma_fixes"])

    def __call__(self, doc: Doc) -> Doc:
        """doc (Doc): a tagged doc (POS set). RETURNS (Doc): the doc with ``token.lemma`` set on every token."""
        if self.lemmatizer is None or not len(doc):
            return doc
        arr = doc.to_array([LOWER, POS, LEMMA])
        unset = arr[:, 2] == 0  # the attribute ruler already gave "is" its lemma "be"
        lemmas = numpy.where(unset, arr[:, 0], arr[:, 2])
        strings = doc.vocab.strings
        lemmatize = self.lemmatizer.lemmatize
        fixes = self.fixes
        for i in numpy.flatnonzero(unset & numpy.isin(arr[:, 1], _LEMMA_POS)):
            tok = doc[int(i)]
            fixed = fixes.get(tok.lower_)  # "hoped" -> "hope", not the rules' "hop" (``lemma_fixes`` in triggers.json)
            lemmas[i] = strings.add(fixed if fixed is not None else lemmatize(tok)[0])
        doc.from_array([LEMMA], cast(Any, lemmas.reshape(-1, 1)))
        return doc


def build_nlp(settings: Settings) -> Language:
    """Load the spaCy model and add Dateline's components. Call once per process and reuse.

    settings (Settings): uses ``settings.model``.
    RETURNS (Language): the pipeline; ``nlp.pipe`` fills ``doc._.times/places/actors/events``.
    RAISES ExtractError: E005 when the model package is not installed.
    """
    try:
        nlp = spacy.load(settings.model)
    except OSError:
        raise ExtractError(Errors.E005.format(model=settings.model)) from None
    return add_components(nlp)


def add_components(nlp: Language) -> Language:
    """Add Dateline's components to a pipeline (a loaded model or ``spacy.blank``).

    nlp (Language): the pipeline to extend in place.
    RETURNS (Language): the same pipeline.
    """
    has_time = _register_components()
    register_extensions()
    _factories_ready()
    for word in load_data("triggers.json")["hyphenated_nouns"]:  # "staged a sit-in", "a by-election": one token
        for form in (word, word[:1].upper() + word[1:]):
            cast(Tokenizer, nlp.tokenizer).add_special_case(form, [{ORTH: form}])
    if "attribute_ruler" in nlp.pipe_names and isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler):
        model_ruler = nlp.get_pipe("attribute_ruler")  # same output by table lookup (attributes.py): 2 s less a 256-article run
        if unknown := unsupported_attributes(model_ruler):  # a model whose rules set other attributes keeps its ruler
            logger.info("keeping the model's attribute_ruler: its rules set attributes %s", sorted(unknown))
        else:
            at = nlp.pipe_names.index("attribute_ruler")
            nlp.remove_pipe("attribute_ruler")
            added = cast(TableAttributes, nlp.add_pipe("dateline_attributes_v1",
                                                       before=nlp.pipe_names[at] if at < len(nlp.pipe_names) else None))
            added.use(model_ruler)
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule":
        model_lemmatizer = nlp.get_pipe("lemmatizer")
        at = nlp.pipe_names.index("lemmatizer")
        nlp.remove_pipe("lemmatizer")
        lemmas = cast(VerbLemmas, nlp.add_pipe("dateline_lemmas_v1", before=nlp.pipe_names[at] if at < len(nlp.pipe_names) else None))
        lemmas.use(model_lemmatizer)
    if nlp.pipe_names and "dateline_surnames_v1" not in nlp.pipe_names:
        nlp.add_pipe("dateline_surnames_v1", first=True)
    if "parser" in nlp.pipe_names and "dateline_lines_v1" not in nlp.pipe_names:
        nlp.add_pipe("dateline_lines_v1", before="parser")
    if "ner" in nlp.pipe_names and "dateline_lede_ents_v1" not in nlp.pipe_names:
        nlp.add_pipe("dateline_lede_ents_v1", after="ner")
    if "ner" in nlp.pipe_names and "dateline_line_ents_v1" not in nlp.pipe_names:
        nlp.add_pipe("dateline_line_ents_v1", after="dateline_lede_ents_v1")
    for name in COMPONENTS:
        if name == COMPONENTS[0] and not (has_time and Language.has_factory(name)):
            continue
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp
