"""Round 41 (audits 81-84): a past verb the parser read as a modifier of its object after a date told between subject
and verb; a remand in custody; taking someone into custody. Each test states one behaviour. Sentences and names are our
own.
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


@pytest.mark.parametrize("subject", ["Police", "Authorities", "Kenyan police"])
def test_round41_a_dated_arrest_before_a_titled_name_is_the_persons(nlp: Language, tmp_path: Path,
                                                                   subject: str) -> None:
    text = (f"NAIROBI, June 9 (Dateline) - {subject} on Tuesday detained opposition organiser Peter Kamau over claims "
            "of incitement.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert [(n, a, s, d) for n, a, s, d, _ in _rows(events)] == [("Peter Kamau", "arrested", "happened", "2027-06-08")]


def test_round41_a_remand_in_custody_is_a_detention(nlp: Language, tmp_path: Path) -> None:
    text = "NAIROBI, June 9 (Dateline) - A magistrate on Wednesday remanded opposition organiser Peter Kamau in custody."
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert [(n, a, s, d) for n, a, s, d, _ in _rows(events)] == [("Peter Kamau", "arrested", "happened", "2027-06-09")]


def test_round41_a_remand_after_the_told_arrest_is_no_second_arrest(nlp: Language, tmp_path: Path) -> None:
    text = ("NAIROBI, June 9 (Dateline) - Police arrested opposition organiser Peter Kamau on Monday over claims of "
            "incitement. On Wednesday a magistrate remanded him in custody for ten days.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert [(n, a, s, d) for n, a, s, d, _ in _rows(events)] == [("Peter Kamau", "arrested", "happened", "2027-06-07"),
                                                                  ("Peter Kamau", "hearing", "happened", "2027-06-09")]
    # (round 53: the magistrate's remand is his hearing held that day, no second arrest)


def test_round41_a_case_remanded_to_a_lower_court_is_no_arrest(nlp: Language, tmp_path: Path) -> None:
    text = "The appeals court on Wednesday remanded the case to a lower court."
    assert [e for e in datelined_events(nlp, tmp_path, text, date(2027, 6, 9)) if e.action == "arrested"] == []


@pytest.mark.parametrize("text", ["Security forces took blogger Omar Saleh into custody on Tuesday, his lawyer said.",
                                  "Blogger Omar Saleh was taken into custody on Tuesday, his lawyer said."])
def test_round41_taken_into_custody_is_an_arrest(nlp: Language, tmp_path: Path, text: str) -> None:
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert [(n, a, s, d) for n, a, s, d, _ in _rows(events)] == [("Omar Saleh", "arrested", "happened", "2027-06-08")]


@pytest.mark.parametrize(("text", "row"), [
    ("A fisheries agreement between Fiji and Tonga was signed in Suva on Tuesday.",
     ("Fiji", "sign", "happened", "2027-06-08", "Suva")),
    ("A trade agreement between Fiji and Tonga will be signed in Suva on Friday, officials said.",
     ("Fiji", "sign", "planned", "2027-06-11", "Suva")),
])
def test_round41_a_text_between_two_sides_signed_with_no_agent_is_their_signing(nlp: Language, tmp_path: Path,
                                                                                  text: str, row: tuple) -> None:  # type: ignore[type-arg]
    (ev,) = datelined_events(nlp, tmp_path, f"SUVA, June 9 (Dateline) - {text}", date(2027, 6, 9))
    assert (*_rows([ev])[0], [c.name for c in ev.counterparts]) == (*row, ["Tonga"])


def test_round41_a_text_signed_with_no_sides_named_is_no_event(nlp: Language, tmp_path: Path) -> None:
    text = "SUVA, June 9 (Dateline) - A fisheries agreement was signed in Suva on Tuesday."
    assert datelined_events(nlp, tmp_path, text, date(2027, 6, 9)) == []


def test_round41_a_states_acts_after_its_parliaments_are_the_states(tmp_path: Path) -> None:
    text = ("Indonesia's parliament approved a mining law on Thursday. Indonesia will host a regional summit in Bali "
            "next month. Indonesian police detained 27 protesters.")
    rows = sorted((e.action, e.actor.name) for e in stored(tmp_path, [(text, date(2027, 6, 11))]).events())
    assert rows == [("arrest", "Indonesia"), ("host", "Indonesia"), ("vote", "Parliament of Indonesia")]


def test_round41_a_parliament_seen_first_does_not_take_the_states_later_acts(tmp_path: Path) -> None:
    first = ("Indonesia's parliament approved a mining law on Thursday.", date(2027, 6, 11))
    later = ("Indonesia will host a regional summit in Bali next month.", date(2027, 6, 14))
    rows = sorted((e.action, e.actor.name) for e in stored(tmp_path, [first, later]).events())
    assert rows == [("host", "Indonesia"), ("vote", "Parliament of Indonesia")]


@pytest.mark.parametrize(("text", "row"), [
    ("Prime Minister Rui Cardoso was visiting Porto on Tuesday.",
     ("Rui Cardoso", "visit", "happened", "2027-06-08", "Porto")),
    ("Prime Minister Rui Cardoso was meeting business leaders in Porto on Tuesday when the news broke.",
     ("Rui Cardoso", "meet", "happened", "2027-06-08", "Porto")),
])
def test_round41_the_past_progressive_tells_what_went_on(nlp: Language, tmp_path: Path, text: str,
                                                         row: tuple) -> None:  # type: ignore[type-arg]
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert _rows([ev]) == [row]


def test_round41_a_reported_past_progressive_without_a_day_stays_uncertain(nlp: Language, tmp_path: Path) -> None:
    text = "Prime Minister Rui Cardoso said he was travelling to Paris."
    assert [e.status for e in datelined_events(nlp, tmp_path, text, date(2027, 6, 9))] in ([], ["uncertain"])


def test_round41_an_election_cited_as_the_reason_is_not_called_off(nlp: Language, tmp_path: Path) -> None:
    text = ("KATHMANDU, June 9 (Dateline) - Foreign Minister Maya Gurung has cancelled a visit to Laos that was "
            "scheduled for Thursday, citing preparations for next month's general election, her ministry said.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert [(e.action, e.status) for e in events] == [("visit", "cancelled")]


@pytest.mark.parametrize("text", [
    "A government spokesman said union leader Kosal Dara had been detained for blocking a public road.",
    "Union leader Kosal Dara was jailed for two years for organising a protest in Phnom Penh.",
])
def test_round41_the_ground_of_a_detention_is_no_event(nlp: Language, tmp_path: Path, text: str) -> None:
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert [e.action for e in events if e.action == "protest"] == []
    assert [e.actor.name for e in events] == ["Kosal Dara"]


def test_round41_a_two_day_visit_put_off_from_its_first_day_has_no_new_day(tmp_path: Path) -> None:
    plan = ("MUSCAT, June 2 (Dateline) - President Karim Haddad will pay a two-day state visit to Oman starting on "
            "June 15.", date(2027, 6, 2))
    put_off = ("TUNIS, June 14 (Dateline) - A state visit to Oman by President Karim Haddad that was due to begin on "
               "Tuesday has been postponed, the presidency said on Monday.", date(2027, 6, 14))
    (ev,) = stored(tmp_path, [plan, put_off]).events()
    assert (ev.action, ev.status, ev.date.value, len(ev.evidence)) == ("visit", "postponed", None, 2)


@pytest.mark.parametrize(("text", "code"), [("Dockworkers at Maputo port walked off the job on Friday.", "143"),
                                            ("Thousands of people rallied in Maputo on Friday.", "141")])
def test_round41_a_strike_is_coded_as_a_strike(nlp: Language, tmp_path: Path, text: str, code: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.action, ev.cameo, ev.place and ev.place.name) == ("protest", code, "Maputo")


def test_round41_a_name_after_a_counterpart_subject_is_the_actor(nlp: Language, tmp_path: Path) -> None:
    text = ("Estonian Defence Minister Margus Tamm spoke to reporters. His Lithuanian counterpart Tomas Jankauskas "
            "visited Tapa on Monday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.actor.name, ev.action, [c.name for c in ev.counterparts]) == ("Tomas Jankauskas", "visit", [])


def test_round41_days_of_talks_with_a_counterpart_name_the_trips_partner(nlp: Language, tmp_path: Path) -> None:
    text = ("Foreign Minister Dawit Alemu will travel to Angola next Tuesday for two days of talks with his Angolan "
            "counterpart Teresa Carvalho.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.action, [c.name for c in ev.counterparts]) == ("travel", ["Teresa Carvalho"])


@pytest.mark.parametrize(("text", "day"), [("The teachers' union called for a strike on Sunday.", "2027-06-13"),
                                           ("The opposition called for protests on Friday.", "2027-06-11")])
def test_round41_a_call_for_a_strike_is_a_planned_strike(nlp: Language, tmp_path: Path, text: str, day: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.action, ev.status, ev.date.value) == ("protest", "planned", day)


def test_round41_a_trip_named_beside_the_attribution_is_the_clauses_plan(nlp: Language, tmp_path: Path) -> None:
    text = ("Prime Minister Graham Tuhoe will visit Papua New Guinea later this month, his office said, in a trip aimed "
            "at deepening ties.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.action, ev.status, ev.date.value) == ("visit", "planned", "2027-06")


def test_round41_a_visit_put_off_from_next_week_within_the_month_has_no_new_day(tmp_path: Path) -> None:
    plan = ("Prime Minister Graham Tuhoe will visit Papua New Guinea later this month.", date(2027, 6, 2))
    put_off = ("Prime Minister Graham Tuhoe has postponed a visit to Papua New Guinea that had been scheduled for next "
               "week.", date(2027, 6, 18))
    (ev,) = stored(tmp_path, [plan, put_off]).events()
    assert (ev.status, ev.date.value, len(ev.evidence)) == ("postponed", None, 2)


@pytest.mark.parametrize(("text", "who", "place"), [
    ("At least 14 people were arrested in Yaounde on Monday.", "people", "Yaoundé"),
    ("Dozens of opposition supporters were detained on Monday.", "opposition supporters", None),
    ("Police said three union members were charged in Yaounde on Monday.", "union members", "Yaoundé"),
])
def test_round41_unnamed_people_arrested_with_no_agent_are_arrested_themselves(nlp: Language, tmp_path: Path, text: str,
                                                                               who: str, place: str | None) -> None:
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.actor.name, ev.actor.kind, ev.action in ("arrested", "charged"), ev.what, ev.date.value,
            ev.place and ev.place.name) == (who, "group", True, None, "2027-06-07", place)


@pytest.mark.parametrize(("text", "action"), [
    ("Albania and Serbia signed an agreement on the recognition of university diplomas on Friday.", "sign"),
    ("Foreign Minister Elira Dushku held talks with Dragan Milovanovic on the recognition of university diplomas on "
     "Friday.", "meet"),
    ("Foreign Minister Elira Dushku met Dragan Milovanovic to discuss energy prices on Friday.", "meet"),
])
def test_round41_a_past_act_keeps_the_weekday_told_after_its_topic_or_purpose(nlp: Language, tmp_path: Path, text: str,
                                                                             action: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 12))
    assert (ev.action, ev.status, ev.date.value) == (action, "happened", "2027-06-11")


def test_round41_a_counterpart_named_before_the_attribution_is_the_trips_partner(nlp: Language, tmp_path: Path) -> None:
    text = ("Foreign Minister Elira Dushku will travel to Belgrade on Thursday for talks with her Serbian counterpart "
            "Dragan Milovanovic, the ministry in Tirana said on Monday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 7))
    assert (ev.action, ev.date.value, [c.name for c in ev.counterparts]) == ("travel", "2027-06-10",
                                                                            ["Dragan Milovanovic"])


@pytest.mark.parametrize("tail", ["in a ceremony at an army headquarters in the city.", "in the southern Estonian city."])
def test_round41_the_city_is_the_dateline_city(nlp: Language, tmp_path: Path, tail: str) -> None:
    text = f"TARTU, Estonia, June 9 (Dateline) - Estonia and Lithuania signed the ammunition agreement on Monday {tail}"
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.action, ev.place and ev.place.name) == ("sign", "Tartu")


def test_round41_the_city_without_a_dateline_is_no_place(nlp: Language, tmp_path: Path) -> None:
    text = "Estonia and Lithuania signed the ammunition agreement on Monday in the city."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert ev.place is None


def test_round41_an_arrested_person_flown_somewhere_makes_no_trip(nlp: Language, tmp_path: Path) -> None:
    text = ("Police arrested former minister Carlos Quispe in Cochabamba on Tuesday. Quispe was flown to La Paz "
            "overnight.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert [(e.actor.name, e.action) for e in events] == [("Carlos Quispe", "arrested")]


def test_round41_a_which_clause_of_expectation_dates_the_act(nlp: Language, tmp_path: Path) -> None:
    text = "The law takes effect once President Prabowo Subianto signs it, which is expected next week."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.action, ev.status, ev.date.value) == ("sign", "planned", "2027-W24")


def test_round41_a_body_described_by_an_apposition_votes_in_its_which_clause(nlp: Language, tmp_path: Path) -> None:
    text = "The bill now goes to the National Council, the upper house, which is expected to vote on it next week."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.actor.name, ev.action, ev.status, ev.date.value) == ("National Council", "vote", "planned", "2027-W24")


def test_round41_hosting_a_guest_for_a_state_visit_is_the_guests_visit(tmp_path: Path) -> None:
    plan = ("DAKAR, June 2 (Dateline) - Senegalese President Moussa Fall will host Ivorian President Yao Kouame in "
            "Dakar on June 10 for a two-day state visit.", date(2027, 6, 2))
    put_off = ("DAKAR, June 9 (Dateline) - Ivorian President Yao Kouame's state visit to Senegal, due to begin on "
               "Thursday, has been postponed.", date(2027, 6, 9))
    events = stored(tmp_path, [plan, put_off]).events()
    assert [(e.actor.name, e.action, e.status, [c.name for c in e.counterparts]) for e in events] == [
        ("Yao Kouame", "visit", "postponed", ["Moussa Fall"])]


@pytest.mark.parametrize("text", ["Police arrested Somchai Rattanakul on Tuesday.",
                                  "Thai police arrested former Chiang Mai governor Somchai Rattanakul on Tuesday."])
def test_round41_a_name_the_recognizer_missed_as_an_arrests_object_is_a_person(nlp: Language, tmp_path: Path,
                                                                              text: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.actor.name, ev.action, ev.date.value) == ("Somchai Rattanakul", "arrested", "2027-06-08")


def test_round41_taoiseach_is_a_title(nlp: Language, tmp_path: Path) -> None:
    text = "Prime Minister Andrei Rusu will meet Irish Taoiseach Niamh Gallagher in Dublin on June 30."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert [(c.name, c.title) for c in ev.counterparts] == [("Niamh Gallagher", "Taoiseach")]


def test_round41_he_after_a_head_of_governments_statement_is_that_head(nlp: Language, tmp_path: Path) -> None:
    text = ("Georgian Prime Minister Irakli Kobakhidze praised the deal. Armenian Prime Minister Nikol Pashinyan said the "
            "talks went well. He met local community leaders in Akhalkalaki on Tuesday.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert [(e.actor.name, e.date.value) for e in events if e.place and e.place.name == "Akhalkalaki"] == [
        ("Nikol Pashinyan", "2027-06-08")]


def test_round41_an_undated_denial_leaves_a_meeting_done_long_ago(tmp_path: Path) -> None:
    old = ("TBILISI, June 2 (Dateline) - Prime Minister Nikol Pashinyan last visited Georgia in January 2026, when he "
           "met President Mikheil Kavelashvili.", date(2027, 6, 2))
    news = ("Georgian President Mikheil Kavelashvili did not meet Prime Minister Nikol Pashinyan, his office said.",
            date(2027, 6, 9))
    events = stored(tmp_path, [old, news]).events()
    assert ("meet", "happened", "2026-01") in [(e.action, e.status, e.date.value) for e in events]


def test_round41_a_summit_moved_to_a_city_is_planned_there_and_called_off_where_it_was(tmp_path: Path) -> None:
    plan = ("President Hakainde Hichilema will host President Netumbo Nandi-Ndaitwah for a summit in Lusaka on June 17.",
            date(2027, 6, 2))
    moved = ("Thursday's summit between President Netumbo Nandi-Ndaitwah and President Hakainde Hichilema has been "
             "moved to Livingstone.", date(2027, 6, 14))
    events = stored(tmp_path, [plan, moved]).events()
    rows = sorted((e.status, e.place and e.place.name, e.date.value) for e in events)
    assert rows == [("planned", "Livingstone", "2027-06-17")]  # (round 63: the host's plan, moved at home, is one
    # event; its history keeps where it was)
    assert [h.moved_from.name for e in events for h in e.history if h.moved_from is not None] == ["Lusaka"]


def test_round41_not_travelling_as_planned_calls_the_trip_off(nlp: Language, tmp_path: Path) -> None:
    text = "Foreign Minister Rosa Villavicencio did not travel to Panama City on Thursday as planned."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 12))
    assert (ev.action, ev.status, ev.date.value) == ("travel", "cancelled", "2027-06-10")


def test_round41_a_city_after_a_signed_texts_topic_is_the_signing_place(nlp: Language, tmp_path: Path) -> None:
    text = "Sri Lanka and the Maldives will sign an agreement on fisheries in Colombo on June 24."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.action, ev.place and ev.place.name) == ("sign", "Colombo")


def test_round41_talks_framing_a_second_infinitive_are_the_meeting_of_the_agreement(nlp: Language,
                                                                                   tmp_path: Path) -> None:
    text = ("President Tomas Villarroel and President Martin Ocampo agreed on Tuesday to cut tariffs and to share data "
            "during talks in Buenos Aires.")
    events = [e for e in datelined_events(nlp, tmp_path, text, date(2027, 6, 9)) if e.action == "meet"]
    assert [(e.status, e.date.value, e.place and e.place.name) for e in events] == [
        ("happened", "2027-06-08", "Buenos Aires")]


def test_round41_a_strike_that_began_is_a_crowds_strike(nlp: Language, tmp_path: Path) -> None:
    text = "A nationwide strike over unpaid housing allowances began in Malawi on Monday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.action, ev.status, ev.date.value, ev.place and ev.place.name, ev.cameo) == (
        "protest", "happened", "2027-06-07", "Malawi", "143")


@pytest.mark.parametrize("who", ["Lao Prime Minister Khamphanh Vongsa and Vietnamese Prime Minister Tran Duc Minh",
                                 "Prime Minister Khamphanh Vongsa and Prime Minister Tran Duc Minh"])
def test_round41_talks_held_instead_of_their_original_day_are_on_the_new_day(nlp: Language, tmp_path: Path,
                                                                            who: str) -> None:
    text = f"The talks between {who}, originally scheduled for Tuesday, were held on Wednesday instead."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 10))
    assert (ev.action, ev.status, ev.date.value) == ("meet", "happened", "2027-06-09")


def test_round41_a_call_a_day_before_the_decision_told_on_a_day_is_dated(nlp: Language, tmp_path: Path) -> None:
    text = ("The talks have been postponed, Kenya's foreign ministry said on Thursday. The decision came a day after "
            "President Daniel Kiprono spoke by telephone with President Hassan Abdi Warsame.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 11))
    assert (ev.action, ev.date.value) == ("call", "2027-06-09")


@pytest.mark.parametrize("clause", ["is due to hold a final vote on it on Thursday",
                                    "is expected to hold a vote on Thursday"])
def test_round41_a_legislature_due_to_hold_a_vote_holds_it(nlp: Language, tmp_path: Path, clause: str) -> None:
    text = f"TBILISI, June 9 (Dateline) - Parliament {clause}."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.actor.name, ev.action, ev.status, ev.date.value) == ("Parliament of Georgia", "vote", "planned",
                                                                   "2027-06-10")


def test_round41_a_charge_told_in_a_who_clause_is_the_persons(nlp: Language, tmp_path: Path) -> None:
    text = "Police detained opposition activist Levan Gogoladze, who was charged on Monday with organising violence."
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert ("Levan Gogoladze", "charged", "happened", "2027-06-07") in [(n, a, s, d) for n, a, s, d, _ in _rows(events)]


def test_round41_people_detained_near_a_building_with_a_name_are_in_the_dateline_city(nlp: Language,
                                                                                       tmp_path: Path) -> None:
    text = "BUENOS AIRES, June 9 (Dateline) - Police said 12 people were detained near the Congress building on Tuesday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.actor.name, ev.action, ev.place and ev.place.name) == ("people", "arrested", "Buenos Aires")


def test_round41_a_strike_under_way_called_off_took_place(tmp_path: Path) -> None:
    begun = ("Hundreds of Kenyan truck drivers went on strike at the Malaba border crossing on Wednesday.",
             date(2027, 6, 10))
    ended = ("Kenyan truck drivers called off their strike at the border on Friday.", date(2027, 6, 14))
    (ev,) = stored(tmp_path, [begun, ended]).events()
    assert (ev.action, ev.status, ev.date.value, len(ev.evidence)) == ("protest", "happened", "2027-06-09", 2)


@pytest.mark.parametrize(("country", "place"), [("Timor-Leste", "Timor Leste"), ("Guinea-Bissau", "Guinea-Bissau")])
def test_round41_a_hyphenated_country_is_the_whole_place(nlp: Language, tmp_path: Path, country: str, place: str) -> None:
    text = f"Foreign Minister Rahmat Santoso will make a visit to {country} on Thursday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert (ev.place and ev.place.name, ev.counterparts) == (place, ())


@pytest.mark.parametrize("text", [
    "President Andreas Kyprianou cancelled his visit to Athens because of a strike by public-sector workers.",
    "President Andreas Kyprianou postponed his visit to Athens amid protests by farmers.",
])
def test_round41_a_crowds_strike_given_as_the_reason_is_not_the_travellers(nlp: Language, tmp_path: Path,
                                                                          text: str) -> None:
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 9))
    assert [(e.actor.name, e.action) for e in events] == [("Andreas Kyprianou", "visit")]
