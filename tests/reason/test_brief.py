"""Brief: sentence selection, condensing and compression, ROUGE, and the stored-article brief."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import ActorRef
from dateline.reason.brief import (
    Rouge,
    Sentence,
    _is_clause,
    brief,
    compress,
    condense,
    event_line,
    first_words,
    rank_sentences,
    rouge,
    rouge1_recall,
    synopsis,
    takeaways,
)
from dateline.store import Store

from .handmade import JSA, SEOUL, Report, fill

MARCHETTI = ActorRef("Livia Marchetti", "person", "Council President", "European Union")
TANABE = ActorRef("Kenji Tanabe", "person", "Prime Minister", "Japan")
GLOBEX = ActorRef("Globex", "organization")

TEXT = [
    "Defence Secretary Pete Hegseth will visit the Joint Security Area on Monday with Defence Minister Ahn.",
    "The visit is the first joint visit to the Joint Security Area by the two defence chiefs since 2017.",
    "The weather in Seoul was mild.",
    "Talks on alliance modernization and defence spending are scheduled for Tuesday.",
    "Hegseth will also meet President Lee.",
    "Officials said China would be a central theme of the talks.",
    "Reporters waited outside.",
    "The alliance talks will also cover defence spending and wartime operational control.",
]


def _sentences() -> list[Sentence]:
    return [Sentence(i, t, has_event=i in (0, 4), has_actor=i in (0, 4), has_date=i in (0, 3)) for i, t in enumerate(TEXT)]


def test_brief_rank_prefers_central_event_sentence() -> None:
    assert rank_sentences(_sentences(), 1)[0].index == 0


def test_brief_rank_avoids_redundancy() -> None:
    # sentence 1 repeats sentence 0 (Joint Security Area, visit) and is passed over
    assert [s.index for s in rank_sentences(_sentences(), 3)] == [0, 3, 4]


def test_brief_synopsis_lead_then_next_sentence() -> None:
    # 8 short sentences: a 35-word budget, room for the lead and one more
    assert synopsis(_sentences()) == " ".join([TEXT[0], TEXT[1]])


def test_brief_synopsis_main_event_first_without_background() -> None:
    sents = [Sentence(0, "Relations between the two countries have been tense for a decade."),
             Sentence(1, "Foreign Minister Helen Markham will visit Jakarta on March 10, her office announced on "
                         "Monday.", True, True, True),
             Sentence(2, "Markham is scheduled to hold talks with her Indonesian counterpart on maritime security.",
                      True, True)]
    assert synopsis(sents) == ("Foreign Minister Helen Markham will visit Jakarta on March 10. Markham is scheduled "
                               "to hold talks with her Indonesian counterpart on maritime security.")


@pytest.mark.parametrize(
    "sentence,condensed",
    [
        ("Defence Minister Erik Lindqvist will visit Warsaw on April 15, the defence ministry announced on Monday.",
         "Defence Minister Erik Lindqvist will visit Warsaw on April 15."),
        ("Dubois is expected to visit Dakar on September 16, according to two officials in Paris.",
         "Dubois is expected to visit Dakar on September 16."),
        ("Pappas could visit Nicosia later this month, local media reported on Monday, citing unnamed sources.",
         "Pappas could visit Nicosia later this month."),
        ("Officials in Canberra said the talks would also cover disaster relief.",
         "The talks would also cover disaster relief."),
        ("Deterring China will be the thread of the trip, the official said, as rivalry grows.",
         "Deterring China will be the thread of the trip, as rivalry grows."),
        ("Hegseth is scheduled to visit the Demilitarized Zone (DMZ) next week.",
         "Hegseth is scheduled to visit the Demilitarized Zone next week."),
        ("Additionally, Hegseth plans to visit Camp Humphreys.", "Hegseth plans to visit Camp Humphreys."),
        ("Neither government has confirmed the visit.", "Neither government has confirmed the visit."),
    ],
)
def test_brief_condense(sentence: str, condensed: str) -> None:
    assert condense(sentence) == condensed


def test_brief_takeaways_topics_skip_event_sentences() -> None:
    assert takeaways(_sentences()) == [
        "The visit is the first joint visit to the Joint Security Area by the two defence chiefs",
        "Talks on alliance modernization and defence spending are scheduled for Tuesday",
        "China would be a central theme of the talks",
        "The alliance talks will also cover defence spending and wartime operational control",
    ]


@pytest.mark.parametrize(
    "sentence,line",
    [
        ("These discussions aim to advance plans regarding alliance modernization, which includes defence "
         "spending and South Korea taking on greater responsibility, according to the official.",
         "These discussions aim to advance plans regarding alliance modernization, which includes defence spending"),
        ("Additionally, Hegseth plans to visit Camp Humphreys.", "Hegseth plans to visit Camp Humphreys"),
        ("He will hold talks with President Lee, as confirmed by a senior US defence official on Tuesday.",
         "He will hold talks with President Lee"),
        ("Hegseth is scheduled to visit the Demilitarized Zone (DMZ) next week.",
         "Hegseth is scheduled to visit the Demilitarized Zone next week"),
    ],
)
def test_brief_compress(sentence: str, line: str) -> None:
    assert compress(sentence) == line


@pytest.mark.parametrize(
    "candidate,reference,recall",
    [
        ("the cat sat", "the cat sat on the mat", 0.5),
        ("", "a b", 0.0),
        ("a b", "", 0.0),
        ("The the THE", "the the", 1.0),
    ],
)
def test_brief_rouge1_recall(candidate: str, reference: str, recall: float) -> None:
    assert rouge1_recall(candidate, reference) == recall


@pytest.mark.parametrize(
    "candidate,reference,n,scores",
    [
        ("the cat sat", "the cat sat on the mat", 1, Rouge(0.5, 1.0, 0.6667)),
        ("the cat sat on a mat today", "the cat sat on the mat", 2, Rouge(0.6, 0.5, 0.5455)),
        ("", "a b", 1, Rouge(0.0, 0.0, 0.0)),
    ],
)
def test_brief_rouge_precision_and_f1(candidate: str, reference: str, n: int, scores: Rouge) -> None:
    assert rouge(candidate, reference, n) == scores


def test_brief_first_words_cuts_to_budget() -> None:
    assert first_words("one two  three\nfour", 3) == "one two three"


def test_brief_of_stored_article(store: Store) -> None:
    fill(store, [
        Report("a1", date(2025, 10, 28), "Hegseth is scheduled to visit the Joint Security Area on November 3.",
               "visit", "planned", "2025-11-03", place=JSA),
        Report("a1", date(2025, 10, 28), "Hegseth will meet troops at the Joint Security Area.",
               "meet", "planned", "2025-11-03", place=JSA),
    ])
    b = brief(store, "a1")
    assert (b.timeline[0]["date"], b.timeline[0]["status"], [q.question for q in b.questions]) == (
        "2025-11-03", "planned", ["Will Pete Hegseth visit the Joint Security Area by 2025-11-03?"])


@pytest.mark.parametrize("line,clause", [("A department spokesperson", False),
                                         ("China will be a central theme of the talks", True),
                                         ("The ministers signed a pact on fisheries", True)])
def test_brief_is_clause(line: str, clause: bool) -> None:
    assert _is_clause(line) == clause


def test_brief_takeaways_drop_fragments() -> None:
    sents = [Sentence(0, "Defence Secretary Pete Hegseth will visit the Joint Security Area on Monday.", True, True),
             Sentence(1, "A department spokesperson.", False, False),
             Sentence(2, "Talks on alliance modernization and defence spending are scheduled for Tuesday.")]
    assert takeaways(sents) == ["Talks on alliance modernization and defence spending are scheduled for Tuesday"]


def test_brief_takeaway_event_line_names_persons_only(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 6, 17), "Marchetti signed an accord with Tanabe and Globex.", "sign",
                        "happened", "2026-06-17", actor=MARCHETTI, counterparts=(TANABE, GLOBEX))])
    (event,) = store.events()
    assert event_line(event, subject=False, titles=True, persons_only=True) == "Signs with Prime Minister Kenji Tanabe (happened)"


def test_brief_takeaways_lead_with_a_cancellation(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 5, 15), "Hegseth has called off his trip to Seoul planned for next week.",
                        "visit", "cancelled", "2026-05-20", place=SEOUL)])
    sents = [Sentence(0, "Hegseth has called off his trip to Seoul planned for next week.", True, True, True),
             Sentence(1, "The ministry gave no reason for the change of plans.")]
    assert takeaways(sents, store.events())[0] == "Trip to Seoul called off (cancelled)"
