"""Round 28 (audit 37, own-words articles): a paper's reporting tail read as an apposition, a city the gazetteer writes
with a hyphen, a trip described beside a trip, a union leader's country."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dateline.extract.places import resolve_place
from dateline.model import Event


def _events(nlp: Language, text: str, anchor: date) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return list(nlp(doc)._.events)


def test_round28_a_newspaper_read_as_an_apposition_is_no_party(nlp: Language) -> None:
    events = _events(nlp, "Moldovan Prime Minister Ion Rusu will travel to Kyiv on Monday to sign a power line agreement "
                          "with his Ukrainian counterpart Oksana Hrytsenko, the newspaper Ziarul de Garda reported on "
                          "Friday.", date(2027, 7, 9))
    sign = next(e for e in events if e.action == "sign")
    assert ([c.name for c in sign.counterparts], sign.date.value, sign.status) == (
        ["Oksana Hrytsenko"], "2027-07-12", "uncertain")


def test_round28_port_vila_is_port_hyphen_vila() -> None:
    ref = resolve_place("Port Vila")
    assert ref is not None and (ref.name, ref.country) == ("Port-Vila", "Vanuatu")


def test_round28_a_trip_described_beside_the_visit_is_no_second_visit(nlp: Language) -> None:
    events = _events(nlp, "Senegalese President Aminata Ndiaye will pay an official visit to South Korea next week, her "
                          "first trip to East Asia since taking office.", date(2027, 7, 5))
    assert [(e.action, e.place.name if e.place else None) for e in events] == [("visit", "South Korea")]


def test_round28_a_union_leader_is_of_no_town_named_union(nlp: Language) -> None:
    (ev,) = _events(nlp, "Union leader Maria Pop said she would meet Health Minister Adrian Stoica in Bucharest on "
                         "Friday.", date(2027, 7, 6))
    assert (ev.actor.name, ev.actor.country, ev.place.name if ev.place else None) == ("Maria Pop", None, "Bucharest")


def test_round28_the_energy_ministers_of_two_states_keep_their_portfolio(nlp: Language) -> None:
    (ev,) = _events(nlp, "Officials said the energy ministers of Moldova and Ukraine would meet in Odesa later this "
                         "month.", date(2027, 7, 10))
    assert (ev.actor.name, [c.name for c in ev.counterparts]) == ("Energy Minister of Moldova",
                                                                  ["Energy Minister of Ukraine"])


def test_round28_a_stay_noun_read_as_a_verb_trigger_does_not_stop_the_article(nlp: Language) -> None:
    """Audit 38: "during her one-day stay" raised a KeyError (E119) and the whole article was rejected."""
    events = _events(nlp, "Tunisian Foreign Minister Leila Mansouri will travel to Algiers on Tuesday. Mansouri will "
                          "also be received by Algerian President Nadir Hamidi during her one-day stay.",
                     date(2027, 3, 12))
    assert ("travel", "Algiers") in {(e.action, e.place.name if e.place else None) for e in events}


def test_round28_the_trip_now_taking_place_later_dates_the_postponed_visit(nlp: Language) -> None:
    events = _events(nlp, "Uruguayan President Tomas Larranaga has postponed his state visit to Finland because of "
                          "severe flooding, his office said on Friday. She said the trip would now take place in the "
                          "second half of April, but gave no exact date.", date(2027, 3, 5))
    visit = next(e for e in events if e.status == "postponed")
    assert (visit.place.name if visit.place else None, visit.date.value) == ("Finland", "2027-04")
