"""Extractive briefs of one article: synopsis, key takeaways, timeline and questions.

The synopsis leads with the sentence of the article's main event, then adds, within a
word budget, the sentences that are central (TF-IDF cosine to the article's centroid),
close after the lead and add event facts (actor, action, place, counterpart, date),
with a redundancy penalty; every sentence is condensed first (attributions,
parentheses, leading connectives dropped). Takeaways are the main actor's events as
short lines, then one line per topic of the sentences without events, compressed to
the main clause. Weights and word lists live in ``data/brief.json`` and
``data/cues.json``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from datetime import date
from typing import Any, Sequence

from ..extract.furniture import furniture_spans, in_spans
from ..model import ActorRef, Article, EventRecord, Extraction
from ..store.base import Store
from .propose import Proposal, named_meeting, propose_for_article
from .question import held_vote, load_data, place_phrase, what_phrase

__all__ = [
    "Brief",
    "Sentence",
    "article_sentences",
    "body_span",
    "rank_sentences",
    "compress",
    "synopsis",
    "Topic",
    "topic_clusters",
    "takeaways",
    "Rouge",
    "rouge",
    "rouge1_recall",
    "rouge2_recall",
    "first_words",
    "event_coverage",
    "event_terms",
    "condense",
    "main_sentence",
    "event_line",
    "timeline_text",
    "brief",
]


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with what scoring needs.

    index (int): order in the article. text (str): the sentence.
    has_event / has_actor / has_date (bool): extraction found one in it.
    """

    index: int
    text: str
    has_event: bool = False
    has_actor: bool = False
    has_date: bool = False


@dataclass(frozen=True)
class Brief:
    """A brief of one article.

    article_id (str): the article. title (str | None): its headline.
    synopsis (str): 2-3 sentences. key_takeaways (tuple[str, ...]): 4-6 short lines.
    timeline (tuple[dict, ...]): the article's events in calendar order
        (``{event_id, date, status, text}``).
    questions (tuple[Proposal, ...]): proposals raised by the article.
    """

    article_id: str
    title: str | None
    synopsis: str
    key_takeaways: tuple[str, ...]
    timeline: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    questions: tuple[Proposal, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): the JSON of ``dateline brief --format json``."""
        return {
            "article_id": self.article_id,
            "title": self.title,
            "synopsis": self.synopsis,
            "key_takeaways": list(self.key_takeaways),
            "timeline": list(self.timeline),
            "questions": [q.to_dict() for q in self.questions],
        }


def _terms(text: str) -> list[str]:
    stop = set(load_data("brief")["stop_words"])
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop and len(w) > 1]


#: A line that opens with a dateline ("Seoul, Oct 28 (NationPress) ..."): used only when
#: the article's stored dateline offsets are missing.
_DATELINE_LINE_RE = re.compile(
    r"^[ \t]*[A-Z][\w .'-]{0,40},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*(?:\([^)]{0,40}\))?\s*[-\u2013\u2014:]*\s*"
)


def body_span(article: Article) -> tuple[int, int]:
    """Where the article body starts, and its dateline's end.

    article (Article): the article.
    RETURNS (tuple[int, int]): (body start, dateline end) offsets: the stored
        ``Article.dateline_start/dateline_end`` when set; else the first line of 8+ words
        that opens with a dateline (page furniture before it, such as section labels and
        bullet lists, is skipped). (0, 0) when none is found.
    """
    if article.dateline_end > 0:
        return article.dateline_start, article.dateline_end
    offset = 0
    for line in article.text.split("\n"):
        found = _DATELINE_LINE_RE.match(line)
        if found is not None and len(line.split()) >= 8:
            lead = len(line) - len(line.lstrip())
            return offset + lead, offset + found.end()
        offset += len(line) + 1
    return 0, 0


def article_sentences(article: Article, extraction: Extraction) -> list[Sentence]:
    """The article's body sentences (after the dateline), marked with what extraction found.

    article (Article): the article. extraction (Extraction): its extraction.
    RETURNS (list[Sentence]): sentences in order; the dateline itself is cut from the
        first one, text before the dateline (headline, page furniture) is skipped, and so
        are captions, link lists, bylines and staff trailers (:mod:`dateline.extract.furniture`).
    """
    spans = list(extraction.sentences) or [
        (m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", article.text)
    ]
    body_start, dateline_end = body_span(article)
    ev_starts = {e.evidence.start for e in extraction.events}
    furniture = furniture_spans(article.text)
    out: list[Sentence] = []
    for start, end in spans:
        if end <= body_start or start < body_start - 1 and end <= dateline_end:
            continue
        if in_spans(furniture, max(start, body_start)):
            continue  # captions, link lists, bylines, staff trailers
        s = max(start, dateline_end, body_start)
        text = " ".join(article.text[s:end].split()).lstrip("-–— ").strip()
        if not text:
            continue
        out.append(
            Sentence(
                index=len(out),
                text=text,
                has_event=any(start <= x < end for x in ev_starts),
                has_actor=any(start <= a.start < end for a in extraction.actors),
                has_date=any(start <= t.start < end for t in extraction.times),
            )
        )
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    num = sum(v * b.get(k, 0.0) for k, v in a.items())
    den = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return num / den if den else 0.0


def _vectors(sentences: Sequence[Sentence]) -> list[dict[str, float]]:
    docs = [Counter(_terms(s.text)) for s in sentences]
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)
    return [{t: c * (math.log((1 + n) / (1 + df[t])) + 1.0) for t, c in d.items()} for d in docs]


def rank_sentences(
    sentences: Sequence[Sentence], k: int, weights: str = "weights", context: Sequence[Sentence] | None = None
) -> list[Sentence]:
    """Pick up to ``k`` sentences by score with a redundancy penalty.

    sentences (Sequence[Sentence]): the article's sentences.
    k (int): how many to pick.
    weights (str): which weight set of ``data/brief.json`` to use (``weights`` for the
        synopsis, ``takeaway_weights`` for takeaways, whose redundancy penalty is
        ``takeaway_redundancy``).
    context (Sequence[Sentence] | None): the whole article, when ``sentences`` is a part
        of it (centrality and term weights are computed over the whole).
    RETURNS (list[Sentence]): picked sentences, best first.
    """
    data = load_data("brief")
    w = data[weights]
    whole = list(context) if context is not None else list(sentences)
    all_vecs = _vectors(whole)
    by_index = {s.index: v for s, v in zip(whole, all_vecs)}
    vecs = [by_index.get(s.index, {}) for s in sentences]
    centroid: dict[str, float] = {}
    for v in all_vecs:
        for t, x in v.items():
            centroid[t] = centroid.get(t, 0.0) + x
    scores = []
    for s, v in zip(sentences, vecs):
        score = (
            w["centrality"] * _cosine(v, centroid)
            + w["position"] / math.sqrt(1 + s.index)
            + w["event"] * s.has_event
            + w["actor"] * s.has_actor
            + w["date"] * s.has_date
            + w["quote"] * ('"' in s.text or "“" in s.text)
            + w["short"] * (len(s.text.split()) < data["min_sentence_words"])
        )
        scores.append(score)
    picked: list[int] = []
    while len(picked) < min(k, len(sentences)):
        best, best_val = -1, -1e9
        for i in range(len(sentences)):
            if i in picked:
                continue
            overlap = max((_cosine(vecs[i], vecs[j]) for j in picked), default=0.0)
            val = scores[i] - data["takeaway_redundancy" if weights == "takeaway_weights" else "redundancy"] * overlap
            if val > best_val:
                best, best_val = i, val
        picked.append(best)
    return [sentences[i] for i in picked]


def event_terms(event: EventRecord) -> tuple[str, ...]:
    """The words a text must hold to mention an event: the actor's surname, and the
    place or the first counterpart's surname.

    event (EventRecord): the event. RETURNS (tuple[str, ...]): lower-case words."""
    terms = [event.actor.name.split()[-1].lower()]
    if event.place is not None:
        terms.append(event.place.name.lower())
    elif event.counterparts:
        terms.append(event.counterparts[0].name.split()[-1].lower())
    return tuple(terms)


def _mentions_event(text: str, event: EventRecord) -> bool:
    low = " ".join(re.findall(r"[a-z0-9'-]+", text.lower()))
    return all(re.search(r"\b" + re.escape(t) + r"\b", low) for t in event_terms(event))


def event_coverage(text: str, events: Sequence[EventRecord]) -> float:
    """Share of an article's events that a text mentions (see :func:`event_terms`).

    text (str): a synopsis. events (Sequence[EventRecord]): the article's events.
    RETURNS (float): share in [0, 1], 4 decimals; 1.0 when there are no events.
    """
    keys = {event_terms(e): e for e in events}
    if not keys:
        return 1.0
    return round(sum(_mentions_event(text, e) for e in keys.values()) / len(keys), 4)


def condense(sentence: str) -> str:
    """A sentence made shorter for a synopsis without changing what it reports.

    Parentheses ("(DMZ)"), attributions (", the ministry announced on Monday.",
    ", the official said,", "Officials in Canberra said the talks ..."), and leading
    connectives ("Additionally, ") are dropped; each rule is a ``[pattern, replacement]``
    pair of ``synopsis_drops`` in ``data/brief.json``, applied in order.

    sentence (str): a sentence.
    RETURNS (str): the sentence, capitalised, ending with its original punctuation.
    """
    text = re.sub(r"\s*\([^)]*\)", "", sentence).strip()
    for pattern, repl in load_data("brief")["synopsis_drops"]:
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
    vecs = dict(zip((s.index for s in sentences), _vectors(sentences)))
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
            and not _leans_back(s.text) for s in sentences)
        picked = {c.index for c in chosen}
        for s in sentences:
            words = len(texts[s.index].split())
            if s in chosen or (used + words > budget and not over) or words < data["min_sentence_words"]:
                continue
            if _leans_back(s.text) and s.index - 1 not in picked or _points_back(s.text):
                continue  # "The two leaders last spoke ..." without the sentence that names them; "since then"
            after = s.index - lead.index if s.index > lead.index else n
            val = (
                w["centrality"] * _cosine(vecs[s.index], centroid)
                + w["position"] / after
                + w["facts"] * min(len(_event_elements(s, events) - facts), 2)
                + w["quote"] * ('"' in s.text or "\u201c" in s.text)
                - w["redundancy"] * max(_cosine(vecs[s.index], vecs[c.index]) for c in chosen)
            )
            if val > best_val:
                best, best_val = s, val
        if best is None or len(chosen) >= 2 and best_val < data["synopsis_third_min"]:
            break
        chosen.append(best)
        facts |= _event_elements(best, events)
    rest = sorted(chosen[1:], key=lambda s: s.index)
    return " ".join(texts[s.index] for s in [lead, *rest])


@cache
def _loose_ends() -> frozenset[str]:
    """RETURNS (frozenset[str]): the words a cut line never ends on (``loose_ends`` of ``data/brief.json``)."""
    return frozenset(load_data("brief")["loose_ends"])


_MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
                     "february", "march", "april", "june", "july", "august", "september", "october", "november",
                     "december"})


def _cut_words(text: str, limit: int) -> str:
    """The first ``limit`` words, without the function words a cut leaves dangling ("... on the sidelines of the")
    and never inside a name ("... with Trade Minister Claire" loses the whole name, not just "Dupont")."""
    every = text.split()
    words = every[:limit]
    while len(words) < len(every) and len(words) >= 2 and re.fullmatch(r"\d{1,2}\.?,?", every[len(words)]) and (
            words[-1].lower() in ("to", "and", "-", "until", "through") or words[-1].lower().rstrip(".") in _MONTHS):
        words.append(every[len(words)])  # never "from Nov. 3 to" or "from Nov." without the day that ends the span
    k = len(words)
    joins = ("to", "until", "through", "-") + (("and",) if k >= 3 and words[-3].lower() == "between" else ())
    if (k >= 2 and k + 1 < len(every) and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", words[-1].rstrip(".,"))
            and words[-2].lower().rstrip(".") in _MONTHS and every[k].lower() in joins):
        # "from May 18" keeps "to May 22" (or "to 22"), "between March 20" keeps "and March 30":
        # a span is never cut after its first day
        tail = every[k : k + 3] if every[k + 1].lower().rstrip(".") in _MONTHS and k + 2 < len(every) else every[k : k + 2]
        if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?[.,;]?", tail[-1]):
            words += tail
    if len(every) > limit and len(words) == limit and every[limit][:1].isupper():
        while len(words) > 1 and words[-1][:1].isupper():
            words.pop()
    while len(words) > 1 and words[-1].lower().strip(",;:") in _loose_ends():
        words.pop()
    if len(every) > len(words) and len(words) > 3 and words[-2].lower() == "to" and words[-1].islower():
        del words[-2:]  # "... for the minister to make" (the journey): the verb needs what follows
        while len(words) > 1 and words[-1].lower().strip(",;:") in _loose_ends():
            words.pop()
    return " ".join(words).rstrip(" ,;:")


def _day_after(text: str, at: int) -> int | None:
    """RETURNS (int | None): the end of the first day named after offset ``at`` (a month with its day, "November 9",
    "Nov. 9-11", or a ``weekday_words`` weekday) when it comes before the next clause break (",", ";"), else None."""
    months = "|".join(sorted(_MONTHS, key=len, reverse=True))
    days = "|".join(load_data("brief")["weekday_words"])
    pattern = rf"\b(?:(?:{months})\.?\s+\d{{1,2}}(?:\s*(?:-|to|and)\s*\d{{1,2}})?|{days})\b"
    stop = min((i for i in (text.find(",", at), text.find(";", at)) if i >= 0), default=len(text))
    m = re.search(pattern, text[at:stop], flags=re.IGNORECASE)
    return at + m.end() if m else None


def _inside_aside(text: str, at: int) -> bool:
    """True when a cut at ``at`` would end the line inside or right after an aside that still
    waits for its sentence's verb ("North Macedonia, which joined the alliance in 2020, |
    will host ..."; "One of the officials, who asked not to be named, | said ..."): an opened
    ", which/who/whose" with no finite verb of the main clause before it."""
    kept = text[:at]
    m = re.search(r",\s+(?:which|who|whose|whom)\b", kept)
    if m is None:
        return False
    verbs = set(load_data("brief")["finite_verbs"])
    head = kept[: m.start()].lower().split()
    return not any(w.strip(",;:") in verbs or w.endswith("ed") for w in head[1:])


def _in_name_list(text: str, at: int, brk: str) -> bool:
    """True when a soft break at ``at`` joins two names of a list ("Kenya, Tanzania and
    Mozambique"): cutting there would drop names from it."""
    before, after = text[:at].split(), text[at + len(brk):].split()
    return bool(before and after and any(c.isupper() for c in before[-1]) and after[0][:1].isupper()
                and brk.strip() in (",", "and"))  # "Cote d'Ivoire and Togo" too


def _leans_back(text: str) -> bool:
    """True when a sentence opens with a word that points to the one before it ("He", "The
    two leaders", "This time"; ``anaphora_openers`` in ``data/brief.json``) or holds a phrase
    that does ("since then"; ``anaphora_phrases``)."""
    low = " ".join(text.lower().split())
    return any(low.startswith(w + " ") for w in load_data("brief")["anaphora_openers"]) or _points_back(text)


def _points_back(text: str) -> bool:
    """True when a sentence holds a phrase that points to an earlier one ("The relationship
    has changed since then"; ``anaphora_phrases`` in ``data/brief.json``)."""
    low = " ".join(text.lower().split())
    return any(re.search(r"\b" + re.escape(p) + r"\b", low) for p in load_data("brief")["anaphora_phrases"])


def _unquote(text: str) -> str:
    """Drop the quotation marks around a sentence that is one quotation, keep those of a
    quotation followed by its attribution ('"We will not pretend," she said')."""
    marks = '"“”'
    if text[:1] in marks and not any(c in marks for c in text[1:].rstrip(" .!?" + marks)):
        return text.strip(marks)
    return text


def compress(sentence: str) -> str:
    """Shorten a sentence to a takeaway line: main clause, no attribution.

    sentence (str): a sentence.
    RETURNS (str): the line, capitalised, without final period: parentheses,
        attributions and leading connectives dropped, cut at the clause boundary
        (``data/brief.json``) that keeps it within ``takeaway_max_words`` words (a line
        at most ``takeaway_slack_words`` longer is kept whole; a longer one first loses its
        ", which ...," asides, then is cut at a soft break, or else kept whole up to
        ``takeaway_hard_max_words``; a list of names, an aside waiting for its verb and a span
        of days are never cut inside, and a cut never ends on a ``loose_ends`` word).
    """
    data = load_data("brief")
    cues = load_data("cues")
    text = _unquote(re.sub(r"\s*\([^)]*\)", "", re.sub(data["timestamp_pattern"], "", sentence)).strip())
    before = text
    for pattern, repl in data["synopsis_drops"]:
        if pattern.endswith("$)"):  # the synopsis's closing attributions first: ", government officials said on Monday"
            text = re.sub(pattern, repl, text)
    for pattern in cues["attribution_patterns"]:
        text = re.sub(pattern, "", text, flags=re.IGNORECASE)
    if text != before:
        text = re.sub(r"^that\s+", "", text.strip(), flags=re.IGNORECASE)  # "The official indicated that ..."
    lowered = text.lower()
    for lead in sorted(cues["leading_connectives"], key=len, reverse=True):
        if lowered.startswith(lead):
            text = text[len(lead) :].lstrip(" ,")
            break
    for brk in data["clause_breaks"]:
        cut = text.find(brk)
        if cut > 0 and len(text[:cut].split()) >= 5:
            text = text[:cut]
    limit = data["takeaway_max_words"]
    if len(text.split()) > limit + data["takeaway_slack_words"]:
        # a long line first loses its asides ("North Macedonia, which joined the alliance in 2020, will host")
        text = re.sub(r",\s+(?:which|who|whose|whom)\b[^,;]*,\s*", " ", text)
    if len(text.split()) > limit + data["takeaway_slack_words"]:  # a short tail is kept, not cut off
        cuts = [
            m.start()
            for brk in data["soft_breaks"]
            for m in re.finditer(re.escape(brk), text)
            if data["takeaway_min_words"] <= len(text[: m.start()].split()) <= limit
            and not _in_name_list(text, m.start(), brk) and not _inside_aside(text, m.start())
        ]
        day = _day_after(text, max(cuts)) if cuts else None
        if day is not None and len(text[:day].split()) <= data["takeaway_hard_max_words"]:
            text = text[:day]  # "... in the Bay of Bengal starting on November 9": the day stays
        elif cuts:
            text = _cut_words(text[: max(cuts)], limit)
        else:
            # no break within the limit: the first clause up to the hard maximum reads better than a cut one
            longer = [m.start() for m in re.finditer(r"[,;]", text)
                      if limit < len(text[: m.start()].split()) <= data["takeaway_hard_max_words"]
                      and not _in_name_list(text, m.start(), ",") and not _inside_aside(text, m.start())]
            if longer:
                text = text[: min(longer)]
            elif len(text.split()) > data["takeaway_hard_max_words"]:
                text = _cut_words(text, limit)
    text = text.strip(" ,;:.")
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Topic:
    """A cluster of an article's sentences about one theme.

    weight (float): the sum of its sentences' weights.
    sentences (tuple[Sentence, ...]): best first. weights (tuple[float, ...]): theirs, same order.
    """

    weight: float
    sentences: tuple[Sentence, ...]
    weights: tuple[float, ...]


def topic_clusters(topics: Sequence[Sentence], context: Sequence[Sentence]) -> list[Topic]:
    """Group sentences into topics: single-link clusters of TF-IDF cosine at least
    ``topic_similarity`` (``data/brief.json``), best topic first.

    Each sentence's weight is its centrality against the rest of the article (cosine to
    the centroid of the other sentences, so a sentence does not vote for itself); a
    topic's weight is the sum of its sentences' weights (an article that returns to a
    theme makes it weigh more), and its sentences are ordered by weight.

    topics (Sequence[Sentence]): the candidate sentences.
    context (Sequence[Sentence]): the whole article (term weights and centroid).
    RETURNS (list[Topic]): the clusters, heaviest first.
    """
    data = load_data("brief")
    whole = list(context)
    by_index = dict(zip((s.index for s in whole), _vectors(whole)))
    centroid: dict[str, float] = {}
    for v in by_index.values():
        for t, x in v.items():
            centroid[t] = centroid.get(t, 0.0) + x
    weight: dict[int, float] = {}
    for s in topics:
        v = by_index.get(s.index, {})
        weight[s.index] = _cosine(v, {t: x - v.get(t, 0.0) for t, x in centroid.items()})
    parent = {s.index: s.index for s in topics}

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, a in enumerate(topics):
        for b in topics[i + 1 :]:
            if _cosine(by_index.get(a.index, {}), by_index.get(b.index, {})) >= data["topic_similarity"]:
                parent[root(b.index)] = root(a.index)
    groups: dict[int, list[Sentence]] = {}
    for s in topics:
        groups.setdefault(root(s.index), []).append(s)
    clusters = []
    for group in groups.values():
        members = sorted(group, key=lambda s: (-weight[s.index], s.index))
        clusters.append(Topic(round(sum(weight[s.index] for s in members), 4), tuple(members),
                              tuple(round(weight[s.index], 4) for s in members)))
    return sorted(clusters, key=lambda t: (-t.weight, t.sentences[0].index))


def takeaways(
    sentences: Sequence[Sentence], events: Sequence[EventRecord] = (), published: date | None = None
) -> list[str]:
    """Key takeaways: the main actor's planned or happened events, then one line per topic.

    sentences (Sequence[Sentence]): the article's sentences.
    events (Sequence[EventRecord]): the article's events.
    published (date | None): the article's day; an event that happened more than
        ``background_days`` before it is background ("Lu last visited Manila in 2023"),
        never an event line.
    RETURNS (list[str]): up to ``takeaways_max`` (6) lines, at least ``takeaways_min`` (4)
        when the article has enough sentences, no two the same. A cancellation or
        postponement the article leads with comes first; then up to
        ``event_takeaways_max`` lines name the events of the actor with most events
        (planned or happened, with a counterpart or a place, calendar order:
        "Meets President Lee Jae Myung in Seoul on Nov 4 (planned)"); then the topics of
        the sentences without an event (policy, security, context; :func:`topic_clusters`,
        those of weight below ``topic_min_weight`` share no words with the rest of the
        article and are left out) give one compressed line each, their best sentence.
        Topics tied to the main story (a sentence names the main actor, a person they
        meet or a place of their events other than a country) come first, heaviest first,
        then the others. There are as many topic lines as the tied topics, or as the
        article's length asks for (one line per ``sentences_per_takeaway`` sentences, in
        all) when that is more, at least two when there are two topics, and never more
        than ``takeaways_max`` lines in all; below ``takeaways_min`` lines, the next best
        topic sentences fill up, then the article's other sentences (not those of the event
        lines; those leaning on the sentence before them last). Topic lines are in article order.
    """
    data = load_data("brief")
    if not sentences:
        return []
    main = Counter(e.actor.name for e in events).most_common(1)
    body = " ".join(s.text for s in sentences).lower()

    def salience(e: EventRecord) -> int:
        names = [[t for t in c.name.split() if len(t) > 2] for c in e.counterparts if c.kind == "person"]
        if e.place is not None and e.place.kind != "country" and e.action in data["place_first_actions"]:
            names.append([e.place.name])
        return sum(
            max((len(re.findall(r"\b" + re.escape(t.lower()) + r"\b", body)) for t in toks), default=0)
            for toks in names
        )

    picked = [
        e for e in events
        if main and e.actor.name == main[0][0] and not _background(e, published, data["background_days"]) and e.status in ("planned", "happened", "ongoing") and salience(e) > 0
        and (_persons(e) or _stated_place(e))
    ]
    picked = sorted(sorted(picked, key=salience, reverse=True)[: data["event_takeaways_max"]],
                    key=lambda e: e.date.value or "9999")
    lines: list[str] = [line for line in (_called_off_line(e, sentences) for e in events) if line][:1]
    for e in picked:
        line = event_line(e, subject=False, titles=True, when=True, persons_only=True)
        if line not in lines:
            lines.append(line)
    topics = [s for s in sentences if not s.has_event and _is_clause(compress(s.text))] or [
        s for s in sentences if _is_clause(compress(s.text))]
    every = topic_clusters(topics, sentences)
    clusters = [t for t in every if t.weight >= data["topic_min_weight"]]
    names = _story_names([e for e in events if main and e.actor.name == main[0][0]])
    core = [t for t in clusters if any(_names_any(s.text, names) for s in t.sentences)]
    k = round(len(sentences) / data["sentences_per_takeaway"])
    k = max(data["takeaways_min"], min(data["takeaways_max"], k, len(sentences)))
    room = data["takeaways_max"] - len(lines)
    want = min(room, max(k - len(lines), len(core), min(2, len(clusters))))
    ranked = core + [t for t in clusters if t not in core]
    chosen = [t.sentences[0] for t in ranked[:want]]
    spare = sorted(((w, s) for t in every for s, w in zip(t.sentences, t.weights) if s not in chosen),
                   key=lambda p: (-p[0], p[1].index))
    while len(lines) + len(chosen) < data["takeaways_min"] and spare:
        chosen.append(spare.pop(0)[1])
    # still short: other sentences of the article, in order, those that lean on the one before last
    told = [" ".join(ev.sentence.split()) for e in picked for ev in e.evidence]
    rest = sorted((s for s in sentences if s not in chosen and _is_clause(compress(s.text))
                   and not any(t.endswith(" ".join(s.text.split())) for t in told)),
                  key=lambda s: (_leans_back(s.text), s.index))
    while len(lines) + len(chosen) < data["takeaways_min"] and rest:
        candidate = rest.pop(0)
        if compress(candidate.text) not in lines:
            chosen.append(candidate)
    out: list[str] = []
    for s in sorted(chosen, key=lambda s: s.index):
        line = compress(s.text)
        if line and line not in out and line not in lines:
            out.append(line)
    return (lines + out)[: data["takeaways_max"]]


def _background(event: EventRecord, published: date | None, days: int) -> bool:
    """True when the event happened more than ``days`` before the article's day ``published``."""
    iv = event.date.interval()
    return (published is not None and iv is not None and event.status == "happened"
            and (published - iv[1]).days > days)


def _story_names(events: Sequence[EventRecord]) -> list[str]:
    """The names that tie a sentence to the main story: each word of three or more letters
    of the actor's and the person counterparts' names (family names come first in some,
    as in "Lee Jae Myung"), and the places other than countries of the given events."""
    names: set[str] = set()
    for e in events:
        people = [e.actor] + [c for c in e.counterparts if c.kind == "person"]
        names.update(t for p in people for t in p.name.split() if len(t) > 2)
        if e.place is not None and e.place.kind != "country":
            names.add(e.place.name)
    return sorted(names)


def _names_any(text: str, names: Sequence[str]) -> bool:
    return any(re.search(r"\b" + re.escape(n) + r"\b", text) for n in names)


def _persons(event: EventRecord) -> list[ActorRef]:
    return [c for c in event.counterparts if c.kind == "person" and c.name != event.actor.name]


def _stated_place(event: EventRecord) -> bool:
    """True when the event's place is named in one of its evidence sentences (not a
    place that leaked from elsewhere in the article)."""
    if event.place is None:
        return False
    name = event.place.name.lower()
    return any(name in ev.sentence.lower() for ev in event.evidence)


def _is_clause(line: str) -> bool:
    """True when a line reads as a clause: at least ``clause_min_words`` words and a
    finite verb (an auxiliary, a listed verb, or a past form in -ed)."""
    data = load_data("brief")
    toks = re.findall(r"[a-z'-]+", line.lower())
    if len(toks) < data["clause_min_words"]:
        return False
    verbs = set(load_data("question")["auxiliaries"]) | set(data["finite_verbs"])
    return any(t in verbs or (t.endswith("ed") and len(t) > 4) for t in toks)


def _called_off_line(event: EventRecord, sentences: Sequence[Sentence]) -> str | None:
    """"Trip to Pretoria called off (cancelled)" when the article leads with an event's
    cancellation or postponement (its sentence is among the first ``lead_window``)."""
    data = load_data("brief")
    if event.status not in ("cancelled", "postponed"):
        return None
    lead = {" ".join(s.text.split()) for s in sentences[: data["lead_window"]]}
    if not any(" ".join(ev.sentence.split()).strip() in lead or any(
            " ".join(ev.sentence.split()).strip().endswith(t) for t in lead)
            for ev in event.evidence if ev.status == event.status):
        return None
    noun = data["called_off_nouns"].get(event.action, "Meeting")
    persons = _persons(event)
    if event.place is not None and event.action in data["place_first_actions"]:
        what = f"{noun} {'in' if event.action == 'attend' else 'to'} {event.place.name}"  # "Attendance in Xiamen"
    elif persons:
        what = f"{noun} with {' and '.join(p.name for p in persons[:2])}"
    elif event.place is not None:
        what = f"{noun} in {event.place.name}"
    else:
        names = [n for n in (named_meeting(ev.sentence) for ev in event.evidence) if n]
        if not names:
            return None  # nothing to name it by
        what = names[0]
    verb = "called off" if event.status == "cancelled" else "postponed"
    return f"{what} {verb} ({event.status})"


def _who(actor: ActorRef) -> str:
    return f"{actor.title} {actor.name}" if actor.title and actor.kind == "person" else actor.name


def _when_words(value: str | None, end: str | None) -> str:
    """value, end (str | None): an event's date value and last day.
    RETURNS (str): "on Nov 3", "on Nov 3-5", "in Apr 2023", "in 2023", or '' for other values."""
    if value and re.fullmatch(r"\d{4}-\d\d", value):
        return f"in {date.fromisoformat(value + '-01').strftime('%b %Y')}"
    if value and re.fullmatch(r"\d{4}", value):
        return f"in {value}"
    if not value or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return ""
    first = date.fromisoformat(value)
    text = f"{first.strftime('%b')} {first.day}"
    if end and re.fullmatch(r"\d{4}-\d\d-\d\d", end) and end != value:
        last = date.fromisoformat(end)
        text += f"-{last.day}" if last.month == first.month else f"-{last.strftime('%b')} {last.day}"
    return f"on {text}"


def event_line(
    event: EventRecord,
    subject: bool = True,
    titles: bool = False,
    when: bool = False,
    persons_only: bool = False,
    status: bool = True,
) -> str:
    """One readable line for an event: "Pete Hegseth visits the Joint Security Area with
    Ahn Gyu-back (planned)".

    event (EventRecord): the event. subject (bool): start with the actor (False: with the verb).
    titles (bool): give counterparts their titles. when (bool): add the day ("on Nov 3",
        "in Apr 2023" for a month).
    persons_only (bool): name only counterparts that are persons, and the place only
        when an evidence sentence names it.
    status (bool): end with the status in parentheses.
    RETURNS (str): the line.
    """
    data = load_data("brief")
    verb = data["verbs"].get(event.action, event.action)
    shown = _persons(event) if persons_only else list(event.counterparts)
    others = _names([_who(c) if titles else c.name for c in shown])
    if shown and all(c.kind == "country" for c in shown):
        others = f"counterparts from {others}"  # "meets counterparts from Malaysia, India and Thailand"
    place = place_phrase(event.place.name) if event.place and (not persons_only or _stated_place(event)) else ""
    gathering = _gathering(event, place)
    if event.action in data["what_joints"]:
        parts = _what_parts(event, verb, _names([place_phrase(c.name) if c.kind == "country" else c.name for c in shown]),
                            place)
    elif gathering and event.action in data["gathering_actions"] and not (others and event.action in ("meet", "talks")):
        parts = [data["gathering_verbs"].get(event.action, verb), gathering] + ([f"with {others}"] if others else [])
    elif event.action in data["place_first_actions"] and place and (event.action != "attend" or not gathering):
        # "visits Seoul", "attends an event in Seoul"
        verb = data["verbs_without_object"][event.action] + " in" if event.action == "attend" else verb
        partner = data["journey_partner"].get(event.action, "with")  # "travels to Rabat for talks with X"
        parts = [verb, place] + ([f"{partner} {others}"] if others else [])
    elif not others and event.action in data["verbs_without_object"]:
        parts = [data["verbs_without_object"][event.action]] + ([f"in {place}"] if place else [])
    else:
        parts = [verb] + ([others] if others else []) + ([f"in {place}"] if place else [])
    day = _when_words(event.date.value, event.date.end_value) if when else ""
    if day:
        parts.append(day)
    text = " ".join(parts)
    text = f"{event.actor.name} {text}" if subject else text[:1].upper() + text[1:]
    return f"{text} ({event.status})" if status else text


def _what_parts(event: EventRecord, verb: str, others: str, place: str) -> list[str]:
    """The words after the actor for a family that acts on a thing ("launches a ballistic
    missile", "holds joint drills with the United States in the Yellow Sea", "resigns").

    event (EventRecord): the event. verb (str): its verb. others (str): its counterparts, named.
    place (str): its place as a sentence writes it, or ''. RETURNS (list[str]): the words.
    """
    data = load_data("brief")
    parts = [verb]
    if event.what:
        what = what_phrase(event.what, event.action)
        if event.action == "vote" and not held_vote(event.what):
            parts = [data["what_vote_verb"]]
        elif event.action in data["what_verbs"]:
            parts = [data["what_verbs"][event.action]]  # "holds a mass protest", not "protests a mass protest"
        elif event.what.split() and event.what.lower().split()[-1] in data["object_verbs"]:
            parts = [data["object_verbs"][event.what.lower().split()[-1]]]  # "conducts a nuclear test"
        parts.append(what)
    if event.actor.kind == "group" and event.actor.name.lower().endswith("s"):
        parts[0] = data["plural_verbs"].get(parts[0], parts[0])  # "protesters protest", "unions hold a strike"
    if others:
        parts.append(f"{data['what_joints'][event.action]} {others}")
    if place:
        parts.append(f"in {place}")
    return parts


def _names(names: Sequence[str], most: int = 4) -> str:
    """RETURNS (str): "A", "A and B", "A, B and C"; past ``most`` names, "and N others"."""
    if len(names) > most:
        names = [*names[: most - 1], f"{len(names) - most + 1} others"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _gathering(event: EventRecord, place: str) -> str:
    """The named gathering of an event's evidence ("the Security Consultative Meeting in
    Seoul"), '' when none is named (or only the actor's own visit)."""
    surname = event.actor.name.split()[-1].lower() if event.actor.name else ""
    for ev in event.evidence:
        name = named_meeting(ev.sentence)
        if name and surname not in name.lower():
            where = f" in {place}" if place and place.removeprefix("the ") not in name else ""
            return f"the {name}{where}"
    return ""


def timeline_text(event: EventRecord) -> str:
    """event (EventRecord): an event. RETURNS (str): its timeline line (:func:`event_line`)
    without the status, which the timeline entry carries in its own field."""
    return event_line(event, status=False)


@dataclass(frozen=True)
class Rouge:
    """ROUGE-N of a candidate against a reference.

    recall (float): share of the reference's n-grams (with repeats) found in the candidate.
    precision (float): share of the candidate's n-grams found in the reference.
    f1 (float): their harmonic mean (0.0 when both are 0). All rounded to 4 decimals.
    """

    recall: float
    precision: float
    f1: float


def _ngrams(text: str, n: int) -> Counter[tuple[str, ...]]:
    toks = re.findall(r"[a-z0-9]+", text.lower())
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def rouge(candidate: str, reference: str, n: int = 1) -> Rouge:
    """ROUGE-N recall, precision and F1 over lower-cased word n-grams (clipped counts).

    candidate (str): system text. reference (str): hand-written text. n (int): n-gram size.
    RETURNS (Rouge): recall, precision, F1 in [0, 1], 4 decimals; 0.0 where a side has
        no n-gram.
    """
    ref, cand = _ngrams(reference, n), _ngrams(candidate, n)
    hit = sum(min(c, cand[g]) for g, c in ref.items())
    recall = hit / sum(ref.values()) if ref else 0.0
    precision = hit / sum(cand.values()) if cand else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    return Rouge(round(recall, 4), round(precision, 4), round(f1, 4))


def rouge1_recall(candidate: str, reference: str) -> float:
    """ROUGE-1 recall: share of the reference's words (with repeats) found in the candidate.

    candidate (str): system text. reference (str): hand-written text.
    RETURNS (float): recall in [0, 1], 4 decimals (0.0 for an empty reference).
    """
    return rouge(candidate, reference, 1).recall


def rouge2_recall(candidate: str, reference: str) -> float:
    """ROUGE-2 recall: share of the reference's word bigrams (with repeats) in the candidate.

    candidate (str): system text. reference (str): hand-written text.
    RETURNS (float): recall in [0, 1], 4 decimals (0.0 when the reference has no bigram).
    """
    return rouge(candidate, reference, 2).recall


def first_words(text: str, budget: int) -> str:
    """The text cut to its first ``budget`` whitespace-separated words (a length budget
    for comparing summaries of different lengths fairly).

    text (str): a summary. budget (int): how many words to keep.
    RETURNS (str): the first ``budget`` words joined by single spaces.
    """
    return " ".join(text.split()[:budget])


def brief(store: Store, article_id: str) -> Brief:
    """Brief one stored article.

    store (Store): the store. article_id (str): the article.
    RETURNS (Brief): synopsis, takeaways, timeline (the article's events as known on
        its publication day, calendar order) and proposed questions.
    RAISES StoreError: E303 when there is no such article.
    """
    article, extraction = store.article(article_id)
    sentences = article_sentences(article, extraction)
    events = store.events(article_id=article_id, as_of=article.published)
    timeline = tuple(
        {"event_id": e.id, "date": e.date.value, "status": e.status, "text": timeline_text(e)} for e in events
    )
    return Brief(
        article_id=article_id,
        title=article.title,
        synopsis=synopsis(sentences, events),
        key_takeaways=tuple(takeaways(sentences, events, article.published)),
        timeline=timeline,
        questions=tuple(propose_for_article(store, article_id)),
    )
