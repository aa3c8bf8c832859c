"""The synopsis of a brief: the 2-3 sentences that tell an article's news.

The synopsis leads with the sentence of the article's main event (:func:`main_sentence`),
then adds, within a word budget, the sentences that are central (TF-IDF cosine to the
article's centroid), close after the lead and add event facts (actor, action, place,
counterpart, date), with a redundancy penalty; every sentence is condensed first
(:func:`condense`: attributions, parentheses, leading connectives dropped). Weights and
word lists live in ``data/brief.json``.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from ..model import EventRecord
from .question import load_data
from .sentences import Sentence, cosine, leans_back, points_back, tfidf_vectors

__all__ = ["condense", "main_sentence", "synopsis"]


def condense(sentence: str) -> str:
    """A sentence made shorter for a synopsis without changing what it reports.

    A live update's time stamp ("09:05 - ", ``timestamp_pattern``), parentheses ("(DMZ)"), attributions (", the ministry announced on Monday.",
    ", the official said,", "Officials in Canberra said the talks ..."), and leading
    connectives ("Additionally, ") are dropped; each rule is a ``[pattern, replacement]``
    pair of ``synopsis_drops`` in ``data/brief.json``, applied in order.

    sentence (str): a sentence.
    RETURNS (str): the sentence, capitalised, ending with its original punctuation.
    """
    data = load_data("brief")
    text = re.sub(r"\s*\([^)]*\)", "", re.sub(data["timestamp_pattern"], "", sentence)).strip()  # "09:05 - "
    for pattern, repl in data["synopsis_drops"]:
        text = re.sub(pattern, repl, text)
    text = re.sub(r"\s+([,.;:])", r"\1", text).strip()
    return text[:1].upper() + text[1:]


def _states(sentence: Sentence, event: EventRecord) -> bool:
    """True when one of the event's evidence sentences is this sentence (the dateline may
    have been cut from the sentence's text)."""
    mine = " ".join(sentence.text.split())
    return any(mine and mine in " ".join(ev.sentence.split()) for ev in event.evidence)


def _event_elements(sentence: Sentence, events: Sequence[EventRecord]) -> set[str]:
    """The event facts a sentence states: for each event it is evidence of, the actor,
    action, place, counterparts and date."""
    out: set[str] = set()
    for e in events:
        if not _states(sentence, e):
            continue
        out.add("actor:" + e.actor.name.lower())
        out.add("action:" + e.action)
        if e.place is not None:
            out.add("place:" + e.place.name.lower())
        out.update("with:" + c.name.lower() for c in e.counterparts)
        if e.date.value:
            out.add("date:" + e.date.value)
    return out


def main_sentence(sentences: Sequence[Sentence], events: Sequence[EventRecord] = ()) -> Sentence:
    """The sentence that states the article's main event: the first sentence when it states
    an event (a wire lead states the news: "South Korea and the US will hold joint drills"
    leads before a visit told below it); else the first of the first ``lead_window``
    sentences that names an event of the main actor (the actor with most events), else the
    first that states any event, else the first sentence.

    sentences (Sequence[Sentence]): the article's sentences (not empty).
    events (Sequence[EventRecord]): the article's events.
    RETURNS (Sentence): the sentence.
    """
    window = sentences[: load_data("brief")["lead_window"]]
    if window[0].has_event:
        return window[0]  # a wire lead states the news, whoever has most events below it
    main = Counter(e.actor.name for e in events).most_common(1)
    if main:
        surname = main[0][0].split()[-1].lower()
        for s in window:
            if s.has_event and re.search(r"\b" + re.escape(surname) + r"\b", s.text.lower()):
                return s if s.index == window[0].index or not _lead_tells_contact(window[0]) else window[0]
    found = next((s for s in window if s.has_event), sentences[0])
    return found if found.index == window[0].index or not _lead_tells_contact(window[0]) else window[0]


def _lead_tells_contact(s: Sentence) -> bool:
    """RETURNS (bool): True when the article's first sentence tells a contact with a verb of
    ``lead_contact_verbs`` ("Prime Minister X on Monday received the Director-General ...")
    with a person in it, though extraction found no event there: the lead still states the
    story better than a later detail ("Health Minister Y took part in the meeting")."""
    verbs: list[str] = load_data("brief")["lead_contact_verbs"]
    lowered = s.text.lower()
    return s.has_actor and not s.has_event and any(re.search(r"\b" + re.escape(v) + r"\b", lowered) for v in verbs)


def synopsis(sentences: Sequence[Sentence], events: Sequence[EventRecord] = ()) -> str:
    """The 2-3 sentence synopsis, main event first.

    Every sentence is condensed (:func:`condense`). The lead is the main event's sentence
    (:func:`main_sentence`). Then, greedily, up to ``synopsis_sentences`` in all and
    within the word budget, the sentence with the best value: centrality (TF-IDF
    cosine to the article's centroid), closeness after the lead (sentences before it count
    as last), the event facts it adds (actor, action, place, counterpart, date;
    :func:`_event_elements`), minus a redundancy penalty (cosine to the chosen ones).
    A third sentence is added only when its value reaches ``synopsis_third_min``; a second
    one always when the article has one, past the budget if none fits it. The
    word budget is ``synopsis_words_ratio`` of the article's words, kept between
    ``synopsis_min_words`` and ``synopsis_max_words``. Weights: ``synopsis_weights`` in
    ``data/brief.json`` (chosen on the train stories, ``bench/questions.py --tune-brief``).

    sentences (Sequence[Sentence]): the article's sentences.
    events (Sequence[EventRecord]): the article's events.
    RETURNS (str): the lead, then the others in article order.
    """
    data = load_data("brief")
    w = data["synopsis_weights"]
    if not sentences:
        return ""
    texts = {s.index: condense(s.text) for s in sentences}
    lead = main_sentence(sentences, events)
    vecs = dict(zip((s.index for s in sentences), tfidf_vectors(sentences)))
    centroid: dict[str, float] = {}
    for v in vecs.values():
        for t, x in v.items():
            centroid[t] = centroid.get(t, 0.0) + x
    n = len(sentences)
    article_words = sum(len(t.split()) for t in texts.values())
    budget = min(data["synopsis_max_words"], max(data["synopsis_min_words"],
                                                 round(data["synopsis_words_ratio"] * article_words)))
    chosen = [lead]
    facts = _event_elements(lead, events)
    while len(chosen) < data["synopsis_sentences"]:
        used = sum(len(texts[s.index].split()) for s in chosen)
        best, best_val = None, -1e9
        # the synopsis has at least two sentences: the second may pass the budget when none fits it
        over = len(chosen) == 1 and not any(
            s not in chosen and data["min_sentence_words"] <= len(texts[s.index].split()) <= budget - used
            and not leans_back(s.text) for s in sentences)
        picked = {c.index for c in chosen}
        for s in sentences:
            words = len(texts[s.index].split())
            if s in chosen or (used + words > budget and not over) or words < data["min_sentence_words"]:
                continue
            if leans_back(s.text) and s.index - 1 not in picked or points_back(s.text):
                continue  # "The two leaders last spoke ..." without the sentence that names them; "since then"
            after = s.index - lead.index if s.index > lead.index else n
            val = (
                w["centrality"] * cosine(vecs[s.index], centroid)
                + w["position"] / after
                + w["facts"] * min(len(_event_elements(s, events) - facts), 2)
                + w["quote"] * ('"' in s.text or "\u201c" in s.text)
                - w["redundancy"] * max(cosine(vecs[s.index], vecs[c.index]) for c in chosen)
            )
            if val > best_val:
                best, best_val = s, val
        if best is None or len(chosen) >= 2 and best_val < data["synopsis_third_min"]:
            break
        chosen.append(best)
        facts |= _event_elements(best, events)
    rest = sorted(chosen[1:], key=lambda s: s.index)
    return " ".join(texts[s.index] for s in [lead, *rest])
