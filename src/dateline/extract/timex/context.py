"""What a rule handler works with: the :class:`Value` it returns, the :class:`Context` it reads,
and checks of the text around a match (a signal word before it, a word it must not follow, the clause's tense
as such a signal fixes it, the ``word_contexts`` that block a time word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Callable, NamedTuple

from .lexicon import Lexicon, load_lexicon
from .words import _words_regex


#: Note put on values that needed the publication date when there was none.
UNANCHORED_NOTE = "unanchored: no publication date"


class Value(NamedTuple):
    """A normalized expression: TIMEX3 ``type`` and ``value``, and whether it is anchored.

    end_value (str | None): last day of a range ("Nov. 3-5" ends 2025-11-05).
    refer (tuple[str, int] | None): unit and offset of an anaphoric expression ("the following
        year": ``("Y", 1)``), to be re-read from the last date written before it; ``value``
        holds the reading from the publication date, used when there is none.
    refer_required (bool): drop the expression when no date is written shortly before it
        (a generic "that day").
    bare_clock (bool): a clock time with no day of its own ("at 3 p.m."), read on the publication
        day; a day written right next to it ("Sunday, Feb. 22, at 3 p.m.", "from 6 a.m. to 10 p.m.
        on Saturday") replaces that day (see ``time._clock_days``).
    skip (int): characters to drop from the start of the match (a determiner
        TimeBank leaves outside the extent, as in "its third-quarter").
    fallback (tuple[str, str, int] | None): type, value and extent length (from the start) to use instead when an
        anaphoric expression finds no date to be read from ("Six months later" alone: the duration "Six months").
    comparison (bool): the period a figure is compared with ("a year earlier", "the year-ago quarter"): never the
        period a later "the quarter" or "a year earlier" is read from (see ``time._resolve_anaphora``).
    """

    type: str
    value: str
    anchored: bool = True
    note: str | None = None
    skip: int = 0
    end_value: str | None = None
    refer: tuple[str, int] | None = None
    refer_required: bool = False
    bare_clock: bool = False
    fallback: tuple[str, str, int] | None = None
    comparison: bool = False


@dataclass
class Context:
    """What a handler may look at.

    text (str): the whole text.
    start / end (int): the match's offsets.
    anchor (date | None): publication date.
    tense_of (Callable[[int, int], str]): clause tense at given offsets (lazy).
    lex (Lexicon): language data.
    """

    text: str
    start: int
    end: int
    anchor: date | None
    tense_of: Callable[[int, int], str]
    lex: Lexicon

    def tense(self) -> str:
        """RETURNS (str): the clause tense of this match."""
        return self.tense_of(self.start, self.end)

    def before(self, chars: int = 30) -> str:
        """chars (int): how many. RETURNS (str): lower-cased text just before the match."""
        return self.text[max(0, self.start - chars): self.start].lower()

    def after(self, chars: int = 30) -> str:
        """chars (int): how many. RETURNS (str): lower-cased text just after the match."""
        return self.text[self.end: self.end + chars].lower()


Handler = Callable[["re.Match[str]", Context], "Value | None"]


def _unanchored(kind: str, pattern: str) -> Value:
    return Value(kind, pattern, False, UNANCHORED_NOTE)


def _preceded_by(ctx: Context, key: str) -> bool:
    """Whether one of the words listed under ``key`` comes right before the match."""
    return _words_regex(key, r"\b(?:WORDS)\s+$").search(ctx.before(14)) is not None


def _looks_ahead(ctx: Context) -> bool:
    """Whether a forward signal ("ahead of", "in the run-up to") comes right before the match, or before a gathering
    noun whose "in"/"on" phrase the match is ("ahead of the bloc's summit in July"), or the match ends an extension
    ("has extended the loans through January": ``_extends_to``), or the day something was set for ("set his trial for
    September 14", "set his trial to open on June 18": ``setting_verbs``), or the day of a gathering convened ("called both sides to talks on Friday":
    ``convening_verbs``), or the time of a thing threatened or planned ("threatened a strike in May": ``threat_verbs``),
    or the start of a thing declared or agreed ("declared a truce starting on May 8": ``start_declaring_verbs``)."""
    return _words_regex("forward_signals", r"\b(?:WORDS)\s+(?:the\s+)?$").search(ctx.before(40)) is not None \
        or _ahead_gathering().search(ctx.before(80)) is not None \
        or _extends_to(ctx) \
        or _convened().search(ctx.before(100)) is not None \
        or _set_for().search(ctx.before(70)) is not None \
        or _threatened().search(ctx.before(80)) is not None \
        or _declared_start().search(ctx.before(80)) is not None


@cache
def _declared_start() -> "re.Pattern[str]":
    """RETURNS (re.Pattern[str]): a ``start_declaring_verbs`` verb, its object (one to five words) and a word of its
    start ("starting", "beginning", "effective", "to take effect") with "on", "from" or "at", ending where the match
    begins ("declared a three-day truce starting on ", "agreed to a ceasefire starting at ")."""
    return _words_regex("start_declaring_verbs", r"(?<![\w'’-])(?:WORDS)\s+(?:[A-Za-z'’-]+\s+){1,5}"
                        r"(?:starting|beginning|effective|taking\s+effect|to\s+(?:take\s+effect|begin|start))\s+"
                        r"(?:on\s+|from\s+|at\s+)?(?:the\s+)?$", re.I)


@cache
def _threatened() -> "re.Pattern[str]":
    """RETURNS (re.Pattern[str]): a ``threat_verbs`` verb, its object (one to five words) and "in", "for", "from",
    "starting" or "beginning", ending where the match begins ("threatened an open-ended strike in ")."""
    return _words_regex("threat_verbs", r"(?<![\w'’-])(?:WORDS)\s+(?:[A-Za-z'’-]+\s+){1,5}"
                        r"(?:in|for|from|starting|beginning)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$", re.I)


@cache
def _set_for() -> "re.Pattern[str]":
    """RETURNS (re.Pattern[str]): a ``setting_verbs`` verb, its object (one to seven words) and "for", "from",
    "starting", "beginning" or "to" and a ``set_start_verbs`` verb ("set his trial to open on "), ending where the match
    begins."""
    starts = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in load_lexicon().words("set_start_verbs"))
    return _words_regex("setting_verbs", r"(?<![\w'’-])(?:WORDS)\s+(?:[A-Za-z'’-]+\s+){1,7}"
                        rf"(?:for|from|starting|beginning|to\s+(?:{starts}))\s+(?:on\s+)?(?:the\s+)?$", re.I)


@cache
def _convened() -> "re.Pattern[str]":
    """RETURNS (re.Pattern[str]): a ``convening_verbs`` verb, its object, "to" and a ``convened_nouns`` gathering (a place
    phrase may follow), ending where the match begins ("has called both sides to talks in Torshavn on ")."""
    nouns = "|".join(re.escape(w) for w in load_lexicon().words("convened_nouns"))
    return _words_regex("convening_verbs", r"(?<![\w'’-])(?:WORDS)\s+(?:[A-Za-z'’-]+\s+){1,4}to\s+(?:[A-Za-z'’-]+\s+){0,3}"
                        rf"(?:{nouns})(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:on\s+|for\s+)?$", re.I)


@cache
def _ahead_gathering() -> "re.Pattern[str]":
    """RETURNS (re.Pattern[str]): a ``forward_signals`` phrase, a determiner, one or two words and a
    ``forward_signal_nouns`` noun with "in" or "on", ending where the match begins ("ahead of the bloc's summit in ")."""
    nouns = "|".join(re.escape(w) for w in load_lexicon().words("forward_signal_nouns"))
    return _words_regex("forward_signals", r"\b(?:WORDS)\s+(?:the|a|an|its|their|his|her)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
                        rf"\s+(?:{nouns})\s+(?:in|on)\s+$")


#: Text between an extension verb and the end word before the date: the same clause (no sentence end, semicolon,
#: colon or dash), at most 60 characters ("extended Control Data up to $90 million in revolving loans through").
_EXTENSION_GAP = r"[^.;:!?\n]{0,60}?"


def _extends_to(ctx: Context) -> bool:
    """Whether the match is the end point of an extension: an ``extension_end_words`` word right before it and an
    ``extension_verbs`` verb earlier in the same clause ("the truce was extended until March 9", "has extended the
    loans through January"). What is extended runs on after the day it was extended, so the end lies ahead.

    ctx (Context): the match. RETURNS (bool): whether it is such an end point.
    """
    ends = _words_regex("extension_end_words", r"(?<![\w'’])(?:WORDS)\s+(?:the\s+)?(?:end\s+of\s+)?$")
    if ends.search(ctx.before(20)) is None:
        return False
    verbs = _words_regex("extension_verbs", rf"(?<![\w'’-])(?:WORDS)(?![\w'’-]){_EXTENSION_GAP}\s$", re.I)
    return verbs.search(ctx.text[max(0, ctx.start - 100): ctx.start]) is not None


def _signal_tense(ctx: Context) -> str:
    """Tense of the match's clause, unless a signal right before it fixes the side: "ahead of Tuesday's
    vote" lies ahead, "since Jan. 1" and "since March" lie behind whatever the clause's verb."""
    if _looks_ahead(ctx):
        return "future"
    if _preceded_by(ctx, "backward_signals"):
        return "past"
    return ctx.tense()


def _followed_by(ctx: Context, key: str) -> bool:
    """Whether one of the words listed under ``key`` comes right after the match."""
    return _words_regex(key, r"\s+(?:WORDS)\b").match(ctx.after(16)) is not None


def _followed_by_compound(ctx: Context, key: str) -> bool:
    """key (str): a lexicon list of nouns. RETURNS (bool): whether one of them follows the match after a hyphen or
    a space, making the match the first part of another noun ("quarter-century", "quarter finals")."""
    return _words_regex(key, r"[- ](?:WORDS)(?![\w-])", re.I).match(ctx.text[ctx.end: ctx.end + 24]) is not None


_OPENING = re.compile(r"(?:[.!?:;]['\"`’”)]*|[\"`‘“(]|\n)\s*$")


_ACRONYM_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,}(?:['’]s)?[ \t]+$")


@cache
def _word_context(phrase: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None,
                                         re.Pattern[str] | None, re.Pattern[str] | None, bool, bool,
                                         tuple[re.Pattern[str], re.Pattern[str]] | None]:
    """The compiled ``word_contexts`` entry of a phrase (see ``_word_contexts`` in ``time_en.json``): regexes for
    the blocking words before, after, after an opening, the possessive heads and the forward words before; then
    not_in_past and not_after_acronym; then the regexes of a press title word before it and a name after it
    (not_before_name)."""
    conds = load_lexicon().table("word_contexts").get(phrase) or {}

    def alts(key: str) -> str:
        return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in conds.get(key, []))

    before = re.compile(rf"(?<![\w'’])(?:{alts('not_after')})\s+$", re.I) if conds.get("not_after") else None
    after = re.compile(rf"\s*(?:{alts('not_before')})(?!\w)", re.I) if conds.get("not_before") else None
    opening = re.compile(rf"\s*(?:{alts('not_opening_before')})", re.I) if conds.get("not_opening_before") else None
    heads = (re.compile(rf"['’]s\s+(?:[a-z]+\s+)?(?:{alts('not_before_possessive_heads')})(?![\w'’])", re.I)
             if conds.get("not_before_possessive_heads") else None)
    ahead = re.compile(rf"(?<![\w'’])(?:{alts('ahead_after')})\s+$", re.I) if conds.get("ahead_after") else None
    name: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    if conds.get("not_before_name"):
        lex = load_lexicon()
        calendar_words = "|".join(re.escape(w) for w in sorted({*lex.months, *lex.weekdays}, key=len, reverse=True))
        press = "|".join(re.escape(w) for w in lex.words("press_title_words_before"))
        name = (re.compile(rf"(?:(?<![\w'’-])(?:{press})|(?-i:[A-Z])[\w'’.-]*)[ \t]+$", re.I),
                re.compile(rf"[ \t]+(?!(?:{calendar_words})\b)(?-i:[A-Z])[\w'’.-]", re.I))
    return (before, after, opening, heads, ahead, bool(conds.get("not_in_past")),
            bool(conds.get("not_after_acronym")), name)


def _context_blocks(ctx: Context, phrase: str) -> bool:
    """Whether a context word is used where it refers to no time ("as soon as", "Now, ...", "USA Today",
    "today's youth", "the future of", "average daily", "the daily Granma"), by the ``word_contexts`` of the
    language data."""
    if phrase not in ctx.lex.raw.get("word_contexts", {}):
        return False
    before, after, opening, heads, ahead, not_in_past, not_after_acronym, name = _word_context(phrase)
    near_before = ctx.text[max(0, ctx.start - 24): ctx.start]
    near_after = ctx.text[ctx.end: ctx.end + 48]
    if before is not None and before.search(near_before):
        return True
    if after is not None and after.match(near_after):
        return True
    if ctx.lex.table("word_contexts")[phrase].get("not_before_digits") and re.match(r"\s+\d", near_after):
        return True  # "the past 10 elections": an adjective before an amount, not the noun
    if opening is not None and opening.match(near_after) and (
            _OPENING.search(near_before) or not ctx.text[:ctx.start].strip()):
        return True
    if heads is not None and heads.match(near_after):
        return True
    if name is not None and name[0].search(near_before) and name[1].match(near_after):
        return True  # "the party daily Granma": a newspaper
    if not_after_acronym and ctx.text[ctx.start].isupper() and _ACRONYM_BEFORE.search(near_before):
        return True
    if not_in_past and ahead is not None and ahead.search(near_before):
        return False  # "they may soon seek": ahead whatever the clause's verb
    return not_in_past and ctx.tense() == "past"
