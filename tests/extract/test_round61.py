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
