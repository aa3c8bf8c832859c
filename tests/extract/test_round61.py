"""Round 61 (session 47): appointments, dismissals, dissolutions of parliament and cabinet reshuffles are families of
their own. A named person appointed ("will appoint X as prime minister", "named X finance minister", "X was elected
leader of the party") or dismissed ("sacked Transport Minister X", "fired X") has an event of their own (``appointed``,
``dismissed``: the person acted on is the actor, as for a defendant); a head of government dissolving a legislature
(``dissolve``) or reshuffling a cabinet (``reshuffle``) is that leader's act. Each test states one behaviour. Sentences
and names are our own. March 12, 2026 is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 3, 12)


def _extracted(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return [e for _, ex in extract(articles, get_nlp(settings)) for e in ex.events]


def _rows(text: str, action: str) -> list[tuple[str, str, str | None]]:
    return [(e.actor.name, e.status, e.date.value) for e in _extracted(text) if e.action == action]


@pytest.mark.parametrize(("text", "row"), [
    ("VALLETTA, March 12 (Wire) - President Marta Caruana will appoint Joseph Vella as prime minister on Monday, her "
     "office said.", ("Joseph Vella", "planned", "2026-03-16")),
    ("VALLETTA, March 12 (Wire) - President Marta Caruana appointed Joseph Vella prime minister on Wednesday.",
     ("Joseph Vella", "happened", "2026-03-11")),
    ("VALLETTA, March 12 (Wire) - Prime Minister Joseph Vella named Rita Galea as finance minister on Wednesday.",
     ("Rita Galea", "happened", "2026-03-11")),
    ("VALLETTA, March 12 (Wire) - Rita Galea was elected leader of the Labour Party on Wednesday.",
     ("Rita Galea", "happened", "2026-03-11")),
])
def test_round61_the_person_appointed_has_an_appointment_of_their_own(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text, "appointed") == [row]


@pytest.mark.parametrize("text", [
    "VALLETTA, March 12 (Wire) - The opposition dismissed Joseph Vella as a caretaker on Wednesday.",
    "VALLETTA, March 12 (Wire) - The report named Joseph Vella on Wednesday.",
    "VALLETTA, March 12 (Wire) - Joseph Vella was named in the report on Wednesday.",
])
def test_round61_a_judgement_or_a_mention_is_no_appointment_or_dismissal(text: str) -> None:
    assert not [e for e in _extracted(text) if e.action in ("appointed", "dismissed", "appoint", "dismiss")]


def test_round61_a_body_electing_a_person_stays_the_bodys_vote() -> None:
    text = "VALLETTA, March 12 (Wire) - Malta's parliament elected Joseph Vella speaker on Wednesday."
    assert [e.action for e in _extracted(text)] == ["vote"]


@pytest.mark.parametrize("text", [
    "WELLINGTON, March 12 (Wire) - Prime Minister Aroha Ngata sacked Transport Minister Hemi Walker on Wednesday.",
    "WELLINGTON, March 12 (Wire) - Prime Minister Aroha Ngata fired Transport Minister Hemi Walker on Wednesday.",
    "WELLINGTON, March 12 (Wire) - Prime Minister Aroha Ngata dismissed Transport Minister Hemi Walker on Wednesday.",
])
def test_round61_the_person_sacked_has_a_dismissal_of_their_own(text: str) -> None:
    assert _rows(text, "dismissed") == [("Hemi Walker", "happened", "2026-03-11")]


def test_round61_firing_a_missile_stays_a_launch() -> None:
    text = "SEOUL, March 12 (Wire) - North Korea fired two ballistic missiles into the sea on Wednesday."
    assert [e.action for e in _extracted(text)] == ["launch"]


def test_round61_a_planned_dissolution_is_the_leaders_plan() -> None:
    text = ("TOKYO, March 12 (Wire) - Prime Minister Haruto Mori said on Thursday he would dissolve the lower house of "
            "parliament on Friday.")
    assert _rows(text, "dissolve") == [("Haruto Mori", "planned", "2026-03-13")]


@pytest.mark.parametrize(("text", "row"), [
    ("WELLINGTON, March 12 (Wire) - Prime Minister Aroha Ngata said she would announce a cabinet reshuffle later this "
     "week.", ("Aroha Ngata", "planned", "2026-W11")),
    ("WELLINGTON, March 12 (Wire) - Prime Minister Aroha Ngata unveiled a new-look cabinet on Wednesday.",
     ("Aroha Ngata", "happened", "2026-03-11")),
    ("WELLINGTON, March 12 (Wire) - Prime Minister Aroha Ngata will reshuffle her cabinet on Friday.",
     ("Aroha Ngata", "planned", "2026-03-13")),
])
def test_round61_a_reshuffle_is_the_leaders_act(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text, "reshuffle") == [row]


@pytest.mark.parametrize(("text", "row"), [
    ("ACCRA, March 12 (Wire) - General Yaw Addo was relieved of his duties on Monday.", ("Yaw Addo", "happened", "2026-03-09")),
    ("ACCRA, March 12 (Wire) - President John Asante on Wednesday removed Trade Minister Efua Sam from her post.",
     ("Efua Sam", "happened", "2026-03-11")),
])
def test_round61_relieved_of_duties_or_removed_from_a_post_is_a_dismissal(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text, "dismissed") == [row]


def test_round61_removing_tariffs_stays_an_easing() -> None:
    text = "ACCRA, March 12 (Wire) - The government of Ghana removed import tariffs on rice on Wednesday."
    assert [e.action for e in _extracted(text)] == ["ease"]


def test_round61_a_nomination_rejected_by_parliament_is_the_nominees_appointment_refused() -> None:
    text = "ACCRA, March 12 (Wire) - Parliament rejected the nomination of Kojo Ansah as chief justice on Wednesday."
    events = [e for e in _extracted(text) if e.action == "appointed"]
    assert [(e.actor.name, e.status, e.what) for e in events] == [("Kojo Ansah", "denied", "chief justice")]


@pytest.mark.parametrize(("text", "row"), [
    ("LISBON, March 12 (Wire) - President Rui Lobo will address the nation on Friday evening, his office said.",
     ("Rui Lobo", "planned", "2026-03-13TEV")),
    ("LISBON, March 12 (Wire) - In a televised speech on Wednesday night, President Rui Lobo told the country that he "
     "would dissolve parliament.", ("Rui Lobo", "happened", "2026-03-11")),
    ("LISBON, March 12 (Wire) - President Rui Lobo will speak to the nation on Friday.", ("Rui Lobo", "planned", "2026-03-13")),
    ("TAIPEI, March 12 (Wire) - Premier Chen Wei-lun will deliver his policy report to the legislature on Tuesday.",
     ("Chen Wei-lun", "planned", "2026-03-17")),
])
def test_round61_an_address_to_the_nation_or_a_speech_is_the_speakers_event(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text, "address") == [row]


@pytest.mark.parametrize("text", [
    "LISBON, March 12 (Wire) - President Rui Lobo addressed parliament in Lisbon on Wednesday.",
    "LISBON, March 12 (Wire) - President Rui Lobo said hate speech had no place in politics.",
])
def test_round61_addressing_a_body_somewhere_stays_a_visit_and_speech_as_a_topic_is_none(text: str) -> None:
    assert not [e for e in _extracted(text) if e.action == "address"]


def test_round61_a_weekday_of_todays_name_after_a_coming_itinerary_day_is_a_week_on() -> None:
    from dateline.extract.time import find_times
    text = ("President Ruto will tour the region next week, starting in Kampala on Monday, State House said on Friday. "
            "He will then travel to Kigali on Wednesday. The tour ends in Dar es Salaam on Friday, where he is due to "
            "meet President Hassan.")
    days = [(t.text, t.value) for t in find_times(text, date(2026, 3, 6)) if t.text in ("Friday", "Wednesday")]
    assert days == [("Friday", "2026-03-06"), ("Wednesday", "2026-03-11"), ("Friday", "2026-03-13")]


def test_round61_a_weekday_of_todays_name_with_no_itinerary_stays_today() -> None:
    from dateline.extract.time import find_times
    text = "The president ends his visit to Lusaka on Friday, his office said."
    assert [t.value for t in find_times(text, date(2026, 3, 6)) if t.text == "Friday"] == ["2026-03-06"]


def test_round61_a_plural_title_is_no_part_of_the_first_name() -> None:
    text = "ASUNCION, March 12 (Wire) - The accord was signed by Presidents Javier Milei and Santiago Pena on Tuesday."
    signs = [e for e in _extracted(text) if e.action == "sign"]
    assert [(e.actor.name, [c.name for c in e.counterparts]) for e in signs] == [("Javier Milei", ["Santiago Pena"])]


def test_round61_flying_into_a_city_is_travel_there_but_flying_into_a_rage_is_none() -> None:
    text = ("LUANDA, March 12 (Wire) - Congolese President Felix Tshisekedi flew into Luanda on Wednesday. "
            "Rwanda's president flew into a rage on Tuesday.")
    rows = [(e.actor.name, e.action, e.place.name if e.place else None) for e in _extracted(text)]
    assert rows == [("Felix Tshisekedi", "travel", "Luanda")]


@pytest.mark.parametrize(("text", "row"), [
    ("ACCRA, March 12 (Wire) - President John Asante has nominated economist Akua Boateng as governor of the central "
     "bank, his office said on Wednesday.", ("Akua Boateng", "planned", None)),
    ("ACCRA, March 12 (Wire) - Ghana's parliament on Wednesday approved Akua Boateng as governor of the central bank.",
     ("Akua Boateng", "happened", "2026-03-11")),
    ("WASHINGTON, March 12 (Wire) - The Senate confirmed Maria Lopez as ambassador to Mexico on Wednesday.",
     ("Maria Lopez", "happened", "2026-03-11")),
    ("DUBLIN, March 12 (Wire) - Siobhan Clarke became leader of the Labour Party on Wednesday.",
     ("Siobhan Clarke", "happened", "2026-03-11")),
])
def test_round61_a_nomination_is_ahead_and_an_approval_or_becoming_is_the_appointment(
        text: str, row: tuple[str, str, str | None]) -> None:
    assert _rows(text, "appointed") == [row]


def test_round61_becoming_a_mood_is_no_appointment() -> None:
    text = "DUBLIN, March 12 (Wire) - Siobhan Clarke became angry on Tuesday, and the talks became tense."
    assert not [e for e in _extracted(text) if e.action == "appointed"]


def test_round61_approving_a_budget_stays_a_vote() -> None:
    text = "ACCRA, March 12 (Wire) - Ghana's parliament approved the budget on Tuesday."
    assert [e.action for e in _extracted(text)] == ["vote"]


def test_round61_not_travelling_to_a_summit_is_the_trip_not_made() -> None:
    text = ("ASUNCION, March 12 (Wire) - Brazilian President Lucas Prado did not travel to Paraguay for Wednesday's "
            "regional summit, sending his vice president instead.")
    trips = [e for e in _extracted(text) if e.action == "travel"]
    assert [(e.actor.name, e.status) for e in trips] == [("Lucas Prado", "cancelled")]


def test_round61_a_visit_a_tour_starts_with_is_at_its_place() -> None:
    text = ("NAIROBI, March 12 (Wire) - Kenyan President Daniel Kiprop will embark on a regional tour next week, "
            "starting with a visit to Kampala on Monday.")
    visits = [e for e in _extracted(text) if e.action == "visit"]
    assert [(e.place.name if e.place else None, e.date.value) for e in visits] == [("Kampala", "2026-03-16")]


def test_round61_becoming_the_first_leader_to_do_something_is_no_appointment() -> None:
    text = "TALLINN, March 12 (Wire) - Prime Minister Liis Kask became the first leader to visit Cuba in 1999."
    assert not [e for e in _extracted(text) if e.action == "appointed"]


def test_round61_lawmakers_voting_to_dismiss_a_minister_dismiss_him_that_day() -> None:
    text = ("CHISINAU, March 12 (Wire) - Moldovan lawmakers on Wednesday voted to dismiss Defence Minister Victor Rusu "
            "and approved Elena Botnari as his successor.")
    assert _rows(text, "dismissed") == [("Victor Rusu", "happened", "2026-03-11")]
    assert _rows(text, "appointed") == [("Elena Botnari", "happened", "2026-03-11")]


def test_round61_a_proposal_to_dismiss_a_minister_is_no_denial() -> None:
    text = ("CHISINAU, March 12 (Wire) - Moldova's parliament will vote on Friday on a proposal by Prime Minister Ion "
            "Ciobanu to dismiss Defence Minister Victor Rusu, the speaker said.")
    assert _rows(text, "dismissed") == [("Victor Rusu", "planned", "2026-03-13")]


def test_round61_an_oath_told_again_undated_is_the_oath_of_the_day_told() -> None:
    text = ("MANILA, March 12 (Wire) - Eduardo Cruz was sworn in as defence secretary on Wednesday, a day later than "
            "planned. Cruz, a former army chief, took his oath before the president at Malacanang Palace.")
    assert {e.date.value for e in _extracted(text) if e.action == "inaugurate"} == {"2026-03-11"}


def test_round61_a_visit_from_one_weekday_to_another_spans_the_days() -> None:
    text = ("MANILA, March 12 (Wire) - President Paolo Reyes will make a state visit to Vietnam from Monday to "
            "Wednesday, the department said on Thursday.")
    (visit,) = [e for e in _extracted(text) if e.action == "visit"]
    assert (visit.date.value, visit.date.end_value) == ("2026-03-16", "2026-03-18")
