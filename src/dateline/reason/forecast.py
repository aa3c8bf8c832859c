"""Probability that a planned event happens: evidence features and a small logistic model.

Features come from the matched event as known on the as-of day (evidence folded by
the store) and the question's window: official vs rumour cue words in the evidence
sentences (``data/cues.json``), independent sources (distinct articles, a syndicated copy counted once), closeness of
the event, whether its date passed with no report, postponement, cancellation (official also from an attributed lede
of the article that tells the plan later on),
denial, trouble words (postpone, moved, instead, denied...) in later sentences naming
the actor, no matching event, a date outside the window, no date at all. The
coefficients live in ``data/forecast.json``; :func:`fit` refits them (plain numpy
gradient descent on the L2-regularised log loss).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from datetime import date
from typing import Callable, Sequence

import numpy as np

from ..model import EventRecord
from .question import load_data

__all__ = ["CLIP", "FEATURES", "Features", "cue_hits", "features", "troubling", "predict", "fit", "Model", "load_model", "pinned_coefficients"]

#: Feature names, in coefficient order.
FEATURES: tuple[str, ...] = (
    "bias",
    "official",
    "expected",
    "tentative",
    "rumor",
    "sources",
    "near",
    "on_track",
    "risk",
    "overdue",
    "postponed",
    "cancelled",
    "denied",
    "doubt",
    "no_event",
    "outside_window",
    "undated",
)


#: Forecasts stay within [CLIP, 1 - CLIP].
CLIP = 0.03


@dataclass(frozen=True)
class Features:
    """Feature values of one forecast, named as :data:`FEATURES`.

    values (tuple[float, ...]): one value per feature, ``bias`` first (always 1.0).
    """

    values: tuple[float, ...]

    def as_dict(self) -> dict[str, float]:
        """RETURNS (dict[str, float]): feature name -> value."""
        return dict(zip(FEATURES, self.values))


@dataclass(frozen=True)
class Model:
    """Logistic model coefficients.

    coefficients (tuple[float, ...]): one per :data:`FEATURES` entry.
    """

    coefficients: tuple[float, ...]


def load_model() -> Model:
    """Read the coefficients from ``data/forecast.json``.

    RETURNS (Model): the model.
    RAISES ValueError: when the file's feature list differs from :data:`FEATURES`, or a
        pinned feature has no prior.
    """
    data = load_data("forecast")
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"forecast.json features {data['features']} differ from {list(FEATURES)}")
    coefs = [float(c) for c in data["coefficients"]]
    for name, value in pinned_coefficients().items():
        coefs[FEATURES.index(name)] = value  # pinned by definition, whatever the file was fitted with
    return Model(tuple(coefs))


#: A teller's place written between it and its verb ("the foreign ministry in Windhoek said", "the embassy in
#: the capital said"), left out when cue phrases are matched.
_PLACED_TELLER = re.compile(r"(\w) in (?:the )?(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?|capital)(?= (?:said|announced|confirmed)\b)")


#: A teller set apart from its verb by an apposition naming them ("the chief mediator, Kenyan diplomat Grace Wanjiru,
#: said"), read as the teller's own statement ("mediator said") when cue phrases are matched.
_APPOSED_TELLER = re.compile(r"(\w), [^,;.]{1,60}, (?=(?:said|announced|confirmed)\b)")


#: A teller after "according to" up to the clause's end ("..., according to the Maldivian President's Office."), read as
#: that teller's statement ("Office said") when cue phrases are matched.
_ACCORDING_TO = re.compile(r"\baccording to (?:the |a )?(?:[\w'’.-]+ ){0,4}?([\w'’-]+)(?=\s*[.;,]|\s*$)", re.I)


#: A teller's title word with the teller's name after it, before a verb of telling ("Speaker Abdullahi Warsame said",
#: "Spokesman Tamer Salah said"), read as the title's statement ("Speaker said") when cue phrases are matched.
_NAMED_TELLER = re.compile(r"\b([A-Za-z]+) (?:[A-Z][\w'’.-]+ ){1,3}(?=(?:said|announced|confirmed)\b)")


#: A day told between a verb of calling or telling and its words ("called on Monday for a nationwide strike"), taken out
#: when cue phrases are matched so the phrase reads whole ("called for a nationwide strike").
_DAY_AFTER_VERB = re.compile(
    r"\b(called|announced|confirmed|said) (?:on |late on |early on |last |this )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)(?: night| evening| morning)? (?=\w)",
    re.I)


#: Lower-case words of a person who speaks for a body or a client, which a name may follow ("police spokesman Dipak
#: Shrestha said", "his lawyer Ana Ruiz said").
_PERSON_TELLERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney", "attorneys"})


@cache
def _title_of_teller(kind: str) -> Callable[[re.Match[str]], str]:
    """kind (str): a cue kind. RETURNS: a replacement for :data:`_NAMED_TELLER` that keeps a title word of a cue of that
    kind told before "said" ("speaker said": "Speaker Abdullahi Warsame said" reads "Speaker said", "Foreign Minister
    Mehmet Karaca said" reads "Foreign Minister said") and drops the name after it; any other match is left as written ("the Fijian Elections Office said")."""
    titles = {c.split()[0] for c in load_data("cues")[kind] if len(c.split()) == 2 and c.split()[1] == "said"}

    def keep(m: re.Match[str]) -> str:
        words = m[0].split()  # "Foreign Minister Mehmet Karaca ": the last title word ends what is kept
        last = max((i for i, w in enumerate(words)
                    if w.lower() in titles and (w[:1].isupper() or w in _PERSON_TELLERS)), default=None)
        return m[0] if last is None else " ".join(words[:last + 1]) + " "

    return keep


def cue_hits(sentence: str, kind: str) -> int:
    """Count cue phrases of one kind in a sentence.

    sentence (str): an evidence sentence.
    kind (str): ``official``, ``rumor`` or ``doubt`` (keys of ``data/cues.json``).
    RETURNS (int): how many distinct cue phrases occur as whole words (``lower_case_only``
        cues only as written in lower case: "May 27" is a month).
    """
    sentence = _PLACED_TELLER.sub(r"\1", sentence)  # "the foreign ministry in Windhoek said": "ministry said"
    sentence = _DAY_AFTER_VERB.sub(r"\1 ", sentence)  # "called on Monday for a strike": "called for a strike"
    sentence = _APPOSED_TELLER.sub(r"\1 ", sentence)  # "the chief mediator, Kenyan diplomat X, said": "mediator said"
    sentence = _ACCORDING_TO.sub(r"\1 said", sentence)  # "according to the Maldivian President's Office": "Office said"
    sentence = _NAMED_TELLER.sub(_title_of_teller(kind), sentence)  # "Speaker Abdullahi Warsame said": "Speaker said"
    lowered = sentence.lower()
    data = load_data("cues")
    cues: list[str] = data[kind]
    exact = set(data["lower_case_only"])  # "May" the month is no "may"
    return sum(1 for cue in cues
               if re.search(r"(?<![\w-])" + re.escape(cue) + r"(?![\w-])", sentence if cue in exact else lowered))


def _firm(sentence: str) -> bool:
    """True when the sentence tells the plan in the writer's own firm future ("The National Assembly will vote on the
    motion on Monday"), with no cue of expectation, hedge or rumour."""
    return re.search(r"(?<![\w'-])will(?![\w'-])", sentence) is not None and not any(
        cue_hits(sentence, kind) for kind in ("expected", "tentative", "rumor"))


def _attributed(lede: str) -> bool:
    """lede (str): the first sentence of an article that tells a plan in a later sentence. RETURNS (bool): it states the
    article's source as an official one (an ``official`` cue of ``data/cues.json`` that is a saying: "the agency said
    on Monday", "the ministry said"), with no rumour or hedge, so the plan told after it is that source's word."""
    low = lede.lower()
    return any(cue.endswith(("said", "announced", "confirmed")) and re.search(rf"(?<![\w-]){re.escape(cue)}(?![\w-])", low)
               for cue in load_data("cues")["official"]) and not any(cue_hits(lede, k) for k in ("rumor", "tentative"))


def _self_told(sentence: str, event: EventRecord) -> bool:
    """True when a person tells of their own act ("Solberg said she will resign on April 30",
    "Hegseth told reporters he would visit Seoul", "The prime minister said he would resign"): the actor's surname, or
    "the" and the actor's current title, followed by a verb of telling (``self_statement_verbs`` of
    ``data/cues.json``), first-hand as an official statement."""
    if event.actor.kind != "person" or not event.actor.name.split():
        return False
    verbs = "|".join(re.escape(v) for v in load_data("cues")["self_statement_verbs"])
    names = [re.escape(event.actor.name.split()[-1])]
    title = (event.actor.title or "").strip()
    if title and not title.lower().startswith(("former", "ex-")):
        names.append(rf"(?i:the\s+{re.escape(title)})")  # "The prime minister said he would hand in his
        # resignation on Monday": the person's own word, told by the title the store knows for them
    who = "|".join(names)
    return re.search(rf"(?<![\w-])(?:{who})\s+(?:{verbs})(?![\w-])", sentence) is not None


def without_own_words(text: str, event: EventRecord | None) -> str:
    """text (str): a sentence or article. event (EventRecord | None): the event it is read for.
    RETURNS (str): the text with the words naming the event's own action blanked out
        (``own_action_words`` of ``data/cues.json``: "resigned" in a report of a resignation
        is the event, not a doubt about it), and the event's own object and place ("Townsville University Hospital")."""
    if event is None:
        return text
    own: list[str] = load_data("cues")["own_action_words"].get(event.action, [])
    own = [*own, *(name for name in (event.what, event.place.name if event.place else None) if name)]  # ("will open
    # the cancer care wing at Townsville University Hospital": its own place, no illness)
    for phrase in own:
        text = re.sub(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])", " ", text, flags=re.IGNORECASE)
    return text


def _elsewhere(sentence: str, event: EventRecord | None) -> bool:
    """True when a later sentence is about another stop of the actor: it tells of something
    done instead ("Rautio will instead visit Bangkok") and names neither the event's place
    (or its country) nor a counterpart, so its doubt words are not about this event."""
    if event is None or not cue_hits(sentence, "substitution"):
        return False
    lowered = sentence.lower()
    names = [n for n in ((event.place.name, event.place.country or "") if event.place else ()) if n]
    names += [c.name.split()[-1] for c in event.counterparts if c.name]
    return not any(n.lower() in lowered for n in names)


def _doubt_hits(sentence: str, states_it: bool) -> int:
    """Doubt cue phrases in a sentence, none in a phrase that turns the doubt down (``doubt_dismissals``: "rejected
    calls for a delay"; a ``doubt_denials`` verb before the change: "denied reports that it planned to postpone"); in one that states the event itself as planned or
    done, a substitution word ("instead") or a move ("have been moved from Asuncion to
    Encarnacion", for the Encarnacion talks) makes it the replacement, not a doubt."""
    lowered = _denial_pattern().sub(" ", sentence.lower())  # "denied reports that it planned to postpone the vote"
    for phrase in load_data("cues")["doubt_dismissals"]:
        lowered = lowered.replace(phrase, " ")  # "rejected calls for a delay": no doubt told
    hits = cue_hits(lowered, "doubt") if lowered != sentence.lower() else cue_hits(sentence, "doubt")
    if not (states_it and hits):
        return hits
    moves = sum(1 for cue in _relocation_doubts() if re.search(r"(?<![\w-])" + re.escape(cue) + r"(?![\w-])", sentence.lower()))
    return max(hits - cue_hits(sentence, "substitution") - moves, 0)


@cache
def _denial_pattern() -> re.Pattern[str]:
    """RETURNS (re.Pattern): a ``doubt_denials`` verb and the words up to a change it denies, at most eight words on
    (a postponement, delay, cancellation or call-off), lower case."""
    verbs = "|".join(re.escape(v) for v in load_data("cues")["doubt_denials"])
    return re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])(?:[^\w.;]+[\w'-]+){{0,8}}?[^\w.;]+"
                      r"(?:postpon|delay|cancel|call(?:ed|s|ing)?\s+off)[\w-]*")


@cache
def _relocation_doubts() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``doubt`` cues that are ``relocation`` or ``replanning`` cues too ("moved from",
    "relocated", "rescheduled"): each counts once against the doubt a sentence of the event's own plan would give."""
    data = load_data("cues")
    return frozenset(data["doubt"]) & (frozenset(data["relocation"]) | frozenset(data["replanning"]))


def troubling(event: EventRecord | None, context: Sequence[tuple[date, str]]) -> list[tuple[date, str]]:
    """The sentences that set the ``doubt`` feature: trouble words (postpone, moved, denied,
    instead...) in sentences naming the actor, not about another stop of the trip.

    event (EventRecord | None): the matched event. context (Sequence[tuple[date, str]]):
        (published, sentence) as :func:`features` takes them.
    RETURNS (list[tuple[date, str]]): (published, sentence), in the given order.
    """
    own = {" ".join(e.sentence.split()) for e in event.evidence if e.status in ("planned", "happened", "ongoing")} if event else set()
    return [(day, s) for day, s in context
            if _doubt_hits(without_own_words(s, event), " ".join(s.split()) in own) and not _elsewhere(s, event)]


def _not_elsewhere(articles: Sequence[tuple[date, str]], event: EventRecord | None) -> list[tuple[date, str]]:
    """The articles with the sentences about another country cut out: a sentence naming a
    country (by name or demonym, the extractor's ``demonyms.json``) that is not the event's
    ("a state of emergency after weeks of protests in Ecuador") says nothing of a stop in Peru;
    nor does one that turns to another matter ("Separately, ...", ``aside_openers``)."""
    if event is None or event.place is None:
        return list(articles)
    own = {n.lower() for n in (event.place.name, event.place.country, *event.place.within) if n}
    countries = _country_words()
    out = []
    for day, text in articles:
        kept = []
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if _aside_pattern().match(sentence):
                continue  # "Separately, dock workers in Douala are on strike": another matter
            named = {countries[m.group(0).lower()] for m in _country_pattern().finditer(sentence)}
            if named and not named & own and not any(n in sentence.lower() for n in own):
                continue
            kept.append(sentence)
        out.append((day, " ".join(kept)))
    return out


@cache
def _country_words() -> dict[str, str]:
    """Lower-case country names and demonyms -> lower-case country name (``demonyms.json``)."""
    from ..extract.nlp import load_data as extract_data

    table = {k.lower(): v.lower() for k, v in extract_data("demonyms.json").items() if not k.startswith("_")}
    table.update({v: v for v in list(table.values())})
    return table


@cache
def _aside_pattern() -> "re.Pattern[str]":
    """A sentence opening with an ``aside_openers`` phrase of ``data/cues.json`` ("Separately, ...")."""
    words = sorted(load_data("cues")["aside_openers"], key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@cache
def _country_pattern() -> "re.Pattern[str]":
    words = sorted(_country_words(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.IGNORECASE)


def _signals(articles: Sequence[tuple[date, str]], after: date | None, kind: str) -> list[date]:
    """Days of later articles (published after ``after``) holding a cue of one kind."""
    return [day for day, text in articles if (after is None or day > after) and cue_hits(text, kind)]


def features(
    event: EventRecord | None,
    as_of: date,
    window: tuple[date | None, date | None] | None,
    context: Sequence[tuple[date, str]] = (),
    articles: Sequence[tuple[date, str]] = (),
    ledes: Sequence[str] = (),
) -> Features:
    """Compute the forecast features of a question's matched event.

    event (EventRecord | None): the matched event as known on ``as_of``; None if none matched.
    as_of (date): the day of the forecast.
    window (tuple | None): the question window (first, last), either end open as None;
        None when unknown.
    context (Sequence[tuple[date, str]]): (published, sentence) naming the actor in
        articles published since the event was first reported. Trouble words there set
        ``doubt``, unless the event was since (re)scheduled inside the window.
    articles (Sequence[tuple[date, str]]): (published, text) of the articles naming the
        actor published since the event was first reported; those published after that
        first day set ``on_track`` (advance team, preparations) and ``risk`` (storm,
        illness, protests, a row, an election) from ``data/cues.json``.
    ledes (Sequence[str]): the ledes of the articles that tell the plan in a later sentence (:func:`.ask.plan_ledes`);
        one attributed to an official source (:func:`_attributed`) sets ``official`` for a plan still planned.
    RETURNS (Features): the values, in :data:`FEATURES` order.
    """
    troubled = [day for day, _ in troubling(event, context)]
    doubt = 1.0 if troubled else 0.0
    first = min((e.published for e in event.evidence if e.published), default=None) if event else None
    on_track = 1.0 if _signals(articles, first, "on_track") else 0.0
    risk = 1.0 if _signals([(d, without_own_words(t, event)) for d, t in _not_elsewhere(articles, event)], first,
                           "risk") else 0.0
    if event is None:
        values = dict.fromkeys(FEATURES, 0.0)
        values.update(bias=1.0, doubt=doubt, no_event=1.0, risk=risk)
        return Features(tuple(values[f] for f in FEATURES))
    planned = [e for e in event.evidence if e.status in ("planned", "uncertain", "postponed")] or list(event.evidence)
    n = max(len(planned), 1)
    official = 1.0 if any(cue_hits(e.sentence, "official") > 0 or _self_told(e.sentence, event)
                          or event.status == "planned" and e.status == "planned" and _firm(e.sentence)
                          for e in planned) or event.status == "planned" and any(
        _attributed(lede) for lede in ledes) else 0.0
    expected = 1.0 if any(cue_hits(e.sentence, "expected") > 0 for e in planned) else 0.0
    tentative = 1.0 if any(cue_hits(e.sentence, "tentative") > 0 for e in planned) else 0.0
    rumor = sum(1 for e in planned if cue_hits(e.sentence, "rumor") > 0) / n
    sources = math.log1p(event.independent_sources())
    statuses = {e.status for e in event.evidence} | {event.status}
    interval = event.date.interval()
    near = 0.0
    overdue = 0.0
    undated = 1.0 if interval is None else 0.0
    outside = 0.0
    if interval is not None:
        days = (interval[0] - as_of).days
        near = math.exp(-max(days, 0) / 14.0)
        if interval[1] < as_of and event.status not in ("happened", "ongoing"):
            overdue = 1.0
        if window is not None:
            lo, hi = window
            if (hi is not None and interval[0] > hi) or (lo is not None and interval[1] < lo):
                outside = 1.0
    last_change = event.history[-1].published if event.history else None
    if interval is None and event.status == "postponed" and window is not None and window[1] is not None \
            and last_change is not None and window[1] <= last_change:
        outside = 1.0  # put off with no new day, told on or after the window's last day: not in the window any more
    # a plan moved to a new day that still fits the window is a rescheduling, not a threat
    rescheduled = interval is not None and not outside and not overdue and event.status in ("planned", "postponed")
    if rescheduled and last_change is not None:
        doubt = 1.0 if any(day > last_change for day in troubled) else 0.0
    elif any(_doubt_hits(without_own_words(e.sentence, event), e.status in ("planned", "happened", "ongoing"))
             for e in event.evidence):
        doubt = 1.0
    if event.status == "denied":
        doubt = 1.0  # a denial is trouble by definition, whatever words say it ("no such trip is planned")
    postponed = "postponed" in statuses and not rescheduled
    values = {
        "bias": 1.0,
        "official": official,
        "expected": expected,
        "tentative": tentative,
        "rumor": rumor,
        "sources": sources,
        "near": near,
        "on_track": on_track,
        "risk": risk,
        "overdue": overdue,
        "postponed": 1.0 if postponed else 0.0,
        "cancelled": 1.0 if event.status == "cancelled" else 0.0,
        "denied": 1.0 if "denied" in statuses else 0.0,
        "doubt": doubt,
        "no_event": 0.0,
        "outside_window": outside,
        "undated": undated,
    }
    return Features(tuple(values[f] for f in FEATURES))


def predict(feats: Features, model: Model | None = None) -> float:
    """Probability of yes.

    feats (Features): the features.
    model (Model | None): coefficients; None reads ``data/forecast.json``.
    RETURNS (float): probability, clipped to [CLIP, 1 - CLIP] (a model fitted on a
        few stories should not claim certainty) and rounded to 3 decimals.
    """
    coefs = (model or load_model()).coefficients
    z = sum(c * v for c, v in zip(coefs, feats.values))
    p = 1.0 / (1.0 + math.exp(-z))
    return round(min(max(p, CLIP), 1.0 - CLIP), 3)


def fit(
    rows: Sequence[Features],
    outcomes: Sequence[int],
    l2: float = 0.5,
    steps: int = 5000,
    rate: float = 0.1,
    use: Sequence[str] | None = None,
    signs: dict[str, int] | None = None,
    pinned: dict[str, float] | None = None,
) -> Model:
    """Fit the logistic coefficients by projected gradient descent on the regularised log loss.

    Pinned features (``no_event``, ``cancelled``) have a value set by definition, not
    learnable from a few rows: their coefficient stays at its prior and is never
    updated by the gradient (it still enters the fit of the others as an offset).

    rows (Sequence[Features]): training forecasts' features.
    outcomes (Sequence[int]): 1 when the question resolved yes, else 0.
    l2 (float): L2 penalty on every coefficient but the bias.
    steps (int): gradient steps.
    rate (float): step size.
    use (Sequence[str] | None): the features to fit (``bias`` always); the others get 0.
        None fits all.
    signs (dict[str, int] | None): known directions (+1 or -1) per feature; each such
        coefficient is kept on its side of zero. None reads ``signs`` from ``data/forecast.json``.
    pinned (dict[str, float] | None): feature -> fixed coefficient. None reads ``pinned``
        (names) from ``data/forecast.json`` with their values from its ``priors``.
    RETURNS (Model): the fitted coefficients (rounded to 3 decimals).
    RAISES ValueError: when rows and outcomes differ in length or are empty.
    """
    if not rows or len(rows) != len(outcomes):
        raise ValueError(f"need as many outcomes as rows, got {len(rows)} rows and {len(outcomes)} outcomes")
    fixed = pinned_coefficients() if pinned is None else pinned
    x = np.array([r.values for r in rows], dtype=float)
    if use is not None:
        keep = np.array([name == "bias" or name in use for name in FEATURES], dtype=float)
        x = x * keep
    y = np.array(outcomes, dtype=float)
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    known = load_data("forecast").get("signs", {}) if signs is None else signs
    direction = np.array([known.get(name, 0) for name in FEATURES], dtype=float)
    free = np.array([name not in fixed for name in FEATURES], dtype=float)
    w = np.array([fixed.get(name, 0.0) for name in FEATURES], dtype=float)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + penalty * w / len(y)
        w -= rate * grad * free
        w = np.where((direction * w < 0) & (free > 0), 0.0, w)
    return Model(tuple(round(float(c), 3) for c in w))


def pinned_coefficients() -> dict[str, float]:
    """The features whose coefficient is fixed by definition, not fitted.

    RETURNS (dict[str, float]): feature -> coefficient, from ``pinned`` (names) and
        ``priors`` (values) in ``data/forecast.json``.
    RAISES ValueError: when a pinned feature has no prior or is not in :data:`FEATURES`.
    """
    data = load_data("forecast")
    priors: dict[str, float] = data.get("priors", {})
    out: dict[str, float] = {}
    for name in data.get("pinned", []):
        if name not in FEATURES or name not in priors:
            raise ValueError(f"pinned feature '{name}' needs a prior and must be one of {list(FEATURES)}")
        out[name] = float(priors[name])
    return out
