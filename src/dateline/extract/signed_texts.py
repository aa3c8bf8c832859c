"""What a signing signs: "signed a memorandum of understanding on a rail link" signs a memorandum of understanding,
"put their signatures to the pact" the pact, "the signing of the Lisbon Treaty" the Lisbon Treaty.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .nlp import load_data, proper_compound_start
from .objects import short_phrase

__all__ = ["signed_heads", "signed_text"]


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """RETURNS: the ``signed_heads`` and ``signed_of_words`` of ``signing_referents`` in ``occasions.json``."""
    data = load_data("occasions.json")["signing_referents"]
    return frozenset(data["signed_heads"]), frozenset(data["signed_of_words"])


def signed_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): the head nouns of a signed text (``signed_heads`` of ``occasions.json``)."""
    return _heads()[0]


def signed_text(tok: Token) -> str | None:
    """The text a signing trigger signs, read off its own arguments.

    tok (Token): a ``sign`` trigger: a verb ("signed an agreement", "the accord was signed") or a noun ("the signing of
        the accord", "put their signatures to the pact").
    RETURNS (str | None): the text's short noun phrase (:func:`objects.short_phrase`: "trade agreement", "Lisbon Treaty"),
        with a bare "of" phrase that is part of its name ("memorandum of understanding"); None when the trigger's
        arguments name no ``signed_heads`` text ("signed it", "signed the bill into law" is a law's, see named_laws).
    """
    heads, of_words = _heads()
    if tok.pos_ in ("VERB", "AUX"):
        held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # ("put their signatures to the pact": the "to" of
        # the verb the noun is the object of)
        held = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "to", "on")
                for g in p.children if g.dep_ == "pobj"]
    text = next((c for c in held if c.lemma_.lower() in heads or c.lower_ in heads), None)
    if text is None:
        return None
    phrase = _named(text) or short_phrase(text, "sign")
    if text.lemma_.lower() in of_words or text.lower_ in of_words:
        of = next((g for p in text.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                   if g.dep_ == "pobj" and g.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "nummod")
                                                                        for c in g.children)), None)
        if of is not None:
            phrase = f"{phrase} of {of.lower_}"  # "a memorandum of understanding", "a declaration of intent"
            text = of if _topic(text) is None else text  # ("a memorandum of understanding on a rail link")
    topic = _topic(text) or (_topic(tok, text.right_edge.i + 1) if tok.pos_ in ("VERB", "AUX") else None)
    # ("signed a memorandum of understanding on a rail link": the parser may hang the topic on the verb)
    return f"{phrase} {topic}" if topic else phrase


def _named(text: Token) -> str | None:
    """text (Token): a signed text's head. RETURNS (str | None): its proper name when the head is written capitalized
    with capitalized words before it ("the Lisbon Treaty", "the Paris Agreement"), place names kept; else None."""
    if text.pos_ != "PROPN" or not text.text[:1].isupper():
        return None
    start = proper_compound_start(text)
    return text.doc[start : text.i + 1].text if start < text.i else None


#: The most words of a topic kept ("an agreement to build a second road bridge across the Danube").
_TOPIC_WORDS = 10


def _topic(text: Token, at: int | None = None) -> str | None:
    """text (Token): a signed text's head (or the signing verb, with ``at``). at (int | None): the only place the phrase
    may start (right after the text's phrase), for a verb's.
    RETURNS (str | None): what the text is about, as written right after it: its "on", "for", "over" or "covering"
    phrase ("a memorandum on joint gas storage") or its infinitive ("an agreement to build a second Danube bridge"), up
    to ``_TOPIC_WORDS`` words and never past a comma; else None."""
    after = next((c for c in text.children if c.i > text.i and (at is None or c.i == at) and (
        c.dep_ == "prep" and c.lower_ in ("on", "for", "over", "covering")
        or c.dep_ == "acl" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))), None)
    if after is None:
        return None
    words = [t for t in after.subtree if t.i > text.i]
    if not words or any(t.ent_type_ in ("DATE", "TIME") for t in words):
        words = [t for t in words if t.ent_type_ not in ("DATE", "TIME") and not (t.dep_ == "prep" and any(
            g.ent_type_ in ("DATE", "TIME") for g in t.children))]  # ("on Thursday": no topic)
    run: list[Token] = []
    for t in words:
        if t.is_punct and not (t.text == "-" and not t.whitespace_ and run and not run[-1].whitespace_) \
                or run and t.i != run[-1].i + 1:  # (a hyphen inside a word is kept: "the Eldoret-Kampala pipeline")
            break
        run.append(t)
    if len(run) < 2 or len(run) > _TOPIC_WORDS:
        return None
    return text.doc[run[0].i : run[-1].i + 1].text
