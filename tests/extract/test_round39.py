"""Round 39 (audits 69-70): an audience "attended by" a count; a call received from someone; a plan told by state
media; a relative clause the parser hung on the main verb; a vote tally; a boycott by a crowd of someone else's
meeting; a guest's postponement of a hosted visit; one leader's call-off while another travels instead; an undated
outing after a call-off. Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import datelined_events

pytestmark = pytest.mark.slow


def test_round39_a_forum_attended_by_a_count_is_no_attendance_of_its_opener(nlp: Language, tmp_path: Path) -> None:
    text = ("ACCRA, June 1 (Dateline) - On Friday, Trade Minister Efua Mensah will open an investment forum in Kumasi "
            "attended by some 200 exporters.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 1))
    assert [(e.actor.name, e.action, e.status, e.date.value) for e in events] == [
        ("Efua Mensah", "attend", "planned", "2027-06-04")]


def test_round39_a_phone_call_received_from_someone_is_their_call(nlp: Language, tmp_path: Path) -> None:
    text = ("THIMPHU, June 8 (Dateline) - On Monday, Bhutanese Prime Minister Sonam Wangchuk received a phone call from "
            "Malawian President Grace Phiri, who congratulated him on the election.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 8))
    assert (ev.action, ev.actor.name, [c.name for c in ev.counterparts], ev.date.value, ev.status) == (
        "call", "Grace Phiri", ["Sonam Wangchuk"], "2027-06-07", "happened")


def test_round39_calls_for_an_inquiry_received_are_no_phone_call(nlp: Language, tmp_path: Path) -> None:
    text = "THIMPHU, June 8 (Dateline) - The Bhutanese health ministry received calls for an inquiry on Monday."
    assert [e for e in datelined_events(nlp, tmp_path, text, date(2027, 6, 8)) if e.action == "call"] == []


@pytest.mark.parametrize(("teller", "status"), [("state media reported", "planned"),
                                               ("a local newspaper reported", "uncertain")])
def test_round39_a_plan_told_by_state_media_is_planned(nlp: Language, tmp_path: Path, teller: str, status: str) -> None:
    text = (f"Omani Foreign Minister Salim al-Harthi will visit Bishkek on May 20 for talks on trade and energy, "
            f"{teller}.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 4))
    assert (ev.action, ev.place and ev.place.name, ev.date.value, ev.status) == ("visit", "Bishkek", "2027-05-20", status)


def test_round39_who_after_a_comma_is_the_name_before_it(nlp: Language, tmp_path: Path) -> None:
    text = ("ASUNCION, May 14 (Dateline) - Paraguayan Public Works Minister Ana Villalba, who announced the bridge deal "
            "on Monday, said construction could begin later this year.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 14))
    assert (ev.action, ev.actor.name, ev.date.value) == ("announce", "Ana Villalba", "2027-05-10")


def test_round39_a_vote_tally_is_no_second_vote(nlp: Language, tmp_path: Path) -> None:
    text = ("KATHMANDU, March 23 (Dateline) - Nepal's Prime Minister Hari Thapa won a confidence vote in parliament on "
            "Sunday. Sixty-two members voted against him.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 3, 23))
    assert [(e.action, e.date.value, e.status) for e in events] == [("vote", "2027-03-21", "happened")]


def test_round39_a_crowds_boycott_of_the_session_leaves_the_meeting_planned(nlp: Language, tmp_path: Path) -> None:
    text = ("NICOSIA, Feb 12 (Dateline) - Montenegrin Prime Minister Luka Radovic will meet Cypriot President Eleni "
            "Georgiou in Nicosia on February 26. Opposition parties have threatened to boycott the session.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 2, 12))
    assert [(e.actor.name, e.action, e.status, e.date.value) for e in events] == [
        ("Luka Radovic", "meet", "planned", "2027-02-26")]


def test_round39_a_guests_visit_put_off_to_a_day_puts_off_the_hosting(tmp_path: Path) -> None:
    plan = ("LILONGWE, Feb 10 (Dateline) - Malawian President Tamanda Banda will host Beninese President Koffi Adjovi "
            "in Lilongwe on Friday.", date(2027, 2, 10))
    off = ("LILONGWE, Feb 12 (Dateline) - Beninese President Koffi Adjovi's visit to Malawi has been postponed to "
           "March 6.",
           date(2027, 2, 12))
    (ev,) = stored(tmp_path, [plan, off]).events()
    assert (ev.actor.name, ev.action, ev.date.value, ev.status, len(ev.evidence)) == (
        "Tamanda Banda", "host", "2027-03-06", "postponed", 2)


def test_round39_one_leaders_call_off_stands_when_another_travels_instead(tmp_path: Path) -> None:
    plan = ("LA PAZ, March 8 (Dateline) - Bolivian President Marco Condori will travel to Asuncion on Friday for talks "
            "with Paraguayan President Lucia Benegas.", date(2027, 3, 8))
    off = ("LA PAZ, March 13 (Dateline) - Bolivian President Marco Condori cancelled his trip to Paraguay, and Paraguayan "
           "President Lucia Benegas flew to Santa Cruz instead. The two presidents then toured a flood shelter "
           "together.", date(2027, 3, 13))
    events = stored(tmp_path, [plan, off]).events()
    trips = {(e.actor.name, e.action, e.place and e.place.name): e.status for e in events}
    assert trips[("Marco Condori", "visit", "Asunción")] == "cancelled"
    assert trips[("Lucia Benegas", "travel", "Santa Cruz")] == "happened"


def test_round39_a_speakers_act_next_to_the_telling_is_the_speakers(nlp: Language, tmp_path: Path) -> None:
    text = ("MUSCAT, Feb 23 (Dateline) - Omani Foreign Minister Salim al-Harthi will meet Kyrgyz Foreign Minister Almaz "
            "Tokonov in Salalah on Tuesday. \"Everything is ready,\" Tokonov said before leaving Bishkek on Monday.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 2, 23))
    assert [(e.actor.name, e.action, e.place and e.place.name, e.date.value, e.status) for e in events
            if e.action == "depart"] == [("Almaz Tokonov", "depart", "Bishkek", "2027-02-22", "happened")]


def test_round39_a_stop_before_flying_on_is_in_the_trip(nlp: Language, tmp_path: Path) -> None:
    text = ("QUITO, Feb 8 (Dateline) - Latvian Foreign Minister Ilze Kalnina will travel to Quito next Tuesday. She will "
            "also meet business leaders in Guayaquil on Wednesday before flying on to Peru.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 2, 8))
    assert [(e.action, e.place and e.place.name, e.date.value) for e in events if e.action in ("travel", "meet")][:2] == [
        ("travel", "Quito", "2027-02-16"), ("meet", "Guayaquil", "2027-02-17")]


def test_round39_a_sea_before_a_port_is_no_place_of_the_event(nlp: Language, tmp_path: Path) -> None:
    text = ("DURRES, March 11 (Dateline) - Dock workers in Durres will stage a strike on Monday, halting ferry traffic "
            "through the Adriatic port.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 3, 11))
    assert all(e.place is None or e.place.name != "Adriatic Sea" for e in events)
    assert [(e.action, e.date.value) for e in events] == [("protest", "2027-03-15")]


@pytest.mark.parametrize("site", ["the National Congress", "parliament"])
def test_round39_a_march_to_the_legislature_is_in_the_dateline_city(nlp: Language, tmp_path: Path, site: str) -> None:
    text = f"TEGUCIGALPA, Feb 16 (Dateline) - The union said teachers would march to {site} on Thursday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 2, 16))
    assert (ev.action, ev.place and ev.place.name, ev.date.value, ev.status) == ("protest", "Tegucigalpa", "2027-02-18",
                                                                                 "planned")


def test_round39_a_town_the_parser_hangs_on_the_date_is_the_place(nlp: Language, tmp_path: Path) -> None:
    text = "Ugyen Tenzin was arrested by the Anti-Corruption Commission on February 20 in Trashigang."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 3, 2))
    assert (ev.action, ev.actor.name, ev.place and ev.place.name, ev.date.value) == ("arrested", "Ugyen Tenzin",
                                                                                   "Trashigang", "2027-02-20")


def test_round39_a_commission_that_will_meet_is_no_meeting_of_the_leaders(nlp: Language, tmp_path: Path) -> None:
    text = ("DAKAR, March 10 (Dateline) - Slovak President Jana Hrubá met Senegalese President Ousmane Diallo in Dakar on "
            "Tuesday. The two leaders agreed to set up a joint commission that will meet for the first time in "
            "Bratislava in June.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 3, 10))
    assert [(e.action, e.place and e.place.name, e.status) for e in events] == [("meet", "Dakar", "happened"),
                                                                               ("agree", "Dakar", "happened")]
    # (the two leaders' agreement to set the commission up, round 83; still no meeting of theirs in Bratislava)


def test_round39_the_visit_after_talks_put_off_is_those_talks(nlp: Language, tmp_path: Path) -> None:
    text = ("TUNIS, March 17 (Dateline) - Latvian Foreign Minister Ilze Kalnina's talks in Tunis, scheduled for "
            "Thursday, have been postponed until April. \"The visit is not cancelled. It will happen, just a little "
            "later,\" a diplomat said.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 3, 17))
    assert [(e.action, e.place and e.place.name, e.status) for e in events] == [("meet", "Tunis", "postponed")]


@pytest.mark.parametrize(("city", "place"), [("PHNOM PENH", "Phnom Penh"), ("BANGKOK", None)])
def test_round39_a_court_charging_someone_sits_in_its_dateline_city(nlp: Language, tmp_path: Path, city: str,
                                                                     place: str | None) -> None:
    text = f"{city}, March 19 (Dateline) - A Cambodian court on Thursday charged opposition activist Chea Sovann with incitement."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 3, 19))
    assert (ev.action, ev.actor.name, ev.place and ev.place.name) == ("charged", "Chea Sovann", place)


def test_round39_the_trial_after_an_arrest_is_the_arrested_persons(nlp: Language, tmp_path: Path) -> None:
    text = ("THIMPHU, March 2 (Dateline) - Ugyen Tenzin was arrested on February 20. The trial is set to open on "
            "March 16.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 3, 2))
    assert [(e.action, e.actor.name, e.date.value, e.status) for e in events] == [
        ("arrested", "Ugyen Tenzin", "2027-02-20", "happened"), ("trial", "Ugyen Tenzin", "2027-03-16", "planned")]


def test_round39_a_signing_of_a_trip_for_talks_is_on_the_trips_day(nlp: Language, tmp_path: Path) -> None:
    text = ("VILNIUS, Feb 8 (Dateline) - Lithuanian Foreign Minister Tomas Zukas will travel to Quito next Tuesday for "
            "talks with Ecuadorian Foreign Minister Rosa Cevallos. Zukas and Cevallos are expected to sign a memorandum "
            "on trade.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 2, 8))
    assert [(e.action, e.place and e.place.name, e.date.value) for e in events if e.action == "sign"] == [
        ("sign", "Quito", "2027-02-16")]


def test_round39_a_family_name_after_its_particle_is_no_town(nlp: Language, tmp_path: Path) -> None:
    text = ("TUNIS, March 5 (Dateline) - Latvian Foreign Minister Ilze Kalnina will hold talks with Tunisian Foreign "
            "Minister Karim Jaziri in Tunis on March 19. She is also expected to meet Tunisian Prime Minister Leila Ben "
            "Salem.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 3, 5))
    assert sorted(c.name for e in events for c in e.counterparts) == ["Karim Jaziri", "Leila Ben Salem"]
    assert all(e.place is None or e.place.name != "Salem" for e in events)


# audit 71


@pytest.mark.parametrize("text", [
    "Guatemalan President Carlos Ixcot will hold a summit with Dominican President Ramon Almanzar in Santo Domingo on "
    "February 19.",
    "Guatemalan President Carlos Ixcot and Dominican President Ramon Almanzar will hold a summit in Santo Domingo on "
    "February 19."])
def test_round39_a_summit_two_leaders_hold_is_their_meeting(nlp: Language, tmp_path: Path, text: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 2, 5))
    assert (ev.action, ev.actor.name, [c.name for c in ev.counterparts], ev.date.value) == (
        "meet", "Carlos Ixcot", ["Ramon Almanzar"], "2027-02-19")


def test_round39_a_meeting_of_other_people_is_no_change_of_the_leaders(nlp: Language, tmp_path: Path) -> None:
    text = ("Guatemalan President Carlos Ixcot will meet Dominican President Ramon Almanzar on March 12. A meeting of the "
            "two foreign ministers on Wednesday was called off.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 2, 16))
    assert [(e.actor.name, e.status, e.date.value) for e in events] == [("Carlos Ixcot", "planned", "2027-03-12")]


def test_round39_an_act_told_also_after_a_trip_is_on_the_trip(nlp: Language, tmp_path: Path) -> None:
    text = ("Slovak Prime Minister Peter Kollar will travel to Baku next Tuesday for talks. He will also meet "
            "Azerbaijani business leaders.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 2, 3))
    assert [(e.action, e.place and e.place.name, e.date.value) for e in events] == [
        ("travel", "Baku", "2027-02-09"), ("meet", "Baku", "2027-02-09")]


def test_round39_the_day_before_with_a_purpose_is_counted_from_the_event(nlp: Language, tmp_path: Path) -> None:
    text = ("Guatemalan President Carlos Ixcot will meet Dominican President Ramon Almanzar in Santo Domingo on February "
            "19. Foreign Minister Lucia Chacon will meet Hector Almonte the day before to prepare the agenda.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 2, 5))
    assert sorted((e.actor.name, e.date.value) for e in events) == [("Carlos Ixcot", "2027-02-19"),
                                                                    ("Lucia Chacon", "2027-02-18")]


def test_round39_a_leaders_signing_plan_is_done_when_told_of_the_states(tmp_path: Path) -> None:
    plan = ("BRATISLAVA, Feb 3 (Dateline) - Slovak Prime Minister Peter Kollar is expected to sign an energy agreement "
            "in Baku next Tuesday.", date(2027, 2, 3))
    done = ("BAKU, Feb 9 (Dateline) - Slovakia and Azerbaijan signed an energy agreement in Baku on Tuesday.",
            date(2027, 2, 9))
    (ev,) = stored(tmp_path, [plan, done]).events()
    assert (ev.action, ev.date.value, ev.status, len(ev.evidence)) == ("sign", "2027-02-09", "happened", 2)


def test_round39_a_surname_alone_in_a_follow_up_is_the_person(tmp_path: Path) -> None:
    plan = ("Mauritian Prime Minister Anil Doorgakant will visit Brunei next week.", date(2027, 2, 17))
    off = ("Doorgakant has cancelled his visit to Brunei.", date(2027, 2, 23))
    (ev,) = stored(tmp_path, [plan, off]).events()
    assert (ev.actor.name, ev.status, len(ev.evidence)) == ("Anil Doorgakant", "cancelled", 2)


def test_round39_a_state_moving_its_summit_moves_its_hosting(tmp_path: Path) -> None:
    plan = ("LOME, Feb 6 (Dateline) - Togo will host a summit of West African leaders in Lome on February 24.",
            date(2027, 2, 6))
    moved = ("LOME, Feb 22 (Dateline) - Togo has moved the summit from Lome to Kara.", date(2027, 2, 22))
    events = stored(tmp_path, [plan, moved]).events()
    assert sorted((e.action, e.place and e.place.name, e.date.value, e.status) for e in events) == [
        ("host", "Kara", "2027-02-24", "planned")]  # one hosting, moved (round 50: no call-off record at Lomé)


def test_round39_a_call_off_told_again_is_no_second_visit(nlp: Language, tmp_path: Path) -> None:
    text = ("PORT LOUIS, Feb 24 (Dateline) - Mauritian Prime Minister Anil Doorgakant has cancelled his visit to Brunei. "
            "He will fly to Singapore next week. Doorgakant spoke by telephone with the Sultan of Brunei on Monday and "
            "apologised for calling off the trip.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 2, 24))
    assert sorted((e.action, e.place and e.place.name, e.status) for e in events if e.action == "visit") == [
        ("visit", "Brunei", "cancelled")]


def test_round39_a_court_named_by_its_city_places_an_appearance(nlp: Language, tmp_path: Path) -> None:
    text = "Former Lesotho finance minister Lerato Nthako appeared before the Maseru High Court on Wednesday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 2, 26))
    assert (ev.actor.name, ev.place and ev.place.name, ev.date.value) == ("Lerato Nthako", "Maseru", "2027-02-24")


def test_round39_a_national_body_under_a_dateline_is_that_countrys(nlp: Language, tmp_path: Path) -> None:
    text = ("CHISINAU, Feb 12 (Dateline) - The National Trade Union Confederation said its members would stage a "
            "one-day general strike next Thursday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 2, 12))
    assert (ev.actor.name, ev.actor.country, ev.date.value) == ("National Trade Union Confederation", "Moldova",
                                                                "2027-02-18")


# audit 72


def test_round39_a_four_word_name_is_one_person(nlp: Language, tmp_path: Path) -> None:
    text = "LIBREVILLE, March 5 (Dateline) - President Jean Aimé Ondo Mba will visit Luxembourg next Tuesday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 3, 5))
    assert (ev.actor.name, ev.counterparts, ev.place and ev.place.name) == ("Jean Aimé Ondo Mba", (), "Luxembourg")


def test_round39_prosecutors_charging_someone_are_in_the_dateline_city(nlp: Language, tmp_path: Path) -> None:
    text = ("BUJUMBURA, March 16 (Dateline) - Burundian prosecutors on Monday charged opposition politician Eric "
            "Ntahomvukiye with undermining state security.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 3, 16))
    assert (ev.action, ev.place and ev.place.name) == ("charged", "Bujumbura")


def test_round39_a_trial_before_a_court_named_by_its_city_is_there(nlp: Language, tmp_path: Path) -> None:
    text = "Opposition politician Eric Ntahomvukiye's trial is due to open before the Bujumbura high court on April 2."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 3, 16))
    assert (ev.action, ev.actor.name, ev.place and ev.place.name, ev.date.value) == (
        "trial", "Eric Ntahomvukiye", "Bujumbura", "2027-04-02")


def test_round39_a_country_name_with_and_is_one_country(nlp: Language, tmp_path: Path) -> None:
    text = "PORT OF SPAIN, March 7 (Dateline) - Trinidad and Tobago's parliament voted on Friday to approve a firearms bill."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 3, 7))
    assert "Trinidad and Tobago" in (ev.actor.name, ev.actor.country)
    assert (ev.action, ev.date.value, ev.status) == ("vote", "2027-03-05", "happened")
