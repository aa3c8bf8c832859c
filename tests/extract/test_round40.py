"""Round 40 (audits 73-76): a strike averted or only sought to be averted; the port a crowd works at; a union that
speaks for a crowd or is described rather than named; an arrest told of an unnamed person, then of the named one; a
past act with a later act conjoined to it; a country's name of two words before a body; a numbered crowd the parser
made a noun phrase; a body holding a vote; a walkout "by" a counted crowd; calling people to a meeting; a thing's
participle; an agreement's day; a moved summit's new city and named venue; a venue changed with "now"; a reception
"later"; a signing in the dateline city; a protest outside an institution; a measure's contents; a title with two
modifiers; an arrival a day after the planned visit. Each test states one behaviour. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import datelined_events

pytestmark = pytest.mark.slow


def _rows(events: list) -> list[tuple]:  # type: ignore[type-arg]
    return [(e.actor.name, e.action, e.status, e.date.value, e.place and e.place.name) for e in events]


def test_round40_a_strike_averted_is_called_off(nlp: Language, tmp_path: Path) -> None:
    text = "PORT LOUIS, May 20 (Dateline) - A planned strike at the Port Louis docks was averted on Monday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 20))
    assert (ev.action, ev.status) == ("protest", "cancelled")


def test_round40_a_strike_only_sought_to_be_averted_is_no_event(nlp: Language, tmp_path: Path) -> None:
    text = ("PORT LOUIS, May 20 (Dateline) - The dockers' union and the port authority will meet on Monday in a bid to "
            "avert a strike at the Port Louis docks.")
    assert [e for e in datelined_events(nlp, tmp_path, text, date(2027, 5, 20)) if e.action == "protest"] == []


@pytest.mark.parametrize("port", ["Jamaica's main container port in Kingston", "Kingston's port"])
def test_round40_a_crowd_at_a_citys_port_is_in_that_city(nlp: Language, tmp_path: Path, port: str) -> None:
    text = f"KINGSTON, May 20 (Dateline) - Dockworkers at {port} will walk off the job on Friday, the union said."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 20))
    assert (ev.action, ev.status, ev.date.value, ev.place and ev.place.name) == ("protest", "planned", "2027-05-21",
                                                                               "Kingston")


def test_round40_a_union_that_speaks_for_a_crowd_changes_its_strike(tmp_path: Path) -> None:
    plan = ("KINGSTON, May 4 (Dateline) - Dockworkers at the port in Kingston will strike on Friday, the Harbour "
            "Workers' Union said.", date(2027, 5, 4))
    put_off = ("KINGSTON, May 6 (Dateline) - The Harbour Workers' Union postponed a planned strike at the Kingston port "
               "until May 20, the union said.", date(2027, 5, 6))
    averted = ("KINGSTON, May 21 (Dateline) - The dockworkers' strike at Kingston's port was averted on Wednesday after "
               "the union accepted a pay offer.", date(2027, 5, 21))
    (ev,) = stored(tmp_path, [plan, put_off, averted]).events()
    assert (ev.action, ev.status, ev.place and ev.place.name, len(ev.evidence)) == ("protest", "cancelled", "Kingston", 3)


def test_round40_a_countrys_strikers_and_their_federation_at_a_city_are_one_strike(nlp: Language,
                                                                                    tmp_path: Path) -> None:
    text = ("REYKJAVIK, May 7 (Dateline) - Workers at Iceland's aluminium smelters will go on strike from Monday, their "
            "union said on Friday. The Metal Workers' Federation said the walkout would begin on Monday at smelters in "
            "Reykjavik and Akureyri.")
    (ev,) = stored(tmp_path, [(text, date(2027, 5, 7))]).events()
    assert (ev.action, ev.status, ev.date.value) == ("protest", "planned", "2027-05-10")


def test_round40_a_union_described_is_the_one_named_before(tmp_path: Path) -> None:
    plan = ("ACCRA, May 4 (Dateline) - The Ghana Association of Nurses will begin a strike on Monday.", date(2027, 5, 4))
    put_off = ("ACCRA, May 9 (Dateline) - Ghana's main nurses' union postponed a strike that was due to begin on Monday.",
               date(2027, 5, 9))
    (ev,) = stored(tmp_path, [plan, put_off]).events()
    assert (ev.actor.name, ev.status, len(ev.evidence)) == ("Ghana Association of Nurses", "postponed", 2)


def test_round40_an_unnamed_arrestee_named_next_is_one_arrest(nlp: Language, tmp_path: Path) -> None:
    text = ("PANAMA CITY, May 7 (Dateline) - Panamanian police arrested a former deputy director of the national "
            "lottery on Thursday. Ernesto Vidal, 61, was detained at his home in the capital, prosecutors said.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 7))
    assert (ev.actor.name, ev.action, ev.date.value, ev.place and ev.place.name) == (
        "Ernesto Vidal", "arrested", "2027-05-06", "Panama City")


def test_round40_a_later_court_day_is_not_the_arrests(nlp: Language, tmp_path: Path) -> None:
    text = "COLOMBO, May 10 (Dateline) - Former minister Ruwan Jayasuriya was arrested and will be arraigned on Tuesday."
    events = datelined_events(nlp, tmp_path, text, date(2027, 5, 10))
    # (round 88: "will be arraigned on Tuesday" is the minister's court hearing planned that day, an event of its own)
    assert [(ev.action, ev.status, ev.date.value) for ev in events] == [
        ("arrested", "happened", None), ("hearing", "planned", "2027-05-11")]


@pytest.mark.parametrize(("country", "body"), [("Sri Lanka", "Parliament of Sri Lanka"),
                                               ("Papua New Guinea", "Parliament of Papua New Guinea")])
def test_round40_a_two_word_country_before_a_body_is_that_country(nlp: Language, tmp_path: Path, country: str,
                                                                  body: str) -> None:
    text = f"{country}'s parliament on Wednesday voted to pass a bill on asset recovery."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 13))
    assert (ev.actor.name, ev.action) == (body, "vote")


@pytest.mark.parametrize("crowd", ["Several hundred herders", "Some 500 nurses", "More than 300 miners"])
def test_round40_a_numbered_crowd_that_protested_is_a_protest(nlp: Language, tmp_path: Path, crowd: str) -> None:
    text = f"ULAANBAATAR, May 13 (Dateline) - {crowd} protested in Darkhan on Wednesday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 13))
    assert (ev.action, ev.status, ev.date.value, ev.place and ev.place.name) == ("protest", "happened", "2027-05-12",
                                                                               "Darkhan")


def test_round40_a_body_that_holds_a_vote_votes(nlp: Language, tmp_path: Path) -> None:
    text = "ULAANBAATAR, May 13 (Dateline) - Parliament will hold a vote on Friday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 13))
    assert (ev.actor.name, ev.action, ev.status, ev.date.value) == ("Parliament of Mongolia", "vote", "planned",
                                                                    "2027-05-14")


def test_round40_a_vote_of_thanks_is_no_vote(nlp: Language, tmp_path: Path) -> None:
    text = "ULAANBAATAR, May 13 (Dateline) - The Senate held a vote of thanks on Friday."
    assert datelined_events(nlp, tmp_path, text, date(2027, 5, 13)) == []


@pytest.mark.parametrize("noun", ["a walkout by tens of thousands of civil servants", "a walkout by civil servants"])
def test_round40_a_walkout_by_a_counted_crowd_is_the_crowds(nlp: Language, tmp_path: Path, noun: str) -> None:
    text = f"GABORONE, May 13 (Dateline) - In 2011, {noun} shut ministries for eight weeks."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 13))
    assert (ev.actor.name, ev.action, ev.date.value) == ("civil servants", "protest", "2011")


def test_round40_calling_both_sides_to_a_meeting_is_no_phone_call(nlp: Language, tmp_path: Path) -> None:
    text = "REYKJAVIK, May 13 (Dateline) - State mediator Einar Larsson said he would call both sides to a meeting on Saturday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 13))
    assert (ev.actor.name, ev.action, ev.status, ev.date.value) == ("Einar Larsson", "meet", "planned", "2027-05-15")


def test_round40_a_things_participle_is_no_act_of_the_sentences_person(nlp: Language, tmp_path: Path) -> None:
    text = ("RIGA, May 11 (Dateline) - Croatian Prime Minister Luka Kovac signed a memorandum in Riga on Tuesday, pledging "
            "to link Baltic buyers with gas arriving at the Krk terminal.")
    assert [e.action for e in datelined_events(nlp, tmp_path, text, date(2027, 5, 11))] == ["sign"]


@pytest.mark.parametrize(("when", "day"), [("last October", None), ("on Monday", None)])
def test_round40_an_agreements_day_is_not_the_talks_it_agrees_to(nlp: Language, tmp_path: Path, when: str,
                                                                  day: str | None) -> None:
    text = f"MONTEVIDEO, May 14 (Dateline) - Uruguay and Ghana agreed {when} to open talks on a trade accord."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 14))
    assert (ev.action, ev.status, ev.date.value) == ("meet", "planned", day)


def test_round40_sanctions_agreed_on_a_day_are_imposed_that_day(nlp: Language, tmp_path: Path) -> None:
    text = "BRUSSELS, May 14 (Dateline) - The European Union agreed on Tuesday to impose new sanctions on Belarus."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 14))
    assert (ev.action, ev.status, ev.date.value) == ("sanction", "happened", "2027-05-11")


def test_round40_a_summit_moved_to_the_capital_x_is_called_off_where_it_was(nlp: Language, tmp_path: Path) -> None:
    text = ("ASTANA, May 17 (Dateline) - Kazakhstan has moved this week's summit from Almaty to the capital Astana. "
            "President Arman Seitkali will host the gathering at the Palace of Independence.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 17)))
    assert ("Kazakhstan", "host", "cancelled", "2027-W20", "Almaty") in rows
    assert ("Arman Seitkali", "host", "planned", "2027-W20", "Palace of Independence") in rows
    assert not any(r[2] == "planned" and r[4] == "Almaty" for r in rows)


def test_round40_a_named_summit_a_state_moves_is_its_own(nlp: Language, tmp_path: Path) -> None:
    text = "SUVA, May 17 (Dateline) - Fiji has moved this week's Coral Sea Leaders Summit from Nadi to Suva."
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 17)))
    assert sorted(rows) == [("Fiji", "host", "cancelled", "2027-W20", "Nadi"), ("Fiji", "host", "planned", "2027-W20", "Suva")]


def test_round40_a_meeting_set_in_one_city_that_now_takes_place_in_another(nlp: Language, tmp_path: Path) -> None:
    text = ("RIGA, May 19 (Dateline) - A meeting between Foreign Minister Janis Berzins and his Croatian counterpart, "
            "Marija Babic, set for June 12 in Dubrovnik, would now take place in Split on the same day, the ministry "
            "said.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 19)))
    assert sorted(rows) == [("Janis Berzins", "meet", "cancelled", "2027-06-12", "Dubrovnik"),
                            ("Janis Berzins", "meet", "planned", "2027-06-12", "Split")]


def test_round40_received_later_after_talks_is_that_day(nlp: Language, tmp_path: Path) -> None:
    text = ("GABORONE, May 14 (Dateline) - Jordanian Foreign Minister Omar Haddad held talks with Foreign Minister Kefilwe "
            "Moeng in Gaborone on Thursday. Haddad was later received by President Thabo Kgosi.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 14)))
    assert ("Thabo Kgosi", "host", "happened", "2027-05-13", "Gaborone") in rows


def test_round40_a_signing_with_the_host_is_in_the_dateline_city(nlp: Language, tmp_path: Path) -> None:
    text = ("PANAMA CITY, May 18 (Dateline) - Jamaican Prime Minister Andrew Clarke held talks with Panamanian President "
            "Rafael Ortega on Monday. The two leaders signed an agreement on maritime training at the presidential "
            "palace.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 18)))
    assert ("Andrew Clarke", "sign", "happened", "2027-05-17", "Panama City") in rows


def test_round40_a_protest_outside_an_institution_is_in_the_dateline_city(nlp: Language, tmp_path: Path) -> None:
    text = ("YEREVAN, May 17 (Dateline) - Several hundred supporters of opposition politician Karen Martirosyan protested "
            "outside the Investigative Committee on Sunday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 17))
    assert (ev.action, ev.place and ev.place.name) == ("protest", "Yerevan")


def test_round40_a_place_inside_a_voted_measure_is_not_the_votes(nlp: Language, tmp_path: Path) -> None:
    text = ("SUVA, May 18 (Dateline) - On Monday, Fiji's parliament voted 41-9 to approve a spending package for cyclone "
            "preparations, including evacuation centres in Nadi and Lautoka.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 18))
    assert (ev.actor.name, ev.action, ev.place and ev.place.name) == ("Parliament of Fiji", "vote", "Suva")


def test_round40_a_former_deputy_keeps_both_words(nlp: Language, tmp_path: Path) -> None:
    text = ("ZAGREB, May 17 (Dateline) - The trial of former Croatian deputy defence minister Ivo Maric will open on "
            "Wednesday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 17))
    assert (ev.actor.title, ev.action) == ("former deputy Defence Minister", "trial")


def test_round40_an_arrival_a_day_after_the_planned_visit_tells_it(tmp_path: Path) -> None:
    plan = ("ULAANBAATAR, May 3 (Dateline) - Mongolian President Bat-Erdene Tsend will visit Laos next Tuesday.",
            date(2027, 5, 3))
    done = ("VIENTIANE, May 12 (Dateline) - Mongolian President Bat-Erdene Tsend arrived in Vientiane on Wednesday.",
            date(2027, 5, 12))
    (visit,) = [e for e in stored(tmp_path, [plan, done]).events() if e.action in ("visit", "arrive", "travel")]
    assert (visit.status, visit.date.value, len(visit.evidence)) == ("happened", "2027-05-12", 2)


def test_round40_amendments_to_a_law_are_a_vote_on_that_law(tmp_path: Path) -> None:
    plan = ("ULAANBAATAR, May 12 (Dateline) - Mongolia's parliament is expected to vote on the mining law on Friday.",
            date(2027, 5, 12))
    done = ("ULAANBAATAR, May 15 (Dateline) - Mongolia's parliament approved amendments to the mining law on Friday.",
            date(2027, 5, 15))
    (ev,) = stored(tmp_path, [plan, done]).events()
    assert (ev.action, ev.status, ev.date.value, len(ev.evidence)) == ("vote", "happened", "2027-05-14", 2)


def test_round40_a_visit_planned_for_a_day_and_postponed_has_no_day(nlp: Language, tmp_path: Path) -> None:
    text = "GABORONE, May 12 (Dateline) - President Thabo Kgosi's visit to Jordan, planned for June 3, has been postponed."
    (ev,) = stored(tmp_path, [(text, date(2027, 5, 12))]).events()
    assert (ev.action, ev.status, ev.date.value) == ("visit", "postponed", None)


def test_round40_an_unnamed_person_charged_and_named_next_is_that_persons_charge(nlp: Language, tmp_path: Path) -> None:
    text = ("VIENTIANE, May 17 (Dateline) - Lao prosecutors on Monday charged a former governor of Attapeu province with "
            "embezzling public funds. Khamla Sisavath, who led the province until last year, was detained by police on "
            "May 10.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 17)))
    assert [r[:4] for r in rows] == [("Khamla Sisavath", "charged", "happened", "2027-05-17"),
                                     ("Khamla Sisavath", "arrested", "happened", "2027-05-10")]


def test_round40_a_named_summit_told_after_the_hosts_indefinite_one_is_that_summit(nlp: Language,
                                                                                   tmp_path: Path) -> None:
    text = ("SUVA, May 18 (Dateline) - Fiji will host leaders from a dozen countries at an ocean summit in Nadi next week, "
            "Prime Minister Sefo Rabuka said on Tuesday. The two-day Reef Nations Summit will open on May 26.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 18)))
    assert rows == [("Fiji", "host", "planned", "2027-05-26", "Nadi")]


def test_round40_one_among_those_confirmed_to_attend_attends(nlp: Language, tmp_path: Path) -> None:
    text = ("ASTANA, May 17 (Dateline) - The summit will still be held in Astana on Thursday, with Jordan's King Abdullah "
            "II among those confirmed to attend.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 17)))
    assert ("Abdullah II", "attend", "planned", "2027-05-20", "Astana") in rows


@pytest.mark.parametrize("told", ["met President Daniel Rivas in Montevideo", "was received in Montevideo by President "
                                                                                "Daniel Rivas"])
def test_round40_a_guest_met_or_received_at_the_planned_place_made_the_visit(tmp_path: Path, told: str) -> None:
    plan = ("ACCRA, May 3 (Dateline) - Ghanaian Foreign Minister Kwesi Boateng will visit Uruguay from May 13.",
            date(2027, 5, 3))
    done = (f"MONTEVIDEO, May 15 (Dateline) - On Thursday, Boateng {told}.", date(2027, 5, 15))
    visit = next(e for e in stored(tmp_path, [plan, done]).events() if e.action == "visit")
    assert (visit.status, visit.date.value) == ("happened", "2027-05-13")


@pytest.mark.parametrize(("text", "row"), [
    ("SUVA, May 18 (Dateline) - Fiji last hosted a major leaders' gathering in July 2022, when the Pacific Islands "
     "Forum met in Suva.", ("Fiji", "host", "happened", "2022-07", "Suva")),
    ("GABORONE, May 18 (Dateline) - The Botswana Teachers Union last staged a nationwide strike in 2011, when a walkout "
     "by tens of thousands of teachers lasted eight weeks.",
     ("Botswana Teachers Union", "protest", "happened", "2011", None)),
])
def test_round40_an_event_retold_in_a_when_clause_is_one_event(nlp: Language, tmp_path: Path, text: str,
                                                                row: tuple) -> None:  # type: ignore[type-arg]
    assert _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 18))) == [row]


def test_round40_agreeing_to_hold_annual_consultations_plans_no_one_meeting(nlp: Language, tmp_path: Path) -> None:
    text = ("AMMAN, May 18 (Dateline) - Foreign Minister Omar Haddad and Foreign Minister Kefilwe Moeng agreed to hold "
            "annual consultations.")
    assert datelined_events(nlp, tmp_path, text, date(2027, 5, 18)) == []


def test_round40_an_annual_summit_with_its_day_is_that_years(nlp: Language, tmp_path: Path) -> None:
    text = "OSLO, May 18 (Dateline) - Nordic prime ministers will hold their annual summit in Oslo on Friday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 18))
    assert (ev.action, ev.status, ev.date.value) == ("hold", "planned", "2027-05-21")


def test_round40_the_visit_after_an_invitation_to_a_city_is_there(nlp: Language, tmp_path: Path) -> None:
    text = ("PANAMA CITY, May 12 (Dateline) - President Rafael Ortega invited Jamaican Prime Minister Andrew Clarke to "
            "Panama City. Clarke will make the visit on May 22.")
    assert _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 12))) == [
        ("Andrew Clarke", "visit", "planned", "2027-05-22", "Panama City")]


# --- from audits 77 and 79 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Peru's Congress on Thursday rejected a motion to censure Interior Minister Jorge Mena.",
                                  "Hungary's parliament on Thursday rejected a bill on teachers' working hours."])
def test_round40_a_body_that_rejects_a_motion_votes(nlp: Language, tmp_path: Path, text: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, "LIMA, May 20 (Dateline) - " + text, date(2027, 5, 20))
    assert (ev.action, ev.status, ev.date.value) == ("vote", "happened", "2027-05-20")


def test_round40_a_minister_who_rejects_a_proposal_holds_no_vote(nlp: Language, tmp_path: Path) -> None:
    text = "LIMA, May 20 (Dateline) - The minister rejected the proposal on Thursday."
    assert datelined_events(nlp, tmp_path, text, date(2027, 5, 20)) == []


@pytest.mark.parametrize("first", ["Lucía", "Lucia"])
def test_round40_she_is_not_the_man_a_he_was_told_of(nlp: Language, tmp_path: Path, first: str) -> None:
    text = (f"KUALA LUMPUR, May 23 (Dateline) - Peruvian President {first} Ramos met Prime Minister Hamzah Aziz on "
            "Sunday. Hamzah said he would visit Lima next year. She left for Jakarta late on Sunday.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 23)))
    assert (f"{first} Ramos", "travel", "happened", "2027-05-23", "Jakarta") in rows


def test_round40_the_same_afternoon_after_a_plan_told_said_on_a_day_is_the_plans(nlp: Language, tmp_path: Path) -> None:
    text = ("HELSINKI, May 21 (Dateline) - Finnish President Aino Lehtonen will host Vietnamese Prime Minister Tran Van Nam "
            "in Helsinki on June 5, the president's office said on Friday. The two leaders will attend a business forum "
            "in the capital the same afternoon.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 21)))
    assert ("Tran Van Nam", "attend", "planned", "2027-06-05", "Helsinki") in rows


def test_round40_a_march_through_a_city_the_recognizer_calls_an_organization_is_there(nlp: Language,
                                                                                       tmp_path: Path) -> None:
    text = "LUSAKA, May 20 (Dateline) - Opposition supporters marched through Lusaka on Wednesday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 20))
    assert (ev.action, ev.place and ev.place.name) == ("protest", "Lusaka")


def test_round40_denying_the_charges_denies_no_court_date(nlp: Language, tmp_path: Path) -> None:
    text = ("ANTOFAGASTA, May 17 (Dateline) - Union leader Pablo Herrera denies the charges and is due to appear before a judge in "
            "Antofagasta on Thursday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 17))
    assert (ev.status, ev.date.value) == ("planned", "2027-05-20")


def test_round40_walking_off_the_job_is_a_strike_that_the_mines_report_tells(tmp_path: Path) -> None:
    plan = ("SANTIAGO, May 14 (Dateline) - Workers at the El Condor copper mine in Chile will walk off the job on Monday.",
            date(2027, 5, 14))
    done = ("SANTIAGO, May 18 (Dateline) - Workers at the El Condor copper mine went on strike on Monday.",
            date(2027, 5, 18))
    (ev,) = stored(tmp_path, [plan, done]).events()
    assert (ev.what, ev.status, ev.date.value, len(ev.evidence)) == ("strike", "happened", "2027-05-17", 2)


# --- from audit 78 ---------------------------------------------------------------------------------------------------


def test_round40_a_vote_in_a_named_body_is_the_bodys(nlp: Language, tmp_path: Path) -> None:
    text = "LIMA, May 12 (Dateline) - The censure vote in Peru's Congress was postponed until May 19."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 12))
    assert (ev.actor.name, ev.action, ev.status, ev.date.value) == ("Congress of Peru", "vote", "postponed", "2027-05-19")


def test_round40_a_past_clause_after_and_shares_the_days_scene(nlp: Language, tmp_path: Path) -> None:
    text = "TBILISI, May 13 (Dateline) - Georgian protesters marched on Wednesday, and Georgian police detained six people."
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 13)))
    assert [r[1:4] for r in rows] == [("protest", "happened", "2027-05-12"), ("arrest", "happened", "2027-05-12")]


def test_round40_a_crowds_plan_and_its_evening_march_are_one(tmp_path: Path) -> None:
    plan = ("TBILISI, May 10 (Dateline) - Georgian opposition groups said they would march in Tbilisi again on Wednesday.",
            date(2027, 5, 10))
    done = ("TBILISI, May 13 (Dateline) - Hundreds of Georgian opposition protesters marched in Tbilisi on Wednesday "
            "evening.", date(2027, 5, 13))
    (ev,) = stored(tmp_path, [plan, done]).events()
    assert (ev.actor.name, ev.status, len(ev.evidence)) == ("opposition groups", "happened", 2)


def test_round40_the_office_named_for_a_person_met_is_no_party(nlp: Language, tmp_path: Path) -> None:
    text = ("RABAT, May 5 (Dateline) - Georgian Foreign Minister Nino Beridze will also meet the speaker of Morocco's House "
            "of Representatives, Karim Bennani, on May 16.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 5))
    assert [c.name for c in ev.counterparts] == ["Karim Bennani"]


def test_round40_an_act_in_a_because_clause_keeps_its_own_tense(nlp: Language, tmp_path: Path) -> None:
    text = ("KUALA LUMPUR, May 23 (Dateline) - The meeting had been set for Saturday but was moved because Prime Minister "
            "Idris Osman was attending a state funeral in Johor, officials said.")
    assert [e for e in datelined_events(nlp, tmp_path, text, date(2027, 5, 23)) if e.status == "planned"] == []


def test_round40_a_hearing_told_with_his_lawyer_is_the_charged_persons(nlp: Language, tmp_path: Path) -> None:
    text = ("TBILISI, May 10 (Dateline) - Georgian prosecutors on Sunday charged opposition politician Giorgi Lomidze with "
            "organising group violence. A Tbilisi court will hold a pre-trial hearing on May 24, his lawyer said.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 10)))
    assert ("Giorgi Lomidze", "hearing", "planned", "2027-05-24", "Tbilisi") in rows  # (a hearing, round 52)


def test_round40_an_agreement_signed_by_two_people_in_an_aside_is_their_signing(nlp: Language, tmp_path: Path) -> None:
    text = ("NAIROBI, May 8 (Dateline) - The agreement, signed by union leader Otieno Kamau and Health Minister Aden Mutua "
            "in Nairobi on Saturday, ends the dispute.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 8))
    assert (ev.actor.name, ev.action, [c.name for c in ev.counterparts], ev.date.value) == (
        "Otieno Kamau", "sign", ["Aden Mutua"], "2027-05-08")


# --- from audit 80 ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("topic", ["on Sudan", "on Ukraine", "on aid to Gaza"])
def test_round40_the_topic_of_talks_is_neither_party_nor_place(nlp: Language, tmp_path: Path, topic: str) -> None:
    text = f"OSLO, May 3 (Dateline) - Foreign Minister Lars Haugen held talks with Amr Salem {topic} on Thursday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 3))
    assert ([c.name for c in ev.counterparts], ev.place) == (["Amr Salem"], None)


def test_round40_talks_on_a_topic_in_a_city_are_there(nlp: Language, tmp_path: Path) -> None:
    text = "OSLO, May 3 (Dateline) - Foreign Minister Lars Haugen held talks on trade in Cairo on Thursday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 3))
    assert ev.place is not None and ev.place.name == "Cairo"


def test_round40_a_countrys_person_the_recognizer_calls_a_building_is_a_person(nlp: Language, tmp_path: Path) -> None:
    text = ("BOGOTA, May 12 (Dateline) - Environment Minister Lucia Rojas and Norway's Andreas Bjelland Eriksen are "
            "expected to sign the deal on May 20.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 12))
    assert [c.name for c in ev.counterparts] == ["Andreas Bjelland Eriksen"]


@pytest.mark.parametrize("text", ["Tarek Mansour will appear before a Cairo criminal court on June 2.",
                                  "Tarek Mansour's first hearing before a Cairo criminal court is set for June 2."])
def test_round40_a_persons_appearance_before_a_court_is_their_hearing(nlp: Language, tmp_path: Path, text: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, "CAIRO, May 16 (Dateline) - " + text, date(2027, 5, 16))
    assert (ev.actor.name, ev.action, ev.status, ev.date.value) == ("Tarek Mansour", "hearing", "planned", "2027-06-02")


def test_round40_an_appearance_before_a_committee_is_testimony(nlp: Language, tmp_path: Path) -> None:
    text = "CAIRO, May 16 (Dateline) - Finance Minister Ahmed Kamal will appear before a parliamentary committee on June 2."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 16))
    assert ev.action == "testify"


def test_round40_a_signing_originally_set_for_a_day_now_held_on_another_is_on_the_new(nlp: Language,
                                                                                       tmp_path: Path) -> None:
    text = ("BOGOTA, May 12 (Dateline) - The signing of a forest agreement between Colombia and Norway, originally set "
            "for May 19, will now be held on Friday, May 21.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 12))
    assert (ev.action, ev.date.value) == ("sign", "2027-05-21")


def test_round40_also_met_after_talks_at_a_place_on_a_day_is_there_that_day(nlp: Language, tmp_path: Path) -> None:
    text = ("CAIRO, May 7 (Dateline) - Norwegian Foreign Minister Lars Haugen held talks with President Omar Farouk in "
            "Cairo on Thursday. Haugen also met Foreign Minister Amr Salem.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 7)))
    assert ("Lars Haugen", "meet", "happened", "2027-05-06", "Cairo") in rows
    assert len(rows) == 2 and rows[0][3:] == rows[1][3:]


@pytest.mark.parametrize("text", ["A federation of garment workers said its members would strike on Sunday.",
                                  "Bangladesh's largest federation of garment workers will strike on Sunday."])
def test_round40_a_federation_of_workers_is_the_federation(nlp: Language, tmp_path: Path, text: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, "DHAKA, May 4 (Dateline) - " + text, date(2027, 5, 4))
    assert (ev.actor.name, ev.action, ev.date.value) == ("garment workers' federation", "protest", "2027-05-09")


def test_round40_a_federation_described_by_its_members_is_the_one_named_later(tmp_path: Path) -> None:
    plan = ("DHAKA, May 4 (Dateline) - Bangladesh's largest federation of garment workers will strike on Sunday.",
            date(2027, 5, 4))
    put_off = ("DHAKA, May 8 (Dateline) - The Bangladesh Garment Workers Federation postponed its strike until May 16.",
               date(2027, 5, 8))
    (ev,) = stored(tmp_path, [plan, put_off]).events()
    assert (ev.status, ev.date.value, len(ev.evidence)) == ("postponed", "2027-05-16", 2)


def test_round40_an_unnamed_union_leader_arrested_and_named_next_is_arrested_and_charged_that_day(
        nlp: Language, tmp_path: Path) -> None:
    text = ("BUDAPEST, May 17 (Dateline) - Hungarian police arrested a teachers' union leader on Monday. Eva Kovacs, head "
            "of the union, was detained at her home and charged with organising an unauthorised gathering, her lawyer "
            "said.")
    rows = _rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 17)))
    assert [r[:4] for r in rows] == [("Eva Kovacs", "arrested", "happened", "2027-05-17"),
                                     ("Eva Kovacs", "charged", "happened", "2027-05-17")]


def test_round40_a_call_off_never_undoes_an_act_long_done(tmp_path: Path) -> None:
    old = ("BOGOTA, May 4 (Dateline) - Norway and Colombia signed a joint declaration at a climate summit in Paris in 2015.",
           date(2027, 5, 4))
    off = ("BOGOTA, May 12 (Dateline) - The signing of a forest agreement between Colombia and Norway was called off.",
           date(2027, 5, 12))
    events = stored(tmp_path, [old, off]).events()
    assert sorted((e.status, e.date.value) for e in events) == [("cancelled", None), ("happened", "2015")]
