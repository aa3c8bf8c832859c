"""The key takeaways of a brief: the main actor's events as short lines, then one line per
topic of the other sentences, each compressed to its main clause.

:func:`compress` shortens a sentence to a takeaway line, :func:`topic_clusters` groups an
article's sentences by theme and :func:`takeaways` picks the lines. Weights and word
lists live in ``data/brief.json`` and ``data/cues.json``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Sequence

from ..model import EventRecord
from .event_lines import counterpart_persons, event_line, stated_place
from .propose import named_meeting
from .question import load_data
from .sentences import Sentence, cosine, leans_back, tfidf_vectors

__all__ = ["compress", "Topic", "topic_clusters", "takeaways"]


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
    by_index = dict(zip((s.index for s in whole), tfidf_vectors(whole)))
    centroid: dict[str, float] = {}
    for v in by_index.values():
        for t, x in v.items():
            centroid[t] = centroid.get(t, 0.0) + x
    weight: dict[int, float] = {}
    for s in topics:
        v = by_index.get(s.index, {})
        weight[s.index] = cosine(v, {t: x - v.get(t, 0.0) for t, x in centroid.items()})
    parent = {s.index: s.index for s in topics}

    def root(i: int) -> int:
        """i (int): a sentence index. RETURNS (int): the index that stands for its cluster."""
        while parent[i] != i:
            i = parent[i]
        return i

    for i, a in enumerate(topics):
        for b in topics[i + 1 :]:
            if cosine(by_index.get(a.index, {}), by_index.get(b.index, {})) >= data["topic_similarity"]:
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
        """e (EventRecord): an event of the main actor.
        RETURNS (int): how often the article names its person counterparts (each by its most
        frequent name word) and, for a ``place_first_actions`` action, its place (no country)."""
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
        and (counterpart_persons(e) or stated_place(e))
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
                  key=lambda s: (leans_back(s.text), s.index))
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
    """text (str): a sentence. names (Sequence[str]): names (:func:`_story_names`).
    RETURNS (bool): True when the sentence holds one of the names as whole words."""
    return any(re.search(r"\b" + re.escape(n) + r"\b", text) for n in names)


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
    persons = counterpart_persons(event)
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
