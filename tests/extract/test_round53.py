"""Round 53 (audits 191-193): talks with unnamed opposition groups; a state the recognizer calls a location; a
pronoun in a defendant's clause after a speaker; a hearing "in the case" and "at the initial hearing" told of the
accused named before; reasons that put a place asked about after "in".
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


@pytest.mark.slow
def test_round53_talks_with_a_coalition_of_opposition_groups_are_one_event_postponed(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("JUBA, April 10 (Wire) - South Sudan's government and a coalition of holdout opposition groups will resume "
         "peace talks in Nairobi on April 15, Kenyan mediators said on Friday.", date(2026, 4, 10)),
        ("JUBA, April 17 (Wire) - Peace talks between South Sudan's government and holdout opposition groups, which "
         "had been due to resume in Nairobi on Wednesday, have been postponed until May 4 after the rebel delegation "
         "failed to travel, mediators said on Friday.", date(2026, 4, 17)),
    ])
    rows = [(e.actor.name, e.action, [c.name for c in e.counterparts], e.place.name if e.place else None,
             e.date.value, e.status) for e in store.events()]
    assert rows == [("South Sudan", "meet", ["opposition groups"], "Nairobi", "2026-05-04", "postponed")], rows


@pytest.mark.slow
def test_round53_he_after_a_police_spokesman_in_a_defendants_clause_is_the_man_arrested(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, April 17 (Wire) - Police in Kabwe arrested Mutale Chanda, a reporter for a local radio station, on "
         "Thursday after he published a story on the mine. A police spokesman said he was accused of spreading false "
         "information and would appear before a magistrate on Monday.", date(2027, 4, 17)),
    ])
    rows = {(e.actor.name, e.action, e.status, e.date.value) for e in store.events()}
    assert ("Mutale Chanda", "hearing", "planned", "2027-04-19") in rows, rows
    assert all(e.actor.name == "Mutale Chanda" for e in store.events()), rows


@pytest.mark.slow
def test_round53_he_in_a_defendants_clause_is_the_man_arrested_not_an_earlier_subject(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, April 17 (Wire) - Minister Joseph Mumba said on Friday that order had been restored in Kabwe. Police "
         "arrested Peter Zulu on Thursday. He will appear before a magistrate on Monday.", date(2027, 4, 17)),
    ])
    hearings = [(e.actor.name, e.date.value) for e in store.events() if e.action == "hearing"]
    assert hearings == [("Peter Zulu", "2027-04-19")], hearings


_ORDERED = ("LUSAKA, March 12 (Wire) - A Zambian judge on Wednesday ordered former Kabwe mayor Mwila Banda to remain in "
            "custody while prosecutors investigate claims that he took council funds. At the initial hearing in a "
            "Lusaka court, the judge gave prosecutors six months to finish their inquiry. Banda, who was arrested on "
            "Saturday at his home, denied the charges. A preliminary hearing in the case was set for September 15.")


@pytest.mark.slow
def test_round53_the_initial_hearing_after_a_custody_order_is_the_accused_hearing_held(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 9 (Wire) - Police arrested former Kabwe mayor Mwila Banda on Saturday. Banda will appear "
         "before a judge in Lusaka on Wednesday for an initial hearing.", date(2027, 3, 9)),
        (_ORDERED, date(2027, 3, 12)),
    ])
    rows = sorted((e.actor.name, e.action, e.status, e.date.value) for e in store.events())
    assert ("Mwila Banda", "hearing", "happened", "2027-03-10") in rows, rows
    assert ("Mwila Banda", "hearing", "planned", "2027-09-15") in rows, rows
    assert [r for r in rows if r[1] == "arrested"] == [("Mwila Banda", "arrested", "happened", "2027-03-06")], rows


@pytest.mark.slow
def test_round53_an_opening_of_a_facility_is_its_own_family(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, April 22 (Wire) - President Mwila Sata on Tuesday inaugurated a new cargo terminal at the airport in "
         "Ndola. Sata will open a new bridge over the Luangwa river on May 5, his office said. Sata was sworn in for a "
         "second term last year.", date(2027, 4, 22)),
    ])
    rows = {(e.actor.name, e.action, e.what, e.status, e.date.value) for e in store.events()}
    assert ("Mwila Sata", "open", "cargo terminal", "happened", "2027-04-20") in rows, rows
    assert ("Mwila Sata", "open", "bridge", "planned", "2027-05-05") in rows, rows
    assert not any(r[1] == "inaugurate" and r[4] == "2027-04-20" for r in rows), rows


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Zambia and Malawi will open talks in Lusaka on Monday.",
    "Troops opened fire on protesters in Lusaka on Tuesday.",
    "The minister opened the debate in parliament on Tuesday.",
])
def test_round53_open_with_no_facility_is_no_opening(tmp_path: Path, text: str) -> None:
    store = stored(tmp_path, [(f"LUSAKA, April 22 (Wire) - {text}", date(2027, 4, 22))])
    assert all(e.action != "open" for e in store.events()), [(e.action, e.what) for e in store.events()]


@pytest.mark.slow
def test_round53_a_sultan_is_a_title_and_the_sultan_refers_back(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MUSCAT, April 6 (Wire) - Oman's Sultan Haitham bin Tariq will pay a two-day state visit to Zambia starting "
         "on April 14, the Royal Court said on Monday. The sultan will hold talks with Zambian President Mwila Sata in "
         "Lusaka, the Royal Court said. Energy Minister Sultan Al Mansoori will travel with him.", date(2026, 4, 6)),
    ])
    rows = {(e.actor.name, e.action, tuple(c.name for c in e.counterparts), e.date.value) for e in store.events()}
    assert ("Haitham bin Tariq", "visit", (), "2026-04-14") in rows, rows
    assert ("Haitham bin Tariq", "meet", ("Mwila Sata",), "2026-04-14") in rows, rows
    assert all(e.actor.name != "Al Mansoori" for e in store.events()), rows


_GATHERING = ("LUSAKA, March 6 (Wire) - Foreign ministers of the Southern African Development Community will meet in "
              "Livingstone on March 19 to discuss food security, Zambia's foreign ministry said on Friday. Foreign "
              "Minister Mulambo Haimbe will host the meeting, officials said. Ministers from Malawi, Tanzania and "
              "Namibia have confirmed attendance, according to the ministry. Mozambique's foreign minister, Maria "
              "Chissano, is also expected to attend.")


@pytest.mark.slow
def test_round53_host_and_attend_refer_back_to_a_bodys_meeting(tmp_path: Path) -> None:
    store = stored(tmp_path, [(_GATHERING, date(2026, 3, 6))])
    rows = {(e.actor.name, e.action, e.place.name if e.place else None, e.date.value) for e in store.events()}
    assert ("Mulambo Haimbe", "host", "Livingstone", "2026-03-19") in rows, rows
    assert ("Maria Chissano", "attend", "Livingstone", "2026-03-19") in rows, rows
    assert ("Malawi", "attend", "Livingstone", "2026-03-19") in rows, rows


@pytest.mark.slow
def test_round53_a_meeting_hosted_by_the_planned_host_is_the_hosting_held(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        (_GATHERING, date(2026, 3, 6)),
        ("LIVINGSTONE, March 20 (Wire) - Southern African ministers signed a declaration on food stocks on Thursday. "
         "The declaration was signed at the end of a one-day meeting hosted by Foreign Minister Mulambo Haimbe.",
         date(2026, 3, 20)),
    ])
    haimbe = [(e.action, e.status, e.date.value) for e in store.events() if e.actor.name == "Mulambo Haimbe"]
    assert haimbe == [("host", "happened", "2026-03-19")], haimbe


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place"), [
    ("President Ana Morales will travel to Lusaka next Monday for a two-day state visit during which she will sign a "
     "deal on a railway from Ndola to Kitwe, her office said on Tuesday.", "Lusaka"),
])
def test_round53_a_visit_that_is_a_journeys_purpose_is_one_trip_to_the_journeys_place(
        tmp_path: Path, text: str, place: str) -> None:
    store = stored(tmp_path, [(f"GUATEMALA CITY, March 3 (Wire) - {text}", date(2026, 3, 3))])
    trips = [(e.action, e.place.name if e.place else None) for e in store.events() if e.action in ("travel", "visit")]
    assert len(trips) == 1 and trips[0][1] == place, trips


@pytest.mark.slow
def test_round53_a_union_named_with_commas_before_its_acronym_keeps_its_whole_name(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, April 8 (Wire) - Zambia's main doctors' union said on Wednesday its members would begin a nationwide "
         "strike on April 20. The Zambia Medical Officers, Pharmacists and Dentists Union (ZMPDU) served a strike "
         "notice on Monday. Health Minister Elijah Muchima is due to meet union officials on Friday.",
         date(2026, 4, 8)),
    ])
    rows = {(e.actor.name, e.action, tuple(c.name for c in e.counterparts)) for e in store.events()}
    assert ("Zambia Medical Officers, Pharmacists and Dentists Union", "protest", ()) in rows, rows
    assert ("Elijah Muchima", "meet", ("union officials",)) in rows, rows


@pytest.mark.slow
def test_round53_a_route_end_the_recognizer_ran_on_into_is_no_counterpart(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 5 (Wire) - Teachers plan to march from the University of Zambia to the National Assembly on "
         "the first day of the strike on March 16.", date(2026, 3, 5)),
    ])
    marches = [[c.name for c in e.counterparts] for e in store.events() if e.action == "protest"]
    assert marches and all(not any(n.endswith(" on") for n in names) for names in marches), marches


@pytest.mark.slow
def test_round53_a_meeting_held_after_its_move_keeps_its_own_past_tense(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LIVINGSTONE, April 27 (Wire) - Environment ministers from Zambia, Malawi and Tanzania met in the southern "
         "Zambian city of Livingstone on Friday, a day later than planned, after the Zambezi River Authority moved the "
         "meeting from Lusaka to allow delegates to visit a dam site.", date(2026, 4, 27)),
    ])
    meets = [(e.status, e.date.value) for e in store.events() if e.action == "meet"]
    assert meets == [("happened", "2026-04-24")], meets


@pytest.mark.slow
def test_round53_a_name_the_recognizer_ran_on_into_a_preposition_is_cut(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, April 23 (Wire) - A court on Thursday sentenced Mutale Chanda Phiri to three years in prison with "
         "hard labour for spreading false news.", date(2026, 4, 23)),
    ])
    rows = {(e.actor.name, e.action) for e in store.events()}
    assert all(not name.endswith(" to") for name, _ in rows), rows


@pytest.mark.slow
def test_round53_a_planned_march_on_a_weekday_called_off_is_that_coming_day_of_the_crowd(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, April 20 (Wire) - Garment workers postponed their strike. A planned march to parliament on Tuesday "
         "was also called off.", date(2026, 4, 20)),
    ])
    marches = [(e.actor.name, e.status, e.date.value) for e in store.events() if e.what == "march"]
    assert marches == [("workers", "cancelled", "2026-04-21")], marches


@pytest.mark.slow
def test_round53_opening_a_kindergarten_on_a_trip_is_an_opening(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LILONGWE, March 10 (Wire) - On Wednesday, President Mwila Sata is scheduled to travel to the northern city of "
         "Mzuzu, where he will open a Zambian-funded kindergarten.", date(2026, 3, 10)),
    ])
    opens = [(e.actor.name, e.what, e.date.value) for e in store.events() if e.action == "open"]
    assert opens and opens[0][0] == "Mwila Sata" and "kindergarten" in (opens[0][1] or ""), opens


@pytest.mark.slow
def test_round53_his_named_party_is_the_party_by_its_name(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 18 (Wire) - Opposition leader Mwila Banda said his Patriotic Front party would "
         "organise another protest in Lusaka on Saturday.", date(2026, 3, 18)),
    ])
    rows = [(e.actor.name, e.actor.kind, [c.name for c in e.counterparts]) for e in store.events() if e.action == "protest"]
    assert rows == [("Patriotic Front", "org", [])], rows


@pytest.mark.slow
def test_round53_their_joint_commission_after_two_leaders_is_their_states(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, April 15 (Wire) - Zambian President Mwila Sata held talks with Malawian President Peter Banda in "
         "Lusaka on Tuesday. Sata said the two sides had also agreed that their joint border commission would meet in "
         "Chipata on April 28. The two presidents also agreed that their trade ministers would meet in Lilongwe in "
         "May.", date(2026, 4, 15)),
    ])
    rows = {(e.actor.name, tuple(c.name for c in e.counterparts), e.place.name if e.place else None, e.date.value)
            for e in store.events() if e.action == "meet" and e.status == "planned"}
    assert ("Zambia", ("Malawi",), "Chipata", "2026-04-28") in rows, rows
    assert ("Zambia", ("Malawi",), "Lilongwe", "2026-05") in rows, rows


@pytest.mark.slow
def test_round53_the_president_told_by_his_spokesman_is_the_spokesmans_principal(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 13 (Wire) - Union president Joseph Mwale said the strike would go ahead. Separately, Mwila Sata's "
         "spokesman Anthony Bwalya on Friday denied a report that the president would visit Harare next week.",
         date(2026, 3, 13)),
    ])
    denied = [(e.actor.name, e.place.name if e.place else None) for e in store.events() if e.status == "denied"]
    assert denied == [("Mwila Sata", "Harare")], denied


@pytest.mark.slow
def test_round53_a_ratification_vote_is_the_planned_vote_on_the_accord_without_the_signer(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 11 (Wire) - Zambia's parliament is expected to vote on ratifying the accord next week.",
         date(2026, 3, 11)),
        ("LUSAKA, March 24 (Wire) - Zambia's parliament on Monday voted to ratify the transit-fee agreement that "
         "President Mwila Sata signed in Lilongwe this month.", date(2026, 3, 24)),
    ])
    votes = [(e.status, e.date.value, [c.name for c in e.counterparts]) for e in store.events() if e.action == "vote"]
    assert votes == [("happened", "2026-03-23", [])], votes


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "A court in Lusaka on Wednesday granted bail to opposition leader Mwila Banda, his lawyers said.",
    "Opposition leader Mwila Banda was granted bail on Wednesday, his lawyers said.",
])
def test_round53_granted_bail_frees_the_accused(tmp_path: Path, sentence: str) -> None:
    store = stored(tmp_path, [(f"LUSAKA, March 19 (Wire) - {sentence}", date(2026, 3, 19))])
    freed = [(e.actor.name, e.date.value) for e in store.events() if e.action == "freed"]
    assert freed == [("Mwila Banda", "2026-03-18")], freed


@pytest.mark.slow
def test_round53_a_judges_custody_order_after_the_arrest_is_the_hearing_held(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 18 (Wire) - Police arrested former mayor John Banda on March 5. A judge on Tuesday ordered him "
         "held in custody while prosecutors investigate.", date(2026, 3, 18)),
    ])
    rows = sorted((e.action, e.status, e.date.value) for e in store.events() if e.actor.name == "John Banda")
    assert rows == [("arrested", "happened", "2026-03-05"), ("hearing", "happened", "2026-03-17")], rows


@pytest.mark.slow
def test_round53_a_country_in_the_grounds_of_an_arrest_is_no_other_state_acting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 6 (Wire) - Police arrested two foreigners in Lusaka on Wednesday on suspicion of spying for "
         "Malawi, the police said.", date(2026, 3, 6)),
    ])
    rows = [(e.actor.name, e.action, e.what, e.date.value) for e in store.events()]
    assert rows == [("Zambia", "arrest", "foreigners", "2026-03-04")], rows


@pytest.mark.slow
@pytest.mark.parametrize(("town", "country"), [("Colonia del Sacramento", "Uruguay"), ("Alcala de Henares", "Spain")])
def test_round53_a_town_with_a_small_word_inside_is_the_whole_town(tmp_path: Path, town: str, country: str) -> None:
    store = stored(tmp_path, [
        (f"MONTEVIDEO, March 2 (Wire) - Last Friday President Ana Morales met President Luis Mora in the town of "
         f"{town}, officials said.", date(2026, 3, 2)),
    ])
    places = [(e.place.name if e.place else None, e.place.country if e.place else None) for e in store.events()
              if e.action == "meet"]
    assert len(places) == 1 and places[0][1] == country, places
