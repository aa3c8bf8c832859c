"""Dateline stage: reason. Answers questions about events from the stored record.

``ask`` answers a yes/no question as of a day; ``resolve`` holds the resolution
rules; ``forecast`` the probability model; ``watch`` re-evaluates stored questions
after ingest; ``propose`` turns planned events into questions; ``brief`` makes
extractive briefs; ``score`` scores recorded forecasts. Language data and fitted
coefficients live in ``reason/data/``.
"""

from __future__ import annotations

from .ask import Answer, ask
from .brief import Brief, brief
from .propose import Proposal, propose, propose_for_article
from .question import QuestionPattern, parse_question
from .score import ScoreReport, forecasts_of, score
from .watch import QuestionChange, reevaluate_questions

__all__ = [
    "Answer",
    "ask",
    "Brief",
    "brief",
    "Proposal",
    "propose",
    "propose_for_article",
    "QuestionPattern",
    "parse_question",
    "ScoreReport",
    "forecasts_of",
    "score",
    "QuestionChange",
    "reevaluate_questions",
]
