"""Questions about the families beyond contacts and journeys: launches, exercises,
resignations, sanctions, votes and protests. Hand-built events in a real store."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import ActorRef, PlaceRef
from dateline.reason.ask import ask
from dateline.reason.question import parse_question
from dateline.store import Store

from .handmade import Report, fill

NORTH = ActorRef("North Korea", "country", None, "North Korea")
SOUTH = ActorRef("South Korea", "country", None, "South Korea")
USA = ActorRef("United States", "country", None, "United States")
EU = ActorRef("European Union", "org", None, None)
RUSSIA = ActorRef("Russia", "country", None, "Russia")
SOLBERG = ActorRef("Ingrid Solberg", "person", "Finance Minister", "Norway")
JAPAN = ActorRef("Japan", "country", None, "Japan")
YELLOW_SEA = PlaceRef("Yellow Sea", "region", None)
TBILISI = PlaceRef("Tbilisi", "city", "Georgia", within=("Georgia",))
PROTESTERS = ActorRef("protesters", "group", None, "Georgia")


@pytest.mark.parametrize(
    ("question", "action", "actor", "what", "target", "place"),
    [
        ("Will North Korea launch a ballistic missile before December 31?", "launch", "North Korea",
         "a ballistic missile", None, None),
        ("Will South Korea and the United States hold joint drills in the Yellow Sea in March?", "exercise",
         "South Korea", "joint drills", "United States", "Yellow Sea"),
        ("Will China launch military exercises around Taiwan next week?", "exercise", "China", "military exercises",
         None, "Taiwan"),
        ("Will the EU impose new sanctions on Russia by June 30?", "sanction", "EU", "new sanctions", "Russia", None),
        ("Will the United States sanction Iran?", "sanction", "United States", "sanctions", "Iran", None),
        ("Will Ingrid Solberg resign as finance minister by March 31?", "resign", "Ingrid Solberg", None, None, None),
        ("Will Japan hold a general election on October 27?", "vote", "Japan", "a general election", None, None),
        ("Will parliament vote on the budget on Tuesday?", "vote", "parliament", "the budget", None, None),
        ("Will Iran conduct a nuclear test this year?", "launch", "Iran", "a nuclear test", None, None),
        ("Will protesters rally in Tbilisi on Saturday?", "protest", "protesters", None, "Tbilisi", None),
    ],
)
def test_family_questions_parse(question: str, action: str, actor: str, what: str | None, target: str | None,
                                place: str | None) -> None:
    p = parse_question(question)
    assert (p.action, p.actor, p.what, p.target, p.place) == (action, actor, what, target, place)


def test_hold_talks_is_still_a_meeting() -> None:
    p = parse_question("Will Lee and Takaichi hold talks in Gyeongju?")
    assert (p.action, p.what, p.target, p.place) == ("meet", None, "Takaichi", "Gyeongju")


def _launches(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 11, 2), "Pyongyang plans to launch a reconnaissance satellite in December.",
               "launch", "planned", "2026-12-10", actor=NORTH, what="reconnaissance satellite"),
        Report("a2", date(2026, 12, 2), "North Korea fired a ballistic missile into the sea on Tuesday.",
               "launch", "happened", "2026-12-01", actor=NORTH, what="ballistic missile"),
    ])


def test_a_missile_launch_resolves_a_missile_question_with_its_citation(store: Store) -> None:
    _launches(store)
    a = ask(store, "Will North Korea launch a ballistic missile before December 31, 2026?", as_of=date(2026, 12, 3))
    assert (a.answer, a.resolution) == ("yes", "yes")
    assert a.evidence and a.evidence[0].article_id == "a2"
    assert "ballistic missile" in a.reason


def test_a_missile_does_not_answer_a_satellite_question(store: Store) -> None:
    _launches(store)
    a = ask(store, "Will North Korea launch a satellite by December 31, 2026?", as_of=date(2026, 12, 3))
    assert a.resolution is None and a.event is not None and a.event.what == "reconnaissance satellite"
    assert a.probability is not None and 0 < a.probability < 1


def test_no_leakage_the_launch_is_not_known_before_it_is_reported(store: Store) -> None:
    _launches(store)
    a = ask(store, "Will North Korea launch a ballistic missile before December 31, 2026?", as_of=date(2026, 11, 30))
    assert a.resolution is None and a.answer != "yes"


def test_a_resignation_announced_then_made(store: Store) -> None:
    fill(store, [
        Report("r1", date(2026, 3, 10), "Solberg announced she will step down at the end of the month.", "resign", "planned",
               "2026-03-31", actor=SOLBERG),
        Report("r2", date(2026, 4, 3), "Solberg resigned on Thursday.", "resign", "happened", "2026-04-02",
               actor=SOLBERG),
    ])
    before = ask(store, "Will Ingrid Solberg resign by April 30, 2026?", as_of=date(2026, 3, 11))
    assert before.resolution is None and before.probability is not None and before.probability > 0.5
    after = ask(store, "Will Ingrid Solberg resign by April 30, 2026?", as_of=date(2026, 4, 3))
    assert (after.answer, after.resolution) == ("yes", "yes")
    assert after.evidence[-1].article_id == "r2"


def test_sanctions_on_another_country_do_not_answer(store: Store) -> None:
    fill(store, [
        Report("s1", date(2026, 5, 4), "The EU imposed new sanctions on Russia on Monday.", "sanction", "happened",
               "2026-05-04", actor=EU, counterparts=(RUSSIA,), what="sanctions"),
    ])
    yes = ask(store, "Will the European Union impose sanctions on Russia by May 31, 2026?", as_of=date(2026, 5, 5))
    assert yes.resolution == "yes"
    other = ask(store, "Will the European Union impose sanctions on Japan by May 31, 2026?", as_of=date(2026, 5, 5))
    assert other.answer != "yes"


def test_a_cancelled_exercise_resolves_no(store: Store) -> None:
    fill(store, [
        Report("x1", date(2026, 3, 1), "South Korea and the United States will hold joint drills in the Yellow Sea on "
               "March 10.", "exercise", "planned", "2026-03-10", actor=SOUTH, counterparts=(USA,), place=YELLOW_SEA,
               what="joint drills"),
        Report("x2", date(2026, 3, 6), "South Korea and the United States cancelled the drills.", "exercise",
               "cancelled", None, actor=SOUTH, counterparts=(USA,), what="drills"),
    ])
    a = ask(store, "Will South Korea and the United States hold joint drills in March 2026?", as_of=date(2026, 3, 7))
    assert (a.answer, a.resolution) == ("no", "no")
    assert a.evidence[-1].article_id == "x2"


def test_a_protest_in_the_asked_city(store: Store) -> None:
    fill(store, [
        Report("p1", date(2026, 6, 7), "Thousands of protesters rallied in Tbilisi on Sunday.", "protest", "happened",
               "2026-06-07", actor=PROTESTERS, place=TBILISI),
    ])
    a = ask(store, "Did protesters rally in Tbilisi in June 2026?", as_of=date(2026, 6, 8))
    assert a.resolution == "yes"


def test_proposals_for_planned_actions_on_things_are_answerable(store: Store) -> None:
    from dateline.reason.propose import propose

    fill(store, [
        Report("q1", date(2026, 3, 1), "South Korea and the United States will hold joint drills in the Yellow Sea on "
               "March 10.", "exercise", "planned", "2026-03-10", actor=SOUTH, counterparts=(USA,), place=YELLOW_SEA,
               what="joint drills"),
        Report("q1", date(2026, 3, 1), "Pyongyang plans to launch a reconnaissance satellite on March 20.", "launch",
               "planned", "2026-03-20", actor=NORTH, what="reconnaissance satellite"),
        Report("q1", date(2026, 3, 1), "Solberg announced she will step down on March 31.", "resign", "planned",
               "2026-03-31", actor=SOLBERG),
        Report("q1", date(2026, 3, 1), "Japan will hold a general election on March 22.", "vote", "planned",
               "2026-03-22", actor=JAPAN, what="general election"),
        Report("q1", date(2026, 3, 1), "Thousands plan to protest in Tbilisi on March 7.", "protest", "planned",
               "2026-03-07", actor=PROTESTERS, place=TBILISI),
    ])
    got = sorted(p.question for p in propose(store, date(2026, 3, 1)))
    assert got == [
        "Will Ingrid Solberg resign by March 31, 2026?",
        "Will Japan hold a general election by March 22, 2026?",
        "Will North Korea launch a reconnaissance satellite by March 20, 2026?",
        "Will South Korea hold joint drills with the United States in the Yellow Sea by March 10, 2026?",
    ]
    for q in got:
        a = ask(store, q, as_of=date(2026, 3, 1))
        assert a.event is not None and a.resolution is None and a.probability is not None, q


def test_brief_lines_name_what_the_action_acts_on(store: Store) -> None:
    from dateline.reason.brief import event_line

    fill(store, [
        Report("b1", date(2026, 3, 1), "South Korea and the United States will hold joint drills in the Yellow Sea on "
               "March 10.", "exercise", "planned", "2026-03-10", actor=SOUTH, counterparts=(USA,), place=YELLOW_SEA,
               what="joint drills"),
        Report("b1", date(2026, 3, 1), "North Korea fired a ballistic missile on Sunday.", "launch", "happened",
               "2026-03-01", actor=NORTH, what="ballistic missile"),
        Report("b1", date(2026, 3, 1), "Parliament will vote on the budget on March 4.", "vote", "planned",
               "2026-03-04", actor=JAPAN, what="budget"),
        Report("b1", date(2026, 3, 1), "Solberg resigned on Sunday.", "resign", "happened", "2026-03-01",
               actor=SOLBERG),
        Report("b1", date(2026, 3, 1), "Protesters will hold a mass protest in Tbilisi on March 7.", "protest",
               "planned", "2026-03-07", actor=PROTESTERS, place=TBILISI, what="mass protest"),
        Report("b1", date(2026, 3, 1), "Protesters marched in Batumi on Sunday.", "protest", "happened",
               "2026-03-01", actor=PROTESTERS, place=PlaceRef("Batumi", "city", "Georgia", within=("Georgia",))),
    ])
    lines = sorted(event_line(e) for e in store.events())
    assert lines == [
        "Ingrid Solberg resigns (happened)",
        "Japan votes on the budget (planned)",
        "North Korea launches a ballistic missile (happened)",
        "South Korea holds joint drills with the United States in the Yellow Sea (planned)",
        "protesters hold a mass protest in Tbilisi (planned)",
        "protesters protest in Batumi (happened)",
    ]


def test_the_words_of_a_resignation_are_no_doubt_about_it(store: Store) -> None:
    from dateline.reason.forecast import FEATURES

    fill(store, [
        Report("d1", date(2026, 3, 10), "Solberg announced her resignation, which takes effect on March 31.", "resign",
               "planned", "2026-03-31", actor=SOLBERG),
    ])
    a = ask(store, "Will Ingrid Solberg resign by April 30, 2026?", as_of=date(2026, 3, 11))
    assert a.features["doubt"] == 0.0 and a.features["risk"] == 0.0, a.features
    assert a.probability is not None and a.probability > 0.5
    assert "doubt" in FEATURES


def test_a_short_range_missile_does_not_answer_an_icbm_question(store: Store) -> None:
    fill(store, [
        Report("m1", date(2026, 4, 7), "North Korea fired a short-range ballistic missile on Monday.", "launch",
               "happened", "2026-04-06", actor=NORTH, what="short-range ballistic missile"),
    ])
    icbm = ask(store, "Will North Korea launch an intercontinental ballistic missile by April 30, 2026?",
               as_of=date(2026, 4, 9))
    assert icbm.resolution is None and icbm.answer != "yes"
    any_missile = ask(store, "Will North Korea launch a ballistic missile by April 30, 2026?", as_of=date(2026, 4, 9))
    assert any_missile.resolution == "yes"


def test_an_organisation_is_asked_by_its_initials(store: Store) -> None:
    fill(store, [
        Report("e1", date(2026, 5, 4), "The European Union imposed new sanctions on Russia on Monday.", "sanction",
               "happened", "2026-05-04", actor=EU, counterparts=(RUSSIA,), what="sanctions"),
    ])
    a = ask(store, "Will the EU impose sanctions on Russia by May 31, 2026?", as_of=date(2026, 5, 5))
    assert a.resolution == "yes"


@pytest.mark.parametrize(
    ("question", "action", "what", "target"),
    [
        ("Will protesters hold a rally in Belgrade on Saturday?", "protest", None, "Belgrade"),
        ("Will South Korea and the United States begin joint drills on March 9, 2026?", "exercise", "joint drills",
         "United States"),
        ("Will Penny Wong start her Jakarta visit on Monday?", "visit", None, "Jakarta"),
    ],
)
def test_begin_and_rally_questions(question: str, action: str, what: str | None, target: str | None) -> None:
    p = parse_question(question)
    assert (p.action, p.what, p.target) == (action, what, target)


UK = ActorRef("United Kingdom", "country", None, "United Kingdom")
PORTUGAL = ActorRef("Portugal", "country", None, "Portugal")
BELARUS = ActorRef("Belarus", "country", None, "Belarus")
CANADA = ActorRef("Canada", "country", None, "Canada")


@pytest.mark.parametrize("asked", ["Britain", "the UK", "the United Kingdom", "Great Britain"])
def test_a_country_is_asked_by_its_other_names(store: Store, asked: str) -> None:
    fill(store, [Report("k1", date(2026, 10, 20), "Britain imposed sanctions on Russian tankers on Tuesday.",
                        "sanction", "happened", "2026-10-20", actor=UK, counterparts=(RUSSIA,), what="sanctions")])
    a = ask(store, f"Will {asked} impose sanctions on Russia by October 31, 2026?", as_of=date(2026, 10, 21))
    assert a.resolution == "yes", a.reason
    assert "the United Kingdom imposed sanctions on Russia" in a.reason


@pytest.mark.parametrize("asked", ["the Portuguese parliament", "Portugal's parliament", "the Portuguese government",
                                   "Portuguese lawmakers"])
def test_an_organ_of_a_state_is_asked_as_the_state_the_store_keeps(store: Store, asked: str) -> None:
    fill(store, [Report("p1", date(2026, 11, 27), "Portugal's parliament approved the 2027 budget on Friday.",
                        "vote", "happened", "2026-11-27", actor=PORTUGAL, what="budget")])
    a = ask(store, f"Will {asked} vote on the budget by November 27, 2026?", as_of=date(2026, 11, 28))
    assert a.resolution == "yes", a.reason


def test_an_organ_of_a_state_the_store_never_saw_is_unknown(store: Store) -> None:
    fill(store, [Report("p1", date(2026, 11, 27), "Portugal's parliament approved the 2027 budget on Friday.",
                        "vote", "happened", "2026-11-27", actor=PORTUGAL, what="budget")])
    a = ask(store, "Will the Spanish parliament vote on the budget by November 27, 2026?", as_of=date(2026, 11, 28))
    assert a.answer == "unknown" and "Spanish parliament" in a.reason


def test_the_stored_organ_is_preferred_to_its_state(store: Store) -> None:
    organ = ActorRef("Parliament of Portugal", "org", None, "Portugal")
    fill(store, [
        Report("p1", date(2026, 11, 27), "Portugal's parliament approved the 2027 budget on Friday.", "vote",
               "happened", "2026-11-27", actor=organ, what="budget"),
        Report("p2", date(2026, 11, 27), "Portugal imposed sanctions on Belarus.", "sanction", "happened",
               "2026-11-27", actor=PORTUGAL, counterparts=(BELARUS,), what="sanctions"),
    ])
    a = ask(store, "Will the Portuguese parliament vote on the budget by November 27, 2026?", as_of=date(2026, 11, 28))
    assert a.resolution == "yes" and a.event is not None and a.event.actor.name == "Parliament of Portugal"


def test_a_named_exercise_is_asked_with_its_family_noun(store: Store) -> None:
    fill(store, [Report("u1", date(2026, 9, 14), "Russia and Belarus began Union Shield on Monday.", "exercise",
                        "happened", "2026-09-14", actor=RUSSIA, what="Union Shield")])
    yes = ask(store, "Will Russia hold the Union Shield exercise by September 30, 2026?", as_of=date(2026, 9, 15))
    assert yes.resolution == "yes", yes.reason
    other = ask(store, "Will Russia hold the Zapad exercise by September 30, 2026?", as_of=date(2026, 10, 2))
    assert other.resolution == "no", other.reason


def test_sanctions_on_a_country_no_article_names_close_as_no(store: Store) -> None:
    fill(store, [Report("c1", date(2026, 9, 1), "Canada imposed sanctions on Belarus on Monday.", "sanction",
                        "happened", "2026-09-01", actor=CANADA, counterparts=(BELARUS,), what="sanctions")])
    open_ = ask(store, "Will Canada impose sanctions on Venezuela by September 30, 2026?", as_of=date(2026, 9, 2))
    assert open_.resolution is None and open_.probability is not None and open_.probability < 0.5
    closed = ask(store, "Will Canada impose sanctions on Venezuela by September 30, 2026?", as_of=date(2026, 10, 2))
    assert closed.resolution == "no", closed.reason


def test_a_group_is_asked_by_its_nationality_and_members(store: Store) -> None:
    union = ActorRef("teachers' union", "group", None, "Kenya")
    fill(store, [Report("t1", date(2026, 1, 3), "Kenya's teachers' union called off a strike planned for Monday.",
                        "protest", "cancelled", "2026-01-05", actor=union, what="strike")])
    a = ask(store, "Will Kenyan teachers go on strike by January 15, 2026?", as_of=date(2026, 1, 4))
    assert a.event is not None and a.event.actor.name == "teachers' union", a.reason
    assert a.answer == "no"
    other = ask(store, "Will Kenyan doctors go on strike by January 15, 2026?", as_of=date(2026, 1, 4))
    assert other.answer == "unknown" and other.event is None


def test_workers_are_asked_of_their_countrys_unions(store: Store) -> None:
    """ "Will Nigerian workers go on strike?": the strike the Nigerian unions called (``group_equivalents``)."""
    unions = ActorRef("unions", "group", None, "Nigeria")
    fill(store, [Report("n1", date(2026, 3, 8), "Nigeria's unions called off a strike planned for Monday.",
                        "protest", "cancelled", "2026-03-09", actor=unions, what="strike")])
    a = ask(store, "Will Nigerian workers go on strike on March 9, 2026?", as_of=date(2026, 3, 8))
    assert a.event is not None and a.event.actor.name == "unions" and a.answer == "no", a.reason
    other = ask(store, "Will Ghanaian workers go on strike on March 9, 2026?", as_of=date(2026, 3, 8))
    assert other.event is None


def test_a_body_stored_by_its_initials_is_asked_by_its_name(store: Store) -> None:
    eu = ActorRef("EU", "org", None, None)
    fill(store, [Report("e1", date(2026, 2, 10), "The EU imposed sanctions on Belarus on Monday.", "sanction",
                        "happened", "2026-02-09", actor=eu, counterparts=(BELARUS,), what="sanctions")])
    a = ask(store, "Will the European Union impose sanctions on Belarus by February 28, 2026?", as_of=date(2026, 2, 11))
    assert a.resolution == "yes", a.reason


def test_undated_background_told_when_the_question_was_asked_does_not_resolve_it(store: Store) -> None:
    venezuela = ActorRef("Venezuela", "country", None, "Venezuela")
    q = "Will Canada impose sanctions on Venezuela by September 30, 2026?"
    fill(store, [Report("b1", date(2026, 9, 2), "Canada has already sanctioned 100 Venezuelan officials since 2017.",
                        "sanction", "happened", None, actor=CANADA, counterparts=(venezuela,), what="sanctions")])
    asked = ask(store, q, as_of=date(2026, 10, 2), anchor=date(2026, 9, 2))
    assert asked.resolution == "no", asked.reason
    opened = ask(store, q, as_of=date(2026, 9, 3), anchor=date(2026, 9, 2))  # no forecast from the background either
    assert opened.event is None and opened.probability is not None and opened.probability < 0.2, opened.reason
    # the same words asked afresh (no stored question): nothing says when it was asked
    assert ask(store, q, as_of=date(2026, 10, 2)).resolution == "yes"
    fill(store, [Report("b2", date(2026, 9, 20), "Canada imposed sanctions on Venezuelan officials.",
                        "sanction", "happened", None, actor=CANADA, counterparts=(venezuela,), what="sanctions")])
    later = ask(store, q, as_of=date(2026, 10, 2), anchor=date(2026, 9, 2))
    assert later.resolution == "yes" and later.cited is not None and later.cited.article_id == "b2", later.reason


def test_a_crowd_is_asked_by_the_word_its_reports_use(store: Store) -> None:
    brussels = PlaceRef("Brussels", "city", "Belgium", within=("Belgium",))
    groups = ActorRef("groups", "group", None, None)
    farmers = ActorRef("farmers", "group", None, None)
    fill(store, [
        Report("f1", date(2026, 6, 16), "European farmers' groups plan to protest in Brussels on June 25.", "protest",
               "planned", "2026-06-25", actor=groups, place=brussels),
        Report("f2", date(2026, 6, 25), "Thousands of farmers protested in Brussels on Thursday.", "protest",
               "happened", "2026-06-25", actor=farmers, place=brussels),
    ])
    assert len(store.events()) == 1  # the organisers' plan and the crowd: one protest
    a = ask(store, "Will farmers protest in Brussels on June 25, 2026?", as_of=date(2026, 6, 26))
    assert a.resolution == "yes" and "farmers protested in Brussels" in a.reason, a.reason
    assert ask(store, "Will dentists protest in Brussels on June 25, 2026?", as_of=date(2026, 6, 26)).answer == "unknown"


def test_protesters_as_such_are_any_groups_crowd(store: Store) -> None:
    belgrade = PlaceRef("Belgrade", "city", "Serbia", within=("Serbia",))
    groups = ActorRef("opposition groups", "group", None, "Serbia")
    fill(store, [Report("g1", date(2026, 5, 6), "Serbian opposition groups plan a mass protest in Belgrade on Saturday.",
                        "protest", "planned", "2026-05-09", actor=groups, place=belgrade, what="mass protest")])
    a = ask(store, "Will protesters rally in Belgrade on May 9, 2026?", as_of=date(2026, 5, 6))
    assert a.event is not None and a.resolution is None and a.answer != "no", a.reason


def test_an_election_is_held_in_reasons(store: Store) -> None:
    fill(store, [Report("e1", date(2026, 3, 23), "Japan held a general election on Sunday.", "vote", "happened",
                        "2026-03-22", actor=JAPAN, what="general election")])
    a = ask(store, "Will Japan hold a general election by March 31, 2026?", as_of=date(2026, 3, 23))
    assert a.resolution == "yes" and "Japan held a general election" in a.reason, a.reason


@pytest.mark.parametrize("asked", ["Peru's Congress", "the Peruvian parliament", "Peruvian lawmakers"])
def test_a_legislature_is_asked_by_any_of_its_names(store: Store, asked: str) -> None:
    congress = ActorRef("Congress of Peru", "org", None, "Peru")
    fill(store, [Report("c1", date(2026, 9, 10), "Peru's Congress voted on Thursday to censure the prime minister.",
                        "vote", "happened", "2026-09-10", actor=congress, what="censure motion")])
    a = ask(store, f"Will {asked} vote on the censure motion by September 30, 2026?", as_of=date(2026, 9, 11))
    assert a.resolution == "yes", a.reason


def test_a_body_of_a_multiword_country_is_found(store: Store) -> None:
    body = ActorRef("Parliament of New Zealand", "org", None, "New Zealand")
    fill(store, [Report("n1", date(2026, 5, 13), "New Zealand's parliament passed the health bill.", "vote", "happened",
                        "2026-05-13", actor=body, what="health bill")])
    a = ask(store, "Will New Zealand's parliament vote on the health bill by May 31, 2026?", as_of=date(2026, 5, 14))
    assert a.resolution == "yes", a.reason


def test_proposals_name_a_parliament_and_hold_a_censure_vote(store: Store) -> None:
    from dateline.reason.propose import propose

    riksdag = ActorRef("Parliament of Sweden", "org", None, "Sweden")
    fill(store, [
        Report("v1", date(2026, 9, 1), "Sweden's parliament will vote on the budget on September 9.", "vote",
               "planned", "2026-09-09", actor=riksdag, what="budget"),
        Report("v1", date(2026, 9, 1), "Lawmakers will hold a censure vote on September 10.", "vote", "planned",
               "2026-09-10", actor=riksdag, what="censure vote"),
    ])
    got = sorted(p.question for p in propose(store, date(2026, 9, 1)))
    assert got == ["Will the Parliament of Sweden hold a censure vote by September 10, 2026?",
                   "Will the Parliament of Sweden vote on the budget by September 9, 2026?"]
    for q in got:
        assert ask(store, q, as_of=date(2026, 9, 1)).event is not None, q


def test_an_organisers_protest_is_proposed_and_a_crowds_is_not(store: Store) -> None:
    from dateline.reason.propose import propose

    front = ActorRef("Civic Front", "org", None, "Georgia")
    unions = ActorRef("unions", "group", None, "Belgium")
    brussels = PlaceRef("Brussels", "city", "Belgium", within=("Belgium",))
    fill(store, [
        Report("p1", date(2026, 9, 28), "The Civic Front will hold a rally in Tbilisi on October 4.", "protest",
               "planned", "2026-10-04", actor=front, place=TBILISI, what="rally"),
        Report("p1", date(2026, 9, 28), "Belgium's unions will strike in Brussels on October 6.", "protest",
               "planned", "2026-10-06", actor=unions, place=brussels),
        Report("p1", date(2026, 9, 28), "Protesters plan to march in Tbilisi on October 9.", "protest", "planned",
               "2026-10-09", actor=PROTESTERS, place=TBILISI),
    ])
    got = sorted(p.question for p in propose(store, date(2026, 9, 28)))
    assert got == ["Will Civic Front hold a rally in Tbilisi by October 4, 2026?",
                   "Will the unions protest in Brussels by October 6, 2026?"]
    for q in got:
        a = ask(store, q, as_of=date(2026, 9, 28))
        assert a.event is not None and a.resolution is None, (q, a.reason)


def test_a_test_is_conducted_and_an_engine_tested(store: Store) -> None:
    from dateline.reason.brief import event_line
    from dateline.reason.propose import propose

    fill(store, [
        Report("t1", date(2026, 4, 9), "North Korea plans to test a new solid-fuel engine on April 16.", "launch",
               "planned", "2026-04-16", actor=NORTH, what="solid-fuel engine"),
        Report("t1", date(2026, 4, 9), "Iran may conduct a nuclear test on April 20.", "launch", "planned",
               "2026-04-20", actor=ActorRef("Iran", "country", None, "Iran"), what="nuclear test"),
    ])
    assert sorted(event_line(e) for e in store.events()) == [
        "Iran conducts a nuclear test (planned)", "North Korea tests a solid-fuel engine (planned)"]
    got = sorted(p.question for p in propose(store, date(2026, 4, 9)))
    assert got == ["Will Iran conduct a nuclear test by April 20, 2026?",
                   "Will North Korea test a solid-fuel engine by April 16, 2026?"]
    for q in got:
        assert ask(store, q, as_of=date(2026, 4, 9)).event is not None, q


def test_a_stored_objects_leading_words_are_not_written() -> None:
    from dateline.reason.question import what_phrase

    assert what_phrase("own naval drills", "exercise") == "naval drills"
    assert what_phrase("new sanctions", "sanction") == "sanctions"


def test_whose_country_does_not_place_a_report_elsewhere() -> None:
    """ "the prime ministers of Cameroon and Gabon attended the summit": whose people, no place of the summit."""
    from dateline.reason.resolve import _whose
    assert _whose("Romuald Houngbedji and the prime ministers of Cameroon and Gabon attended the summit", "Cameroon")
    assert _whose("Romuald Houngbedji and the prime ministers of Cameroon and Gabon attended the summit", "Gabon")
    assert not _whose("Houngbedji attended the summit in Cameroon", "Cameroon")
    assert not _whose("the leaders of Ghana met in Cameroon", "Cameroon")
    assert all(_whose("The leaders of Ghana, Togo and Benin attended the summit", c) for c in ("Ghana", "Togo", "Benin"))
