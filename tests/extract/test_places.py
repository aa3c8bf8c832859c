"""Tests for dateline.extract.places: gazetteer and named-site resolution."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract.places import place_in, resolve_country, resolve_place


@pytest.mark.parametrize(
    "name,canonical,kind",
    [
        ("DMZ", "Demilitarized Zone", "site"),
        ("the Demilitarized Zone", "Demilitarized Zone", "site"),
        ("JSA", "Joint Security Area", "site"),
        ("Panmunjom", "Joint Security Area", "site"),
        ("Camp Humphreys", "Camp Humphreys", "site"),
        ("the Pentagon", "Pentagon", "site"),
        ("The Pentagon", "Pentagon", "site"),
        ("Seoul", "Seoul", "city"),
        ("Hanoi", "Hanoi", "city"),
        ("South Korea", "South Korea", "country"),
        ("US", "United States", "country"),
    ],
)
def test_places_resolve_place_aliases(name: str, canonical: str, kind: str) -> None:
    ref = resolve_place(name)
    assert ref is not None
    assert (ref.name, ref.kind) == (canonical, kind)


def test_places_jsa_within_dmz_within_south_korea() -> None:
    ref = resolve_place("JSA")
    assert ref is not None
    assert ref.within == ("Demilitarized Zone", "South Korea")
    assert ref.country == "South Korea"


def test_places_ambiguous_city_prefers_most_populous() -> None:
    ref = resolve_place("Washington")
    assert ref is not None
    assert ref.country == "United States"


def test_places_city_has_coordinates() -> None:
    ref = resolve_place("Seoul")
    assert ref is not None
    assert (round(ref.lat or 0), round(ref.lon or 0)) == (38, 127)


def test_places_unknown_name_is_none() -> None:
    assert resolve_place("Atlantis Prime") is None


@pytest.mark.parametrize("name,country", [("Seoul's", "South Korea"), ("South Korean", "South Korea"), ("American", "United States")])
def test_places_resolve_country(name: str, country: str) -> None:
    assert resolve_country(name) == country


def test_places_place_in_follows_containment() -> None:
    jsa, dmz, korea = resolve_place("JSA"), resolve_place("DMZ"), resolve_place("South Korea")
    assert jsa is not None and dmz is not None and korea is not None
    assert (place_in(jsa, dmz), place_in(jsa, korea), place_in(korea, jsa)) == (True, True, False)


def test_places_site_aliases_resolve_to_the_data_file_name() -> None:
    from dateline.extract.nlp import load_data

    got = {alias: resolve_place(alias) for site in load_data("places.json")["sites"] for alias in [site["name"], *site["aliases"]]}
    want = {alias: site["name"] for site in load_data("places.json")["sites"] for alias in [site["name"], *site["aliases"]]}
    assert {alias: ref.name if ref else None for alias, ref in got.items()} == want


def test_places_canonical_site_names_carry_no_article() -> None:
    from dateline.extract.nlp import load_data

    assert [s["name"] for s in load_data("places.json")["sites"] if s["name"].lower().startswith("the ")] == []


@pytest.mark.parametrize("name,canonical", [("Brasilia", "Brasília"), ("Bogota", "Bogotá"), ("Reykjavik", "Reykjavík"), ("Lome", "Lomé")])
def test_places_accent_free_spelling_resolves(name: str, canonical: str) -> None:
    ref = resolve_place(name)
    assert ((ref.name, ref.kind) if ref else None) == (canonical, "city")


def _visit(nlp: Language, text: str) -> tuple[str | None, list[str]]:
    doc = nlp.make_doc(text)
    doc._.anchor = date(2025, 5, 5)
    (event,) = [e for e in nlp(doc)._.events if e.action in ("visit", "travel")]
    return (event.place.name if event.place else None), [c.name for c in event.counterparts]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,place",
    [
        ("Finnish Foreign Minister Elina Valtonen will visit Tallinn on May 12 for talks with her counterpart.", "Tallinn"),
        ("Senegal's Prime Minister Ousmane Sonko will visit Dakar on June 3.", "Dakar"),
        ("Indian Foreign Minister Subrahmanyam Jaishankar flew to Colombo on Monday.", "Colombo"),
        ("Chinese Premier Li Qiang will travel to Tunis on July 4.", "Tunis"),
        ("Chinese Premier Li Qiang will visit Brasilia on July 4.", "Brasília"),
    ],
)
def test_places_mislabelled_object_of_a_trip_is_its_place(nlp: Language, text: str, place: str) -> None:
    got_place, counterparts = _visit(nlp, text)
    assert (got_place, place in counterparts) == (place, False)


@pytest.mark.slow
def test_places_building_after_locative_is_a_site_inside_its_city(nlp: Language) -> None:
    doc = nlp.make_doc("Kenyan President William Ruto hosted German Chancellor Friedrich Merz at State House in Nairobi on Wednesday.")
    doc._.anchor = date(2025, 2, 20)
    (event,) = nlp(doc)._.events
    assert event.place is not None and (event.place.name, event.place.kind, event.place.within) == ("State House", "site", ("Nairobi", "Kenya"))
    assert [a.name for a in doc._.actors if a.kind == "org"] == []


def test_places_city_cache_is_written_then_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.extract.places import cities_cache_path, city_rows, compile_cities

    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path / "cache"))
    rows = city_rows()
    assert rows == compile_cities()["rows"]
    assert cities_cache_path().parent == tmp_path / "cache"
    assert json.loads(cities_cache_path().read_text(encoding="utf-8"))["rows"] == rows
    assert city_rows() == rows


def test_places_city_cache_unwritable_still_gives_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.extract.places import city_rows

    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(blocker / "sub"))
    assert ["Tallinn", "Estonia"] == [r[:2] for r in city_rows() if r[0] == "Tallinn"][0]


@pytest.mark.parametrize("name", ["summit", "the summit", "reading", "mobile", "victoria", "turkey", "china"])
def test_places_lowercase_common_noun_is_no_place(name: str) -> None:
    assert resolve_place(name) is None


@pytest.mark.parametrize("name,canonical", [("Reading", "Reading"), ("demilitarized zone", "Demilitarized Zone"), ("Turkey", "Turkey")])
def test_places_capitalized_name_or_site_alias_still_resolves(name: str, canonical: str) -> None:
    ref = resolve_place(name)
    assert ref is not None and ref.name == canonical
