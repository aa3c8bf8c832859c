"""Actors: people (with title and country), organizations and countries, resolved within an article.

The ``dateline.actors.v1`` component reads the model's entities and sets
``doc._.actors`` (every resolved mention, text order) and ``doc._.actor_tokens``
(token index -> :class:`ActorRef`, also for short mentions, "the secretary" and
pronouns). ``parse_title`` and ``titles`` serve the question parser.

The parts live in their own modules: :mod:`.person_entities` (which entities name people),
:mod:`.person_names` (a name's tokens, title and country), :mod:`.organizations`,
:mod:`.title_phrases`, :mod:`.title_holders` and :mod:`.references` (pronouns and short mentions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import numpy
from spacy.attrs import ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import ActorRef
from .acronym_subjects import repair_acronym_subjects
from .acronyms import acronyms
from .actor_lexicon import lexicon, title_words
from .actor_mentions import ANONYMOUS, Named
from .bodies import known_body_spans, legislature_spans
from .lede_bodies import lede_bodies
from .government_seats import government_seats
from .counterparts import counterpart_offices, nationality_offices
from .furniture import furniture_spans, label_spans
from .nlp import doc_text, load_data
from .noun_verbs import repair_modifier_names, repair_name_subjects, repair_portfolio_names, repair_title_appositions
from .organizations import kind_named, national_organ, organizations
from .person_entities import capitalized_modifier, meets_named_person, person_entities, place_name
from .person_names import conjoined_surnames, genders, name_tokens, person
from .places import PEOPLE_NOT_PLACES_KEY, names_a_facility, resolve_country, resolve_place, settlement_nouns
from .references import resolve_references
from .title_holders import title_acronyms
from .title_phrases import TitleInfo, current_title, parse_title, prefix_start, titles
from .vessels import is_vessel_prefix, vessel_references, vessel_spans

__all__ = ["TitleInfo", "titles", "parse_title", "ActorFinder", "find_actors", "acronyms", "ANONYMOUS"]


class ActorFinder:
    """The ``dateline.actors.v1`` component.

    nlp (Language): the pipeline (unused; kept for the factory signature).
    """

    def __init__(self, nlp: Language) -> None:
        """nlp (Language): the pipeline (unused). Loads the word lists once."""
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        """doc (Doc): a doc with entities. RETURNS (Doc): with ``doc._.actors``/``actor_tokens``/``actor_partners`` set
        (after the parse of a sentence rooted on its opening name is mended: ``repair_name_subjects``, and of a bare
        name hung on the named subject after it: ``repair_modifier_names``; and of an acronym subject read as an adverb:
        ``repair_acronym_subjects``)."""
        if doc.has_annotation("DEP"):
            repair_name_subjects(doc)  # "Kalnins handed in his resignation": the name is the subject, for its pronouns
            repair_modifier_names(doc)  # "Boric and Argentine President Javier Milei signed": two subjects
            repair_title_appositions(doc)  # "the envoy for talks with Turkey, Armen Hakobyan,": Hakobyan the envoy
            repair_portfolio_names(doc)  # "Kenya's Minister of Trade Rebecca Miano will visit": Miano the subject
            repair_acronym_subjects(doc)  # "Tanzania's opposition ADP has postponed ...": "ADP" read as an adverb
        actors, tokens, partners = find_actors(doc)
        doc._.actors = actors
        doc._.actor_tokens = tokens
        doc._.actor_partners = partners
        return doc


def _names_a_gathering(span: Span, gatherings: frozenset[str]) -> bool:
    """span (Span): a one-word person entity's name. gatherings (frozenset[str]): the gathering words
    (``gathering_words`` of ``triggers.json``). RETURNS (bool): after "the" it modifies, through compounds, a gathering
    noun ("The Danube pollution conference", "the Mekong summit"): the gathering's name, no person."""
    head = span[-1]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.i > span[-1].i and head.lower_ in gatherings and span.start > 0 \
        and span.doc[span.start - 1].lower_ == "the"


@cache
def _street_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``street_words`` of ``places.json`` ("Avenue", "Rue": a street's name opens with one)."""
    return frozenset(load_data("places.json")["street_words"])


@cache
def _product_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``product_nouns`` of ``names.json`` ("rocket", "missile": made things a name modifies)."""
    return frozenset(load_data("names.json")["product_nouns"])


def find_actors(doc: Doc) -> tuple[list[ActorRef], dict[int, ActorRef], dict[int, tuple[ActorRef, ...]]]:
    """Resolve actor mentions in a doc.

    doc (Doc): a doc with entities (and a parse, for pronouns and titles).
    RETURNS (tuple[list[ActorRef], dict[int, ActorRef], dict[int, tuple[ActorRef, ...]]]): resolved
        mentions in text order; a map from every token of a mention (names, short
        names, "the secretary", pronouns, "the two ministers") to its actor
        (:data:`ANONYMOUS` for unnamed officials and unresolved groups); and for a
        group noun or "they", the other people it stands for (the pair's second; every other member of a list of
        conjoined subjects: "X, Y and Z have confirmed they will attend").
    """
    lex = lexicon()
    named: list[Named] = []
    full: dict[str, ActorRef] = {}
    aliases = acronyms(doc)
    outside = _outside_dateline(doc)
    places = _mislabelled_places(doc)
    venues = {span.text for span, ref in (doc._.place_spans or ()) if ref.kind == "site" and span.label_ == "PERSON"} \
        if Doc.has_extension("place_spans") else set()
    bodies = [Named(start, end, ref) for start, end, ref in (*legislature_spans(doc), *known_body_spans(doc))
              if outside(doc[start:end])]  # "the Seimas", "[The Lok Sabha]PERSON": a country's legislature; "ASEAN",
    # "the Group of 20": an international body by any of its names
    in_body = {i for n in bodies for i in range(n.start, n.end)}
    named.extend(bodies)
    kinded = kind_named(doc)
    in_kinded = {i for start, end in kinded for i in range(start, end)}
    for ent in person_entities(doc, lex):
        if ent.text in aliases or not outside(ent) or in_body.intersection(range(ent.start, ent.end)):
            continue
        if ent.start in in_kinded:
            continue  # "the hospital ship [Maria Gomes]PERSON": a ship's (or a band's) name, no person
        if doc[ent.start].text in _street_words() or ent.start > 0 and doc[ent.start - 1].text in _street_words():
            continue  # "the embassy on [Avenue Habib Bourguiba]PERSON": the street, no person
        if ent.root.dep_ == "compound" and ent.root.head.i >= ent.end and ent.root.head.lower_ in _product_nouns():
            continue  # "called off the launch of its [Vega]PERSON rocket": the rocket's name, no person
        if ent.text in venues:
            continue  # "the Akorda press service": the residence named "at the Akorda", no person
        if tuple(ent.text.lower().removeprefix("the ").split()) in lex.roles:
            continue  # "[The Head of State]PERSON": a role phrase standing for the article's holder, no name
        if ent.start in places:
            continue  # "visit [Tallinn]PERSON": a place in a place's role
        start, end = name_tokens(ent)
        if start >= end or all(t.lower_ in title_words() for t in doc[start:end]):
            continue  # "[Prime Minister]PERSON": title words alone name nobody
        if end - start <= 3 and resolve_place(doc[start:end].text) is None and resolve_country(doc[start:end].text) is not None:
            continue  # "[Ugandan]PERSON President Yoweri Museveni", "[Sri Lankan]PERSON President X": a nationality, not a name
        if national_organ(doc[start:end].text) is not None:
            continue  # "NEW DELHI - [ISRO] will launch": a state's agency by its own name, no person
        ref = person(doc, start, end)
        if end - start == 1 and not ref.title and capitalized_modifier(ent, doc[start], lex):
            continue  # "[Riot]PERSON police met the marchers": a common word capitalized at the start of a sentence
        if end - start == 1 and not ref.title and place_name(ent, doc[start].text, lex) \
                and not meets_named_person(doc[start]) and start not in doc.user_data.get(PEOPLE_NOT_PLACES_KEY, ()):
            continue  # "Porto will host Lyon": a lone city name the recognizer took for a person is a club or a town
            # (not "[Villanueva] flew into Tacloban", read as a person by extract.lede_entities)
        if end - start >= 2 and not ref.title and _exact_town(doc[start:end].text):
            continue  # "summits in [La Paz]PERSON": a city's full name is no person's
        if not ref.title and names_a_facility(doc[start:end]):
            continue  # "the [Medininkai]PERSON border crossing": the crossing's name, no person
        if end - start == 1 and not ref.title and _names_a_gathering(doc[start:end], lex.gatherings):
            continue  # "The [Danube]PERSON pollution conference in Vienna": the gathering's name, no person
        named.append(Named(start, end, ref))
        if end - start >= 2 or "-" in ref.name or " " in ref.name:  # "To Lam": one token (``dateline_surnames_v1``)
            known = full.get(ref.name)
            full[ref.name] = replace(ref, title=ref.title or (known.title if known else None),
                                     country=ref.country or (known.country if known else None))
    parts: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    for name in full:
        words = name.split()
        for word in words[1:-1]:  # "Lula" of "Luiz Inacio Lula da Silva", when no other full name has it
            if word.lower() not in lex.particles and word[:1].isupper():
                owners.setdefault(word, set()).add(name)
        for word in (words[0], words[-1]):
            if word.lower() not in STOP_WORDS:  # "To" of "To Lam" alone is the preposition
                parts.setdefault(word, name)
        parts[words[-1]] = name
        for word in words[1:]:
            prefix, _, rest = word.partition("-")
            if rest[:1].isupper() and prefix.lower() in lex.particles:
                parts.setdefault(rest, name)  # "Sudani" of "Mohammed Shia al-Sudani"
    for word, names in owners.items():
        if len(names) == 1 and word not in parts:
            parts[word] = next(iter(names))
    in_named = {i for n in named for i in range(n.start, n.end)}
    in_named.update(i for n in named for i in range(prefix_start(doc, n.start, n.end), n.start))
    part_ids = numpy.array([doc.vocab.strings.add(p) for p in parts], dtype="uint64")
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), part_ids)) if parts else ():
        tok = doc[int(i)]
        if tok.i in in_named or not tok.text[:1].isupper():
            continue
        if tok.ent_type_ == "GPE" and tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I") \
                and resolve_country(tok.text) == tok.text:
            continue  # "Kenya's railway staff" before "[Kenya Railways]PERSON did not respond": the country
        named.append(Named(tok.i, tok.i + 1, person(doc, tok.i, tok.i + 1)))
    for ent in doc.ents if any("-" in p for p in parts) else ():
        if ent.label_ in ("ORG", "GPE", "NORP") and len(ent) > 1 and ent.text in parts \
                and not in_named.intersection(range(ent.start, ent.end)) and ent.start not in places:
            named.append(Named(ent.start, ent.end, person(doc, ent.start, ent.end)))  # "meet [Jean-Baptiste]ORG": the
            in_named.update(range(ent.start, ent.end))  # hyphenated surname of a person named in full before
    named.extend(conjoined_surnames(doc, named, in_named | places))
    shared: dict[str, set[str]] = {}
    for name in full:
        for word in {name.split()[0], name.split()[-1]}:
            shared.setdefault(word, set()).add(name)
    full_at = sorted((n.start, n.ref.name) for n in named if n.ref.name in full)
    endings: dict[str, set[str]] = {}
    for name in full:
        if " " in name:
            endings.setdefault(name.split()[-1].lower(), set()).add(name)
    for n in named:
        owner = parts.get(n.ref.name, "")
        if " " not in n.ref.name and len(whose := endings.get(n.ref.name.lower(), set())) == 1:
            owner = next(iter(whose))  # "Deputy Prime Minister Hamad al-Maskari ... Al-Maskari will travel": one
            # recognized hyphenated surname, his
        if len(shared.get(n.ref.name, ())) > 1 and n.ref.name not in full:
            # "Foreign Minister Kim Min-jae ... Trade Minister Kim Tae-yong ... Kim will meet": the Kim named last before
            owner = next((name for at, name in reversed(full_at) if at < n.start and name in shared[n.ref.name]), owner)
        canonical = full.get(owner) if owner and n.ref.name in full and owner != n.ref.name and " " not in n.ref.name \
            else full.get(n.ref.name) or full.get(owner)
        if canonical is not None and n.ref.name != canonical.name and (
                n.ref.country and canonical.country and n.ref.country != canonical.country
                or _royal(n.ref.title) and not _royal(canonical.title)):
            canonical = None  # "King Hussein of Jordan" after "Iraq's Saddam Hussein": another person of the surname
        if canonical is not None:
            n.ref = replace(canonical, title=current_title(n.ref.title, canonical.title, lex),
                            country=n.ref.country or canonical.country, start=n.ref.start, end=n.ref.end)
    named = title_acronyms(doc, named, in_named)
    in_named.update(i for n in named for i in range(prefix_start(doc, n.start, n.end), n.end))
    freed = {i for n in named if n.ref.kind == "person" and n.start > 0 and is_vessel_prefix(doc[n.start - 1].text)
             for i in range(n.start - 1, n.end)}  # ("JS Kirisame": the recognizer's person after a ship prefix)
    ships = [Named(start, end, ref) for start, end, ref in vessel_spans(doc, (in_named - freed) | places)]
    on_ships = {i for n in ships for i in range(n.start, n.end)}
    named = [n for n in named if not any(i in on_ships for i in range(n.start, n.end))]
    named.extend(ships)  # "INS Vaitarna": a navy's ship
    in_named.update(i for n in ships for i in range(n.start, n.end))
    named.extend(Named(start, end, ref) for start, end, ref in vessel_references(
        doc, [(n.start, n.end, n.ref) for n in ships], in_named))  # "the frigate": the ship named before
    named.extend(organizations(doc, in_named | places | in_body, aliases, outside, kinded))
    named.sort(key=lambda n: n.start)
    found, tokens, partners = resolve_references(doc, named, lex, genders(doc, named, lex))
    counterpart_offices(doc, tokens)  # "her Chilean counterpart Y": Chile's holder of her office
    nationality_offices(doc, tokens)  # "the Thai and Cambodian defence ministers": two offices
    lede_bodies(doc, tokens)  # "A Kenyan civic movement said it will march ... Haki Sasa, a coalition ...": Haki Sasa
    government_seats(doc, tokens)  # "The White House will host X": the United States
    titled = {doc[i].idx: ref for i, ref in tokens.items() if ref is not ANONYMOUS and ref.title}
    found = [replace(f, title=t.title, country=f.country or t.country)
             if not f.title and (t := titled.get(f.start)) is not None and t.name == f.name else f for f in found]
    # ("her Moroccan counterpart Karim Benjelloun": the mention holds the office the counterpart reading gave him, so
    # the store knows him as Morocco's interior minister)
    return found, tokens, partners


def _royal(title: str | None) -> bool:
    """title (str | None): a person's title. RETURNS (bool): it is a monarch's ("King", "Queen": ``royal_titles`` of
    ``titles.json``)."""
    return bool(title) and str(title).lower().split()[-1] in load_data("titles.json")["royal_titles"]


def _mislabelled_places(doc: Doc) -> set[int]:
    """Tokens of names the recognizer called a person or organization that stand in a place's role ("visit Tallinn"),
    or that name a settlement noun's area ("relocated to the [Ashanti]ORG regional capital": a region, no party)."""
    settlements = settlement_nouns()
    areas = {i for ent in doc.ents if ent.label_ in ("PERSON", "ORG") and ent.root.dep_ in ("compound", "nmod", "amod")
             and ent.root.head.lower_ in settlements and ent.root.head.i >= ent.end for i in range(ent.start, ent.end)} \
        if doc.has_annotation("DEP") else set()
    if not Doc.has_extension("place_spans"):
        return areas
    return areas | _locator_countries(doc) | {i for span, ref in doc._.place_spans or () if (span.label_ in ("PERSON", "ORG", "NORP")
                    or not span.label_ and len(span) > 1 and any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span))
                    and not (ref.kind == "country" and "-" in span.text)
                    for i in range(span.start, span.end)}  # (a gazetteer name over the recognizer's: "Frankfurt an der
    # [Oder]PERSON"; but "[Timor-Leste]ORG", a country the organizations reader takes as one)


def _locator_countries(doc: Doc) -> set[int]:
    """Tokens of a country written after a comma right behind a city or site of that country ("met X in Kingston,
    Jamaica, last week", "Paris, France"): the place's locator, no party to the event."""
    spans = list(doc._.place_spans or ())
    out: set[int] = set()
    for (city, ref), (country, cref) in zip(spans, spans[1:]):
        if cref.kind == "country" and ref.kind != "country" and ref.country == cref.name \
                and country.start == city.end + 1 and doc[city.end].text == ",":
            out.update(range(country.start, country.end))
    return out


def _outside_dateline(doc: Doc) -> Callable[[Span], bool]:
    """A test for spans outside the article's dateline ("Seoul, Oct 28 (NationPress)": the agency is no actor), outside
    any live-page label ("15:45 - Breaking: the leaders have signed": furniture, no actor) and outside the furniture
    lines above the dateline (a byline)."""
    start, end = doc._.dateline or (0, 0)
    starts = tuple(s.start_char for s in doc.sents) if doc.has_annotation("SENT_START") else ()
    labels = label_spans(doc_text(doc), starts)
    if start > 0:  # a byline line above the dateline ("By Amina Odhiambo"): its writer is no one the story tells of
        labels = [*labels, *((a, b) for a, b in furniture_spans(doc_text(doc)[:start]))]
    if end <= start and not labels:
        return lambda span: True
    return lambda span: (end <= start or span.end_char <= start or span.start_char >= end) \
        and not any(a < span.end_char and span.start_char < b for a, b in labels)


def _exact_town(text: str) -> bool:
    """text (str): a name of two or more words. RETURNS (bool): whether the gazetteer knows it, spelled so, as a city or
    country ("La Paz", "Buenos Aires", "New Zealand"), which no person's name is."""
    place = resolve_place(text)
    return place is not None and place.kind in ("city", "country") and place.name == text
