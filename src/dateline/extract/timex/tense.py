"""Tense of the clause around a time expression, from cheap cues in the same sentence.

Cues come from the language data (``tense_cues``): future markers (will, 'll,
is set to, plans, scheduled...), past markers (was, had, irregular past verbs,
``-ed`` words), reporting verbs (said, confirmed: weak past) and present
markers. The nearest cue before the expression wins; a cue after it wins
only when there is none before or it is four times closer. A finite present
verb nearer than any past/future cue before the expression decides it
("voted on a budget which takes effect on Monday"), and a reporting verb after
the expression does not overrule it ("are due on the 14th, it said"), nor a future cue before it ("would be ready to
leave on Tuesday, Castro said"); a cue after a clause break is another clause's when there is one before. A spaCy Doc,
when given, adds cues from its tags (MD, VBD).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from .lexicon import alternation, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["TenseReader", "TENSES"]

#: The tenses the tagger distinguishes.
TENSES: tuple[str, ...] = ("past", "present", "future", "none")

_SENTENCE_END = re.compile(r"[.!?]['\")\]]*\s+(?=[\"'`(\[]*[A-Z0-9])|\n\s*\n")
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z]+)\.$")
#: A clock time's "a.m."/"p.m." followed by a parenthesis, the same time told in another zone: "at 10:35 a.m.
#: (0735 GMT) Friday" is one sentence.
_CLOCK_NO_END = re.compile(r"(?<![\w.])[ap]\.m\.\s+[(\[]", re.I)
#: A clause break between the expression and a cue after it ("the suspect, who will appear in court on Monday, was
#: arrested"): the later cue is another clause's, and a cue before the expression decides.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s--?\s")
#: A count right before an "-ed" word makes it an adjective of the things counted ("50 rejected asylum seekers"), unless
#: the number ends a name ("Route 66 reopened").
_COUNT_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|(?<![\w'])[a-z][\w'-]*\s+)\d[\d,.]*\s+$")

#: What may stand between a plan participle and the day it governs ("scheduled for Monday", "planned for Wednesday").
_PLAN_GAP = re.compile(r"\s*(?:for|on)?\s*", re.I)
#: Characters between a present verb and the expression it governs ("starts at 7:30", "opens Monday").
_GOVERNING_GAP = 4


@dataclass(frozen=True)
class _Cues:
    pattern: re.Pattern[str]
    kinds: dict[str, str]
    not_ed: frozenset[str]
    un_verbs: frozenset[str]
    past_aux: re.Pattern[str]
    participle_aux: re.Pattern[str]
    compared_before: re.Pattern[str]
    compared_after: re.Pattern[str]
    not_cue: re.Pattern[str]
    be_past: re.Pattern[str]
    superseded: re.Pattern[str]
    plan_participles: frozenset[str]
    modal: re.Pattern[str]
    determiner: re.Pattern[str]
    lower_only: frozenset[str]
    occurred_after: re.Pattern[str]
    plan_endings: tuple[str, ...]
    intent: frozenset[str]
    subordinate: re.Pattern[str]
    dated_event: re.Pattern[str]
    outcome_of: re.Pattern[str]
    called_off: re.Pattern[str]
    called_off_after: re.Pattern[str]
    effective: re.Pattern[str]
    shifted_by: re.Pattern[str]


@cache
def _cue_regex() -> _Cues:
    cues = load_lexicon().table("tense_cues")
    kinds: dict[str, str] = {}
    for kind in ("present", "reporting", "past", "future"):
        for word in cues[kind]:
            kinds[word.lower()] = kind
    words = alternation(list(kinds))
    pattern = re.compile(rf"(?<![\w'])(?:{words}|(?P<ed>[a-z]{{3,}}ed))(?![\w'])", re.I)
    return _Cues(
        pattern=pattern,
        kinds=kinds,
        not_ed=frozenset(w.lower() for w in cues["not_past_ed"]),
        un_verbs=frozenset(w.lower() for w in cues["un_ed_verbs"]),
        past_aux=re.compile(rf"(?<![\w']){alternation(cues['past_auxiliaries'])}\s+$", re.I),
        participle_aux=re.compile(rf"(?<![\w']){alternation(cues['participle_auxiliaries'])}\s+$", re.I),
        compared_before=re.compile(rf"(?<![\w']){alternation(cues['comparison_before'])}\s+$", re.I),
        compared_after=re.compile(rf"\s+{alternation(cues['comparison_after'])}(?![\w'])", re.I),
        not_cue=re.compile(rf"{alternation(cues['not_cue_phrases'])}(?![\w'])", re.I),
        be_past=re.compile(rf"(?<![\w']){alternation(cues['future_in_past_auxiliaries'])}\s+$", re.I),
        superseded=re.compile(rf"(?<![\w']){alternation(cues['superseded_plan_adverbs'])}\s+$", re.I),
        plan_participles=frozenset(" ".join(w.lower().split()) for w in cues["past_plan_participles"]),
        modal=re.compile(rf"(?<![\w']){alternation(cues['modal_auxiliaries'])}\s+$", re.I),
        determiner=re.compile(rf"(?<![\w']){alternation(cues['ed_adjective_determiners'])}\s+$", re.I),
        lower_only=frozenset(w.lower() for w in cues["lower_case_only"]),
        occurred_after=re.compile(rf"\s*,?\s*{alternation(cues['past_occurrence_after'])}(?![\w'])", re.I),
        plan_endings=tuple(sorted(" ".join(w.lower().split()) for w in cues["past_plan_participles"])),
        intent=frozenset(" ".join(w.lower().split()) for w in cues["intent_cues"]),
        subordinate=re.compile(rf"(?<![\w']){alternation(cues['subordinate_words'])}(?![\w'])", re.I),
        dated_event=re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?{alternation(cues['dated_event_nouns'])}(?![\w'])"),
        outcome_of=re.compile(rf"(?<![\w']){alternation(cues['outcome_of_nouns'])}\s+of\s+$", re.I),
        called_off=re.compile(rf"(?<![\w']){alternation(load_lexicon().raw['changed_plan_verbs'])}\s+(?:[\w'’-]+\s+){{0,5}}?$",
                              re.I),
        effective=re.compile(rf"(?<![\w']){alternation(cues['effective_words'])}\s+$", re.I),
        shifted_by=re.compile(rf"(?<![\w']){alternation(cues['shifted_by_words'])}\s+by\s+(?:[\w-]+\s+){{1,3}}?"
                              rf"(?:to|until|till)\s+$", re.I),
        called_off_after=re.compile(
            rf"['’]s\s+(?:[\w'’-]+\s+){{0,4}}?(?:has|have|had|was|were|is|are|will\s+be|would\s+be)\s+(?:been\s+|now\s+)?"
            rf"{alternation(load_lexicon().raw['changed_plan_verbs'])}(?![\w'])", re.I),
    )


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon().table("tense_cues")["title_abbreviations"])


@cache
def _base_forms() -> frozenset[str]:
    """Present cues that may be bare infinitives ("let the strike begin"): weak cues only."""
    return frozenset(w.lower() for w in load_lexicon().table("tense_cues")["base_form_cues"])


@dataclass
class TenseReader:
    """Answers "what tense is the clause at offset N" for one text, caching per sentence.

    text (str): the whole text.
    doc (Doc | None): a parsed Doc of the same text, for tag-based cues.
    """

    text: str
    doc: "Doc | None" = None
    _starts: list[int] = field(default_factory=list)
    _cues: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        titles = _abbreviations()
        self._starts = [0]
        for m in _SENTENCE_END.finditer(self.text):
            word = _WORD_BEFORE.search(self.text, max(0, m.start() - 12), m.start() + 1)
            if word is not None and self.text[m.start()] == "." and word.group(1).lower() in titles:
                continue  # "Mr. Bush", "Gen. Powell": an abbreviation, not a sentence end
            if _CLOCK_NO_END.match(self.text, max(0, m.start() - 3)):
                continue
            self._starts.append(m.end())

    def sentence(self, start: int) -> tuple[int, int]:
        """start (int): an offset. RETURNS (tuple[int, int]): bounds of its sentence."""
        i = bisect.bisect_right(self._starts, start) - 1
        end = self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text)
        return self._starts[i], end

    def _sentence_cues(self, s_start: int, s_end: int) -> list[tuple[int, int, str]]:
        if s_start in self._cues:
            return self._cues[s_start]
        cues = _cue_regex()
        kinds = cues.kinds
        found: list[tuple[int, int, str]] = []
        for m in cues.pattern.finditer(self.text, s_start, s_end):
            word = " ".join(m.group(0).lower().split())
            before = self.text[max(s_start, m.start() - 12): m.start()]
            kind = kinds.get(word, "none")
            if word in cues.lower_only and not m.group(0).islower():
                continue  # "in May": the month, not the modal
            if cues.not_cue.match(self.text, m.start()):
                continue  # "next to the embassy": a preposition, not a future cue
            if m.group("ed") is not None and word not in kinds:
                if word in cues.not_ed or not m.group(0)[0].islower():
                    continue
                if word.startswith("un") and word not in cues.un_verbs:
                    continue
                if cues.determiner.search(before) or _COUNT_BEFORE.search(before):
                    continue  # "the stalled talks", "its troubled unit", "50 rejected asylum seekers": an adjective,
                    # not a past verb
                kind = "past"
            if cues.compared_before.search(before) or cues.compared_after.match(self.text, m.end(), min(s_end, m.end() + 8)):
                continue  # "a day later than planned", "as scheduled": a comparison, not the clause's tense
            if kind in ("past", "reporting") and (cues.participle_aux.search(before) or cues.modal.search(before)):
                continue  # "would be paid", "will set off", "plans to cut": the auxiliary's clause decides
            if kind == "future" and (cues.superseded.search(before)
                                     or (word in cues.plan_participles and cues.past_aux.search(before))):
                # "originally scheduled for Oct. 20", "had been scheduled for Thursday": a plan given up or retold,
                # on either side of the report
                kind = "plan"
            elif kind == "future" and cues.past_aux.search(before):
                kind = "past"  # "had been due to expire Friday"
            elif kind == "future" and found and found[-1][2] == "past" and cues.be_past.search(before):
                found.pop()  # "were planning to march Monday": the plan still lies ahead
            found.append((m.start(), m.end(), kind))
        if self.doc is not None:
            span = self.doc.char_span(s_start, s_end, alignment_mode="expand")
            if span is not None:
                for tok in span:
                    if tok.tag_ == "MD" and tok.lower_ in kinds and kinds[tok.lower_] == "future":
                        found.append((tok.idx, tok.idx + len(tok.text), "future"))
                    elif tok.tag_ == "VBD" and tok.lower_ not in kinds and not (
                            tok.i > 0 and tok.doc[tok.i - 1].tag_ == "CD"
                            and not (tok.i > 1 and tok.doc[tok.i - 2].text[:1].isupper())):
                        found.append((tok.idx, tok.idx + len(tok.text), "past"))  # (not "deport 50 [rejected]VBD
                        # asylum seekers": a count's adjective)
                    elif tok.tag_ in ("VBP", "VBZ") and tok.lower_ not in kinds:
                        found.append((tok.idx, tok.idx + len(tok.text), "present"))
        self._cues[s_start] = found
        return found

    def _plan_day_come(self, cue_end: int, start: int, end: int) -> bool:
        """cue_end / start / end (int): where the future cue before the expression ends, and the expression's bounds.
        RETURNS (bool): the cue is a ``past_plan_participles`` participle governing the expression ("planned for",
        "scheduled for") and a ``past_occurrence_after`` phrase follows it ("did not go ahead", "took place")."""
        cues = _cue_regex()
        return _PLAN_GAP.fullmatch(self.text, cue_end, start) is not None \
            and " ".join(self.text[max(0, cue_end - 16):cue_end].lower().split()).endswith(cues.plan_endings) \
            and cues.occurred_after.match(self.text, end) is not None

    def tense_at(self, start: int, end: int) -> str:
        """Tense of the clause holding ``text[start:end]``.

        start / end (int): offsets of the time expression (its own words are ignored).
        RETURNS (str): ``past``, ``present``, ``future`` or ``none``.
        """
        s_start, s_end = self.sentence(start)
        if self.text[max(s_start, start - 4):start].lower() == "the " and _cue_regex().dated_event.match(self.text, end):
            return "present" if any(ch.isdigit() for ch in self.text[start:end]) else "none"
            # "registered voters for the August 11 general election": the election's own day, taking no tense from its
            # clause; a calendar day there is the nearest such day, before or after ("denied it planned to postpone
            # the August 13 general elections", in March: this August)
        if self.text[end:end + 2] in ("'s", "’s") \
                and (_cue_regex().called_off.search(self.text, max(s_start, start - 80), start) is not None
                     or _cue_regex().called_off_after.match(self.text, end, s_end) is not None):
            return "future"  # "has called off Saturday's rally", "has postponed September's election", "Thursday's
            # impeachment vote had been cancelled": a day still ahead when it was called off
        if _cue_regex().effective.search(self.text, max(s_start, start - 24), start) is not None:
            return "future"  # "my decision to resign, effective this Friday": when it will take effect
        if _cue_regex().shifted_by.search(self.text, max(s_start, start - 60), start) is not None:
            return "future"  # "brought forward by a day to Wednesday": the new day, ahead
        if _cue_regex().outcome_of.search(self.text, max(s_start, start - 16), start) is not None:
            return "past"  # "will announce the official results of Tuesday's presidential election": counted, so held
        before: tuple[float, str] | None = None
        after: tuple[float, str] | None = None
        present_before: float | None = None
        weak: str | None = None
        after_infinitive = False  # the nearest cue after the expression is an infinitive ("to attend")
        for c_start, c_end, kind in self._sentence_cues(s_start, s_end):
            if c_start < end and c_end > start:
                continue
            if kind == "present":
                weak = "present"
                if c_end <= start and " ".join(self.text[c_start:c_end].lower().split()) not in _base_forms():
                    present_before = float(start - c_end)
                continue
            if kind not in ("past", "future", "reporting", "plan"):
                continue
            if kind == "reporting":
                kind = "past" if c_end <= start else "reporting"
            if kind == "future" and c_start >= end and (word := " ".join(self.text[c_start:c_end].lower().split())) \
                    in _cue_regex().intent:
                kind = "past" if word.split()[0].endswith("ed") else "present"  # "a call on Saturday, in which both
                # men pledged to keep talking": the pledge's own tense; only the act it looks to lies ahead
            if c_end <= start:
                distance = float(start - c_end)
                if before is None or distance < before[0]:
                    before = (distance, kind)
            else:
                distance = float(c_start - end)
                if after is None or distance < after[0]:
                    after = (distance, kind)
                    after_infinitive = self.text[c_start:c_start + 3].lower() == "to "
        if present_before is not None and (before is None or present_before < before[0]) and (
            after is None or after[1] == "reporting" or (present_before <= _GOVERNING_GAP and after[0] > present_before)
            or re.fullmatch(r"\s*,\s*", self.text[end : end + int(after[0])]) is not None
            or _cue_regex().subordinate.search(self.text, end, end + int(after[0])) is not None
        ):
            # "..., which takes effect on Monday"; "are due on the 14th, it said"; "starts at 7:30 a.m. on Saturday,
            # with roads closed": a present verb right before the expression governs it against a later cue, and
            # against a participle right after a comma ("faces a no-confidence vote on Thursday, filed by ...": no
            # clause of its own, unlike ", in which both men pledged")
            return "present"
        if before is not None and before[1] == "past" and after is not None and after[1] == "future" \
                and after_infinitive and _CLAUSE_BREAK.search(self.text, end, end + int(after[0]) + 1) is None:
            return "past"  # "visited Toronto in March to attend a convention": the purpose of a past act is no future
        if before is not None and before[1] == "future" and self._plan_day_come(int(start - before[0]), start, end):
            return "past"  # "The protest planned for Wednesday did not go ahead": the plan's day has come
        if before is not None and (after is None or after[0] * 4 >= before[0]
                                   or (before[1] == "future" and after[1] == "reporting")
                                   or _CLAUSE_BREAK.search(self.text, end, end + int(after[0]) + 1) is not None):
            # "the group would be ready to leave as soon as Tuesday, Castro said": the reported clause's own future
            # cue, however far, outweighs the reporting verb after it
            return "none" if before[1] == "plan" else before[1]
        if after is not None:
            return "past" if after[1] == "reporting" else "none" if after[1] == "plan" else after[1]
        return weak or "none"
