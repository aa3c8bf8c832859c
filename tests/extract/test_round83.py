"""Round 83 (session 69): what audits 299-305 (trade, diplomacy, police, education, cabinets, European diplomacy, the
arts) found, in one article. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import Event

from .fixture_articles import found_events

_DAY = date(2026, 6, 12)  # a Friday


def _found(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day`` (June 12, 2026 by default)."""
    return found_events(text, day)


@pytest.mark.parametrize(("sentence", "what"), [
    ("Castaneda and Monzon signed a memorandum of understanding on a freight rail link on Thursday, the ministry said.",
     "memorandum of understanding on a freight rail link"),
    ("Kiprotich and Okello later signed an agreement to extend the Eldoret-Kampala oil products pipeline on Tuesday.",
     "agreement to extend the Eldoret-Kampala oil products pipeline"),
    ("President Ruto and President Samia signed the Lisbon Treaty on Thursday.", "Lisbon Treaty"),
    ("Trade Minister Daniel Hartley and Emirati Minister Rashid Al Mansoori put their signatures to the pact on Monday.",
     "pact"),
    ("Riquelme and Paredes signed a protocol on Tuesday.", "protocol"),
])
def test_round83_a_signing_keeps_what_was_signed(sentence: str, what: str) -> None:
    (ev,) = [e for e in _found(sentence) if e.action == "sign"]
    assert (ev.status, ev.what) == ("happened", what)


def test_round83_a_signing_of_no_text_keeps_no_object() -> None:
    (ev,) = [e for e in _found("President Ruto and President Samia signed it on Thursday in Nairobi.") if e.action == "sign"]
    assert ev.what is None


def test_round83_the_call_off_at_the_old_place_of_a_signing_moved_and_held_is_the_signers() -> None:
    events = _found("ABU DHABI, June 8 (Wire) - Australia and the United Arab Emirates signed a trade pact in Abu Dhabi on "
                    "Monday, after the ceremony was moved from Dubai at short notice. Trade Minister Daniel Hartley and "
                    "Emirati Minister of State Rashid Al Mansoori put their signatures to the pact at the palace.",
                    date(2026, 6, 8))
    signs = [(e.actor.name, e.status, e.place.name if e.place else None) for e in events if e.action == "sign"]
    assert ("Daniel Hartley", "cancelled", "Dubai") in signs and ("Daniel Hartley", "happened", "Abu Dhabi") in signs
    assert not any(actor == "Australia" for actor, _, _ in signs)


def test_round83_a_hosting_of_ministers_from_other_countries_is_where_the_sentence_puts_it() -> None:
    (ev,) = _found("LIMA, June 11 (Wire) - Peru's Economy and Finance Minister Lucia Paredes will host finance ministers "
                   "from Colombia, Ecuador and Bolivia in Lima on June 19, the ministry said.", date(2026, 6, 11))
    assert (ev.action, ev.status, ev.date.value, ev.place.name if ev.place else None) == (
        "host", "planned", "2026-06-19", "Lima")


def test_round83_a_journey_from_a_town_in_a_country_still_began_there() -> None:
    events = _found("Minister Aline Uwase arrived in Kigali by road from Gisenyi in Rwanda on Monday.", date(2026, 6, 9))
    assert all(e.place is None or e.place.name != "Rwanda" or e.action != "arrive" for e in events)


def test_round83_a_counterpart_named_after_the_word_is_that_person() -> None:
    (ev,) = _found("PARIS, June 8 (Wire) - French Foreign Minister Claire Dumesnil spoke by telephone on Sunday with her "
                   "Serbian counterpart Marko Ilic about tensions in northern Kosovo, the ministry said.", date(2026, 6, 8))
    assert (ev.action, ev.date.value, [c.name for c in ev.counterparts]) == ("call", "2026-06-07", ["Marko Ilic"])


def test_round83_police_who_capture_a_person_arrest_him() -> None:
    (ev,) = _found("Colombian police captured Hernan Ospina Rueda, the alleged leader of a cocaine ring, in Medellin on "
                   "Tuesday.", date(2026, 6, 10))
    assert (ev.action, ev.actor.name, ev.date.value, ev.status) == ("arrested", "Hernan Ospina Rueda", "2026-06-09",
                                                                    "happened")


def test_round83_rebels_who_capture_a_town_arrest_nobody() -> None:
    assert not [e for e in _found("Rebels captured the town of Kiwanja on Tuesday.") if e.action in ("arrest", "arrested")]


def test_round83_appearing_before_a_named_judge_is_a_hearing() -> None:
    (ev,) = _found("NEW YORK, June 30 (Wire) - Emeka Obiora, 52, appeared before U.S. District Judge Mark Feldman in "
                   "Manhattan federal court on Monday.", date(2026, 6, 30))
    assert (ev.action, ev.actor.name, ev.date.value, ev.status) == ("hearing", "Emeka Obiora", "2026-06-29", "happened")


@pytest.mark.parametrize(("sentence", "what"), [
    ("The president named Luis Paredes as finance minister on Friday.", "finance minister"),
    ("Later on Friday, the government named General Luis Paredes, head of the police anti-drug directorate, to "
     "replace him.", None),
])
def test_round83_a_naming_the_parser_read_as_a_name_given_is_an_appointment(sentence: str, what: str | None) -> None:
    (ev,) = [e for e in _found(sentence) if e.action == "appointed"]
    assert (ev.actor.name, ev.date.value, ev.status, ev.what) == ("Luis Paredes", "2026-06-12", "happened", what)


def test_round83_a_man_named_someone_is_no_appointment() -> None:
    assert not [e for e in _found("A man named Luis Paredes was arrested on Friday.") if e.action == "appointed"]


def test_round83_a_visiting_head_of_state_is_no_host_named_later_under_the_dateline() -> None:
    events = _found("SANTIAGO, June 29 (Wire) - Peru's president arrived in Santiago on Monday for a two-day state visit "
                    "and was welcomed by President Tomas Riquelme with military honours at La Moneda palace.",
                    date(2026, 6, 29))
    (arrival,) = [e for e in events if e.action == "arrive"]
    assert (arrival.actor.name, arrival.date.value) == ("President of Peru", "2026-06-29")


def test_round83_an_object_read_as_a_subject_after_a_joined_verb_is_met() -> None:
    events = _found("NAIROBI, June 18 (Wire) - Ethiopian Prime Minister Dawit Alemu addressed the opening session and on "
                    "Wednesday met Kenyan President Samuel Kiprotich in the Kenyan capital.", date(2026, 6, 18))
    (meeting,) = [e for e in events if e.action == "meet"]
    assert (meeting.actor.name, [c.name for c in meeting.counterparts], meeting.date.value) == (
        "Dawit Alemu", ["Samuel Kiprotich"], "2026-06-17")


def test_round83_the_head_of_a_body_is_not_the_host_states_president() -> None:
    events = _found("CHISINAU, June 9 (Wire) - The head of the European Council arrived in Chisinau on Tuesday, pledging "
                    "support for Moldova. Lorenzen met President Elena Rusu at the presidential palace.", date(2026, 6, 9))
    (arrival,) = [e for e in events if e.action == "arrive"]
    assert (arrival.actor.name, arrival.place.name if arrival.place else None) == ("Lorenzen", "Chisinau")


@pytest.mark.parametrize(("sentence", "person", "post"), [
    ("Prime Minister Kenji Sakamoto reshuffled his cabinet on Wednesday, replacing six ministers and appointing former "
     "diplomat Emi Kuroda as foreign minister.", "Emi Kuroda", "foreign minister"),
    ("Portugal's president on Friday named Ines Cardoso as prime minister.", "Ines Cardoso", "prime minister"),
])
def test_round83_a_name_given_a_post_is_a_person_whatever_the_recognizer_called_it(
        sentence: str, person: str, post: str) -> None:
    (ev,) = [e for e in _found(sentence) if e.action == "appointed"]
    assert (ev.actor.name, ev.what, ev.status) == (person, post, "happened")


def test_round83_a_parliament_voting_a_government_out_of_office_votes() -> None:
    (ev,) = [e for e in _found("BUCHAREST, June 27 (Wire) - Romania's parliament voted the government of Prime Minister "
                               "Andrei Voinescu out of office on Friday, with 241 lawmakers backing a no-confidence motion.",
                               date(2026, 6, 27)) if e.action == "vote"]
    assert (ev.actor.name, [c.name for c in ev.counterparts], ev.date.value, ev.status) == (
        "Parliament of Romania", ["Andrei Voinescu"], "2026-06-26", "happened")


def test_round83_a_witness_testifying_while_denying_something_else_testified() -> None:
    (ev,) = _found("LIMA, June 11 (Wire) - General Oscar Villarreal, testifying before the congressional defence committee "
                   "on Wednesday, denied that police had received advance warning of the attack.", date(2026, 6, 11))
    assert (ev.action, ev.status, ev.date.value) == ("testify", "happened", "2026-06-10")


def test_round83_a_town_the_gazetteer_does_not_know_is_still_where_the_text_puts_it() -> None:
    (ev,) = _found("OSLO, June 16 (Wire) - Police arrested a Russian citizen in the Arctic border town of Kirkenes on "
                   "Monday.", date(2026, 6, 16))
    assert (ev.action, ev.place.name if ev.place else None, ev.date.value) == ("arrested", "Kirkenes", "2026-06-15")


def test_round83_where_a_person_is_wanted_is_not_where_he_was_arrested() -> None:
    (ev,) = _found("BANGKOK, June 22 (Wire) - Thai police arrested Australian fugitive Mark Delaney, wanted in Australia "
                   "for fraud, at a resort on the island of Koh Samui on Saturday.", date(2026, 6, 22))
    assert ev.action == "arrested" and (ev.place is None or ev.place.name != "Australia")


def test_round83_ringing_the_opening_bell_at_a_school_is_being_there() -> None:
    (ev,) = [e for e in _found("TACLOBAN, Philippines, June 15 (Wire) - Classes resumed across the Philippines on Monday as "
                               "Education Secretary Ramon Villanueva rang the opening bell at San Jose Central Elementary "
                               "School in Tacloban.", date(2026, 6, 15)) if e.action == "visit"]
    assert (ev.actor.name, ev.place.name if ev.place else None, ev.status) == ("Ramon Villanueva", "Tacloban", "happened")


def test_round83_a_participle_visit_takes_the_place_of_its_main_clause() -> None:
    (ev,) = [e for e in _found("MANILA, June 5 (Wire) - Education Secretary Ramon Villanueva will lead the opening of the "
                               "new school year in Tacloban on June 15, visiting a public elementary school, the "
                               "department said on Friday.", date(2026, 6, 5)) if e.action == "visit"]
    assert (ev.place.name if ev.place else None, ev.date.value, ev.status) == ("Tacloban", "2026-06-15", "planned")


def test_round83_an_orchestra_named_before_its_possessive_keeps_its_whole_name() -> None:
    (ev,) = _found("BEIJING, June 17 (Wire) - The Leipzig State Orchestra's concert in Shanghai on Thursday has been "
                   "cancelled, organisers said.", date(2026, 6, 17))
    assert (ev.action, ev.actor.name, ev.status) == ("perform", "Leipzig State Orchestra", "cancelled")


@pytest.mark.parametrize(("sentence", "actor", "partner"), [
    ("Zhao Lin and Henrik Falk agreed to set up a working group to examine price offers, the European Commission said.",
     "Zhao Lin", "Henrik Falk"),
    ("Minister Ana Ruiz agreed with Peru's Luis Vega on Friday to share fishing data.", "Ana Ruiz", "Luis Vega"),
])
def test_round83_parties_that_agree_on_something_make_an_agreement(sentence: str, actor: str, partner: str) -> None:
    (ev,) = [e for e in _found(sentence) if e.action == "agree"]
    assert (ev.actor.name, [c.name for c in ev.counterparts], ev.status) == (actor, [partner], "happened")


@pytest.mark.parametrize("sentence", [
    "Minister Ana Ruiz agreed to step down on Friday.",
    "Analysts agreed that the economy would slow.",
    "The two sides failed to agree on a ceasefire on Friday.",
    "Thailand and Cambodia agreed to an immediate ceasefire on Monday.",
    "Zhao Lin and Henrik Falk agreed to meet again in Beijing next month.",
])
def test_round83_agreeing_alone_or_failing_to_agree_is_no_agreement(sentence: str) -> None:
    assert not [e for e in _found(sentence) if e.action == "agree" and e.status == "happened"]


def test_round83_a_visit_made_for_talks_with_a_host_has_that_host_as_its_partner() -> None:
    events = _found("NAIROBI, June 3 (Wire) - Kenyan President Samuel Kiprotich will pay a one-day visit to Kampala next "
                    "Tuesday for talks with Ugandan President Joseph Okello, State House said.", date(2026, 6, 3))
    (visit,) = [e for e in events if e.action == "visit"]
    assert ([c.name for c in visit.counterparts], visit.date.value) == (["Joseph Okello"], "2026-06-09")


def test_round83_a_call_off_asked_of_others_and_not_won_calls_nothing_off() -> None:
    events = _found("SANTIAGO, June 8 (Wire) - Education Minister Carolina Vidal met student leaders for nearly three "
                    "hours on Monday but failed to persuade them to call off Thursday's march against higher fees.",
                    date(2026, 6, 8))
    assert not [e for e in events if e.status in ("cancelled", "postponed")]


def test_round83_a_call_off_told_without_a_new_date_stays_a_call_off() -> None:
    (ev,) = _found("MANILA, June 12 (Wire) - A meeting between police chief Ramon Villacorta and the Chinese ambassador "
                   "planned for Wednesday was called off after the embassy asked for more time, a police spokesman said, "
                   "without giving a new date.", date(2026, 6, 12))
    assert (ev.action, ev.status) == ("meet", "cancelled")


def test_round83_a_person_the_recognizer_took_for_a_body_who_is_due_before_a_judge_has_a_hearing() -> None:
    events = _found("MIAMI, July 10 (Wire) - Accused Colombian drug trafficker Hernan Ospina Rueda was extradited to the "
                    "United States on Thursday and is due to appear before a federal magistrate judge in Miami on Monday, "
                    "the Justice Department said.", date(2026, 7, 10))
    assert [(e.action, e.date.value, e.status) for e in events if e.action in ("hearing", "testify")] == [
        ("hearing", "2026-07-13", "planned")]


def test_round83_how_big_a_march_was_is_not_what_it_was() -> None:
    (ev,) = [e for e in _found("SANTIAGO, June 11 (Wire) - Tens of thousands of students marched through central "
                               "Santiago on Thursday, in the largest education protest in Chile in five years.",
                               date(2026, 6, 11)) if e.action == "protest"]
    assert (ev.status, ev.date.value, ev.what) == ("happened", "2026-06-11", "march")  # (not "largest education
    # protest")


def test_round83_playing_to_a_crowd_at_a_stadium_is_a_concert() -> None:
    (ev,) = _found("ACCRA, June 15 (Wire) - Nigerian singer Kemi Oyelaran played to a sold-out crowd at the Accra Sports "
                   "Stadium on Saturday night.", date(2026, 6, 15))
    assert (ev.action, ev.actor.name, ev.status, ev.date.value[:10]) == ("perform", "Kemi Oyelaran", "happened",
                                                                          "2026-06-13")


def test_round83_playing_a_team_is_no_concert() -> None:
    assert not [e for e in _found("Ghana played Nigeria in Accra on Saturday.") if e.action == "perform"]


def test_round83_a_stand_in_who_attended_in_place_of_someone_tells_that_ones_attendance_called_off() -> None:
    events = _found("BOGOTA, June 12 (Wire) - Vice President Andres Cuervo attended the National Literature Prize "
                    "ceremony in Bogota on Thursday night in place of President Lucia Restrepo, who stayed in Monteria.",
                    date(2026, 6, 12))
    rows = {(e.actor.name, e.action, e.status) for e in events}
    assert ("Andres Cuervo", "attend", "happened") in rows and ("Lucia Restrepo", "attend", "cancelled") in rows


def test_round83_one_who_attended_on_behalf_of_someone_calls_off_nothing() -> None:
    events = _found("BOGOTA, June 12 (Wire) - Vice President Andres Cuervo attended the National Literature Prize "
                    "ceremony in Bogota on Thursday on behalf of President Lucia Restrepo.", date(2026, 6, 12))
    assert not [e for e in events if e.status == "cancelled"]


def test_round83_an_act_told_then_in_the_next_sentence_is_on_the_same_day() -> None:
    events = _found("KATHMANDU, June 23 (Wire) - Sushila Gurung took the oath of office as prime minister at the "
                    "presidential palace on Monday. She then swore in a cabinet of 12 ministers.", date(2026, 6, 23))
    (sworn,) = [e for e in events if e.action == "swear_in"]
    assert (sworn.actor.name, sworn.date.value, sworn.status) == ("Sushila Gurung", "2026-06-22", "happened")


@pytest.mark.parametrize(("sentence", "day", "status"), [
    ("CAPE TOWN, June 10 (Wire) - Pianist Sipho Mahlangu will perform at the Good Hope Centre on June 20, the organisers "
     "said.", date(2026, 6, 10), "planned"),
    ("VIENNA, June 8 (Wire) - Jordan Ellery returned to the stage in Vienna on Sunday, performing a shortened 75-minute "
     "set at the Stadthalle two days after scrapping his show in Prague.", date(2026, 6, 8), "happened"),
])
def test_round83_a_performance_at_a_venue_the_gazetteer_lacks_is_still_one(sentence: str, day: date, status: str) -> None:
    assert [e.status for e in _found(sentence, day) if e.action == "perform"] == [status]
