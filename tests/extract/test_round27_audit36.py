"""Round 27 (audit 36, own-words articles): a hope is no visit made, a replaced plan is called off, a surname is no
town, a signing's other side is no holder, a bay named after a city is in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.model import Event

from ..stored import stored


def _events(nlp: Language, text: str, anchor: date) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return list(nlp(doc)._.events)


def test_round27_looking_forward_to_welcoming_is_no_visit_made(nlp: Language) -> None:
    (ev,) = _events(nlp, "Vietnam's foreign ministry said in Hanoi that it looked forward to welcoming Peruvian "
                         "President Rosa Villanueva later in the year.", date(2027, 6, 15))
    assert (ev.actor.name, ev.status) == ("Rosa Villanueva", "uncertain")


def test_round27_a_surname_welcomed_is_no_town(nlp: Language) -> None:
    events = _events(nlp, "Peruvian President Rosa Villanueva has postponed her state visit to Vietnam. Vietnam's "
                          "foreign ministry said it looked forward to welcoming Villanueva later in the year.",
                     date(2027, 6, 15))
    assert all(e.place is None or e.place.name != "Villanueva" for e in events)


def test_round27_travelling_instead_of_is_the_plan_called_off(nlp: Language) -> None:
    events = _events(nlp, "Mshana flew to Pemba on Tuesday morning instead of travelling to Mtwara as originally "
                          "planned.", date(2027, 6, 10))
    got = sorted((e.place.name if e.place else None, e.status) for e in events)
    assert ("Pemba", "happened") in got and ("Mtwara", "happened") not in got


def test_round27_signing_with_x_pushed_back_is_told_of_x_side(nlp: Language) -> None:
    (ev,) = _events(nlp, "The signing of the trade accord with Vietnamese President Tran Duc Minh has been pushed back "
                         "to September, the presidential office said on Tuesday.", date(2027, 6, 15))
    assert (ev.action, ev.actor.name, ev.counterparts, ev.status, ev.date.value) == (
        "sign", "Tran Duc Minh", (), "postponed", "2027-09")


def test_round27_signing_with_x_pushed_back_after_the_holder_is_hers(nlp: Language) -> None:
    events = _events(nlp, "Peruvian President Rosa Villanueva will sign a trade accord with Vietnamese President Tran "
                          "Duc Minh in Hanoi on June 22. The signing of the trade accord with Tran Duc Minh has been "
                          "pushed back to September.", date(2027, 6, 1))
    assert [(e.actor.name, e.status) for e in events] == [("Rosa Villanueva", "planned"),
                                                          ("Rosa Villanueva", "postponed")]


VILLANUEVA = ("Villanueva to visit Vietnam\n\nLima, June 1 (Wire) - Peruvian President Rosa Villanueva will arrive in "
              "Hanoi on June 21. She will sign a trade accord with Vietnamese President Tran Duc Minh in Hanoi on June "
              "22.\n")
PUSHED = ("Signing delayed\n\nLima, June 15 (Wire) - The signing of the trade accord with Vietnamese President Tran Duc "
          "Minh has been pushed back to September, the presidential office said on Tuesday.\n")


@pytest.mark.slow
def test_round27_store_turns_the_other_sides_postponement_to_the_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [(VILLANUEVA, date(2027, 6, 1)), (PUSHED, date(2027, 6, 15))])
    signs = [e for e in store.events() if e.action == "sign"]
    assert [(e.actor.name, e.status, e.date.value) for e in signs] == [("Rosa Villanueva", "postponed", "2027-09")]


DRILLS = ("Drills open\n\nMaputo, June 10 (Wire) - Defence ministers Carlos Mabunda and Halima Mshana opened the "
          "exercise in Pemba Bay on Tuesday, the ministry said on Thursday.\n")


@pytest.mark.slow
def test_round27_a_bay_named_after_a_city_is_a_site_in_it(tmp_path: Path) -> None:
    store = stored(tmp_path, [(DRILLS, date(2027, 6, 10))])
    (ev,) = store.events()
    assert ev.place is not None and (ev.place.name, ev.place.within[:1]) == ("Pemba Bay", ("Pemba",))


def test_round27_postponed_visit_takes_the_later_month_of_the_revised_plan(nlp: Language) -> None:
    events = _events(nlp, "Peruvian President Rosa Villanueva has postponed her state visit to Vietnam, which had been "
                          "due to begin next Monday. The president will now travel to Hanoi in September.",
                     date(2027, 6, 15))
    visit = next(e for e in events if e.status == "postponed")
    assert visit.date.value == "2027-09"


def test_round27_heading_a_group_is_no_journey(nlp: Language) -> None:
    events = _events(nlp, "\"Today the constitution won,\" said Dambar Bista, who heads the largest opposition group in "
                          "the assembly.", date(2027, 6, 8))
    assert events == []
    (ev,) = _events(nlp, "Bista heads the Nepali delegation to the summit in Geneva on Friday.", date(2027, 6, 8))
    assert (ev.action, ev.place.name if ev.place else None) == ("attend", "Geneva")


def test_round27_a_newspapers_reporting_tail_is_no_party_and_no_day(nlp: Language) -> None:
    events = _events(nlp, "Bolivian President Ernesto Quispe will visit Asuncion on Friday to sign a gas agreement with "
                          "Paraguayan President Federico Benitez, the newspaper La Nacion reported on Monday.",
                     date(2027, 6, 7))
    sign = next(e for e in events if e.action == "sign")
    assert ([c.name for c in sign.counterparts], sign.date.value, sign.status) == (
        ["Federico Benitez"], "2027-06-11", "uncertain")


def test_round27_forced_to_resign_is_the_objects_resignation_done(nlp: Language) -> None:
    (ev,) = _events(nlp, "Protests forced Interior Minister Luis Cardenas to resign on Friday.", date(2027, 6, 15))
    assert (ev.action, ev.actor.name, ev.status, ev.date.value) == ("resign", "Luis Cardenas", "happened", "2027-06-11")


def test_round27_a_censure_forcing_him_out_is_no_resignation_of_congress(nlp: Language) -> None:
    events = _events(nlp, "Congress voted 74-38 on Friday to censure Interior Minister Luis Cardenas over his handling "
                          "of protests by miners in the southern region of Puno, forcing him to resign.",
                     date(2027, 6, 15))
    assert not any(e.action == "resign" and e.actor.name.startswith("Congress") for e in events)


GOVERNMENT_PALACE = ("Peru's Villanueva postpones Vietnam trip\n\nLima, June 15 (Wire) - Peruvian President Rosa "
                     "Villanueva has postponed her state visit to Vietnam. The president will now travel to Hanoi in "
                     "September. Villanueva will meet leaders of the main congressional blocs at the Government Palace "
                     "in Lima on Thursday.\n")


@pytest.mark.slow
def test_round27_a_site_in_the_dateline_city_its_sentence_names_stays_there(tmp_path: Path) -> None:
    store = stored(tmp_path, [(GOVERNMENT_PALACE, date(2027, 6, 15))])
    got = sorted((e.action, e.status, e.date.value, e.place.name if e.place else None,
                  e.place.country if e.place else None) for e in store.events())
    assert got == [("meet", "planned", "2027-06-17", "Government Palace", "Peru"),
                   ("visit", "postponed", "2027-09", "Hanoi", "Vietnam")]


COURT = ("Court restores assembly\n\nKathmandu, June 8 (Wire) - Nepal's Supreme Court on Tuesday overturned the "
         "dissolution of the provincial assembly of Karnali province.\n")

COURT_AWAY = ("Court strikes down law\n\nDurban, May 11 (Wire) - South Africa's Constitutional Court on Tuesday struck "
              "down a law on protest permits.\n")


@pytest.mark.slow
def test_round27_a_national_courts_ruling_from_its_capital_is_there(tmp_path: Path) -> None:
    store = stored(tmp_path, [(COURT, date(2027, 6, 8))])
    (ev,) = store.events()
    assert (ev.actor.name, ev.actor.country, ev.place.name if ev.place else None) == ("Supreme Court", "Nepal",
                                                                                      "Kathmandu")


@pytest.mark.slow
def test_round27_a_courts_ruling_from_another_city_is_not_placed_there(tmp_path: Path) -> None:
    store = stored(tmp_path, [(COURT_AWAY, date(2027, 5, 11))])
    (ev,) = store.events()
    assert ev.actor.country == "South Africa" and ev.place is None


def test_round27_warships_began_the_named_drills_off_a_place(nlp: Language) -> None:
    (ev,) = _events(nlp, "Philippine and Japanese warships began the Kaiyo Shield drills off Palawan on Monday.",
                    date(2027, 5, 24))
    assert (ev.action, ev.actor.name, [c.name for c in ev.counterparts], ev.place.name if ev.place else None,
            ev.status) == ("exercise", "Philippines", ["Japan"], "Palawan", "happened")
