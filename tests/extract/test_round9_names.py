"""Names, round 9: a legislature's own name ("the Seimas", "the Knesset") is the Parliament of its country however the
recognizer labels it, and questions find it by that name; countries the gazetteer spells otherwise ("the Netherlands",
"Côte d'Ivoire", "Türkiye", "Timor-Leste") resolve.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract.places import capital_of, resolve_country, resolve_place
from dateline.model import ActorInfo, Event
from dateline.reason.actor_match import match_actor

from .fixture_articles import article_events, text_events as _events

#: A Thursday: "on Monday" (past) is 2026-05-04, "on Tuesday" (past) 2026-05-05.
ANCHOR = date(2026, 5, 7)


def _votes(evs: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.actor.name, e.actor.country, e.date.value, e.status) for e in evs if e.action == "vote"]


# 1. a legislature's own name


@pytest.mark.slow
@pytest.mark.parametrize("text,row", [
    ("The Knesset voted on Monday to dissolve itself.", ("Parliament of Israel", "Israel", "2026-05-04", "happened")),
    # the recognizer calls "The Lok Sabha" a person
    ("The Lok Sabha passed the farm bill on Tuesday.", ("Parliament of India", "India", "2026-05-05", "happened")),
    ("The State Duma ratified the treaty on Tuesday.", ("Parliament of Russia", "Russia", "2026-05-05", "happened")),
    ("Japan's Diet passed the budget on Monday.", ("Parliament of Japan", "Japan", "2026-05-04", "happened")),
])
def test_legislature_named_by_its_own_name(nlp: Language, text: str, row: tuple[str, str, str, str]) -> None:
    assert _votes(_events(nlp, text, ANCHOR)) == [row]


@pytest.mark.slow
def test_legislature_with_its_name_in_apposition_is_one_body(nlp: Language) -> None:
    """"Lithuania's parliament, the Seimas": the body, not Lithuania with its parliament as a partner."""
    evs = _events(nlp, "Lithuania's parliament, the Seimas, will vote on a no-confidence motion on Monday, May 11.", ANCHOR)
    assert [(e.actor.name, tuple(c.name for c in e.counterparts), e.date.value, e.status)
            for e in evs if e.action == "vote"] == [("Parliament of Lithuania", (), "2026-05-11", "planned")]


def test_question_finds_legislature_by_its_own_name() -> None:
    actors = [ActorInfo(1, "Parliament of Lithuania", "org", "Lithuania", ("parliament of lithuania",)),
              ActorInfo(2, "Lithuania", "country", "Lithuania", ("lithuania",))]
    found = match_actor("the Seimas", actors)
    assert found is not None and found.name == "Parliament of Lithuania"
    assert match_actor("the Knesset", actors) is None


# 2. country spellings


@pytest.mark.parametrize("name,country", [
    ("the Netherlands", "Netherlands"), ("Netherlands", "Netherlands"), ("Holland", "Netherlands"),
    ("Côte d'Ivoire", "Ivory Coast"), ("Cote d'Ivoire", "Ivory Coast"), ("DR Congo", "Democratic Republic of the Congo"),
    ("Türkiye", "Turkey"), ("Timor-Leste", "Timor Leste"), ("East Timor", "Timor Leste"), ("Cape Verde", "Cabo Verde"),
    ("Swaziland", "Eswatini"),
])
def test_country_spellings_resolve(name: str, country: str) -> None:
    place = resolve_place(name)
    assert place is not None and (place.kind, place.name) == ("country", country)
    assert resolve_country(name) == country


def test_cities_and_capitals_use_the_same_country_spelling() -> None:
    """A city's country and a demonym's country are spelled as the country itself ("Netherlands", not the gazetteer's
    "The Netherlands"), so events in Amsterdam fall inside the Netherlands."""
    amsterdam = resolve_place("Amsterdam")
    assert amsterdam is not None and amsterdam.country == "Netherlands" and "Netherlands" in amsterdam.within
    assert resolve_country("Dutch") == "Netherlands"
    capital = capital_of("Netherlands")
    assert capital is not None and capital.name == "Amsterdam"


# 3. pronouns: a source of the pronoun's own sentence; an unnamed source of the sentence before


@pytest.mark.slow
def test_pronoun_after_its_own_source_is_that_source(nlp: Language) -> None:
    """"X has confirmed he will attend": X, not the host named more often before."""
    text = ("Ghanaian President Kofi Mensah will host the summit in Accra on Friday. Mensah said the agenda was set. "
            "Togolese President Yao Agbeko has confirmed he will attend, the ministry said.")
    evs = _events(nlp, text, ANCHOR)
    assert [(e.action, e.actor.name) for e in evs if e.action == "attend"] == [("attend", "Yao Agbeko")]


@pytest.mark.slow
def test_unnamed_source_before_a_pronoun_gives_way_to_the_named_person(nlp: Language) -> None:
    """"..., a spokeswoman said. On Tuesday he held talks with X": the talks are the president's."""
    text = ("Chilean President Tomas Ibarra arrived in Lima on Monday. Trade grew last year, a spokeswoman said. "
            "On Tuesday he held talks with Prime Minister Rosa Quispe in Lima.")
    evs = _events(nlp, text, ANCHOR)
    assert [(e.actor.name, tuple(c.name for c in e.counterparts), e.date.value, e.status)
            for e in evs if e.action == "meet"] == [("Tomas Ibarra", ("Rosa Quispe",), "2026-05-05", "happened")]


# 4. blocs: "OPEC+", a summit named by a bloc's initials


@pytest.mark.slow
def test_opec_plus_is_an_actor(nlp: Language) -> None:
    evs = _events(nlp, "OPEC+ has postponed its ministerial meeting to Friday, the group's secretariat said.", ANCHOR)
    assert [(e.action, e.actor.name, e.status) for e in evs] == [("meet", "OPEC+", "postponed")]


@pytest.mark.slow
def test_summit_named_by_a_bloc_is_the_blocs(nlp: Language) -> None:
    """"The ECOWAS summit has been moved": held by the bloc, not by made-up "ECOWAS summit participants"."""
    evs = _events(nlp, "The ECOWAS summit has been moved from Accra to Lome, the bloc said on Monday.", ANCHOR)
    assert {e.actor.name for e in evs} == {"ECOWAS"}


# 5. counterparts by office


@pytest.mark.slow
def test_named_counterpart_takes_the_possessors_office(nlp: Language) -> None:
    """"her Chilean counterpart Y": Y is Chile's Foreign Minister (so a later "Chile's foreign minister" is Y)."""
    evs = _events(nlp, "Slovenian Foreign Minister Ana Novak will receive her Chilean counterpart Pablo Rojas in "
                       "Ljubljana on Monday, May 11.", ANCHOR)
    (host,) = [e for e in evs if e.action == "host"]
    assert [(c.name, c.title, c.country) for c in host.counterparts] == [("Pablo Rojas", "Foreign Minister", "Chile")]


@pytest.mark.slow
def test_unnamed_counterpart_is_the_office_and_its_country(nlp: Language) -> None:
    evs = _events(nlp, "Chile's foreign minister held talks with his Slovenian counterpart in Ljubljana on Monday.", ANCHOR)
    (meet,) = [e for e in evs if e.action == "meet"]
    assert (meet.actor.name, [c.name for c in meet.counterparts]) == (
        "Foreign Minister of Chile", ["Slovenia", "Foreign Minister of Slovenia"])


@pytest.mark.slow
def test_counterpart_of_joined_titles_takes_no_office(nlp: Language) -> None:
    """"Deputy Prime Minister and Foreign Minister X ... his Omani counterpart Y": which office Y holds is not said."""
    evs = _events(nlp, "Kuwait's Deputy Prime Minister and Foreign Minister Sheikh Fahad Al-Sabah will host his Omani "
                       "counterpart Sayyid Hamad Al Said in Kuwait City on May 11.", ANCHOR)
    assert all(not c.title for e in evs for c in e.counterparts if c.kind == "person")


# 6. an arrival with no place is at the dateline


@pytest.mark.slow
def test_arrival_without_a_place_is_in_the_dateline_city(nlp: Language, tmp_path: Path) -> None:
    text = ("LJUBLJANA, May 7 (Wire) - Chilean Foreign Minister Pablo Rojas, who flew in from Vienna on Tuesday evening, "
            "said Chile wanted Slovenian firms to invest in its energy sector.")
    evs = article_events(nlp, tmp_path, text, ANCHOR)
    assert [(e.action, e.place.name if e.place else None, e.status) for e in evs if e.action == "arrive"] == [
        ("arrive", "Ljubljana", "happened")]


# 7. a meeting on the sidelines is at the dateline; a body's name cut at a plural possessive


@pytest.mark.slow
def test_meeting_on_the_sidelines_is_in_the_dateline_city(nlp: Language, tmp_path: Path) -> None:
    text = ("NEW YORK, May 7 (Wire) - Nepal's Prime Minister Hari Thapa met a delegation led by Bhutanese Prime Minister "
            "Karma Dorji on the sidelines of the UN General Assembly on Wednesday.")
    evs = article_events(nlp, tmp_path, text, ANCHOR)
    assert [(e.actor.name, e.place.name if e.place else None) for e in evs if e.action == "meet"] == [
        ("Hari Thapa", "New York City")]


@pytest.mark.slow
def test_body_name_with_plural_possessive_and_foreign_initials(nlp: Language) -> None:
    """"the Bolivian Workers' Center (COB)": one body, whose initials are its alias, not a counterpart."""
    evs = _events(nlp, "The Bolivian Workers' Center (COB) called a general strike for Friday.", ANCHOR)
    assert [(e.actor.name, tuple(c.name for c in e.counterparts), e.status) for e in evs if e.action == "protest"][:1] == [
        ("Bolivian Workers' Center", (), "planned")]


@pytest.mark.slow
def test_talks_by_video_link_are_the_subjects(nlp: Language) -> None:
    """"held talks by video link with X": "by video link" is the means, not who held them."""
    evs = _events(nlp, "Uruguayan President Martin Ferrando held talks by video link with Paraguayan President "
                       "Hugo Benitez on Monday.", ANCHOR)
    assert [(e.actor.name, tuple(c.name for c in e.counterparts)) for e in evs] == [("Martin Ferrando", ("Hugo Benitez",))]


# 8. counterparts: an envoy is not his principal; a post in apposition names no party; "both candidates"


@pytest.mark.slow
@pytest.mark.parametrize("text,partners", [
    ("General Abdel Fattah al-Burhan spoke on Monday. AU Commission chief Mahmoud Youssouf met Burhan's envoy in "
     "Addis Ababa on Tuesday.", []),
    ("Defence Minister Cho Yong-min met Gen. Daniel Harlan, the commander of US Forces Korea, on Monday.",
     ["Daniel Harlan"]),
    ("Lucia Merino faced Andres Paredes in the runoff. Economist Dario Ferraro met both candidates on Saturday.",
     ["Lucia Merino", "Andres Paredes"]),
])
def test_meeting_partners(nlp: Language, text: str, partners: list[str]) -> None:
    (meet,) = [e for e in _events(nlp, text, ANCHOR) if e.action == "meet"]
    assert [c.name for c in meet.counterparts] == partners


@pytest.mark.slow
@pytest.mark.parametrize("text,status", [
    ("Leaders of the East African Community opened their annual summit in Kampala on Monday.", "happened"),
    ("East African Community leaders will hold their annual summit in Kampala on Monday, May 11.", "planned"),
])
def test_bloc_named_with_its_leaders_holds_the_summit(nlp: Language, text: str, status: str) -> None:
    evs = _events(nlp, text, ANCHOR)
    assert [(e.action, e.actor.name, e.place.name if e.place else None, e.status) for e in evs] == [
        ("hold", "East African Community", "Kampala", status)]


@pytest.mark.slow
def test_portfolio_title_is_not_another_office_named_before(nlp: Language) -> None:
    """"The finance minister resigned": not the Prime Minister named before."""
    evs = _events(nlp, "Prime Minister Sushila Karki survived a vote on Thursday. The finance minister resigned on Monday.",
                  ANCHOR)
    assert [e.actor.name for e in evs if e.action == "resign"] != ["Sushila Karki"]


@pytest.mark.slow
def test_two_word_country_subject_is_no_person(nlp: Language) -> None:
    """"New Zealand will host the summit": the country, not a person called Zealand."""
    evs = _events(nlp, "New Zealand will host the summit in Auckland on Monday, May 11.", ANCHOR)
    assert [(e.action, e.actor.name, e.actor.kind) for e in evs] == [("host", "New Zealand", "country")]


@pytest.mark.slow
def test_stance_on_an_event_tells_nothing_of_it(nlp: Language) -> None:
    """'"We will not accept a stolen election"': no call-off of the election."""
    text = ('Madagascar will hold a presidential election on Sunday. "We will not accept a stolen election," '
            "opposition candidate Hery Ravelo told supporters.")
    assert [e.status for e in _events(nlp, text, ANCHOR) if e.action == "vote"] == ["planned"]


@pytest.mark.slow
def test_pronoun_after_an_unnamed_mediator_is_not_the_person_before(nlp: Language) -> None:
    """"A Kenyan mediator traveled to Juba. He returned to Nairobi": not the president named before."""
    text = ("Ugandan President Yoweri Museveni spoke by phone with Kenyan President William Ruto on Saturday. A Kenyan "
            "mediator traveled to Juba last week to meet rebel commanders. He returned to Nairobi on Sunday.")
    assert "Yoweri Museveni" not in {e.actor.name for e in _events(nlp, text, ANCHOR) if e.action != "call"}


@pytest.mark.slow
def test_bloc_ministers_meeting_dates_the_bare_sidelines(nlp: Language, tmp_path: Path) -> None:
    """"NATO defence ministers met in Brussels on Thursday. On the sidelines, X met Y": NATO's meeting, and the side
    meeting on its day."""
    text = ("BRUSSELS, May 7 (Wire) - NATO defence ministers met in Brussels on Thursday. On the sidelines, German "
            "Defence Minister Boris Pistorius met Polish Defence Minister Jan Nowak.")
    evs = article_events(nlp, tmp_path, text, ANCHOR)
    assert [(e.actor.name, e.place.name if e.place else None, e.date.value) for e in evs if e.action == "meet"] == [
        ("NATO", "Brussels", "2026-05-07"), ("Boris Pistorius", "Brussels", "2026-05-07")]
