"""Round 51 (audits 182-184 and gaps left by audits 173-181): a pronoun charged after an unnamed arrest, "due in court"
after one, a court sitting told as a frame ("At a hearing last Friday, ...", "at the end of a hearing"), "after being
charged", charges filed on a day, "No such meeting took place" after a denied report, "its foreign minister", a
spokeswoman beside "the two leaders", "Mr X", another party staying out of a strike, "before April 8", a guest's trip to
a dated summit, a state's postponement of its leader's hosting.
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import datelined_events, party_rows

_UNNAMED = "LUSAKA, March 12 (Wire) - Zambian police arrested a man on Monday over the theft of railway cables. "
_NAMED = "LUSAKA, March 12 (Wire) - Opposition leader Mapalo Chisenga was charged with fraud on Monday. "


@pytest.mark.slow
@pytest.mark.parametrize("charge", [
    "He was charged on Tuesday with theft.",
    "He was questioned for six hours and charged on Tuesday with theft.",
])
def test_round51_he_charged_after_an_unnamed_arrest_is_the_man_held(nlp: Language, tmp_path: Path, charge: str) -> None:
    got = party_rows(datelined_events(nlp, tmp_path, _UNNAMED + charge, date(2027, 3, 12)))
    assert ("man", "charged", "happened", "2027-03-09", None, ()) in got
    assert all(r[0] != "police" for r in got)


@pytest.mark.slow
def test_round51_he_due_in_court_after_an_unnamed_arrest_is_the_man_held(nlp: Language, tmp_path: Path) -> None:
    got = party_rows(datelined_events(nlp, tmp_path, _UNNAMED + "He is due in court on Friday.", date(2027, 3, 12)))
    assert ("man", "hearing", "planned", "2027-03-12", None, ()) in got


@pytest.mark.slow
@pytest.mark.parametrize("frame", [
    "At his first hearing last Friday, Chisenga was refused bail.",
    "At a hearing last Friday, a magistrate refused Chisenga bail.",
    "At a hearing last Friday, Magistrate Mwansa Tembo refused Chisenga bail.",
    "At a hearing last Friday, Chisenga pleaded not guilty.",
])
def test_round51_a_hearing_told_as_a_frame_was_held_for_the_defendant(nlp: Language, tmp_path: Path, frame: str) -> None:
    got = party_rows(datelined_events(nlp, tmp_path, _NAMED + frame, date(2027, 3, 12)))
    assert ("Mapalo Chisenga", "hearing", "happened", "2027-03-05", None, ()) in got
    assert all(r[1] in ("charged", "hearing") for r in got), got


@pytest.mark.slow
def test_round51_a_senate_hearing_is_no_court_sitting(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - At a parliamentary hearing on Tuesday, Defence Minister Mapalo Chisenga said the "
            "army needed new trucks.")
    assert all(e.action != "hearing" for e in datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))


@pytest.mark.slow
def test_round51_charged_after_being_remanded_is_the_subjects_charge(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - Opposition leader Mapalo Chisenga was remanded in custody on Wednesday after "
            "being charged with fraud.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert [r[:3] for r in got if r[1] == "charged"] == [("Mapalo Chisenga", "charged", "happened")]


@pytest.mark.slow
def test_round51_a_consular_official_is_no_person_named_before(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - Zambian prosecutors on Wednesday charged Malawian trader Chimwemwe Banda with "
            "smuggling. His lawyer, Kondwani Phiri, said his client was innocent. Malawi's embassy said a consular "
            "official had visited Banda on Wednesday.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert all(r[0] != "Kondwani Phiri" for r in got), got


@pytest.mark.slow
def test_round51_attending_to_duties_is_no_attendance(nlp: Language, tmp_path: Path) -> None:
    text = ('LUSAKA, March 12 (Wire) - "Minister Banda was in Lusaka attending to her duties," a government '
            "spokesman said on Friday.")
    assert all(e.action != "attend" for e in datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))


_DENIED = ("LUSAKA, March 12 (Wire) - Zambian Energy Minister Mapalo Chisenga will meet Malawian Energy Minister Nancy "
           "Tembo in Lilongwe on April 14, his ministry said. The ministry denied a report that Chisenga had met mining "
           "executives in Johannesburg last week. ")


@pytest.mark.slow
def test_round51_no_such_meeting_after_a_denied_report_is_that_meeting(nlp: Language, tmp_path: Path) -> None:
    got = party_rows(datelined_events(nlp, tmp_path, _DENIED + '"No such meeting took place."', date(2027, 3, 12)))
    assert ("Mapalo Chisenga", "meet", "planned", "2027-04-14", "Lilongwe", ("Nancy Tembo",)) in got
    assert [r[2] for r in got if r[1] == "meet"].count("denied") == 1


@pytest.mark.slow
def test_round51_its_minister_after_a_country_subject_is_that_countrys_office(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - Malawi on Friday denied a report that its foreign minister had met Zambia's "
            "Mapalo Chisenga in Lusaka last week.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert [r[:3] for r in got] == [("Foreign Minister of Malawi", "meet", "denied")]


@pytest.mark.slow
def test_round51_another_party_staying_out_leaves_the_strike_planned(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 10 (Wire) - Zambia's nurses' union on Wednesday called a nationwide strike from Monday over "
            "unpaid allowances. Doctors' unions said they would not join the stoppage.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 10)))
    assert [(r[0], r[2], r[3]) for r in got] == [("nurses' union", "planned", "2027-03-15")]


@pytest.mark.slow
def test_round51_the_years_of_an_accusation_are_no_day_of_the_charge(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - Prosecutors accuse Mapalo Chisenga, a former central bank official, of approving "
            "loans to his relatives' companies between 2019 and 2021.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert all(r[3] != "2019" for r in got), got


@pytest.mark.slow
def test_round51_an_unnamed_arrestee_suspected_in_the_next_sentence_is_named(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - Zambian police arrested a former deputy governor of the central bank at Lusaka "
            "airport on Wednesday. Mapalo Chisenga, who served as deputy governor from 2017 to 2022, is suspected of "
            "diverting $40 million.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert [r[:4] for r in got] == [("Mapalo Chisenga", "arrested", "happened", "2027-03-10")]


@pytest.mark.slow
def test_round51_a_spokeswoman_is_no_leader_of_the_pair(nlp: Language, tmp_path: Path) -> None:
    text = ('LUSAKA, March 12 (Wire) - "The president did not meet Mr Mutharika last week," Zambian President Mulenga '
            "Phiri's spokeswoman, Chanda Mwale, said. The two leaders last met in Livingstone in January.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert all("Chanda Mwale" not in (r[0], *r[5]) for r in got), got
    assert ("Mulenga Phiri", "meet", "denied", "2027-W09", None, ("Mutharika",)) in got


@pytest.mark.slow
def test_round51_charges_filed_on_a_day_date_the_charge_told_before(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, April 15 (Wire) - Zambian prosecutors have charged former deputy minister Mapalo Chisenga with "
            "bribery, the prosecutor's office said on Thursday. The indictment was filed with the High Court in Ndola on "
            "Tuesday.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 4, 15)))
    assert got == [("Mapalo Chisenga", "charged", "happened", "2027-04-13", "Ndola", ())]


@pytest.mark.slow
def test_round51_whether_to_file_charges_is_the_arrested_persons(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 16 (Wire) - Police arrested former deputy minister Mapalo Chisenga in Ndola on Saturday. "
            "Prosecutors are expected to decide within weeks whether to file charges.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 16)))
    assert [r[:3] for r in got if r[1].startswith("charge")] == [("Mapalo Chisenga", "charged", "uncertain")]


@pytest.mark.slow
def test_round51_what_a_law_allows_is_no_arrest(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 16 (Wire) - Police arrested Mapalo Chisenga in Ndola on Saturday. Under Zambian law, a "
            "suspect can be held in custody for up to 48 hours before being charged.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 16)))
    assert [r[:2] for r in got] == [("Mapalo Chisenga", "arrested")]


@pytest.mark.slow
def test_round51_a_meeting_with_a_named_person_dropped_is_no_change_of_a_gathering(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - Zambian Foreign Minister Mapalo Chisenga has to attend an extraordinary meeting of "
            "SADC foreign ministers in Gaborone on Tuesday, a spokesman said. A planned meeting with Malawian President "
            "Peter Mutharika has been dropped from the programme, he added.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert [(r[1], r[2], r[3], r[4]) for r in got if r[0] == "Mapalo Chisenga" and r[1] == "attend"] == [
        ("attend", "planned", "2027-03-16", "Gaborone")]


@pytest.mark.slow
def test_round51_moved_to_the_port_city_of_x_is_at_x(tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - Zambian Foreign Minister Mapalo Chisenga's visit to Tanzania has been moved from "
            "Dodoma to the port city of Dar es Salaam, the ministry said on Friday.")
    visits = [e for e in stored(tmp_path, [(text, date(2027, 3, 12))]).events() if e.action == "visit"]
    assert [(e.place.name if e.place else None, e.status) for e in visits] == [("Dar es Salaam", "planned")]


@pytest.mark.slow
def test_round51_before_a_date_is_a_deadline_not_the_day(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 16 (Wire) - Zambian Foreign Minister Mapalo Chisenga said on Monday he would travel to "
            "Lilongwe before April 8, but gave no dates.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 16)))
    assert [(r[1], r[3], r[4]) for r in got] == [("travel", None, "Lilongwe")]


@pytest.mark.slow
def test_round51_a_judges_hearing_on_whether_x_stays_in_custody_is_xs(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - A judge will hold a hearing on March 26 to decide whether Malawian trader "
            "Chimwemwe Banda should remain in custody, prosecutor Mwila Zulu said on Friday.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert [r[0] for r in got] == ["Chimwemwe Banda"] and got[0][3] == "2027-03-26"


@pytest.mark.slow
def test_round51_at_the_end_of_a_hearing_the_hearing_was_held(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - Opposition leader Mapalo Chisenga was charged with fraud on Monday. A magistrate "
            "refused him bail at the end of a three-hour hearing in Ndola.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert [(r[0], r[2], r[4]) for r in got if r[1] == "hearing"] == [("Mapalo Chisenga", "happened", "Ndola")]


@pytest.mark.slow
def test_round51_a_trip_he_prepared_when_arrested_is_no_plan(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - Mapalo Chisenga's arrest last weekend, as he prepared to fly to London, was the "
            "most prominent in years.")
    assert all(e.action != "travel" for e in datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))


@pytest.mark.slow
def test_round51_a_guests_trip_to_the_summit_city_is_on_the_summits_day(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 10 (Wire) - Zambian President Mulenga Phiri will host a regional summit in Livingstone on "
            "March 27, his office said on Wednesday. Malawian President Peter Mutharika confirmed on Wednesday that he "
            "would travel to Livingstone.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 10)))
    assert ("Peter Mutharika", "travel", "planned", "2027-03-27", "Livingstone", ()) in got


@pytest.mark.slow
def test_round51_a_states_postponement_of_a_hosting_joins_its_leaders_plan(tmp_path: Path) -> None:
    plan = ("LUSAKA, March 10 (Wire) - Zambian President Mulenga Phiri will host a regional summit in Livingstone on "
            "March 26, his office said on Tuesday.", date(2027, 3, 10))
    change = ("LUSAKA, March 24 (Wire) - The regional summit that Zambia had planned to host in Livingstone on Friday "
              "has been postponed, a government spokesman said on Tuesday.", date(2027, 3, 24))
    hosts = [e for e in stored(tmp_path, [plan, change]).events() if e.action == "host"]
    assert [(e.actor.name, e.status, len(e.evidence)) for e in hosts] == [("Mulenga Phiri", "postponed", 2)]
