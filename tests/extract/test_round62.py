"""Round 62 (session 48): a bare title with no holder named in the article is the dateline country's office ("TAIPEI -
The premier's policy address has been postponed"); an act told in the passive with no doer ("The agreement was signed
on Tuesday") is a story reference, resolved by the store to a plan reported before; "the dissolution" told again after
its plan in the same article is that plan's. Each test states one behaviour. Sentences and names are our own.
March 12, 2026 is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.extract.story_references import STORY_KIND
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 3, 12)


def _extracted(text: str, day: date = _DAY) -> tuple[list[Event], list[Event]]:
    """The events and story references the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    found = [ex for _, ex in extract(articles, get_nlp(settings))]
    return [e for ex in found for e in ex.events], [e for ex in found for e in ex.references]


@pytest.mark.parametrize(("text", "actor"), [
    ("TAIPEI, March 12 (Wire) - The premier's policy address to the legislature has been postponed to Friday because "
     "of a storm, the speaker said.", "Premier of Taiwan"),
    ("TAIPEI, March 12 (Wire) - The premier will visit Japan on Friday, the cabinet said.", "Premier of Taiwan"),
    ("TAIPEI, March 12 (Wire) - The Taiwanese premier's policy address has been postponed to Friday.",
     "Premier of Taiwan"),
])
def test_round62_a_bare_title_with_no_holder_named_is_the_datelines_office(text: str, actor: str) -> None:
    events, _ = _extracted(text)
    assert [e.actor.name for e in events] == [actor]


def test_round62_a_bare_title_is_the_holder_named_in_the_article() -> None:
    events, _ = _extracted("BEIJING, March 12 (Wire) - Kenyan President Daniel Mwangi arrived on Thursday. The "
                           "president will visit Shanghai on Saturday.")
    assert {e.actor.name for e in events} == {"Daniel Mwangi"}


@pytest.mark.parametrize(("text", "action", "name"), [
    ("SINGAPORE, March 12 (Wire) - The agreement was signed on Tuesday, Singapore's trade ministry said.", "sign",
     "the agreement"),
    ("SINGAPORE, March 12 (Wire) - The agreement was signed on Tuesday, the day the Vietnamese premier arrived for a "
     "two-day visit.", "sign", "the agreement"),
    ("OSLO, March 12 (Wire) - The Storting was dissolved on Wednesday after the speaker read out the royal decree.",
     "dissolve", "the storting"),
    ("TOKYO, March 12 (Wire) - The lower house was dissolved on Wednesday, officials said.", "dissolve",
     "the lower house"),
])
def test_round62_a_passive_act_with_no_doer_is_a_story_reference(text: str, action: str, name: str) -> None:
    _, references = _extracted(text)
    assert [(e.actor.kind, e.actor.name, e.action, e.status) for e in references] == [
        (STORY_KIND, name, action, "happened")]


@pytest.mark.parametrize("text", [
    "OSLO, March 12 (Wire) - The agreement was signed by Norway and Sweden on Wednesday.",
    "OSLO, March 12 (Wire) - Lars Berg was sworn in on Wednesday.",
])
def test_round62_a_passive_act_with_a_doer_or_a_person_is_no_story_reference(text: str) -> None:
    _, references = _extracted(text)
    assert references == []


def test_round62_a_deal_reached_at_talks_between_two_people_is_theirs_not_a_reference() -> None:
    events, references = _extracted("LUSAKA, March 12 (Wire) - The deal was reached at talks on Saturday between union "
                                    "leader Mary Banda and mine director Joseph Phiri.")
    assert references == []
    assert ("Mary Banda", "meet") in {(e.actor.name, e.action) for e in events}


def test_round62_the_dissolution_told_again_is_the_plans() -> None:
    events, _ = _extracted("OSLO, March 12 (Wire) - Norwegian Prime Minister Ingrid Holm will dissolve parliament on "
                           "Friday, officials said. The cabinet is expected to approve the dissolution that morning.")
    assert {(e.actor.name, e.action) for e in events} == {("Ingrid Holm", "dissolve")}


def test_round62_a_definite_protest_object_is_the_planners() -> None:
    events, _ = _extracted("LIMA, March 12 (Wire) - Students will march in Lima on Friday, organisers said. The "
                           "interior ministry said it would allow the march.")
    assert {e.actor.name for e in events if e.action == "protest"} == {"students"}


def _rows(text: str, day: date = _DAY) -> set[tuple[str, str, str, str | None, str | None, tuple[str, ...]]]:
    events, _ = _extracted(text, day)
    return {(e.actor.name, e.action, e.status, e.date.value, e.what, tuple(c.name for c in e.counterparts))
            for e in events}


def test_round62_a_nationality_word_opening_the_sentence_names_the_lawmakers_country() -> None:
    rows = _rows("KAMPALA, March 12 (Wire) - Ugandan lawmakers approved the 2026/27 budget late on Wednesday.")
    assert ("Parliament of Uganda", "vote", "happened", "2026-03-11", "budget", ()) in rows


def test_round62_a_head_of_state_assenting_to_a_bill_signs_it() -> None:
    rows = _rows("ACCRA, March 12 (Wire) - President Kofi Mensah on Wednesday assented to a bill on data storage.")
    assert ("Kofi Mensah", "sign", "happened", "2026-03-11", None, ()) in rows


def test_round62_the_words_of_a_bills_name_are_no_party_to_its_signing() -> None:
    rows = _rows("ACCRA, March 12 (Wire) - President Kofi Mensah will sign the Data Protection (Amendment) Bill into law "
                 "on Friday.")
    assert ("Kofi Mensah", "sign", "planned", "2026-03-13", "Data Protection (Amendment) Bill", ()) in rows  # (round
    # 82: the one law the article names is what is signed)


def test_round62_a_motion_withdrawn_calls_off_the_legislatures_vote_on_it() -> None:
    rows = _rows("ZAGREB, March 12 (Wire) - Opposition parties withdrew their no-confidence motion against Finance "
                 "Minister Ivana Horvat on Thursday.")
    assert {(a, f, s, w, c) for a, f, s, _, w, c in rows} == {
        ("Parliament of Croatia", "vote", "cancelled", "no-confidence motion", ("Ivana Horvat",))}


def test_round62_a_motion_of_no_confidence_in_a_minister_is_a_no_confidence_motion_against_her() -> None:
    rows = _rows("ZAGREB, March 12 (Wire) - Croatia's parliament will vote on Friday on an opposition motion of no "
                 "confidence in Finance Minister Ivana Horvat.")
    assert ("Parliament of Croatia", "vote", "planned", "2026-03-13", "no-confidence motion", ("Ivana Horvat",)) in rows


def test_round62_addressing_a_legislature_with_no_place_is_a_speech() -> None:
    rows = _rows("DAKAR, March 12 (Wire) - Mauritanian President Ahmed Ould Salem will address Senegal's National "
                 "Assembly on Friday.")
    assert {(a, f, s, d) for a, f, s, d, _, _ in rows} == {("Ahmed Ould Salem", "address", "planned", "2026-03-13")}


def test_round62_a_guest_welcomed_with_no_host_named_visits() -> None:
    rows = _rows("HELSINKI, March 12 (Wire) - Chilean President Gabriela Rojas was welcomed with military honours at "
                 "the Presidential Palace in Helsinki on Wednesday.")
    assert {(a, f, s, d) for a, f, s, d, _, _ in rows} == {("Gabriela Rojas", "visit", "happened", "2026-03-11")}


def test_round62_a_court_described_by_its_kind_rules_on_the_law_it_strikes_down() -> None:
    rows = _rows("LUSAKA, March 12 (Wire) - Zambia's top constitutional court struck down parts of the cyber security "
                 "law on Wednesday.")
    assert {(a, f, s, d, w) for a, f, s, d, w, _ in rows} == {
        ("Constitutional Court", "ruling", "happened", "2026-03-11", "cyber security law")}


def test_round62_a_ruling_on_a_petition_challenging_a_law_is_on_the_law() -> None:
    rows = _rows("LUSAKA, March 12 (Wire) - Zambia's Constitutional Court will deliver its judgment on Friday on a "
                 "petition challenging the new mining law.")
    assert {(f, s, d, w) for _, f, s, d, w, _ in rows} == {("ruling", "planned", "2026-03-13", "mining law")}


def test_round62_the_appointment_of_an_unnamed_holder_is_a_post_to_fill() -> None:
    rows = _rows("ISLAMABAD, March 12 (Wire) - Pakistan's government will announce the appointment of a new army chief "
                 "later this month, the defence minister said.")
    assert {(a, f, s, d, w) for a, f, s, d, w, _ in rows} == {("Pakistan", "appoint", "planned", "2026-03", "army chief")}


def test_round62_a_named_appointment_is_also_told_as_the_post_filled() -> None:
    _, references = _extracted("ISLAMABAD, March 12 (Wire) - Prime Minister Imran Baig on Wednesday appointed General "
                               "Asif Malik as chief of army staff.")
    assert [(e.actor.kind, e.actor.country, e.action, e.status, e.date.value) for e in references] == [
        (STORY_KIND, "Pakistan", "appoint", "happened", "2026-03-11")]


def test_round62_a_titled_person_named_to_a_post_is_appointed() -> None:
    rows = _rows("KUALA LUMPUR, March 12 (Wire) - Prime Minister Hashim Razali named trade minister Farid Osman as "
                 "finance minister on Wednesday.")
    assert ("Farid Osman", "appointed", "happened", "2026-03-11", "finance minister", ()) in rows


def test_round62_the_body_an_agreement_is_about_is_no_party_to_the_visit_it_frames() -> None:
    rows = _rows("HANOI, March 12 (Wire) - The Philippines and Vietnam signed an agreement on coast guard cooperation on "
                 "Wednesday during a visit to Hanoi by Philippine President Ramon Cruz, the two governments said.")
    assert ("Ramon Cruz", "visit", "happened", "2026-03-11", None, ()) in rows, rows


def test_round62_a_party_leadership_ballot_is_the_partys_vote() -> None:
    rows = _rows("CANBERRA, March 12 (Wire) - Australia's opposition Liberal Party will hold a leadership ballot on "
                 "Friday morning, party sources said.")
    assert ("Liberal Party", "vote", "planned", "2026-03-13", "leadership ballot", ()) in rows, rows


def test_round62_the_result_of_a_leadership_contest_announced_on_a_day_ends_it_then() -> None:
    rows = _rows("DUBLIN, March 12 (Wire) - The result of the Irish Labour Party's leadership contest will be announced "
                 "on Saturday at a conference in Cork, the party said.")
    assert {(f, s, d, w) for _, f, s, d, w, _ in rows} == {("vote", "planned", "2026-03-14", "leadership contest")}


def test_round62_a_person_elected_to_lead_a_party_is_the_partys_vote_too() -> None:
    rows = _rows("DUBLIN, March 12 (Wire) - Siobhan Daly was elected leader of Ireland's Labour Party on Wednesday.")
    assert ("Siobhan Daly", "appointed", "happened", "2026-03-11", None, ()) in rows, rows
    assert ("Labour Party", "vote", "happened", "2026-03-11", None, ("Siobhan Daly",)) in rows, rows


def test_round62_a_leadership_ballot_is_no_legislature_vote() -> None:
    rows = _rows("CANBERRA, March 12 (Wire) - The leadership ballot will not go ahead, the party whip told reporters.")
    assert not any(a.startswith("Parliament") for a, *_ in rows), rows
