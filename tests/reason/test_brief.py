"""Brief: sentence selection, condensing and compression, ROUGE, and the stored-article brief."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dateline.model import ActorRef, PlaceRef
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
    topic_clusters,
)
from dateline.reason.question import load_data
from dateline.store import Store, open_store

from .handmade import JSA, LEE, SEOUL, Report, fill

MARCHETTI = ActorRef("Livia Marchetti", "person", "Council President", "European Union")
TANABE = ActorRef("Kenji Tanabe", "person", "Prime Minister", "Japan")
GLOBEX = ActorRef("Globex", "org")

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


def test_brief_synopsis_keeps_a_lead_that_tells_a_contact_extraction_missed() -> None:
    sents = [Sentence(0, "Prime Minister Ana Tuluka on Monday received the head of the regional health agency, Dr Ines "
                         "Baptiste, at her office in the capital.", has_actor=True),
             Sentence(1, "The two sides discussed vaccination and the supply of tests to the provinces."),
             Sentence(2, "Health Minister Paul Mbeki took part in the meeting.", True, True)]
    assert synopsis(sents).startswith("Prime Minister Ana Tuluka on Monday received")


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
        "The visit is the first joint visit to the Joint Security Area by the two defence chiefs since 2017",
        "Talks on alliance modernization and defence spending are scheduled for Tuesday",
        "China would be a central theme of the talks",
        "The alliance talks will also cover defence spending and wartime operational control",
    ]


@pytest.mark.parametrize(
    "sentence,line",
    [
        ("These discussions aim to advance plans regarding alliance modernization, which includes defence "
         "spending and South Korea taking on greater responsibility, according to the official.",
         "These discussions aim to advance plans regarding alliance modernization, which includes defence spending "
         "and South Korea taking on greater responsibility"),
        ("Additionally, Hegseth plans to visit Camp Humphreys.", "Hegseth plans to visit Camp Humphreys"),
        ("He will hold talks with President Lee, as confirmed by a senior US defence official on Tuesday.",
         "He will hold talks with President Lee"),
        ("Hegseth is scheduled to visit the Demilitarized Zone (DMZ) next week.",
         "Hegseth is scheduled to visit the Demilitarized Zone next week"),
        ("The official indicated that rising naval tensions will be a theme of every stop.",
         "Rising naval tensions will be a theme of every stop"),
        ("That decision was welcomed by the ministry.", "That decision was welcomed by the ministry"),
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
        "2025-11-03", "planned", ["Will Pete Hegseth visit the Joint Security Area by November 3, 2025?"])


@pytest.mark.parametrize("line,clause", [("A department spokesperson", False),
                                         ("China will be a central theme of the talks", True),
                                         ("The ministers signed a pact on fisheries", True)])
def test_brief_is_clause(line: str, clause: bool) -> None:
    assert _is_clause(line) == clause


def test_brief_takeaways_drop_fragments() -> None:
    sents = [Sentence(0, "Defence Secretary Pete Hegseth will visit the Joint Security Area on Monday.", True, True),
             Sentence(1, "A department spokesperson.", False, False),
             Sentence(2, "Talks on alliance modernization and defence spending are scheduled for Tuesday.")]
    lines = takeaways(sents)
    assert "Talks on alliance modernization and defence spending are scheduled for Tuesday" in lines
    assert not any("spokesperson" in line for line in lines)


def test_brief_takeaways_fill_up_to_four_from_event_sentences() -> None:
    sents = [Sentence(0, "Defence Secretary Pete Hegseth will visit the Joint Security Area on Monday.", True, True),
             Sentence(1, "He will then fly to Tokyo for talks with his Japanese counterpart on Tuesday.", True, True),
             Sentence(2, "Talks on alliance modernization and defence spending are scheduled for Tuesday."),
             Sentence(3, "Officials said the trip had been planned for months.")]
    lines = takeaways(sents)
    assert len(lines) == 4 and lines[0].startswith("Defence Secretary") and lines[1].startswith("He will then fly")


def test_brief_takeaway_event_line_names_persons_only(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 6, 17), "Marchetti signed an accord with Tanabe and Globex.", "sign",
                        "happened", "2026-06-17", actor=MARCHETTI, counterparts=(TANABE, GLOBEX))])
    (event,) = store.events()
    assert event_line(event, subject=False, titles=True, persons_only=True) == "Signs an agreement with Prime Minister Kenji Tanabe (happened)"


def test_brief_takeaways_lead_with_a_cancellation(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 5, 15), "Hegseth has called off his trip to Seoul planned for next week.",
                        "visit", "cancelled", "2026-05-20", place=SEOUL)])
    sents = [Sentence(0, "Hegseth has called off his trip to Seoul planned for next week.", True, True, True),
             Sentence(1, "The ministry gave no reason for the change of plans.")]
    assert takeaways(sents, store.events())[0] == "Trip to Seoul called off (cancelled)"


def test_brief_topic_clusters_group_one_theme() -> None:
    sents = [Sentence(0, "Seoul will raise defence spending next year."),
             Sentence(1, "The defence spending rise is the largest in a decade for Seoul."),
             Sentence(2, "China has warned against new missile deployments in the region."),
             Sentence(3, "Beijing said missile deployments in the region would harm ties.")]
    assert [[s.index for s in t.sentences] for t in topic_clusters(sents, sents)] == [[0, 1], [3, 2]]


def test_brief_takeaways_line_for_each_topic_tied_to_the_story(store: Store) -> None:
    # 7 sentences ask for 4 lines (2 events, 2 topics); three topics name Hegseth, Seoul or
    # Lee and get a line each, a 5th line; the background on troop costs gets none
    texts = ["Hegseth is scheduled to visit the Joint Security Area on November 3.",
             "Hegseth will meet President Lee in Seoul on November 4.",
             "The allies have argued for years over how to share the cost of troops.",
             "Deterring China will be the thread running through all of Hegseth's meetings.",
             "Seoul wants to modernize the alliance and spend more on its own defence.",
             "Lee has promised to keep the peace talks with Pyongyang going.",
             "Troop costs have risen again as the allies argued over the cost of troops."]
    fill(store, [Report("a1", date(2025, 10, 28), texts[0], "visit", "planned", "2025-11-03", place=JSA),
                 Report("a1", date(2025, 10, 28), texts[1], "meet", "planned", "2025-11-04", place=SEOUL,
                        counterparts=(LEE,))])
    sents = [Sentence(i, t, has_event=i < 2, has_actor=True) for i, t in enumerate(texts)]
    assert takeaways(sents, store.events()) == [
        "Visits the Joint Security Area on Nov 3 (planned)",
        "Meets President Lee Jae Myung in Seoul on Nov 4 (planned)",
        "Deterring China will be the thread running through all of Hegseth's meetings",
        "Seoul wants to modernize the alliance and spend more on its own defence",
        "Lee has promised to keep the peace talks with Pyongyang going",
    ]


@pytest.fixture(scope="module")
def reference_takeaways(fixtures_dir: Path) -> Iterator[list[str]]:
    """RETURNS: the takeaways of the own-words reference article, published 2025-10-28 (loads the model)."""
    from dateline.config import load_settings
    from dateline.pipeline import get_nlp, ingest_paths

    day = date(2025, 10, 28)
    store = open_store(":memory:")
    ingest_paths([fixtures_dir / "articles" / "korea_trip_reference.txt"], store, load_settings(), published=day,
                 nlp=get_nlp(load_settings()), as_of=day)
    yield list(brief(store, store.articles()[0].id).key_takeaways)
    store.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    "theme,pattern,lines",
    [
        ("alliance modernization and defence spending", r"moderni[sz]\w+ the alliance.*defence spending",
         ["The ministers want to push ahead with modernizing the alliance, including higher defence spending by Seoul"]),
        ("meeting with President Lee", r"^Meets .*President Lee", ["Meets President Lee Jae Myung on Nov 3-4 (planned)"]),
        ("meeting with Defence Minister Ahn", r"^Meets .*Defence Minister Ahn",
         ["Meets Defence Minister Ahn Gyu-back in Seoul on Nov 4 (planned)"]),
        ("DMZ / Joint Security Area visit", r"Joint Security Area|Demilitarized Zone|DMZ",
         ["Visits the Joint Security Area with Defence Minister Ahn Gyu-back on Nov 3 (planned)"]),
        ("regional security and China", r"China",
         ["Deterring China will be the thread running through all of Hegseth's meetings on the trip"]),
    ],
)
def test_brief_reference_takeaways_cover_seed_theme(
    reference_takeaways: list[str], theme: str, pattern: str, lines: list[str]
) -> None:
    assert [line for line in reference_takeaways if re.search(pattern, line)] == lines, theme


@pytest.mark.slow
def test_brief_reference_takeaways_four_to_six_short_lines(reference_takeaways: list[str]) -> None:
    assert (len(reference_takeaways), max(len(line.split()) for line in reference_takeaways)) == (5, 16)


OSLO = PlaceRef("Oslo", "city", "Norway", within=("Norway",))
NORWAY = ActorRef("Norway", "country", None, "Norway")
SWEDEN = ActorRef("Sweden", "country", None, "Sweden")
FINLAND = ActorRef("Finland", "country", None, "Finland")


@pytest.mark.parametrize(
    "report,line",
    [
        (Report("a1", date(2026, 5, 1), "The secretary will hold the Nordic Security Dialogue in Oslo on May 4.",
                "meet", "planned", "2026-05-04", place=OSLO),
         "Pete Hegseth attends the Nordic Security Dialogue in Oslo (planned)"),
        (Report("a1", date(2026, 5, 1), "Hegseth will meet counterparts from Norway, Sweden and Finland in Oslo.",
                "meet", "planned", "2026-05-04", place=OSLO, counterparts=(NORWAY, SWEDEN, FINLAND)),
         "Pete Hegseth meets counterparts from Norway, Sweden and Finland in Oslo (planned)"),
        (Report("a1", date(2026, 5, 1), "Hegseth will make an announcement after the talks.",
                "announce", "planned", "2026-05-04"),
         "Pete Hegseth makes an announcement (planned)"),
        (Report("a1", date(2026, 5, 1), "Hegseth will hold meetings in Oslo.", "meet", "planned", "2026-05-04",
                place=OSLO),
         "Pete Hegseth holds talks in Oslo (planned)"),
        (Report("a1", date(2026, 5, 1), "Hegseth will attend events in Oslo.", "attend", "planned", "2026-05-04",
                place=OSLO),
         "Pete Hegseth attends an event in Oslo (planned)"),
    ],
)
def test_brief_event_line_reads_as_english(store: Store, report: Report, line: str) -> None:
    fill(store, [report])
    (event,) = store.events()
    assert event_line(event) == line


def test_brief_condense_keeps_a_speaker_whose_words_carry_a_time() -> None:
    # dropping "Balagtas said" would make "last week" the time of the raising, not of the saying
    text = "Tamsin Reyes said last week she would raise the collision with the envoy."
    assert condense(text) == text
    assert condense("The ministry said on Monday she would raise it.") == "The ministry said on Monday she would raise it."


def test_brief_compress_keeps_an_opening_quote_closed_mid_sentence() -> None:
    assert compress('"We will not look away," she told reporters in Manila on Friday.') == (
        '"We will not look away," she told reporters in Manila on Friday')
    assert compress('"The talks went well."') == "The talks went well"


def test_brief_event_line_dates_a_month_and_an_attendance_without_place() -> None:
    visit = Report("a1", date(2025, 11, 4), "Hegseth last visited Seoul in April 2023.", "visit", "happened", "2023-04",
                   place=SEOUL)
    store = open_store(":memory:")
    fill(store, [visit])
    (event,) = store.events()
    assert event_line(event, subject=False, when=True) == "Visits Seoul in Apr 2023 (happened)"
    store2 = open_store(":memory:")
    fill(store2, [Report("a1", date(2025, 11, 4), "Hegseth will not attend the summit.", "attend", "cancelled", None)])
    (attend,) = store2.events()
    assert event_line(attend) == "Pete Hegseth attends an event (cancelled)"


def test_brief_takeaways_leave_out_background_visits() -> None:
    store = open_store(":memory:")
    fill(store, [
        Report("a1", date(2025, 11, 4), "Hegseth will visit the Joint Security Area on Friday with President Lee.",
               "visit", "planned", "2025-11-07", place=JSA, counterparts=(LEE,)),
        Report("a1", date(2025, 11, 4), "Hegseth last met President Lee in Seoul in April 2023.", "meet", "happened",
               "2023-04", place=SEOUL, counterparts=(LEE,)),
    ])
    sents = [Sentence(0, "Hegseth will visit the Joint Security Area on Friday with President Lee.", True, True, True),
             Sentence(1, "Hegseth last met President Lee in Seoul in April 2023.", True, True, True)]
    lines = takeaways(sents, store.events(), date(2025, 11, 4))
    assert any(line.startswith("Visits the Joint Security Area") for line in lines)
    assert not any("Apr 2023" in line for line in lines)
    assert any("Apr 2023" in line for line in takeaways(sents, store.events()))


def test_brief_synopsis_has_two_sentences_when_the_second_passes_the_budget() -> None:
    long_lead = ("Foreign Minister Lu Weiming will travel to Hanoi on Thursday before heading to Manila for talks on "
                 "Saturday with Foreign Secretary Teresa Balagtas and her deputies from the coast guard and navy.")
    second = ("In Hanoi, Lu is expected to meet Deputy Prime Minister Hoang Minh Tuan and co-chair a bilateral steering "
              "committee on rail links, fishing rights, river water and trade in rice and coffee.")
    sents = [Sentence(0, long_lead, True, True, True), Sentence(1, second, True, True, False)]
    assert synopsis(sents).count(". ") + 1 == 2


def test_brief_compress_drops_a_leading_speaker_before_that() -> None:
    assert compress("Ministry spokeswoman Mei Lan told a regular briefing that leaders of nine island nations had "
                    "confirmed they would take part.") == "Leaders of nine island nations had confirmed they would take part"


def test_brief_cut_never_ends_inside_a_name() -> None:
    from dateline.reason.brief import _cut_words

    assert _cut_words("He will meet Canadian Trade Minister Claire Dupont on Tuesday", 6) == "He will meet"


def test_brief_compress_keeps_a_speaker_whose_words_are_the_news() -> None:
    # ", said the official" is an attribution; "Beijing said the summit ..." is the sentence itself
    assert compress("Beijing said the summit would go ahead as planned with eight leaders.") == (
        "Beijing said the summit would go ahead as planned with eight leaders")
    assert compress("The visit will go ahead next week, said the official.") == "The visit will go ahead next week"


def test_brief_compress_never_ends_on_a_conjunction() -> None:
    line = compress("The two countries are close strategic partners, and trade between them has grown fast over the past "
                    "decade, reaching record highs that officials say will keep rising through the coming years.")
    assert not line.endswith((" and", ",", " that"))


@pytest.mark.parametrize(
    "sentence,line",
    [
        # a short tail is kept rather than cut off
        ("Without a deal to sign, there is no longer any reason for the Canadian minister to make the journey.",
         "Without a deal to sign, there is no longer any reason for the Canadian minister to make the journey"),
        # a list of names is never cut inside
        ("Indian Commerce Minister Rao will visit Kenya, Tanzania and Mozambique next month to promote trade in "
         "pharmaceuticals and farm machinery, his ministry said.",
         "Indian Commerce Minister Rao will visit Kenya, Tanzania and Mozambique next month to promote trade in "
         "pharmaceuticals and farm machinery"),  # the whole closing attribution gone, the line fits whole
        # the closing attribution goes whole, never leaving "the" or "government" behind
        ("About 12,000 troops will take part, the Philippine military said.", "About 12,000 troops will take part"),
        ("She misled parliament, government officials said on Monday.", "She misled parliament"),
        ("\"No such exercise is planned,\" the ministry said in a statement.", "\"No such exercise is planned\""),
        # a span is never cut after its first day
        ("North Korea has told Japan's coast guard that it plans to launch a military reconnaissance satellite "
         "between March 20 and March 30, the coast guard said on Tuesday.",
         "North Korea has told Japan's coast guard that it plans to launch a military reconnaissance satellite "
         "between March 20 and March 30"),
        # a name ending in "he" is no "he said"
        ("Prime Minister Victor Enache said the government would focus on the budget.",
         "Prime Minister Victor Enache said the government would focus on the budget"),
    ],
)
def test_brief_compress_keeps_tails_and_name_lists(sentence: str, line: str) -> None:
    assert compress(sentence) == line


@pytest.mark.parametrize(
    "sentence,line",
    [
        ("14:30 — The commission chairperson opened the ministers' session with a call for a ceasefire.",
         "The commission chairperson opened the ministers' session with a call for a ceasefire"),
        ("Ghana will host leaders of Nigeria, Senegal, Cote d'Ivoire and Togo at a regional security summit in Accra "
         "on September 15.",
         "Ghana will host leaders of Nigeria, Senegal, Cote d'Ivoire and Togo at a regional security summit in Accra "
         "on September 15"),
    ],
)
def test_brief_compress_drops_live_time_stamps_and_keeps_lists(sentence: str, line: str) -> None:
    assert compress(sentence) == line


def test_brief_condense_drops_a_dangling_no_day_and_this_time() -> None:
    assert condense("Rubio will also meet President Sheinbaum during the trip, without giving a day.") == (
        "Rubio will also meet President Sheinbaum during the trip.")
    assert condense("This time the prime minister will stay for two days.") == (
        "The prime minister will stay for two days.")


def test_brief_synopsis_skips_sentences_pointing_back() -> None:
    sents = [Sentence(0, "Prime Minister Asha Rao will visit Lima on June 9 for talks with President Ana Paredes."),
             Sentence(1, "The relationship between the two countries has changed a great deal since then."),
             Sentence(2, "Rao is expected to sign an agreement on lithium mining and grain exports during the visit.")]
    assert "since then" not in synopsis(sents)


def test_brief_compress_never_cuts_a_list_of_names_with_a_lower_case_particle() -> None:
    line = compress("President John Mahama said Ghana will host leaders of Nigeria, Senegal, Cote d'Ivoire and Togo at "
                    "a regional security summit in Accra on September 15 to discuss militant attacks along the borders.")
    assert "Cote d'Ivoire and Togo" in line


@pytest.mark.parametrize(("sentence", "line"), [
    # a long line loses its aside rather than its verb
    ("One of the Kenyan officials, who asked not to be named because he was not allowed to speak, said the visit "
     "would now take place on March 9 after the budget talks.",
     "One of the Kenyan officials said the visit would now take place on March 9 after the budget talks"),
    # "said the visit would ..." is the sentence's verb, not an inverted attribution
    ("The minister will visit Hanoi on Monday, said the spokesman for the ministry.", "The minister will visit Hanoi on Monday"),
    # a span of days is never cut inside
    ("King Harald and Queen Sonja will make a state visit to Zambia from Nov. 3 to 6 at the invitation of President "
     "Hichilema, the palace said on Monday in Oslo.",
     "King Harald and Queen Sonja will make a state visit to Zambia from Nov. 3 to 6 at the invitation of President Hichilema"),
])
def test_brief_compress_keeps_verbs_and_spans(sentence: str, line: str) -> None:
    assert compress(sentence) == line


def test_a_takeaway_cut_after_a_spans_first_day_keeps_its_last_day() -> None:
    from dateline.reason.brief import _cut_words

    text = "South Korea and the United States will hold joint naval drills in the Yellow Sea from May 18 to May 22 with warships"
    assert _cut_words(text, 17).endswith("from May 18 to May 22")


def test_brief_a_lead_that_states_an_event_leads_whoever_has_most_events() -> None:
    from dateline.model import DateValue, EventRecord
    from dateline.reason.brief import Sentence, main_sentence

    sentences = [
        Sentence(0, "South Korea and the United States will hold joint drills from March 9.", has_event=True),
        Sentence(1, "The drills will involve field manoeuvres.", has_actor=True),
        Sentence(2, "Hegseth will visit Seoul on March 8 to meet Ahn.", has_event=True),
    ]
    hegseth = ActorRef("Pete Hegseth", "person")
    when = DateValue("2026-03-08", "day", "March 8")
    events = [EventRecord(i, action, "", "", action, hegseth, (), None, when, "planned", (), ()) for i, action in
              ((1, "visit"), (2, "meet"))]
    assert main_sentence(sentences, events).index == 0


@pytest.mark.parametrize("sentence,line", [
    # no break within the word budget: the first clause is kept whole (up to the hard maximum), never cut mid-phrase
    ("Unions representing most of the country's rail workers said they would also join a national demonstration "
     "against the pension reform in Ghent on October 21.",
     "Unions representing most of the country's rail workers said they would also join a national demonstration "
     "against the pension reform in Ghent on October 21"),
    # the day of the event is not cut off behind the budget
    ("The navies of Kenya and Tanzania will hold a five-day joint exercise in the Indian Ocean starting on November 9, "
     "the Kenyan navy said on Monday, the first such drills between the neighbours in three years.",
     "The navies of Kenya and Tanzania will hold a five-day joint exercise in the Indian Ocean starting on November 9"),
])
def test_brief_compress_never_ends_mid_phrase(sentence: str, line: str) -> None:
    got = compress(sentence)
    assert got == line and got.split()[-1].lower() not in load_data("brief")["loose_ends"]
