"""Tests for dateline.extract.actors: titles, countries, short mentions and pronouns."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from spacy.language import Language

from dateline.config import Settings
from dateline.extract import build_nlp
from dateline.extract.actors import parse_title, titles
from dateline.model import ActorRef


@pytest.mark.parametrize(
    "text,title,country",
    [
        ("US Defence Secretary", "Defence Secretary", "United States"),
        ("former US Defence Secretary", "former Defence Secretary", "United States"),
        ("Seoul's Defence Minister", "Defence Minister", "South Korea"),
        ("the US defence secretary", "Defence Secretary", "United States"),
        ("South Korean President", "President", "South Korea"),
        ("newly appointed Japanese Defence Minister", "Defence Minister", "Japan"),
        ("Iraq's prime minister-designate", "Prime Minister-designate", "Iraq"),
        ("Chilean President-elect", "President-elect", "Chile"),
    ],
)
def test_actors_parse_title(text: str, title: str, country: str) -> None:
    info = parse_title(text)
    assert (info.title, info.country) == (title, country)


def test_actors_titles_lists_known_titles() -> None:
    assert "Prime Minister" in titles()


def _actors(nlp: Language, text: str) -> list[ActorRef]:
    doc = nlp.make_doc(text)
    doc._.anchor = date(2025, 3, 4)
    return list(nlp(doc)._.actors)


@pytest.mark.slow
def test_actors_person_with_title_and_country(nlp: Language) -> None:
    first = _actors(nlp, "US Defence Secretary Pete Hegseth arrived in Seoul.")[0]
    assert (first.name, first.title, first.country, first.kind) == (
        "Pete Hegseth", "Defence Secretary", "United States", "person"
    )


@pytest.mark.slow
def test_actors_former_title_kept(nlp: Language) -> None:
    first = _actors(nlp, "Former US Defence Secretary James Mattis toured the base.")[0]
    assert first.title == "former Defence Secretary"


@pytest.mark.slow
def test_actors_surname_resolves_to_full_name(nlp: Language) -> None:
    refs = _actors(nlp, "Canadian Prime Minister Mark Carney landed in Tokyo. Carney spoke to reporters.")
    assert [r.name for r in refs if r.kind == "person"] == ["Mark Carney", "Mark Carney"]


@pytest.mark.slow
def test_actors_short_mention_keeps_title(nlp: Language) -> None:
    refs = _actors(nlp, "Canadian Prime Minister Mark Carney landed in Tokyo. Carney spoke to reporters.")
    assert refs[-1].title == "Prime Minister" and refs[-1].country == "Canada"


@pytest.mark.slow
def test_actors_definite_title_resolves_to_person(nlp: Language) -> None:
    refs = _actors(nlp, "US Defence Secretary Pete Hegseth landed in Seoul. The secretary then went to a base.")
    assert [r.name for r in refs if r.kind == "person"][-1] == "Pete Hegseth"


@pytest.mark.slow
def test_actors_pronoun_resolves_to_last_person_subject(nlp: Language) -> None:
    refs = _actors(nlp, "German Chancellor Friedrich Merz landed in Rome. He will meet the Pope.")
    assert ("Friedrich Merz", 49) in [(r.name, r.start) for r in refs if r.kind == "person"]  # ("He"; "the Pope" is
    # the Pope's office)


@pytest.mark.slow
def test_actors_pronoun_after_unnamed_official_is_unresolved(nlp: Language) -> None:
    refs = _actors(nlp, "German Chancellor Friedrich Merz landed in Rome. A senior official said he was tired.")
    assert [r.name for r in refs if r.kind == "person"] == ["Friedrich Merz"]


def _actors_with_dateline(nlp: Language, text: str, dateline: tuple[int, int]) -> list[ActorRef]:
    doc = nlp.make_doc(text)
    doc._.anchor = date(2025, 3, 4)
    doc._.dateline = dateline
    return list(nlp(doc)._.actors)


@pytest.mark.slow
def test_actors_agency_in_dateline_is_not_an_actor(nlp: Language) -> None:
    text = "Nairobi, March 3 (Kenya Wire Service) Kenyan President William Ruto met farmers."
    refs = _actors_with_dateline(nlp, text, (0, 38))
    assert [r.name for r in refs] == ["William Ruto"]


@pytest.mark.slow
def test_actors_named_meeting_and_its_acronym_are_not_actors(nlp: Language) -> None:
    text = "Ministers gathered for the Joint Trade Meeting (JTM) in Lima. After the JTM, Claire Dubois flew home."
    assert [r.name for r in _actors(nlp, text) if r.kind != "country"] == ["Claire Dubois"]


@pytest.mark.slow
def test_actors_acronym_after_organization_is_the_same_actor(nlp: Language) -> None:
    text = "The North Atlantic Treaty Organization (NATO) met in Brussels. NATO later issued a statement."
    assert {r.name for r in _actors(nlp, text)} == {"North Atlantic Treaty Organization"}


@pytest.mark.slow
def test_actors_header_line_is_not_an_actor(nlp: Language) -> None:
    text = "Synopsis\nKey Points\nKenyan President William Ruto met farmers on Monday."
    assert [r.name for r in _actors(nlp, text)] == ["William Ruto"]


@pytest.mark.parametrize(
    "words,want",
    [
        (["the", "Security", "Consultative", "Meeting", "(", "SCM", ")"], {"SCM": (1, 4)}),
        (["Ministers", "'", "Meeting", "-", "Plus", "(", "ADMM", "-", "Plus", ")"], {}),
        (["Bank", "of", "Korea", "(", "BOK", ")"], {"BOK": (0, 3)}),
        (["the", "big", "meeting", "(", "SCM", ")"], {}),
    ],
)
def test_actors_acronyms_defined_in_parentheses(words: list[str], want: dict[str, tuple[int, int]]) -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dateline.extract.actors import acronyms

    assert acronyms(Doc(Vocab(), words=words)) == want


def _event_actors(nlp: Language, text: str, anchor: date = date(2025, 10, 28)) -> list[tuple[str, str, tuple[str, ...]]]:
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return [(e.action, e.actor.name, tuple(c.name for c in e.counterparts)) for e in nlp(doc)._.events]


_RETRO = (
    "Canadian Defence Minister David McGuinty will visit the Joint Security Area on Monday. "
    "It would be the first such visit since 2019, when former Canadian Defence Minister Harjit Sajjan went there with his Korean counterpart. "
)


@pytest.mark.slow
def test_actors_definite_title_skips_a_former_holder(nlp: Language) -> None:
    got = _event_actors(nlp, _RETRO + "The minister will hold talks with Korean Defence Minister Ahn Gyu-back in Seoul on Tuesday.")
    assert got[-1] == ("meet", "David McGuinty", ("Ahn Gyu-back",))


@pytest.mark.slow
def test_actors_pronoun_in_new_sentence_skips_subordinate_clause_subject(nlp: Language) -> None:
    got = _event_actors(nlp, _RETRO + "He is also expected to meet Prime Minister Kim Min-seok.")
    assert got[-1] == ("meet", "David McGuinty", ("Kim Min-seok",))


@pytest.mark.slow
def test_actors_definite_title_prefers_the_most_mentioned_holder(nlp: Language) -> None:
    text = (
        "Foreign Minister Penny Wong will visit Jakarta on March 12. Wong will meet President Prabowo Subianto. "
        "Wong is also due in Manila. Trade Minister Don Farrell will travel to Tokyo on March 13. "
        "The minister will visit Hanoi on March 14."
    )
    assert _event_actors(nlp, text, date(2025, 3, 3))[-1][:2] == ("visit", "Penny Wong")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,want",
    [
        (
            "Dutch Defence Minister Ruben Brekelmans will travel to Vilnius on Monday with Lithuanian Defence Minister Dovile Sakaliene. "
            "He is also expected to meet President Gitanas Nauseda. "
            "The two defence ministers will hold talks in Vilnius on Tuesday.",
            ("meet", "Ruben Brekelmans", ("Dovile Sakaliene",)),
        ),
        (
            "Kenyan President William Ruto hosted German Chancellor Olaf Scholz in Nairobi on Monday. The two leaders held talks on trade.",
            ("meet", "William Ruto", ("Olaf Scholz",)),
        ),
        (
            # "their" in the group's own clause is the group, not the pair of the sentence before
            "Dutch Defence Minister Ruben Brekelmans toured a base on Monday with Lithuanian Defence Minister Dovile Sakaliene. "
            "Brekelmans met President Gitanas Nauseda in the afternoon. "
            "The two defence ministers will hold their yearly strategy meeting in Vilnius on Tuesday.",
            ("meet", "Ruben Brekelmans", ("Dovile Sakaliene",)),
        ),
    ],
)
def test_actors_group_subject_is_the_last_fitting_pair(nlp: Language, text: str, want: tuple[str, str, tuple[str, ...]]) -> None:
    assert _event_actors(nlp, text)[-1] == want


@pytest.mark.slow
def test_actors_group_subject_without_a_fitting_pair_gives_no_event(nlp: Language) -> None:
    text = "Kenyan President William Ruto hosted German Chancellor Olaf Scholz in Nairobi on Monday. Both ministers will meet again in June."
    assert [a for a, _, _ in _event_actors(nlp, text)] == ["host"]


def _actor_names(nlp: Language, text: str) -> list[str]:
    doc = nlp.make_doc(text)
    doc._.anchor = date(2026, 2, 14)
    return [a.name for a in nlp(doc)._.actors if a.kind == "person"]


@pytest.mark.slow
def test_actors_name_particles_stay_in_the_name(nlp: Language) -> None:
    assert _actor_names(nlp, "Dutch Prime Minister Dick van der Berg met Omar bin Rashid in Doha.") == ["Dick van der Berg", "Omar bin Rashid"]


@pytest.mark.slow
def test_actors_short_name_matches_a_middle_token(nlp: Language) -> None:
    text = "Chilean President Ana Lucia Bachel da Costa visited Lima on Friday. Bachel will fly home on Sunday."
    assert _actor_names(nlp, text) == ["Ana Lucia Bachel da Costa", "Ana Lucia Bachel da Costa"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,want",
    [
        (  # "He" skips the nearer woman for the man named before her
            "Finnish Prime Minister Petteri Orpo and Foreign Minister Elina Valtonen will travel to Japan next week. "
            "She will meet Foreign Minister Takeshi Iwaya in Tokyo. He will hold talks with Prime Minister Sanae Takaichi.",
            [("travel", "Petteri Orpo", ("Elina Valtonen",)), ("meet", "Elina Valtonen", ("Takeshi Iwaya",)),
             ("meet", "Petteri Orpo", ("Sanae Takaichi",))],
        ),
        (  # an honorific tells the gender of a name the lists do not hold
            "Mrs Okonkwo-Adeyemi and Mr Haldorsen will visit Oslo on Monday. He will meet King Harald.",
            [("visit", "Okonkwo-Adeyemi", ("Haldorsen",)), ("meet", "Haldorsen", ("Harald",))],
        ),
    ],
)
def test_actors_pronoun_agrees_in_gender(nlp: Language, text: str, want: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert _event_actors(nlp, text, date(2026, 3, 16)) == want


@pytest.mark.slow
def test_actors_she_after_men_only_is_no_actor(nlp: Language) -> None:
    text = "Kenyan President William Ruto hosted German Chancellor Olaf Scholz in Nairobi on Monday. She will visit Kampala on Friday."
    assert [a for a, _, _ in _event_actors(nlp, text)] == ["host"]


@pytest.mark.slow
def test_actors_they_stands_for_conjoined_subjects(nlp: Language) -> None:
    text = (
        "Finnish Prime Minister Petteri Orpo and Foreign Minister Elina Valtonen will travel to Japan next week. "
        "He will hold talks with Prime Minister Sanae Takaichi. They will also visit Osaka."
    )
    assert _event_actors(nlp, text, date(2026, 3, 16))[-1] == ("visit", "Petteri Orpo", ("Elina Valtonen",))


@pytest.mark.slow
@pytest.mark.parametrize("pronoun", ["We", "It", "They"])
def test_actors_non_referring_pronoun_subject_gives_no_event(nlp: Language, pronoun: str) -> None:
    text = f'Coach Martin Anselmi praised the squad on Sunday. "{pronoun} met a very strong team tonight," a club statement said.'
    assert _event_actors(nlp, text) == []


@pytest.mark.slow
def test_actors_given_name_in_a_mislabelled_entity_is_a_person(nlp: Language) -> None:
    text = "The mayor of Reading, Victoria Hughes, said on Monday that she would attend the summit in Manchester next month."
    assert _event_actors(nlp, text, date(2026, 11, 2)) == [("attend", "Victoria Hughes", ())]


@pytest.mark.slow
def test_actors_lone_city_name_is_no_person(nlp: Language) -> None:
    text = "Porto beat Lyon 2-1 on Saturday night. Porto will host Lyon again next season, while Lyon visit Marseille on Wednesday."
    assert _event_actors(nlp, text, date(2026, 4, 12)) == []
    assert _actor_names(nlp, text) == []
