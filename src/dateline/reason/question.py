"""Parse a yes/no question into an event pattern: actor, action, target and time window.

"Will US Defence Secretary Hegseth visit the DMZ during his upcoming trip to
South Korea?" becomes ``actor="US Defence Secretary Hegseth"``, ``action="visit"``,
``target="DMZ"``, ``window=Window("trip", place="South Korea")``. Dates in the
question stay as written here; :func:`window_interval` turns them into days with
:func:`dateline.extract.time.normalize`, anchored on the as-of day.

The words (auxiliaries, action verbs, window cues) live in ``data/question.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..errors import Errors, QuestionError
from ..model import PlaceRef, TimeExpr

__all__ = ["Window", "QuestionPattern", "act_kind_matches", "body_phrase", "held_vote", "is_date_phrase", "load_data",
           "object_kind", "parse_question", "place_phrase", "reversed_range", "what_phrase", "window_interval", "words"]


@lru_cache(maxsize=None)
def load_data(name: str) -> dict[str, Any]:
    """Read one of the reason stage's language data files.

    name (str): file stem in ``dateline/reason/data`` (``question``, ``cues``, ``forecast``).
    RETURNS (dict): the parsed JSON.
    """
    text = resources.files("dateline.reason").joinpath("data", f"{name}.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def asked_actions(action: str) -> list[str]:
    """action (str): a question's action ("visit"). RETURNS (list[str]): the stored actions that answer it
    (``action_matches`` of ``question.json``), the action itself when it has no entry."""
    matches: list[str] = load_data("question")["action_matches"].get(action, [action])
    return matches


def place_phrase(name: str) -> str:
    """name (str): a place name. RETURNS (str): the name as a sentence writes it, with "the"
    when its last word is a ``definite_place_heads`` word ("the Joint Security Area") or it
    opens with a ``definite_place_openings`` word and "of" ("the Sea of Japan")."""
    data = load_data("question")
    words = name.split()
    if words and words[0].lower() == "the":
        return name  # "The Hague": the article is the name's own
    if words and words[-1].lower() in data["definite_place_heads"]:
        return f"the {name}"
    if len(words) > 2 and words[0].lower() in data["definite_place_openings"] and words[1] == "of":
        return f"the {name}"  # "the Sea of Japan", "the Gulf of Aden"
    return name


def body_phrase(name: str, kind: str) -> str:
    """name (str): an actor's name. kind (str): its kind (``person``, ``org`` or ``country``).
    RETURNS (str): the name as a sentence writes it, with "the" for an organisation whose
    last word is a ``definite_body_heads`` word ("the African Union Commission") or that is a
    body "of" somewhere ("the Parliament of Sweden", "the Senate of Chile")."""
    heads: list[str] = load_data("question")["definite_body_heads"]
    words = name.split()
    if kind != "org" or not words or name.lower().startswith("the "):
        return name
    if words[-1].lower() in heads or len(words) > 2 and words[1] == "of" and words[0][:1].isupper():
        return f"the {name}"
    return name


def actor_phrase(name: str, kind: str) -> str:
    """name (str): an actor's name. kind (str): its kind (``person``, ``org`` or ``country``).
    RETURNS (str): the actor as a sentence names it: a country as a place ("the United
    Kingdom"), a body with its "the" (:func:`body_phrase`), a person as named."""
    return place_phrase(name) if kind == "country" else body_phrase(name, kind)


def held_vote(what: str) -> bool:
    """what (str): a vote's object. RETURNS (bool): True when it is held ("general election",
    "censure vote": ``vote_objects`` of ``data/question.json``), False when it is voted on ("budget")."""
    objects: list[str] = load_data("question")["vote_objects"]
    return bool(what.split()) and what.lower().split()[-1] in objects


def what_phrase(what: str, action: str) -> str:
    """How a sentence writes what an action acts on.

    what (str): an event's object ("reconnaissance satellite", "Freedom Edge", "budget").
    action (str): its family.
    RETURNS (str): a name takes "the" and its family noun ("the Freedom Edge exercise"), a plural
        stands bare ("joint drills"), a measure voted on is definite ("the budget"), anything else
        takes "a"/"an" ("a reconnaissance satellite", "a general election").
    """
    lead: list[str] = load_data("question")["what_leading_words"]
    parts = what.split()
    while len(parts) > 1 and parts[0].lower() in lead:
        parts = parts[1:]  # "own naval drills" reads "naval drills" after the actor
    what = " ".join(parts)
    if not parts:
        return what
    last = parts[-1].lower()
    if what[:1].isupper():
        noun = " exercise" if action == "exercise" and last not in ("exercise", "exercises", "drills", "drill") else ""
        return f"the {what}{noun}"
    if last.endswith("s") and not last.endswith("ss"):
        return what
    if action == "vote" and not held_vote(what):
        return f"the {what}"
    return ("an " if what[:1].lower() in "aeiou" else "a ") + what


def words(text: str) -> list[str]:
    """Lower-cased word tokens, accents folded ("São" -> "sao"), with house spelling variants
    folded (defense -> defence).

    text (str): any text.
    RETURNS (list[str]): the tokens.
    """
    variants: dict[str, str] = load_data("question")["spelling_variants"]
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return [variants.get(w, w) for w in re.findall(r"[a-z0-9]+(?:[.'-][a-z0-9]+)*", folded.replace("\u2019", "'"))]


@dataclass(frozen=True)
class Window:
    """The time window of a question, as written.

    kind (str): ``on`` (an explicit day/week/month), ``by`` (on or before a date),
        ``between`` (from one date to another), ``relative`` (this month, next week...),
        ``trip`` (during a trip to a place), ``none``.
    text (str): the date words (``November 4``, ``next week``; the first date of
        ``between``), '' for ``trip``/``none``.
    place (str | None): the trip's destination for kind ``trip``; None for "during the
        visit" (the actor's trip nearest the asking day).
    until (str): the last date's words for ``between``.
    before (bool): for ``by``, the window ends the day before the date ("before March 28": by March 27; "before May
        2026": by April 30).
    """

    kind: str
    text: str = ""
    place: str | None = None
    until: str = ""
    before: bool = False


@dataclass(frozen=True)
class QuestionPattern:
    """An event pattern parsed from a question.

    question (str): the question as asked.
    actor (str): the actor phrase (``US Defence Secretary Hegseth``).
    action (str): action family (``visit``, ``meet``, ``attend``, ``sign``...).
    target (str | None): place, counterpart or named event (``the DMZ`` -> ``DMZ``).
    place (str | None): an extra place for meetings ("meet Koizumi in Tokyo" -> ``Tokyo``).
    window (Window): the time window.
    past (bool): True for past-tense questions ("Did ... visit").
    kind (str): ``actor`` (someone does something) or ``occurrence`` (a named gathering
        happens at all: "Will the summit take place?"; ``actor`` is then '' and
        ``target`` names the gathering).
    what (str | None): what the action acts on, as written ("a ballistic missile",
        "the budget", "joint drills"), for the ``what_families`` of ``data/question.json``;
        ``target`` is then the counterpart ("on Russia", "with Japan") and ``place`` the place.
    variety (str | None): the kind of act the question names within its family ("march",
        "strike" of a protest: ``act_kinds`` of ``data/question.json``), None when it names none
        ("Will farmers protest?").
    """

    question: str
    actor: str
    action: str
    target: str | None
    place: str | None
    window: Window
    past: bool = False
    kind: str = "actor"
    what: str | None = None
    variety: str | None = None


def act_kind_matches(family: str, text: str) -> list[tuple[int, int, str]]:
    """Where a text names a kind of act of a family (``act_kinds`` of ``data/question.json``).

    family (str): an action family ("protest"). text (str): any text (a question's verb phrase,
        a stored object, an evidence sentence).
    RETURNS (list[tuple[int, int, str]]): (start, end, kind) of every kind word written as a whole
        word, in any case; empty for a family without kinds.
    """
    kinds: dict[str, dict[str, Any]] = load_data("question")["act_kinds"].get(family, {})
    low = text.lower()
    return [(m.start(), m.end(), kind) for kind, entry in kinds.items() for word in entry["words"]
            for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", low)]


def _longest_kind(matches: list[tuple[int, int, str]]) -> str | None:
    """RETURNS (str | None): the kind of the longest of some :func:`act_kind_matches` matches ("hunger strike" over
    "strike"), None when there are none."""
    return max(matches, key=lambda m: m[1] - m[0])[2] if matches else None


def object_kind(family: str, what: str | None) -> str | None:
    """family (str): an action family. what (str | None): an object ("general strike", "a march").
    RETURNS (str | None): the kind of act the object's head names ("strike"), None when it names none."""
    if not what:
        return None
    end = len(what.rstrip())
    return _longest_kind([m for m in act_kind_matches(family, what) if m[1] == end])


def _asked_kind(family: str, phrase: str, obj: str | None) -> str | None:
    """The kind of act a question names: in its verb phrase ("march", "go on strike", "hold a rally"), else, for
    a verb that takes the act as its object ("stage a sit-in", "hold a march": ``obj``), the object's head.

    family (str): the question's family. phrase (str): its action phrase as written. obj (str | None): the words
        after a holding verb, None when the verb is the family's own ("protest against the strike ban").
    RETURNS (str | None): the kind, None when the question names none.
    """
    kind = _longest_kind(act_kind_matches(family, phrase))
    if kind is not None or not obj:
        return kind
    split = re.match(load_data("question")["what_pattern"], obj.strip(" ,?.!"), re.IGNORECASE)
    return object_kind(family, split["what"] if split else obj)


def _goods_of_country(phrase: str) -> str | None:
    """phrase (str): what a measure is on ("U.S. almonds", "Chinese electric vehicles"). RETURNS (str | None): the
    country whose goods it names (its leading demonym or name, followed by lower-case words only), else None."""
    from .actor_match import leading_country
    from .phrase_words import phrase_tokens

    country, rest = leading_country(phrase_tokens(phrase))
    words = phrase.split()
    return country if country is not None and rest and words[-1].islower() else None


def _asked_office(phrase: str) -> str:
    """phrase (str): what an office family's verb acts on ("a new fisheries minister"). RETURNS (str): the office asked,
    leading and ``office_fillers`` words dropped ("fisheries minister"), or "" when none is left."""
    fillers = frozenset(load_data("question")["office_fillers"])
    words = _strip_leading(phrase).split()
    while words and words[0].lower() in fillers:
        words = words[1:]
    return " ".join(words)


def _strip_leading(phrase: str) -> str:
    leading: list[str] = load_data("question")["leading_words"]
    changed = True
    out = phrase.strip(" ,;:?.!\"'")
    while changed:
        changed = False
        for w in leading:
            if out.lower().startswith(w + " "):
                out = out[len(w) + 1 :].strip()
                changed = True
    return out


def _find_action(body: str, skip: str | None = None) -> tuple[str, int, int] | None:
    """RETURNS (tuple | None): (family, start, end) of the earliest, longest action phrase
    (of any family but ``skip``)."""
    actions: dict[str, list[str]] = {f: p for f, p in load_data("question")["actions"].items() if f != skip}
    verbs = {p.split()[0].lower() for phrases in actions.values() for p in phrases}
    best: tuple[str, int, int] | None = None
    for family, phrases in actions.items():
        for phrase in phrases:
            for m in _phrase_pattern(phrase).finditer(body):
                if m.start() == 0:
                    continue  # the actor comes first
                after = body[m.end():].split()
                if m.group(0)[:1].isupper() and after and after[0][:1].isdigit():
                    continue  # "by March 15": a month's name before its day, no march
                before = body[:m.start()].split()
                if m.group(0)[:1].isupper() and before and (before[-1][:1].isupper() or before[-1].lower() == "the") \
                        and after and after[0][:1].isupper():
                    continue  # "Will Fossil Free Britain protest ...", "Will the Free Serbia Front hold ...": a word
                    # inside a name, between two capitalized words (or "the" and one)
                if phrase.endswith(" to") and after and after[0].lower() in verbs:
                    continue  # "going to visit": the verb after "to" is the action
                cand = (family, m.start(), m.end())
                if best is None or (cand[1], -cand[2]) < (best[1], -best[2]):
                    best = cand
    return best


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """phrase (str): an action phrase of ``question.json`` ("appear at a hearing"). RETURNS (re.Pattern): the phrase
    as whole words, case-insensitive, an article in it matching any of ``phrase_articles`` and one word after it
    ("appear at his extradition hearing")."""
    articles: list[str] = load_data("question")["phrase_articles"]
    words = phrase.split()
    inner = "|".join(re.escape(a) for a in articles)
    parts = [rf"(?:{inner})(?:\s+[\w-]+)?" if w.lower() in articles[:2] and 0 < i < len(words) - 1 else re.escape(w)
             for i, w in enumerate(words)]
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])", re.IGNORECASE)


def _by_window(rest: str, action: str) -> re.Match[str] | None:
    """The "by/before <date>" window of the words after the verb: the first ``by_pattern`` match, skipping one that
    opens with a preposition the family's verb takes its object with (``object_preps``: "testify before the Senate
    committee by May 15") unless a date follows it. RETURNS (re.Match | None): the match, None when there is none."""
    data = load_data("question")
    pattern = re.compile(data["by_pattern"], re.IGNORECASE)
    objects = data["object_preps"].get(action, [])
    pos = 0
    while (m := pattern.search(rest, pos)) is not None:
        if m.group(0).split()[0].lower() not in objects or _is_date(m["date"].strip(" ?.!,")):
            return m
        pos = m.start() + 1
    return None


def _split_window(rest: str, action: str = "") -> tuple[str, Window]:
    """Split the words after the verb of family ``action`` into target words and the window, as written."""
    data = load_data("question")
    for means in (a for a in data["trailing_adverbs"] if a.startswith("by ")):
        # "speak with Rao by video link on Friday": a means, not a "by <date>" window
        rest = re.sub(r"\s" + re.escape(means) + r"(?![\w-])", "", rest, flags=re.IGNORECASE)
    rest = _drop_trailing(rest)
    m = re.search(data["trip_pattern"], rest, re.IGNORECASE)
    if m:
        return rest[: m.start()], Window("trip", place=_strip_leading(m["place"]))
    m = re.search(data["bare_trip_pattern"], rest.rstrip(" ?.!,"), re.IGNORECASE)
    if m:
        return rest[: m.start()], Window("trip")  # "during the visit": the actor's nearest trip
    m = re.search(data["between_pattern"], rest, re.IGNORECASE)
    if m and _is_date(m["start"].strip(" ,")) and _is_date(m["end"].strip(" ?.!,")):
        return rest[: m.start()], Window("between", text=m["start"].strip(" ,"), until=m["end"].strip(" ?.!,"))
    m = _by_window(rest, action)
    if m:
        text = m["date"].strip(" ?.!,")
        return rest[: m.start()], Window("by", text=text, before=m.group(0).split()[0].lower() == "before"
                                         and not re.match(r"(?:the\s+)?(?:end|close)\b", text, re.IGNORECASE))
        # ("before the end of the year" is by its last day)
    lowered = rest.lower().rstrip(" ?.!")
    for phrase in sorted([*data["relative_windows"], *data["vague_windows"]], key=len, reverse=True):
        if lowered.endswith(phrase):
            return rest[: len(lowered) - len(phrase)], Window("relative", text=phrase)
    for m in re.finditer(data["on_pattern"], rest, re.IGNORECASE):
        text = rest[m.end() :].strip(" ?.!,")
        if text and _is_date(text):
            return _drop_trailing(rest[: m.start()]), Window("on", text=text)
    return rest, Window("none")


def _drop_trailing(words: str) -> str:
    """RETURNS (str): the words without trailing adverbs ("Lee yet" -> "Lee", ``trailing_adverbs``) or a trailing
    ``occurrence_phrases`` verb ("Will the doctors' strike in Zimbabwe take place?": "in Zimbabwe")."""
    data = load_data("question")
    adverbs: list[str] = [*data["trailing_adverbs"], *data["occurrence_phrases"]]
    out = words.rstrip(" ?.!,")
    changed = True
    while changed:
        changed = False
        for adverb in adverbs:
            if out.lower().endswith(" " + adverb):
                out = out[: -len(adverb) - 1].rstrip(" ,")
                changed = True
    return out


def _date_case(text: str) -> str:
    """Month and weekday names capitalised as the time normalizer expects them in running
    text ("on thursday" -> "on Thursday"), for questions typed in lower case."""
    names = _calendar_names()
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize() if m.group(0).lower() in names else m.group(0), text)


@cache
def _calendar_names() -> frozenset[str]:
    """Month and weekday names of more than three letters ("may", "sun", "wed" are words too)."""
    from ..extract.timex.lexicon import load_lexicon

    lex = load_lexicon()
    return frozenset(w for w in (*lex.months, *lex.weekdays) if len(w) > 3)


def _read_date(text: str, anchor: date, tense: str) -> TimeExpr | None:
    """Read a question's date phrase with the one time normalizer. A lone month name that
    is also a word ("May") is read after "in", as the question wrote it.

    text (str): the phrase ("November 4", "May"). anchor (date): the day it is read against.
    tense (str): ``past``, ``future`` or ``none``.
    RETURNS (TimeExpr | None): the expression covering the phrase, or None.
    """
    from ..extract.time import normalize
    from ..extract.timex.lexicon import load_lexicon

    text = _date_case(text)
    expr = normalize(text, anchor, tense)
    if expr is None and text.strip().lower() in load_lexicon().months:
        expr = normalize(f"in {text.strip().capitalize()}", anchor, tense)
    return expr


def is_date_phrase(text: str) -> bool:
    """text (str): words ("Wednesday", "March 4", "radar data").
    RETURNS (bool): True when the time normalizer reads them, whole, as a calendar date."""
    return _is_date(text)


def _is_date(text: str) -> bool:
    """RETURNS (bool): True when the time normalizer reads ``text`` as a calendar date."""
    expr = _read_date(text, date(2000, 1, 1), "none")
    return bool(expr is not None and expr.interval() is not None and len(expr.text) >= len(text.strip()) - 1)


def parse_question(question: str) -> QuestionPattern:
    """Parse a yes/no question about an event.

    question (str): e.g. "Will Pete Hegseth visit the DMZ by November 4?".
    RETURNS (QuestionPattern): the pattern.
    RAISES QuestionError: E401 when it is not a yes/no question about an event
        (no auxiliary first, or no actor); E402 when no action verb is found; E403 for a
        negated question ("Will X not attend ...?"); E404 when a date in it is not a real
        day ("February 30") or a range ends before it starts; E405 when it joins two
        alternatives with "or".
    """
    data = load_data("question")
    text = " ".join(question.split()).strip("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb ")  # quoted, or pasted with curly quotes
    first = text.split(" ", 1)[0].lower().strip(",") if text else ""
    if first not in data["auxiliaries"] or " " not in text:
        raise QuestionError(Errors.E401.format(question=question))
    body = text.split(" ", 1)[1].rstrip(" ?.!")
    body = re.sub(r"\bon\s+or\s+before\b", "by", body, flags=re.IGNORECASE)  # "freed on or before September 13": by it
    for phase, verb in (*data["phase_rewrites"].items(), *data["measure_rewrites"].items()):
        body = re.sub(phase, verb, body, flags=re.IGNORECASE)  # "begin withdrawing its troops", "start the
        # withdrawal of its peacekeepers": the withdrawal asked
    body = re.sub(r"\b(go|goes|went|stage|stages|staged|hold|holds|held)\s+(on\s+)?(?:an?\s+)?"
                  r"(?:(?!(?:on|strike|protest|rally|hunger)\b)[a-z][\w-]*\s+){1,3}(strike|protest|rally)\b",
                  lambda m: f"{m[1]} {'on' if m[2] else 'a'} {m[3]}", body)
    # ("go on a nationwide strike", "stage a two-day strike": the action's phrase, its kind words left out; "go on
    # hunger strike" keeps its kind)
    if (case := re.match(data["case_hearings"], body, re.IGNORECASE)) is not None:
        body = f"{case['who']}'s {case['kind']}{case['tail']}"  # "the hearing in X's corruption case take place": X's
        # hearing
    if (passive := re.match(data["passive_verdicts"], body, re.IGNORECASE)) is not None:
        body = f"the court deliver its verdict {passive['rest']}"  # "Will a verdict be delivered in X's case?": the
        # court's verdict in X's case
    there = re.fullmatch(r"there\s+(?:be\s+|been\s+)?(?P<what>.+?)(?P<tail>\s+(?:in|at|on|by|before|during|within|"
                         r"this|next|between\s+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)\S+(?:\s+\d\S*)?\s+and)"
                         r"\s.*)?", body)  # ("between May 1 and May 5": a window; "between Thailand and Cambodia": sides)
    if there is not None:
        body = f"{there['what']} take place{there['tail'] or ''}"  # "Will there be a strike in France by May 1?": whether
        # a strike takes place there, whoever stages it
    found = _find_action(body)
    if found is not None and found[0] == "begin":
        after = body[found[2]:].strip()
        if _object_family("hold", after) == "hold":
            found = _find_action(body, skip="begin")  # "start her Jakarta visit": the visit is asked
        else:
            found = ("hold", found[1], found[2])  # "begin joint drills": an exercise, read from its object
    if found is not None and found[0] in ("agree", "send") and _object_family(found[0], body[found[2]:].strip()) == found[0]:
        found = _find_action(body, skip=found[0])  # "agree on a date to meet": the meeting is asked; only a pact agreed
        # or declared ("agree to a ceasefire", "declare a truce") is the agreeing's own family, and only aid sent
        # ("send relief supplies") the sending's
    if found is not None and found[0] == "move":
        if (moved := _moving_thing(question, body, found, first in data["past_auxiliaries"])) is not None:
            return moved  # "Will a World Food Programme convoy enter Gaza through Rafah?": the WFP's aid, sent there
        found = _find_action(body, skip="move")
    if found is not None and found[0] in ("open", "close") and not _opens_a_facility(body[found[2]:].strip(), found[0]) \
            and not _facility_subject(body[:found[1]], found[0]):
        found = _find_action(body, skip=found[0])  # "open talks with X": the talks are asked, "open" is their start
        # ("close a deal": no facility closed; but "Will the University of Lagos reopen by ...?": it reopens)
    occurrence = _occurrence(question, body, first in data["past_auxiliaries"])
    if occurrence is not None and (found is None or occurrence[1] <= found[1] < occurrence[2]
                                   or found[2] <= occurrence[1] and _nameless(body[:found[1]])):
        return occurrence[0]  # no action verb, or the verb is the phrase's own ("be held"), or the act is a noun no
        # one is named doing ("Will the strike go ahead?", "Will a nationwide strike take place in Peru?")
    if found is None:
        raise QuestionError(Errors.E402.format(question=question))
    action, a_start, a_end = found
    if first in data["passive_auxiliaries"] and action in data["passive_actions"] \
            and body[a_start:a_end].split()[-1].lower().endswith("ed"):
        action = data["passive_actions"][action]  # "Was X arrested?": X's arrest, not one X made
    outcome = data["outcome_phrases"].get(" ".join(body[a_start:a_end].lower().split()))  # "be convicted": a conviction
    actor = _strip_leading(re.sub(r"\s+(?:be\s+)?(?:going to|able to|expected to|due to|set to|scheduled to|"
                                  r"likely to|planning to|supposed to|still|actually|really|ever)$", "",
                                  body[:a_start].strip(), flags=re.IGNORECASE))
    actor, modifier = _cut_aspect(actor)
    placed = re.fullmatch(r"(?P<who>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)*)\s+(?:in|from|across)\s+(?:the\s+)?(?P<where>[A-Z].*)",
                          actor)
    if placed:
        actor = f"{placed['where']} {placed['who']}"  # "nurses in Fiji": Fiji's nurses, the crowd is the head
    if not actor:
        raise QuestionError(Errors.E401.format(question=question))
    if actor.split()[-1].lower() in data["unrecorded_verbs"]:
        # "Will the US lift sanctions ...?": "sanctions" is the object of a verb no event records
        raise QuestionError(Errors.E406.format(question=question, verb=actor.split()[-1].lower()))
    _refuse_malformed(question, body, a_start)
    target_words, window = _split_window(body[a_end:], action)
    if window.kind == "none" and target_words.strip(" ?.!,") and _is_date(target_words.strip(" ?.!,")):
        target_words, window = "", Window("on", text=target_words.strip(" ?.!,"))  # "Will voters in Moldova vote on
        # April 8?": the verb's phrase ("vote on") took the "on" of the day
    _check_window(question, target_words, window)
    target = _strip_leading(target_words) or modifier
    if action == "attend" and body[a_start:a_end].lower().startswith("address") and target \
            and target.rstrip(" ,?.!").split()[-1].lower() in data["address_audiences"]:
        action, target = "address", None  # "Will X address Senegal's National Assembly?": a speech to the body
        # (extract keeps it as the speaker's 'address', wherever the body sits)
    if action in data["person_object_actions"] and re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+)+[A-Z][\w'’.-]*",
                                                                target_words.strip(" ,?.!")):
        action = data["person_object_actions"][action]  # "Will Erdogan fire Naci Agbal?": a dismissal, no launch
    if action in data["passive_actions"] and re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*", (person := re.sub(
            r"\s+(?:as|to)\s+.*$", "",
            target_words.strip(" ,?.!")))):
        # "Will Myanmar arrest Thet Paing Soe?", "Will prosecutors charge X?", "Will X appoint Y as prime minister?":
        # the named person's own arrest, charge or appointment, as the store keeps it, whoever makes it
        actor, action, target = person, data["passive_actions"][action], None
    posts = re.fullmatch(r"(?:the\s+)?(?P<role>[a-z][a-z -]*?)\s+of\s+(?P<a>[A-Z][^,]*?)\s+and\s+(?:of\s+)?(?P<b>(?:the\s+)?[A-Z].*)",
                         actor) if action in ("meet", "call", "sign", "negotiate") \
        and (not target or re.match(r"(?:in|at)\s", target)) else None  # (with its place: "meet in Lima")
    if posts and posts["role"].split()[-1] in data["post_plurals"]:
        # "Will the foreign ministers of Armenia and Azerbaijan meet?": the one country's minister meets the other's
        role = " ".join([*posts["role"].split()[:-1], data["post_plurals"][posts["role"].split()[-1]]])
        actor, target = f"{role} of {posts['a']}", f"{role} of {_strip_leading(posts['b'])}" + (f" {target}" if target else "")
    elif (nations := _nationality_posts(actor)) is not None and action in ("meet", "call", "sign", "negotiate") \
            and (not target or re.match(r"(?:in|at)\s", target)):
        # "Will the Thai and Cambodian defence ministers meet?": the one country's minister meets the other's
        actor, target = nations[0], nations[1] + (f" {target}" if target else "")
    pair = re.fullmatch(r"(?P<a>[A-Z][^,]*?)\s+and\s+(?P<b>(?:the\s+)?[A-Z].*)", actor)
    if action == "sign" and _object_family(action, target) == "truce":
        action = "truce"  # "sign a ceasefire agreement": the truce agreed, its parties the pair
    if action == "sign" and target and (rest := _after_signed_document(target)) != target:
        # "sign the trade agreement with Japan": with Japan; "Will Kenya and Vietnam sign the trade agreement?": the
        # two are the parties; the document alone ("Will X sign the trade agreement?") is matched by its words
        target = rest if rest is not None or pair else target
    if action == "agree" and target and _object_family(action, target) == action \
            and (deal := re.match(data["agreement_pattern"], target, re.IGNORECASE)) is not None:
        target = ((deal["with"] or "") + (deal["rest"] or "")).strip()  # "reach a staff-level agreement with the IMF":
        # with the IMF ("Will Egypt and the IMF reach a staff-level agreement?": the pair's two sides, below)
    definite = re.match(r"\s*(?:the|its|their|his|her)\s", target_words or "", re.IGNORECASE) is not None
    held = re.fullmatch(data["held_meeting_pattern"], target or "", re.IGNORECASE) \
        if action == "hold" and (pair or not definite) else None  # ("hold its meeting": a gathering of its own, named)
    held = held or (re.fullmatch(data["pair_gathering_pattern"], target or "", re.IGNORECASE)
                    if action == "hold" and pair else None)  # "Will X and Y hold their leaders' retreat?": they meet
    if held:
        # "Will X and Y hold talks in Ankara?": a meeting of the two, at that place; "Will OPEC+ hold a meeting in
        # Vienna?": a meeting of its own there, with whoever
        action, target = "meet", f"in {held['place']}" if held["place"] and pair else ""
    if pair and action in ("meet", "call", "sign", "hold", "negotiate", "agree") and (
            not target or held or re.match(r"(?:in|at)\s", target)):
        # "Will Fuentes and Ibarra meet?": the second is the first one's counterpart (also "meet in Rome", its place
        # kept)
        actor, target = pair["a"], _strip_leading(pair["b"]) + (f" {target}" if target else "")
    verb_family = action
    action = _object_family(action, target)
    variety = _asked_kind(action, body[a_start:a_end], None if verb_family == action else target)
    if action in data["court_questions"]["families"]:
        named = _defendant(actor, target_words.strip(" ,?.!"), target)
        if action in data["ruling_questions"]["verbs_of"] and named[0] == actor and _court_subject(actor):
            action = "ruling"  # "Will the Constitutional Court rule on the election petition?": the court's ruling
        else:
            actor, target = named
    if action in data["office_families"] and target and not outcome:
        outcome = _asked_office(target) or None  # "appoint a new fisheries minister": the post filled
    if action in data["actor_only_families"]:
        target = None  # "resign as finance minister": the actor is all there is to match
    if action == "protest" and target:
        at = re.search(r"(?:^|\s)(?:in|at|outside|near|across|throughout)\s+(?P<place>.+)$", target, re.IGNORECASE)
        target = _strip_leading(at["place"]) if at else None  # "protest in Tbilisi", "hold a rally in Belgrade": where
    if action in data["what_families"]:
        written = target_words.strip(" ,?.!") if target else None  # "a ballistic missile", as asked
        return _what_question(question, action, actor, pair, written, window, first in data["past_auxiliaries"])
    place = _strip_leading(held["place"]) if held and not pair and held["place"] else None
    if target and action in ("meet", "call", "sign", "attend", "hold", "host"):
        m = re.match(data["meet_place_pattern"], target, re.IGNORECASE)
        if m:
            target, place = _strip_leading(m["who"]), _strip_leading(m["place"])
    return QuestionPattern(
        question=question,
        actor=actor,
        action=action,
        target=target,
        place=place,
        window=window,
        past=first in data["past_auxiliaries"],
        what=outcome,
        variety=variety,
    )


def _moving_thing(question: str, body: str, found: tuple[str, int, int], past: bool) -> QuestionPattern | None:
    """The pattern of a question about a thing sent moving to a place ("Will a World Food Programme convoy enter Gaza
    through the Rafah crossing by March 9?", "Will an aid convoy reach El Fasher?"): the ``moving_nouns`` family, its
    owner the words before the noun (an occurrence with no owner), the place the words after the verb (up to "through",
    "via" or "from"). None when the subject is no such noun ("Will Russian troops enter Kyiv?").

    question (str): the question. body (str): its words after the auxiliary. found (tuple): the "move" verb's
    (family, start, end). past (bool): a past-tense question. RETURNS (QuestionPattern | None)."""
    data = load_data("question")
    nouns = data["moving_nouns"]
    subject = _strip_leading(body[: found[1]].strip())
    words = subject.split()
    if not words or words[-1].lower() not in nouns:
        return None
    family = nouns[words[-1].lower()]
    modifiers = {w for phrase in data["object_families"][family] for w in phrase.split()[:-1]}
    owner = words[:-1]
    while owner and owner[-1].lower() in modifiers:
        owner = owner[:-1]  # "a UN aid convoy": the UN's
    target_words, window = _split_window(body[found[2]:])
    place = re.split(r"\s+(?:through|via|from|across|along)\s+", _strip_leading(target_words) or "")[0] or None
    if not owner:
        return QuestionPattern(question, "", "hold", " ".join(words), place, window, past, kind="occurrence")
    return QuestionPattern(question, " ".join(owner), family, None, place, window, past, what=words[-1])


def _nationality_posts(actor: str) -> tuple[str, str] | None:
    """actor (str): a question's subject. RETURNS (tuple[str, str] | None): for two nationality words joined by "and"
    before a plural post ("the Thai and Cambodian defence ministers", a ``post_plurals`` word), the post of each
    country ("defence minister of Thailand", "defence minister of Cambodia"), else None."""
    from ..extract.places import resolve_country  # the shared gazetteer's demonyms

    m = re.fullmatch(r"(?:the\s+)?(?P<a>[A-Z][\w'’.-]*)\s+and\s+(?P<b>[A-Z][\w'’.-]*)\s+(?P<role>[a-z][a-z -]*)", actor)
    plurals = load_data("question")["post_plurals"]
    if m is None or m["role"].split()[-1] not in plurals:
        return None
    a, b = resolve_country(m["a"]), resolve_country(m["b"])
    if a is None or b is None or a == b:
        return None
    role = " ".join([*m["role"].split()[:-1], plurals[m["role"].split()[-1]]])
    return f"{role} of {a}", f"{role} of {b}"


def _defendant(actor: str, written: str, target: str | None) -> tuple[str, str | None]:
    """The defendant a court question asks about (``court_questions`` in ``data/question.json``).

    actor (str): the question's subject ("the court", "Kojo Mensah-Arthur"). written (str): the words after the verb,
        as written ("in the Mensah-Arthur corruption trial"). target (str | None): the same words as the target.
    RETURNS (tuple[str, str | None]): (actor, target): the defendant named after the verb when the subject is a court
        ("Will the court deliver its verdict in the Mensah-Arthur corruption trial?": Mensah-Arthur), else the two
        unchanged.
    """
    court = load_data("question")["court_questions"]
    patterns = court["defendant_patterns"]
    if not _names_a_court(actor, court):
        if not _court_subject(actor):
            return actor, target
        patterns = patterns[: court["case_patterns"]]  # "Will the Colombo High Court deliver its verdict in X's trial?":
        # a court named by its own name, asked of a case it names (a trial, case, appeal or hearing of someone), is X's
        # verdict
    for pattern in patterns:
        if (m := re.match(pattern, written)) is not None:
            return _strip_leading(m["who"].strip()), None
    return actor, target


def _names_a_court(actor: str, court: dict[str, list[str]]) -> bool:
    """actor (str): a question's subject. court (dict): ``court_questions`` of ``data/question.json``.
    RETURNS (bool): whether it is one of ``court_words`` with or without "the"/"a", or one written in lower case with
    its place or kind before it ("a Yangon court", "the special military tribunal": capitalized words or
    ``court_qualifiers``)."""
    words = re.sub(r"^(?:the|a|an)\s+", "", actor.strip(), flags=re.IGNORECASE).split()
    qualifiers = set(court["court_qualifiers"])
    for size in range(len(words), 0, -1):
        head, before = " ".join(words[-size:]).lower(), words[:-size]
        if head in court["court_words"]:
            return not before or all(w.islower() for w in words[-size:]) and all(
                w[:1].isupper() or w.lower() in qualifiers for w in before)  # (a court named by its own capitalized
            # name, "Zambia's Constitutional Court", is the body asked about, not a defendant's)
    return False


def _court_subject(actor: str) -> bool:
    """actor (str): a question's subject. RETURNS (bool): whether it names a court ("the Constitutional Court",
    "Malawi's Supreme Court": a word of ``ruling_questions.court_heads`` in ``data/question.json``)."""
    heads = load_data("question")["ruling_questions"]["court_heads"]
    return any(w in heads for w in re.findall(r"[a-z]+", actor.lower()))


def _after_signed_document(target: str) -> str | None:
    """The words of a signing question after the document signed (``sign_objects`` in ``data/question.json``).

    target (str): the words after "sign" ("the preferential trade agreement with Vietnam in Nairobi").
    RETURNS (str | None): what follows the document ("with Vietnam in Nairobi"), None when nothing does; ``target``
        itself when it opens with no document ("with Japan").
    """
    nouns = "|".join(re.escape(n) for n in sorted(load_data("question")["sign_objects"], key=len, reverse=True))
    m = re.match(r"^(?!(?:with|in|at|on)\s)(?:[\w'-]+\s+){0,5}?(?:" + nouns + r")\b(?:\s+(?:on|over|to|for)\s+[a-z][\w\s'-]*?)?"
                 r"(?P<rest>\s+(?:with|in|at|between)\s+.*)?$", target, re.IGNORECASE)
    if m is None:
        return target
    return _strip_leading(m["rest"].strip()) or None if m["rest"] else None


def _opens_a_facility(after: str, family: str = "open") -> bool:
    """after (str): the words after an "open" (or "close") verb. family (str): ``open`` or ``close``. RETURNS (bool):
    they name a facility (``object_families`` of the family: "open a new bridge over the Zambezi", "inaugurate the cargo
    terminal by May 5", "close the Santa Rosa border crossing"), which is opened or closed; anything else ("open talks
    with X") is an aspect of another act."""
    data = load_data("question")
    split = re.match(data["what_pattern"], after, re.IGNORECASE)
    written = re.split(r"\s+(?:by|before|on|in|at|over|this|next|during|within)\s+", split["what"] if split else after,
                       flags=re.IGNORECASE)[0]
    heads = [written.lower()]
    named = re.match(r"(.+?)\s+of\s+[A-Z]", written)
    if named is not None:
        heads.append(named.group(1).lower())  # "the Museum of Silk Road Civilisations": a museum named after "of"
    return any(re.search(r"(?<![\w-])" + re.escape(noun) + r"$", head) for head in heads for noun in object_nouns()[family])


def _facility_subject(before: str, family: str) -> bool:
    """before (str): the words before an "open" or "close" verb. family (str): ``open`` or ``close``. RETURNS (bool):
    they name a facility of the family (a word of its ``object_families``: "the University of Lagos", "the Torkham
    crossing"), which is itself opened or closed."""
    low = before.lower()
    return any(re.search(r"(?<![\w-])" + re.escape(noun) + r"(?![\w-])", low) for noun in object_nouns()[family])


@cache
def object_nouns() -> dict[str, tuple[str, ...]]:
    """RETURNS (dict[str, tuple[str, ...]]): family -> the nouns of a thing that make a question's object that family's
    (``object_families`` of ``data/question.json``; a facility opened or closed by the extractor's own ``what_heads``
    "open" and "close" of ``families.json``, so a question asks about what the store can hold)."""
    from ..extract.nlp import load_data as extract_data

    families = {f: tuple(nouns) for f, nouns in load_data("question")["object_families"].items()}
    for family in ("open", "close"):
        families[family] = tuple(extract_data("families.json")["what_heads"][family])
    return families


def _object_family(action: str, target: str | None) -> str:
    """The family a question asks about when its object tells it ("hold joint drills" is an
    exercise, "hold a general election" a vote; ``object_families`` in ``data/question.json``).

    action (str): the verb's family. target (str | None): the words after the verb.
    RETURNS (str): the object's family, or ``action`` when the object names none.
    """
    if not target or action not in ("hold", "launch", "announce", "sanction", "vote", "protest", "agree", "sign", "send"):
        return action
    data = load_data("question")
    families = object_nouns()
    split = re.match(data["what_pattern"], target, re.IGNORECASE)  # the object without "with X" or "in P"
    head = (split["what"] if split else target).lower()
    head = re.split(r"(?:^|\s+)(?:by|before|on|in|at|over|near|outside|along|across|from|to|into|during|within)\s+", head)[0]
    # ("hold a rally at the border": a rally, whatever its place names)
    best = None
    for family, nouns in families.items():
        if family == "close":
            continue  # (a closure is asked by its own verbs only: "vote on the South Sudan mission" closes nothing)
        for noun in nouns:
            if re.search(r"(?<![\w-])" + re.escape(noun) + r"$", head) and (best is None or len(noun) > len(best[1])):
                best = (family, noun)
    if best is None:
        return action
    if action == "vote" and best[0] == "sanction" and head.split()[0] in data["actions"]["ease"]:
        return "ease"  # "vote to lift sanctions on Guinea-Bissau": the sanctions eased, by the body's vote
    if action == "sanction" and best[0] != "sanction" or action == "sign" and best[0] != "truce" \
            or action == "protest" and best[0] == "open":
        return action  # ("sign a ceasefire agreement" is a truce; any other object of "sign" stays a signing; "block the
        # border crossing" is a protest at a facility, no opening)
    return best[0]


def _place_in_what(what: str) -> tuple[str, str | None]:
    """what (str): a question's object ("the Antofagasta desalination plant"). RETURNS (tuple[str, str | None]): the
    object without the capitalized place name that opens it, and that place ("the desalination plant", "Antofagasta");
    the object unchanged and None when it opens with no known city or country, or is nothing but the name."""
    from ..extract.places import resolve_place  # the shared gazetteer

    words = what.split()
    lead = 1 if words and words[0].lower() in ("the", "a", "an") else 0
    end = lead
    while end < len(words) and words[end][:1].isupper():
        end += 1
    if end == lead or end >= len(words) or not words[end][:1].islower():
        return what, None
    ref = resolve_place(" ".join(words[lead:end]))
    if ref is None or ref.kind not in ("city", "country"):
        return what, None
    return " ".join(words[:lead] + words[end:]), " ".join(words[lead:end])


def _what_question(question: str, action: str, actor: str, pair: "re.Match[str] | None", target: str | None,
                   window: Window, past: bool) -> QuestionPattern:
    """The pattern of a question about an action on a thing: what it acts on, with whom
    or on whom, and where ("Will South Korea and Japan hold joint drills in the Yellow Sea?",
    "Will the EU impose sanctions on Russia?", "Will parliament vote on the budget?").

    RETURNS (QuestionPattern): with ``what``, ``target`` (the counterpart) and ``place``.
    """
    data = load_data("question")
    what = counterpart = place = None
    if target:
        if action == "vote":
            target = re.sub(r"^(?:on|for)\s+", "", target, flags=re.IGNORECASE)
        if action == "ruling":
            target = re.sub(r"^(?:on|against)\s+", "", target, flags=re.IGNORECASE)  # "rule on the election petition"
        m = re.match(data["what_pattern"], target, re.IGNORECASE)
        if m:
            what, counterpart, place = m["what"], m["with"], m["place"]
        preps = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in data["what_place_preps"].get(action, ()))
        sent = re.match(rf"^(?P<what>.+?)\s+(?:{preps})\s+(?P<place>.+)$", what or "", re.IGNORECASE) if preps else None
        if sent is not None:
            what, place = sent["what"], place or sent["place"]  # "send aid to Turkey", "pull troops out of Germany":
            # where the thing goes or leaves
        if action == "vote" and what and counterpart and re.search(r"\son\s+" + re.escape(counterpart) + r"\b", target):
            what, counterpart = f"{what} on {counterpart}", None  # "adopt a resolution on South Sudan": what it is on
        if action == "ease" and what and len(what.split()) > 2 and what.split()[0].lower() == "to" \
                and what.split()[1].lower() in data["actions"]["ease"]:
            what = what.split(maxsplit=2)[2]  # "vote to lift sanctions": the sanctions
        if action in ("sanction", "ease") and counterpart and (owner := _goods_of_country(counterpart)) is not None:
            counterpart = owner  # "tariffs on U.S. almonds": on the United States' goods
        if action == "sanction" and what and what.lower().split()[-1] not in ("sanctions", "tariffs", "embargo", "controls"):
            what, counterpart = "sanctions", target  # "sanction Russia": the target is whom
    if pair is not None and action in data["joint_families"] and not counterpart:
        actor, counterpart = pair["a"], pair["b"]  # "South Korea and the US hold joint drills"
    if action == "vote" and (town := _voters_town(actor)) is not None:
        actor, place = town.country or actor, place or town.name  # "Will Boise voters recall ...?": the country's vote
        # (as the extractor keeps a vote) in Boise
    if what and not place:
        what, place = _place_in_what(what)  # "inaugurate the Antofagasta desalination plant": a plant in Antofagasta
    return QuestionPattern(
        question=question,
        actor=actor,
        action=action,
        target=_strip_leading(counterpart) if counterpart else None,
        place=_strip_leading(place) if place else None,
        window=window,
        past=past,
        what=what.strip() if what else None,
    )


def _voters_town(actor: str) -> PlaceRef | None:
    """actor (str): a question's actor phrase. RETURNS (PlaceRef | None): the town of "<town> voters" ("Boise voters",
    "voters in Boise" as the parser writes it) or of a town named alone ("Will Tucson hold a recall election?") when
    the gazetteer knows it as no country; else None."""
    from ..extract.places import resolve_place  # the shared gazetteer

    words = actor.split()
    if words and words[-1].lower() in load_data("question")["voter_words"]:
        words = words[:-1]
    ref = resolve_place(" ".join(words)) if words and words[0][:1].isupper() else None
    return ref if ref is not None and ref.kind not in ("country", "region") and ref.country else None


def _refuse_malformed(question: str, body: str, action_start: int) -> None:
    """Raise E403 for a negated question and E405 for an either-or one (see :func:`parse_question`)."""
    if re.search(r"\b(?:not|never)\b", body[:action_start], re.IGNORECASE):  # "Will X not attend", "Does X not plan to visit"
        raise QuestionError(Errors.E403.format(question=question))
    m = re.search(r"\sor\s", body[action_start:], re.IGNORECASE)
    if m:
        words = body[action_start:][max(0, m.start() - 20) : m.end() + 20].strip()
        raise QuestionError(Errors.E405.format(question=question, words=words))


def _check_window(question: str, target_words: str, window: Window) -> None:
    """Raise E404 when a date-like phrase is left in the target ("on February 30"): no real
    day. (A range that ends before it starts is refused by :func:`reversed_range`, which
    reads it against the asking day.)"""
    from ..extract.timex.lexicon import load_lexicon

    months = "|".join(sorted(load_lexicon().months, key=len, reverse=True))
    m = re.search(rf"\b(?:on|by|before|in)\s+((?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)\b",
                  target_words, re.IGNORECASE)
    if m:
        raise QuestionError(Errors.E404.format(text=m.group(1), question=question, why="no such day; write a real day such as 'November 4, 2026'"))


def reversed_range(pattern: QuestionPattern, as_of: date) -> QuestionError | None:
    """pattern (QuestionPattern): a parsed question. as_of (date): the day its dates are read against.
    RETURNS (QuestionError | None): E404 when its "between X and Y" window reads but ends before
        it starts ("between November 20 and November 10"), else None."""
    window = pattern.window
    if window.kind != "between" or window_interval(window, as_of, pattern.past) is not None:
        return None
    first = window_interval(Window("on", text=window.text), as_of, pattern.past)
    last = window_interval(Window("on", text=window.until), as_of, pattern.past)
    if first is None or last is None:
        return None
    return QuestionError(Errors.E404.format(text=f"{window.text} and {window.until}", question=pattern.question,
                                           why="the range ends before it starts; put the earlier day first"))


def unreadable_window(pattern: QuestionPattern, asked: date) -> QuestionError | None:
    """pattern (QuestionPattern): a parsed question. asked (date): the day its dates are read against.
    RETURNS (QuestionError | None): E404 when its written window cannot be read ("by next
        Fridy") or is a range that ends before it starts; None when it reads (or has none)."""
    if pattern.window.kind in ("none", "trip") or window_interval(pattern.window, asked, pattern.past) is not None:
        return None
    return reversed_range(pattern, asked) or QuestionError(Errors.E404.format(
        text=pattern.window.text, question=pattern.question,
        why="write a day such as 'November 4, 2026', a weekday, a month or 'next week'"))


def _cut_aspect(actor: str) -> tuple[str, str | None]:
    """Cut an aspect phrase off the actor phrase: "Penny Wong proceed with her Jakarta"
    (before "visit") -> ("Penny Wong", "Jakarta").

    actor (str): the words before the action.
    RETURNS (tuple[str, str | None]): the actor, and the words between the aspect phrase's
        possessive or article and the action (the target, as in "her Jakarta visit"), if any.
    """
    phrases: list[str] = load_data("question")["aspect_phrases"]
    for phrase in sorted(phrases, key=len, reverse=True):
        m = re.search(r"\s" + re.escape(phrase) + r"(?:\s+(?:his|her|their|its|the|a|an))?(?:\s+(?P<mod>.+))?$",
                      actor)  # lower case only: "Open Society" is a name, "open" a verb
        if m and m.start() > 0:
            mod = _strip_leading(m["mod"] or "") or None
            return actor[: m.start()].strip(), mod
    return actor, None


def _occurrence(question: str, body: str, past: bool) -> tuple[QuestionPattern, int, int] | None:
    """RETURNS (tuple | None): the pattern of "Will the X take place [in P] [on D]?" and where
    its occurrence phrase starts and ends in ``body``; None when no such phrase follows a
    name, or when words other than a place and a date follow it ("Will Hegseth open talks
    with Koizumi?" is about Hegseth, not a gathering called "Hegseth")."""
    data = load_data("question")
    best: re.Match[str] | None = None
    passives: dict[str, str] = data["occurrence_passives"]
    for phrase in [*data["occurrence_phrases"], *passives]:
        for m in re.finditer(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", body, re.IGNORECASE):
            if m.start() > 0 and (best is None or m.start() < best.start()):
                best = m
    if best is None:
        return None
    done = passives.get(" ".join(best[0].lower().split()), "hold")  # "Will the coalition agreement be signed?": signed
    name = _strip_leading(
        re.sub(r"\s+(?:still|actually|really|ever)$", "", body[: best.start()].strip(), flags=re.IGNORECASE)
    )
    if not name:
        return None
    target_words, window = _split_window(body[best.end() :])
    place = None
    rest = _strip_leading(target_words)
    at = re.match(data["occurrence_place_pattern"], rest, re.IGNORECASE)
    held_for = re.match(r"for\s+(?P<owner>[A-Z][\w .'-]*?)\s*$", rest)  # "Will a state funeral be held for X?": X's
    if held_for and (family := data["owned_event_nouns"].get(name.lower().split()[-1])) is not None:
        return QuestionPattern(question, held_for["owner"].strip(), family, None, None, window, past), best.start(), \
            best.end()
    if at:
        place = _strip_leading(at["place"])
    elif rest:
        return None
    owned = re.match(r"(?P<owner>[A-Z][\w .'-]*?)(?:'s|’s)\s+(?P<rest>\S.*)$", name)
    of_owner = re.match(r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<rest>[\w-]+)\s+of\s+(?P<owner>[A-Z].*)$", name,
                        re.IGNORECASE)  # ("the corruption trial of X": its last word is the case)
    personal = owned if owned and not _place_name(owned["owner"]) else of_owner
    family = data["owned_event_nouns"].get(personal["rest"].lower().split()[-1]) if personal else None
    if personal and family:  # "Will Aram Petrosyan's trial open by May 31?": his trial, asked of him
        return QuestionPattern(question, personal["owner"].strip(), family, place, None, window, past), best.start(), \
            best.end()
    if owned and place is None and _place_name(owned["owner"]):
        name, place = owned["rest"], owned["owner"]  # "Will Liberia's presidential runoff take place?": in Liberia
    return QuestionPattern(question, "", done, name, place, window, past, kind="occurrence"), best.start(), best.end()


def _nameless(words: str) -> bool:
    """words (str): a question's words before its act. RETURNS (bool): they are only an article and lower-case
    modifiers ("a nationwide", "the"), naming nobody who acts."""
    parts = words.split()
    return bool(parts) and parts[0].lower() in ("a", "an", "the", "any") and all(
        w.islower() and w.isalpha() for w in parts[1:])


def _place_name(text: str) -> bool:
    """text (str): a possessor's words. RETURNS (bool): they name a country or city the gazetteer knows."""
    from ..extract.places import resolve_place

    return resolve_place(text) is not None


def window_interval(window: Window, as_of: date, past: bool = False) -> tuple[date | None, date | None] | None:
    """Days of a dated window, reading its words with the shared time normalizer.

    window (Window): a parsed window of kind ``on``, ``by``, ``between``, ``relative`` or ``none``.
    as_of (date): the anchor for relative words and missing years.
    past (bool): True for past-tense questions (resolves "Monday" backwards).
    RETURNS (tuple[date | None, date | None] | None): (first, last) day, either open as
        None (``by`` has no first day); ``(None, None)`` for ``none``; None when the
        date words cannot be read or the kind is ``trip`` (see ``resolve.trip_window``).
    """
    if window.kind == "none":
        return None, None
    if window.kind == "trip":
        return None
    vague: dict[str, int] = load_data("question")["vague_windows"]
    if window.kind == "relative" and window.text in vague:
        return as_of, as_of + timedelta(days=vague[window.text])  # "in the coming weeks"
    tense = "past" if past else "future"
    expr = _read_date(window.text, as_of, tense)
    interval = expr.interval() if expr is not None else None
    if interval is None:
        return None
    if window.kind == "between":
        last = _read_date(window.until, as_of, tense)
        end = last.interval() if last is not None else None
        if end is None or end[1] < interval[0]:
            return None
        return interval[0], end[1]
    if window.kind == "by":
        return None, interval[0] - timedelta(days=1) if window.before else interval[1]
    return interval
