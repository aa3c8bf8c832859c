"""Actors and dates, round 16: wrong actors and wrong days the fresh-article audit 26 found.

- invitations: "X invited Y for a state visit to Italy from July 6 to 8" is Y's visit with X as host (a trip noun after
  'for'/'on' of an invite verb, ``invite_noun_preps``/``invite_noun_actions`` in triggers.json); Y's later "travelling
  to Milan on the final day" is then on the last day of Y's span.
- pairs: "the two leaders" never stands for the source of a reporting verb when two other people are named in that
  sentence ("Spokeswoman X said Y would receive Z"), and a spokesperson source never is: with the guest unrecognised,
  "the two leaders" stand for nobody (no event rather than a signing with the spokeswoman).
- live-page labels ("15:45 - Breaking:", "Update:", furniture.json 'live_labels') are furniture inside a story line:
  never actors. A date inside an '-ing' participle on a non-event noun ("signed a declaration setting a tariff from
  July 1") is the content's date, not the signing's.
- departures: "will leave for Korea on Tuesday at the start of a five-day tour" is a journey on Tuesday (the five days
  are the tour's visit), so the itinerary's later stop days do not move it.
- possessive weekdays: "will not attend Sunday's trade forum", told on a Saturday, is the coming Sunday ('forum' and
  other gathering nouns joined ``possessive_event_nouns`` of time_en.json).
- court verbs: "was acquitted on Wednesday and released from custody hours later" is also the person's release
  ('freed') that day: a bare participle conjoined to a passive shares its passive subject and its past tense.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract.furniture import label_spans

from .fixture_articles import Row, article_events, row

pytestmark = pytest.mark.slow


def _rows(nlp: Language, tmp_path: Path, body: str, published: date, action: str) -> list[Row]:
    """RETURNS (list[Row]): the rows of the events of one family in an article of ``body``, in order."""
    return [row(e) for e in article_events(nlp, tmp_path, "Headline\n\n" + body, published) if e.action == action]


# 1. invitations


def test_round16_invited_guest_visits(nlp: Language, tmp_path: Path) -> None:
    body = ("Rome, June 17 (Wire) - Italian Prime Minister Marco Bellini invited Kenyan President Joseph Kamau "
            "for a state visit to Italy from July 6 to 8.")
    assert _rows(nlp, tmp_path, body, date(2026, 6, 17), "visit") == [
        ("visit", "Joseph Kamau", ("Marco Bellini",), "Italy", "2026-07-06", "planned")]


def test_round16_invited_guest_final_day(nlp: Language, tmp_path: Path) -> None:
    body = ("Rome, June 17 (Wire) - Italian Prime Minister Marco Bellini invited Kenyan President Joseph Kamau "
            "for a state visit to Italy from July 6 to 8. Kamau will end the trip by travelling to Milan on the final day.")
    assert _rows(nlp, tmp_path, body, date(2026, 6, 17), "travel") == [
        ("travel", "Joseph Kamau", (), "Milan", "2026-07-08", "planned")]


# 2. "the two leaders" and a spokesperson


def test_round16_two_leaders_skip_the_source(nlp: Language, tmp_path: Path) -> None:
    body = ("Lima, April 15 (Wire) - Peru denied a report that President Jorge Salas would travel to Quito on April 22. "
            "Spokeswoman Ana Ruiz said Salas would instead receive Chilean President Pablo Herrera in Lima on April 23. "
            "The two leaders are also expected to sign a deal on copper exports.")
    assert _rows(nlp, tmp_path, body, date(2026, 4, 15), "sign") == [
        ("sign", "Jorge Salas", ("Pablo Herrera",), "Lima", "2026-04-23", "planned")]


def test_round16_two_leaders_never_the_spokeswoman(nlp: Language, tmp_path: Path) -> None:
    # "the two leaders" are Salas and Pablo Torres (a given name and a surname the recognizer leaves unlabelled), never
    # the spokeswoman who told it
    body = ("Lima, April 15 (Wire) - Spokeswoman Ana Ruiz said Salas would receive Chilean President Pablo Torres in "
            "Lima on April 23. The two leaders are also expected to sign a deal on copper exports.")
    rows = _rows(nlp, tmp_path, body, date(2026, 4, 15), "sign")
    assert rows and all("Ruiz" not in r[1] and all("Ruiz" not in p for p in r[2]) for r in rows)
    assert {(r[1], r[2]) for r in rows} == {("Salas", ("Pablo Torres",))}


# 3. live-page labels and content dates


@pytest.mark.parametrize("text,labels", [
    ("Kigali, May 11 (Wire) - 15:45 - Breaking: the leaders have signed.", ["15:45 - Breaking:"]),
    ("Update - Kenya has signed.\nLive: the vote is under way.", ["Update -", "Live:"]),
    ("Live music played. Breaking news came later.", []),
])
def test_round16_label_spans(text: str, labels: list[str]) -> None:
    assert [text[a:b] for a, b in label_spans(text, (24,) if text.startswith("Kigali") else ())] == labels


def test_round16_live_label_is_no_actor(nlp: Language, tmp_path: Path) -> None:
    body = ("Kigali, May 11 (Wire) - 15:45 - Breaking: the leaders have signed a declaration setting a 10 percent "
            "common tariff on rice imports from July 1.")
    assert _rows(nlp, tmp_path, body, date(2026, 5, 11), "sign") == []


def test_round16_content_date_is_not_the_signing_day(nlp: Language, tmp_path: Path) -> None:
    body = ("Kigali, May 11 (Wire) - 15:45 - Update: Kenya and Uganda have signed a declaration setting a 10 percent "
            "common tariff on rice imports from July 1.")
    assert _rows(nlp, tmp_path, body, date(2026, 5, 11), "sign") == [
        ("sign", "Kenya", ("Uganda",), None, None, "happened")]


# 4. a departure's own day


def test_round16_departure_keeps_its_weekday(nlp: Language, tmp_path: Path) -> None:
    body = ("New Delhi, April 6 (Wire) - Anil Mehra will leave for Korea on Tuesday at the start of a five-day tour.\n\n"
            "Mehra is scheduled to arrive in Seoul on Tuesday evening and will meet Korean Foreign Minister Park Jisoo "
            "on Wednesday.")
    assert _rows(nlp, tmp_path, body, date(2026, 4, 6), "travel") == [
        ("travel", "Anil Mehra", (), "South Korea", "2026-04-07", "planned")]


# 5. a possessive weekday of a gathering ahead


def test_round16_called_off_forum_is_ahead(nlp: Language, tmp_path: Path) -> None:
    body = "New Delhi, April 11 (Wire) - Anil Mehra will not attend Sunday's trade forum in Manila, an official said."
    assert _rows(nlp, tmp_path, body, date(2026, 4, 11), "attend") == [
        ("attend", "Anil Mehra", (), "Manila", "2026-04-12", "cancelled")]


# 6. court verbs


def test_round16_acquitted_and_released(nlp: Language, tmp_path: Path) -> None:
    body = ("Nairobi, May 20 (Wire) - Former minister Peter Otieno was acquitted on Wednesday and released from custody "
            "hours later.")
    assert _rows(nlp, tmp_path, body, date(2026, 5, 20), "freed") == [
        ("freed", "Peter Otieno", (), None, "2026-05-20", "happened")]


def test_round16_convicted_and_sentenced(nlp: Language, tmp_path: Path) -> None:
    body = "Nairobi, May 20 (Wire) - Peter Otieno was convicted on Monday and sentenced to five years in prison."
    assert _rows(nlp, tmp_path, body, date(2026, 5, 20), "sentence") == [
        ("sentence", "Peter Otieno", (), None, "2026-05-18", "happened")]


def test_round16_an_invitee_pronoun_is_no_visit_of_the_host(nlp: Language, tmp_path: Path) -> None:
    body = ("Rome, June 17 (Wire) - Italian Prime Minister Marco Bellini spoke by phone on Tuesday with Kenyan President "
            "Joseph Kamau and invited him for a state visit to Italy in July.")
    rows = _rows(nlp, tmp_path, body, date(2026, 6, 17), "visit")
    assert all(r[1] != "Marco Bellini" for r in rows), rows  # "him" is never the inviter (round 52: the invitee, as
    # "invited Kenyan President Joseph Kamau for a state visit" is)
