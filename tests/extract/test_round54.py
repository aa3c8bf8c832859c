"""Round 54 (audits 200-202): a court that will hear a case; a postponed exercise whose holders a relative clause
names; a judge deferring "the hearing" of a trial told just before; an annual leaders' retreat.
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


def _rows(store: object) -> set[tuple[str, str, str, str | None]]:
    return {(e.actor.name, e.action, e.status, e.date.value) for e in store.events()}  # type: ignore[attr-defined]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "KISUMU, June 3 (Wire) - A court in Kisumu will hear the case against former governor Otieno Wambua on Monday.",
    "KISUMU, June 3 (Wire) - The High Court will hear the petition filed by activist Otieno Wambua on Monday, a clerk "
    "said.",
    "KISUMU, June 3 (Wire) - The Court of Appeal will hear Otieno Wambua's appeal on Monday.",
    "KISUMU, June 3 (Wire) - A judge will hear the bail application of activist Otieno Wambua on Monday.",
])
def test_round54_a_court_that_will_hear_a_persons_case_is_their_hearing(tmp_path: Path, text: str) -> None:
    store = stored(tmp_path, [(text, date(2027, 6, 3))])
    assert ("Otieno Wambua", "hearing", "planned", "2027-06-07") in _rows(store), _rows(store)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "KISUMU, June 3 (Wire) - Otieno Wambua said he heard the case was closed.",
    "KISUMU, June 3 (Wire) - The minister Otieno Wambua will hear the appeal of farmers on Monday.",
])
def test_round54_hearing_a_case_is_a_courts_act_only(tmp_path: Path, text: str) -> None:
    store = stored(tmp_path, [(text, date(2027, 6, 3))])
    assert not [e for e in store.events() if e.action == "hearing"], _rows(store)


@pytest.mark.slow
def test_round54_a_postponed_exercise_is_held_by_the_subjects_of_its_relative_clause(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, May 4 (Wire) - Ghana and Togo will hold a joint coastal exercise off Lome later this month, the two "
         "navies said.", date(2027, 5, 4)),
        ("ACCRA, May 24 (Wire) - A joint coastal exercise that Ghana and Togo had planned to hold off Lome this month "
         "has been postponed, navy officials said on Monday, without giving a new date.", date(2027, 5, 24)),
    ])
    drills = [e for e in store.events() if e.action == "exercise"]
    assert len(drills) == 1, _rows(store)
    assert drills[0].status == "postponed" and len({ev.article_id for ev in drills[0].evidence}) == 2, _rows(store)
    assert {drills[0].actor.name, *(c.name for c in drills[0].counterparts)} == {"Ghana", "Togo"}


@pytest.mark.slow
def test_round54_a_judge_deferring_the_hearing_after_a_postponed_trial_sets_the_trials_new_day(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("DODOMA, June 7 (Wire) - The fraud trial of former port director Salim Mrisho will open on June 14, "
         "prosecutors said.", date(2027, 6, 7)),
        ("DODOMA, June 14 (Wire) - A Tanzanian court on Monday postponed the fraud trial of former port director Salim "
         "Mrisho after his lawyers said he was ill. Judge Rehema Kweka agreed to defer the hearing to Sept. 20, citing "
         "a doctor's letter.", date(2027, 6, 14)),
    ])
    rows = _rows(store)
    assert ("Salim Mrisho", "trial", "postponed", "2027-09-20") in rows, rows
    assert not [e for e in store.events() if e.action == "testify"], rows
    assert len([e for e in store.events() if e.actor.name == "Salim Mrisho"]) == 1, rows


@pytest.mark.slow
def test_round54_an_annual_leaders_retreat_held_by_two_leaders_is_their_meeting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("VIENTIANE, March 12 (Wire) - Laotian Prime Minister Sonexay Vong and Thailand's Anutin Sakda held their "
         "annual leaders' retreat in Luang Prabang on Thursday and agreed to open a new border bridge.",
         date(2027, 3, 12)),
    ])
    meets = [e for e in store.events() if e.action == "meet"]
    assert [(e.actor.name, [c.name for c in e.counterparts], e.place.name if e.place else None, e.date.value)
            for e in meets] == [("Sonexay Vong", ["Anutin Sakda"], "Luang Prabang", "2027-03-11")], _rows(store)


@pytest.mark.slow
def test_round54_a_retreat_of_troops_is_no_meeting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("KYIV, March 12 (Wire) - The army's retreat from the town of Bilyk began on Monday, officials said.",
         date(2027, 3, 12)),
    ])
    assert not [e for e in store.events() if e.action == "meet"], _rows(store)


@pytest.mark.slow
def test_round54_a_visit_aimed_at_something_is_no_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MASERU, May 12 (Wire) - Lesotho and Botswana signed a water agreement on Tuesday, as Prime Minister Teboho "
         "Moeketsi began a state visit to Gaborone aimed at easing border disputes.", date(2027, 5, 12)),
    ])
    visits = [(e.actor.name, e.status, e.date.value) for e in store.events() if e.action == "visit"]
    assert visits == [("Teboho Moeketsi", "happened", "2027-05-11")], _rows(store)


@pytest.mark.slow
def test_round54_a_state_described_by_its_island_hosts_not_the_island(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BANDAR SERI BEGAWAN, June 13 (Wire) - Brunei, a small state on the island of Borneo, will host a meeting of "
         "ASEAN transport ministers in November.", date(2027, 6, 13)),
    ])
    hosts = [(e.actor.name, e.place.name if e.place else None) for e in store.events() if e.action == "host"]
    assert hosts and all(a == "Brunei" and p != "Borneo" for a, p in hosts), _rows(store)


@pytest.mark.slow
def test_round54_an_exercise_that_ended_after_five_days_is_the_planned_exercise_off_that_coast(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MALE, March 2 (Wire) - The coast guards of the Maldives and Sri Lanka will hold their annual bilateral "
         "exercise in the Laccadive Sea off the Maldives from March 8 to March 12, officials said.", date(2027, 3, 2)),
        ("MALE, March 13 (Wire) - The coast guards of the Maldives and Sri Lanka concluded a five-day exercise in "
         "waters off the Maldives on Friday, officials said.", date(2027, 3, 13)),
    ])
    drills = [e for e in store.events() if e.action == "exercise"]
    assert len(drills) == 1, _rows(store)
    assert drills[0].status == "happened" and drills[0].date.value == "2027-03-08", _rows(store)
    assert {drills[0].actor.name, *(c.name for c in drills[0].counterparts)} == {"Maldives", "Sri Lanka"}, drills[0]


@pytest.mark.slow
def test_round54_ministers_from_a_region_who_gather_meet_as_the_regions_ministers(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("TALLINN, May 3 (Wire) - Interior ministers from the Nordic and Baltic countries will gather in Tallinn on "
         "May 19 to discuss border patrols, the ministry said on Monday. Nordic and Baltic interior ministers last met "
         "in Vilnius in January.", date(2027, 5, 3)),
    ])
    rows = {(e.actor.name, e.action, e.status, e.date.value, e.place.name if e.place else None) for e in store.events()}
    assert ("Nordic and Baltic interior ministers", "meet", "planned", "2027-05-19", "Tallinn") in rows, rows
    assert ("Nordic and Baltic interior ministers", "meet", "happened", "2027-01", "Vilnius") in rows, rows


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "TUNIS, May 3 (Wire) - Thousands gathered in Tunis on Sunday to mourn the poet.",
    "TUNIS, May 3 (Wire) - The committee will convene a panel of experts on Monday.",
])
def test_round54_gathering_or_convening_is_a_meeting_only_of_officials(tmp_path: Path, text: str) -> None:
    store = stored(tmp_path, [(text, date(2027, 5, 3))])
    assert not [e for e in store.events() if e.action == "meet"], _rows(store)


@pytest.mark.slow
def test_round54_regional_ministers_signing_in_a_participle_after_agreeing_sign(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LIEPAJA, April 23 (Wire) - Gulf foreign ministers agreed on Thursday to set up a joint crisis cell, signing a "
         "memorandum at a meeting in Muscat.", date(2027, 4, 23)),
    ])
    rows = {(e.actor.name, e.action, e.status, e.date.value) for e in store.events()}
    assert ("Gulf foreign ministers", "sign", "happened", "2027-04-22") in rows, rows


@pytest.mark.slow
def test_round54_a_conjoined_clause_with_its_own_subject_gives_a_visit_no_legs(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ASMARA, April 6 (Wire) - President Tesfay Gebru visited Khartoum in January for talks with the army chief, "
         "and in October the leaders of Egypt, Eritrea and Somalia met in Asmara to coordinate.", date(2027, 4, 6)),
    ])
    visits = [e.place.name if e.place else None for e in store.events() if e.action == "visit"]
    assert visits == ["Khartoum"], _rows(store)


@pytest.mark.slow
def test_round54_a_year_in_a_relative_clause_of_the_place_dates_no_conjoined_talks(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("JUBA, March 19 (Wire) - Kenyan envoy Amina Wekesa flew to the border town, where the mediators have been "
         "based since 2023, and held talks with rebel commander Deng Malual.", date(2027, 3, 19)),
    ])
    meets = [e for e in store.events() if e.action == "meet"]
    assert meets and all(e.date.value != "2023" for e in meets), _rows(store)


@pytest.mark.slow
def test_round54_a_name_listed_with_a_district_before_districts_is_a_place(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MOGADISHU, April 2 (Wire) - Classrooms at schools visited by reporters in the Hodan and Wadajir districts of "
         "Mogadishu were empty on Thursday.", date(2027, 4, 2)),
    ])
    assert not [e for e in store.events() if e.action == "visit"], _rows(store)


@pytest.mark.slow
def test_round54_a_visitor_signing_for_two_states_is_the_other_states_not_the_datelines(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GABORONE, May 12 (Wire) - Lesotho and Botswana signed a water agreement on Tuesday. Prime Minister Teboho "
         "Moeketsi landed in Gaborone on Tuesday morning and was received by President Kabelo Sebele before the two men "
         "held talks. Water ministers from both sides then signed the deal in their presence.", date(2027, 5, 12)),
    ])
    signs = [e for e in store.events() if e.action == "sign"]
    assert [(e.actor.name, e.actor.country) for e in signs] == [("Teboho Moeketsi", "Lesotho")], _rows(store)


@pytest.mark.slow
def test_round54_a_building_in_front_of_which_a_guest_is_welcomed_is_no_counterpart(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("COPENHAGEN, June 9 (Wire) - Latvian President Arvids Berzins arrived in Copenhagen on Tuesday and was "
         "welcomed by King Frederik X with a ceremony on the square in front of the Royal Palace.", date(2027, 6, 9)),
    ])
    parties = {c.name for e in store.events() for c in e.counterparts}
    assert "Royal Palace" not in parties, _rows(store)


@pytest.mark.slow
def test_round54_a_site_of_a_trip_to_a_country_lies_in_that_country_not_the_datelines(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("RIGA, May 3 (Wire) - Latvian President Arvids Berzins will travel to Denmark for a two-day state visit on "
         "May 20-21, his office said. Berzins will be received by King Frederik X at the Royal Palace, the office "
         "said.", date(2027, 5, 3)),
    ])
    sites = [e.place for e in store.events() if e.place is not None and e.place.name == "Royal Palace"]
    assert sites and all(p.country == "Denmark" for p in sites), [(p.name, p.country) for p in sites]


@pytest.mark.slow
def test_round54_a_numeral_of_a_post_is_no_word_of_the_name(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BANDAR SERI BEGAWAN, June 9 (Wire) - Thai Defence Minister Anan Wongsa met his Bruneian counterpart, Defence "
         "Minister II Hamid Yusri, on Tuesday.", date(2027, 6, 9)),
    ])
    parties = {c.name for e in store.events() for c in e.counterparts}
    assert "Hamid Yusri" in parties and not any(p.startswith("II ") for p in parties), _rows(store)


@pytest.mark.slow
def test_round54_a_hyphenated_surname_told_again_after_a_paragraph_break_is_the_person(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("DILI, May 11 (Wire) - President Rui Soares-Pinto signed the accord with Prime Minister Anwar Hadi in Dili.\n\n"
         "Hadi was due to fly back to Jakarta on Wednesday.\n\n"
         "Soares-Pinto accepted an invitation to make a state visit to Jakarta in August, the foreign ministry said.",
         date(2027, 5, 11)),
    ])
    visits = [(e.actor.name, e.status, e.date.value) for e in store.events() if e.action == "visit"]
    assert visits == [("Rui Soares-Pinto", "planned", "2027-08")], _rows(store)


@pytest.mark.slow
def test_round54_a_place_the_recognizer_calls_a_person_before_a_feature_noun_is_no_party(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BAKU, April 6 (Wire) - Azerbaijan and Turkey will hold joint military exercises in the Nakhchivan exclave "
         "next week, Azerbaijan's Defence Ministry said on Monday.", date(2027, 4, 6)),
    ])
    drills = [e for e in store.events() if e.action == "exercise"]
    assert len(drills) == 1, _rows(store)
    assert [c.name for c in drills[0].counterparts] == ["Turkey"], drills[0].counterparts
    assert drills[0].place is not None and drills[0].place.name == "Nakhchivan", drills[0].place


@pytest.mark.slow
def test_round54_a_third_state_hosting_the_meeting_told_before_hosts_its_people(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("DOHA, June 19 (Wire) - Foreign Minister Amina Wekesa of Kenya and Foreign Minister Peter Odongo of Uganda met "
         "in Doha on Thursday. Qatar hosted the meeting at the request of both sides, officials said.",
         date(2027, 6, 19)),
    ])
    events = store.events()
    assert len(events) == 1 and events[0].date.value == "2027-06-17", _rows(store)  # the hosting joins the meeting
    assert len(events[0].evidence) == 2, events[0].evidence


@pytest.mark.slow
def test_round54_talks_moved_from_the_city_of_x_call_off_the_plan_in_x(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAIROBI, June 1 (Wire) - Kenyan Foreign Minister Amina Wekesa and her Ugandan counterpart Peter Odongo are "
         "scheduled to hold talks in Kisumu on June 18, the ministry said.", date(2027, 6, 1)),
        ("NAIROBI, June 19 (Wire) - Kenyan Foreign Minister Amina Wekesa and her Ugandan counterpart Peter Odongo met "
         "in Mombasa on Friday, after the talks were moved from the lakeside city of Kisumu at short notice.",
         date(2027, 6, 19)),
    ])
    events = store.events()
    rows = {(e.action, e.status, e.place.name if e.place else None) for e in events}
    assert rows == {("meet", "happened", "Mombasa")}, rows  # one meeting, moved from Kisumu and held (round 83)
    assert events[0].history[-1].moved_from is not None and events[0].history[-1].moved_from.name == "Kisumu"


@pytest.mark.slow
def test_round54_a_strike_going_ahead_after_talks_broke_down_on_another_day_keeps_its_own_day(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MAPUTO, April 2 (Wire) - Nurses across Mozambique began an open-ended strike on Thursday. The walkout went "
         "ahead after talks between the nurses' union and the health ministry broke down on Monday.", date(2027, 4, 2)),
    ])
    strikes = [(e.date.value, e.status) for e in store.events() if e.action == "protest"]
    assert strikes == [("2027-04-01", "happened")], _rows(store)
