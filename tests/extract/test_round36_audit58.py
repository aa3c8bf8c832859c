"""Round 36 (audit 58, own-words articles): states' plan done by their presidents; "put back" to a day; a new day told
of "the ceremony" in the next sentence; a trip put off with the signing it was for; a count of past elections; an
undecided attendance; a present "faces a vote on Thursday" before a participle; a change "in" the budget approved;
a cancelled trip dated by its "where" plan; a visitor's act "during the visit" of a meeting; a dateline town the
gazetteer lacks.
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language


from ..stored import stored
from .fixture_articles import datelined_events, of_action as _of

pytestmark = pytest.mark.slow

#: A Wednesday.
SEPT_15 = date(2027, 9, 15)
PLAN_KATIMA = ("LUSAKA, Sept 13 (Dateline) - Zambian President Chanda Mwelwa will travel to Katima Mulilo in Namibia on "
               "Thursday to sign a railway agreement with Namibian President Helena Shikongo, his office said.",
               date(2027, 9, 13))


def test_round36_a_plan_of_two_states_is_done_by_their_presidents(tmp_path: Path) -> None:
    plan = ("MONTEVIDEO, March 4 (Dateline) - Uruguay and Ghana are expected to sign a beef trade agreement in Accra "
            "next Tuesday, the Uruguayan presidency said on Thursday.", date(2027, 3, 4))
    done = ("ACCRA, March 9 (Dateline) - Uruguayan President Martin Sosa Alcorta and Ghanaian President Abena "
            "Nyarko-Boateng signed a beef trade agreement in Accra on Tuesday.", date(2027, 3, 9))
    store = stored(tmp_path, [plan, done])
    (ev,) = store.events()  # (the states' event, so that March 4 replays it as told then)
    assert (ev.actor.name, ev.date.value, ev.status, len(ev.evidence)) == ("Uruguay", "2027-03-09", "happened", 2)


def test_round36_a_trip_put_back_to_a_day_is_postponed(tmp_path: Path) -> None:
    off = ("WINDHOEK, Sept 15 (Dateline) - Zambian President Chanda Mwelwa's trip to Namibia has been put back to "
           "October 8, officials said on Wednesday.", SEPT_15)
    store = stored(tmp_path, [PLAN_KATIMA, off])
    assert sorted((e.action, e.date.value, e.status) for e in store.events()) == [
        ("sign", "2027-10-08", "postponed"), ("visit", "2027-10-08", "postponed")]


def test_round36_the_ceremony_now_held_on_a_day_is_the_new_day_of_the_signing(nlp: Language, tmp_path: Path) -> None:
    text = ("WINDHOEK, Sept 15 (Dateline) - Namibia and Zambia have postponed the signing of a railway agreement that "
            "had been due on Thursday. The ceremony will now be held on October 8, officials said.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, SEPT_15), "sign")
    assert (ev.date.value, ev.status) == ("2027-10-08", "postponed")


def test_round36_a_trip_made_for_a_signing_is_put_off_with_it(tmp_path: Path) -> None:
    off = ("WINDHOEK, Sept 15 (Dateline) - Namibia and Zambia have postponed the signing of a railway agreement that "
           "had been due on Thursday. The ceremony will now be held on October 8, officials said.", SEPT_15)
    store = stored(tmp_path, [PLAN_KATIMA, off])
    assert sorted((e.action, e.date.value, e.status) for e in store.events()) == [
        ("sign", "2027-10-08", "postponed"), ("travel", "2027-10-08", "postponed")]


def test_round36_a_count_of_past_elections_is_no_election(nlp: Language, tmp_path: Path) -> None:
    text = "SOFIA, Jan 18 (Dateline) - Bulgaria has held five parliamentary elections in the past four years."
    assert datelined_events(nlp, tmp_path, text, date(2028, 1, 18)) == []


def test_round36_not_decided_whether_to_attend_calls_nothing_off(nlp: Language, tmp_path: Path) -> None:
    text = "VILNIUS, May 4 (Dateline) - Lithuania has not decided whether to attend the summit."
    assert [e.status for e in datelined_events(nlp, tmp_path, text, date(2027, 5, 4))] == []


def test_round36_a_government_faces_a_vote_on_a_coming_day(nlp: Language, tmp_path: Path) -> None:
    text = ("SOFIA, Jan 18 (Dateline) - Bulgaria's minority government faces a no-confidence vote in parliament on "
            "Thursday, filed by opposition parties over electricity prices.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2028, 1, 18)), "vote")
    assert (ev.date.value, ev.status) == ("2028-01-20", "planned")


def _weekday(nlp: Language, text: str, anchor: date) -> str | None:
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    (x,) = [t for t in nlp(doc)._.times if t.type == "DATE"]
    return x.value


def test_round36_a_present_verb_governs_a_weekday_before_a_participle(nlp: Language) -> None:
    assert _weekday(nlp, "The government faces a vote on Thursday, filed by the opposition.", date(2028, 1, 18)) \
        == "2028-01-20"


def test_round36_a_present_verb_does_not_govern_a_weekday_before_a_past_clause(nlp: Language) -> None:
    assert _weekday(nlp, "The trip follows a call on Saturday, in which both men pledged to keep talking.",
                    date(2026, 5, 18)) == "2026-05-16"


def test_round36_an_increase_in_the_budget_approved_is_a_vote(nlp: Language, tmp_path: Path) -> None:
    text = "TALLINN, May 4 (Dateline) - Estonia's parliament approved an increase in the defence budget on Monday."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 5, 4)), "vote")
    assert (ev.date.value, ev.status, ev.what) == ("2027-05-03", "happened", "defence budget")


def test_round36_a_cancelled_trip_takes_the_day_its_where_clause_planned(nlp: Language, tmp_path: Path) -> None:
    text = ("COLOMBO, June 5 (Dateline) - President Dilani Wickramaratne cancelled a planned trip to Panama City, where "
            "she had been due to attend a shipping conference next week.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2028, 6, 5)), "visit")
    assert (ev.date.value, ev.status) == ("2028-W24", "cancelled")


def test_round36_during_the_visit_of_a_meeting_is_its_day_and_place(nlp: Language, tmp_path: Path) -> None:
    text = ("TALLINN, May 4 (Dateline) - Estonian Prime Minister Kadri Vaher and Latvian Prime Minister Edgars Liepins "
            "will meet in Tallinn on Friday. Liepins will also meet Estonian business leaders during the visit.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 5, 4))
    assert {(e.place and e.place.name, e.date.value) for e in _of(events, "meet")} == {("Tallinn", "2027-05-07")}


def test_round36_a_town_the_dateline_names_with_its_country_is_a_place(nlp: Language, tmp_path: Path) -> None:
    text = ("VALGA, Estonia, May 8 (Dateline) - Estonian Prime Minister Kadri Vaher and Latvian Prime Minister Edgars "
            "Liepins met in Valga on Friday.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 5, 8)), "meet")
    assert (ev.place and (ev.place.name, ev.place.country), ev.date.value) == (("Valga", "Estonia"), "2027-05-07")


def test_round36_a_trip_put_back_to_the_same_date_takes_the_day_told_before(nlp: Language, tmp_path: Path) -> None:
    text = ("WINDHOEK, Sept 15 (Dateline) - Namibia and Zambia have postponed the signing of a railway agreement. The "
            "ceremony will now be held on October 8, the presidency said. Zambian President Chanda Mwelwa's trip to "
            "Namibia has been put back to the same date.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, SEPT_15), "visit")
    assert (ev.date.value, ev.status) == ("2027-10-08", "postponed")


def test_round36_a_states_planned_vote_is_held_by_its_parliament(tmp_path: Path) -> None:
    plan = ("SOFIA, Jan 18 (Dateline) - Bulgaria's minority government faces a no-confidence vote in parliament on "
            "Thursday, filed by opposition parties over electricity prices.", date(2028, 1, 18))
    done = ("SOFIA, Jan 21 (Dateline) - Bulgaria's minority government survived a no-confidence vote in parliament "
            "on Thursday, with 114 deputies voting to oust it.", date(2028, 1, 21))
    store = stored(tmp_path, [plan, done])
    (ev,) = [e for e in store.events() if e.action == "vote"]
    assert (ev.date.value, ev.status, len(ev.evidence)) == ("2028-01-20", "happened", 2)
