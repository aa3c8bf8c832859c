"""Which stored actor a name refers to."""

from __future__ import annotations

import pytest

from dateline.store.identity import group_short, match_actor, name_key, names_crowd

PEOPLE = {1: "Pete Hegseth", 2: "Lee Jae Myung", 3: "Ahn Gyu-back"}
ALIASES = {name_key(n): {i} for i, n in PEOPLE.items()} | {"us": {4}}


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Pete Hegseth", "person", 1),
        ("Hegseth", "person", 1),
        ("Peter Hegseth", "person", 1),
        ("Lee", "person", 2),
        ("Mark Hegseth", "person", None),
        ("Ahn Gyu-back", "person", 3),
        ("US", "country", 4),
        ("Hegseth", "org", None),
    ],
)
def test_identity_match_actor(name: str, kind: str, expected: int | None) -> None:
    assert match_actor(name, kind, ALIASES, PEOPLE) == expected


def test_identity_ambiguous_surname_is_new() -> None:
    people = {1: "Pete Hegseth", 5: "Anna Hegseth"}
    assert match_actor("Hegseth", "person", {}, people) is None


@pytest.mark.parametrize(("name", "key"), [("Phan Văn Giang", "phan van giang"), ("J. D. Vance", "j d vance")])
def test_identity_name_key_folds_case_accents_periods(name: str, key: str) -> None:
    assert name_key(name) == key


def test_identity_two_word_family_name_alone() -> None:
    from dateline.store.identity import match_actor

    people = {1: "Carlos Gutierrez Mendoza", 2: "Gabriela Sommerfeld"}
    assert match_actor("Gutierrez Mendoza", "person", {}, people) == 1
    assert match_actor("Carlos Gutierrez Mendoza", "person", {}, {7: "Gutierrez Mendoza"}) == 7
    assert match_actor("Ana Mendoza", "person", {}, people) is None


def test_identity_head_of_compound_family_name() -> None:
    people = {1: "Luiz Inacio Lula da Silva", 2: "Pete Hegseth"}
    assert match_actor("Lula", "person", {}, people) == 1  # the head word before "da Silva"
    assert match_actor("Inacio", "person", {}, people) is None  # a middle name is not enough
    assert match_actor("Luiz Inacio Lula da Silva", "person", {}, {7: "Lula"}) == 7


def test_identity_family_name_without_its_arabic_article() -> None:
    people = {1: "Abdel Fattah al-Sisi", 2: "Pete Hegseth"}
    assert match_actor("Sisi", "person", {}, people) == 1
    assert match_actor("al-Sisi", "person", {}, people) == 1


def test_identity_a_further_family_name() -> None:
    assert match_actor("Salva Kiir Mayardit", "person", {}, {1: "Salva Kiir", 2: "Pete Hegseth"}) == 1
    assert match_actor("Salva Kiir", "person", {}, {1: "Salva Kiir Mayardit"}) == 1
    assert match_actor("Salva Mayardit", "person", {}, {1: "Salva Kiir"}) is None


def test_group_short_drops_a_group_head() -> None:
    assert group_short("opposition party") == "opposition"
    assert group_short("party") is None
    assert group_short("farmers") is None


def test_names_crowd_a_body_named_after_its_members() -> None:
    assert names_crowd("Irish Nurses and Midwives Organisation", "nurses")
    assert names_crowd("Kenya National Union of Teachers", "teachers")
    assert not names_crowd("COAG", "farmers")
    assert not names_crowd("nurses", "nurses")
