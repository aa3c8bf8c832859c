"""First-level regions (states, provinces, regions of ``regions.json`` and the US states): names resolve, cities lie
inside them, and an event in one is placed there rather than given the region as a counterpart."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.extract.places import place_in, region_of, resolve_place


@pytest.mark.parametrize(
    "name,canonical,country",
    [
        ("California", "California", "United States"),
        ("Scotland", "Scotland", "United Kingdom"),
        ("Bavaria", "Bavaria", "Germany"),
        ("Bayern", "Bavaria", "Germany"),
        ("Odisha", "Odisha", "India"),
        ("Orissa", "Odisha", "India"),
        ("Guangdong province", "Guangdong", "China"),
        ("Borno State", "Borno", "Nigeria"),
        ("Andalucía", "Andalusia", "Spain"),
        ("North Kivu", "North Kivu", "Democratic Republic of the Congo"),
        ("Victoria", "Victoria", "Australia"),
        ("Quebec", "Quebec", "Canada"),
    ],
)
def test_regions_resolve(name: str, canonical: str, country: str) -> None:
    ref = resolve_place(name)
    assert ref is not None
    assert (ref.name, ref.kind, ref.country, ref.within) == (canonical, "region", country, (country,))


@pytest.mark.parametrize("name,kind", [("Georgia", "country"), ("Washington", "city"), ("New York", "city"),
                                       ("Jilin", "city")])
def test_regions_a_country_or_city_of_the_name_comes_first(name: str, kind: str) -> None:
    ref = resolve_place(name)
    assert ref is not None and ref.kind == kind
    assert region_of(name) is not None  # still a region when asked as one


def test_regions_a_name_two_countries_share_is_neither() -> None:
    assert resolve_place("Punjab") is None
    assert region_of("Punjab province") is None


@pytest.mark.parametrize("city,region", [("Munich", "Bavaria"), ("Nuremberg", "Bavaria"), ("Los Angeles", "California"),
                                         ("Glasgow", "Scotland"), ("Edinburgh", "Scotland"), ("Lahore", "Punjab"),
                                         ("Melbourne", "Victoria"), ("Sulaymaniyah", "Kurdistan Region")])
def test_regions_cities_lie_inside(city: str, region: str) -> None:
    ref = resolve_place(city)
    assert ref is not None and ref.within[0] == region
    outer = region_of(region) or resolve_place(region)
    if outer is not None:
        assert place_in(ref, outer)


def test_regions_every_seat_is_a_known_city() -> None:
    """Each seat listed in regions.json is a city of the gazetteer in its region, so containment works."""
    from dateline.extract.nlp import load_data
    from dateline.extract.places import city_rows

    regions_with_cities = {row[4] for row in city_rows() if row[4]}
    listed = {region for regions in load_data("regions.json")["regions"].values()
              for region, seats in regions.items() if seats}
    # a seat may lose its name to a bigger city elsewhere ("Victoria" of Hong Kong), but its region still has cities
    assert listed - regions_with_cities == set()


def _events(nlp: Language, text: str, anchor: date) -> list[tuple[str, str, str | None, list[str]]]:
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return [(e.actor.name, e.action, e.place.name if e.place else None, [c.name for c in e.counterparts])
            for e in nlp(doc)._.events]


@pytest.mark.parametrize(
    "text,place",
    [
        ("Governor Maria Lopez will visit California next week.", "California"),
        ("Prime Minister Keir Dalton visited Scotland on Monday.", "Scotland"),
        ("Defence Minister Bola Ade visited Borno State on Monday.", "Borno"),
        ("President Xi Jinping will visit Guangdong province next month.", "Guangdong"),
    ],
)
def test_regions_a_visited_region_is_the_place_not_a_counterpart(nlp: Language, text: str, place: str) -> None:
    ((_, action, where, counterparts),) = _events(nlp, text, date(2027, 5, 3))
    assert (action, where, counterparts) == ("visit", place, [])


@pytest.mark.slow
@pytest.mark.parametrize(("text", "city", "country"), [
    ("Dockworkers in Valencia, Spain's busiest port, will strike on Monday.", "Valencia", "Spain"),
    ("Costa Rican President Ana Solis met her guest in San Jose.", "San José", "Costa Rica"),
    ("Uruguayan farmers marched in Salto on Monday.", "Salto", "Uruguay"),
    ("Biden will travel to Paris on Monday, US officials said.", "Paris", "France"),  # (not Paris, Texas: too small)
    ("Dockworkers in Valencia will strike on Monday.", "Valencia", "Venezuela"),  # (no country named: the first city)
])
def test_a_city_name_is_read_in_the_country_the_article_names(nlp: Language, text: str, city: str, country: str) -> None:
    doc = nlp.make_doc(text)
    doc._.anchor = date(2027, 4, 10)
    spans = nlp(doc)._.place_spans
    assert [(ref.name, ref.country) for span, ref in spans if span.text in ("Valencia", "San Jose", "Salto", "Paris")] == [
        (city, country)]


def test_the_capital_of_costa_rica_is_san_jose_there() -> None:
    from dateline.extract.places import capital_of
    ref = capital_of("Costa Rica")
    assert ref is not None and (ref.name, ref.country, ref.lat is not None) == ("San José", "Costa Rica", True)
