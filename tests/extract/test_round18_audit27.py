"""Events, round 18: press claims, ended talks, co-attendees and possessive visits, found by fresh-article audit 27.

- "The Cebu Herald reported that X and Y held a meeting on Friday": a newspaper named by its title (the determiner
  "the" and a capitalised ``media_title_heads`` word in ``status_cues.json``: Herald, Times, Chronicle, Post ...) is the
  press, as "a newspaper reported": the claim is uncertain, and a denial of the same meeting by X wins in the store.
- "X and Y have ended (concluded, finished, wrapped up) their talks": the talks took place ("end", "finish" are
  ``governors`` of "talks" and "meeting"), so a follow-up moves the pair's stored plan to happened; "will end" stays
  a plan.
- "X attended the funeral, along with / together with / alongside Y": Y attends too and is no counterpart
  (``co_attendee_actions``); "toured the harbour together with Y" keeps Y. "pledged to host a summit in Lima in
  September" reads its bare month ahead ("to host" is a future tense cue). A place phrase ("in San Jose") names no
  country party: "San" alone is no town in Mali.
- "A spokeswoman said Okonjo's Kampala visit was called off": a single capitalised possessor of a trip noun that is
  no known actor, place or country is that person (a surname the recognizer missed), never the minister of the
  "because" clause; the store joins it to the planned visit of the full name.

- The ends of a march ("march from the Obelisk to Congress") are places, never counterparts.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import action_rows as _of, Row, row, text_events as _events

pytestmark = pytest.mark.slow

#: A Wednesday: "on Friday" (past) is 2026-06-05.
ANCHOR = date(2026, 6, 10)



def _stored(nlp: Language, tmp_path: Path, texts: list[tuple[str, date]], action: str) -> list[Row]:
    """RETURNS (list[Row]): the stored events of one family after ingesting ``texts``, sorted."""
    return sorted((row(e) for e in stored(tmp_path, texts).events() if e.action == action), key=repr)


# 1. A newspaper named by its title is the press


def test_round18_titled_newspaper_claim_is_uncertain_after_denial(nlp: Language) -> None:
    text = ("Interior Minister Paulo Reyes on Tuesday denied a report that he had met Russia's envoy, Igor Petrov, last "
            "week. The Cebu Herald reported that Reyes and Petrov held a meeting on Friday, June 5.")
    assert [r[-1] for r in _of(_events(nlp, text, ANCHOR), "meet")] == ["denied", "uncertain"]


def test_round18_denial_wins_over_titled_newspaper_in_store(nlp: Language, tmp_path: Path) -> None:
    text = ("Cebu, June 10 (Wire) - Interior Minister Paulo Reyes on Wednesday denied a report that he had met Russia's "
            "envoy, Igor Petrov, last week. The Cebu Herald reported that Reyes and Petrov held a meeting on Friday, June 5.")
    assert [r[-1] for r in _stored(nlp, tmp_path, [(text, ANCHOR)], "meet")] == ["denied"]


@pytest.mark.parametrize("paper", ["The Times", "The Daily Post", "The Baltic Gazette"])
def test_round18_titled_newspaper_claim_is_uncertain(nlp: Language, paper: str) -> None:
    text = f"{paper} reported that Paulo Reyes met Igor Petrov in Vilnius on Friday."
    assert [r[-1] for r in _of(_events(nlp, text, ANCHOR), "meet")] == ["uncertain"]


def test_round18_minister_own_account_stays_happened(nlp: Language) -> None:
    text = "Interior Minister Paulo Reyes said that he met Igor Petrov in Vilnius on Friday."
    assert [r[-1] for r in _of(_events(nlp, text, ANCHOR), "meet")] == ["happened"]


# 2. "ended their talks": the talks took place


@pytest.mark.parametrize("verb", ["have ended", "concluded", "finished", "wrapped up"])
def test_round18_ended_talks_are_a_happened_meeting(nlp: Language, verb: str) -> None:
    text = f"Chancellor Ingrid Vesterholm and President Tomas Aranda {verb} their talks in Lima on Friday."
    got = _of(_events(nlp, text, ANCHOR), "meet")
    assert [(r[1], r[2], r[-1]) for r in got] == [("Ingrid Vesterholm", ("Tomas Aranda",), "happened")]


def test_round18_will_end_talks_stays_planned(nlp: Language) -> None:
    text = "Chancellor Ingrid Vesterholm and President Tomas Aranda will end their talks in Lima on Friday."
    assert [r[-1] for r in _of(_events(nlp, text, ANCHOR), "meet")] == ["planned"]


def test_round18_ended_talks_move_the_stored_plan_to_happened(nlp: Language, tmp_path: Path) -> None:
    plan = ("Oslo, May 20 (Wire) - Chancellor Ingrid Vesterholm will hold talks with President Tomas Aranda at the "
            "Government Palace in Lima on Friday, June 12.")
    done = "Lima, June 12 (Wire) - 14:40 - Vesterholm and Aranda have ended their talks, which lasted three hours."
    store = stored(tmp_path, [(plan, date(2026, 5, 20)), (done, date(2026, 6, 12))])
    got = [(e.actor.name, e.date.value, e.status, len(e.evidence)) for e in store.events() if e.action == "meet"]
    assert got == [("Ingrid Vesterholm", "2026-06-12", "happened", 2)]


# 3. A co-attendee is no partner; a pledged plan's bare month is ahead; a place's first word is no country


@pytest.mark.parametrize("phrase", ["along with a Brazilian delegation", "together with President Tomas Aranda",
                                    "alongside Peruvian President Tomas Aranda"])
def test_round18_co_attendee_is_no_counterpart(nlp: Language, phrase: str) -> None:
    text = f"Chilean President Marta Soler attended the funeral in Quito on Friday, {phrase}."
    assert [(r[1], r[2]) for r in _of(_events(nlp, text, ANCHOR), "attend")] == [("Marta Soler", ())]


def test_round18_tour_together_with_keeps_its_partner(nlp: Language) -> None:
    text = "Chilean President Marta Soler toured the harbour in Quito on Friday together with President Tomas Aranda."
    assert [r[2] for r in _of(_events(nlp, text, ANCHOR), "visit")] == [("Tomas Aranda",)]


@pytest.mark.parametrize("verb", ["pledged", "promised", "vowed"])
def test_round18_pledged_host_bare_month_is_ahead(nlp: Language, verb: str) -> None:
    text = f"President Marta Soler {verb} to host a regional summit in Lima in September."
    assert _of(_events(nlp, text, ANCHOR), "host") == [("host", "Marta Soler", (), "Lima", "2026-09", "planned")]


def test_round18_multiword_city_in_place_phrase_is_no_country(nlp: Language) -> None:
    text = "President Marta Soler will host a regional summit in San Jose in September."
    assert [r[2] for r in _of(_events(nlp, text, ANCHOR), "host")] == [()]


# 4. "X's <Place> visit was called off": X's planned visit there


def test_round18_surname_possessive_visit_called_off(nlp: Language) -> None:
    text = ("A spokeswoman said Okonjo's Kampala visit was called off on Tuesday because the Ugandan minister was "
            "summoned to a cabinet session in Entebbe.")
    assert _of(_events(nlp, text, ANCHOR), "visit") == [("visit", "Okonjo", (), "Kampala", None, "cancelled")]


def test_round18_surname_possessive_call_off_cancels_stored_plan(nlp: Language, tmp_path: Path) -> None:
    plan = ("Abuja, May 28 (Wire) - Foreign Minister Adaeze Okonjo will visit Kampala on Friday, June 5. Okonjo last "
            "visited the region in 2024.")
    off = ("Abuja, June 10 (Wire) - A spokeswoman said Okonjo's Kampala visit was called off on Thursday because the "
           "Ugandan minister was summoned to a cabinet session in Entebbe.")
    got = _stored(nlp, tmp_path, [(plan, date(2026, 5, 28)), (off, ANCHOR)], "visit")
    assert ("visit", "Adaeze Okonjo", (), "Kampala", "2026-06-05", "cancelled") in got
    assert all(r[1] == "Adaeze Okonjo" and r[-1] != "cancelled" for r in got if r[3] != "Kampala")



@pytest.mark.parametrize("text", [
    "Dockers will march from the central station to Parliament on Thursday to protest.",
    "Farmers marched to the European Commission in Brussels on Monday.",
])
def test_round18_ends_of_a_march_are_no_counterparts(nlp: Language, text: str) -> None:
    """ "march from A to B": the route's ends are places, never parties of the protest."""
    protests = [e for e in _events(nlp, text, ANCHOR) if e.action == "protest"]
    assert protests and all(not e.counterparts for e in protests), [(e.actor, e.counterparts) for e in protests]
