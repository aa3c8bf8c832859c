"""Which entities name people: PERSON entities, and names the recognizer mislabelled, cut or missed.

:func:`person_entities` joins names split in two, drops ships, countries, acronyms and common nouns,
cuts entities run across an event verb, and adds names after a title ("King Willem-Alexander",
"Presidents Xi Jinping and Joe Biden"), after an appointment, as an event verb's subject, as a known given name with
the unlabelled surname after it ("Ana Torres"), and as one word a person meets ("met Takaichi", "her meeting with
Quiroga", "Tremblay and Asante-Boateng signed", "Wibisono's visit").
:func:`place_name`, :func:`capitalized_modifier` and :func:`meets_named_person` tell a one-word
PERSON entity that is a town or a capitalized common word.
"""

from __future__ import annotations

from functools import cache
import re

import numpy
from spacy.attrs import DEP, ORTH, POS
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from .actor_lexicon import Lexicon, lexicon, title_words
from .appointments import appointed_names
from .nlp import doc_text, load_data, proper_compound_start
from .organizations import acronym, country_named, people_nouns
from .places import resolve_country, resolve_place, surname_particles
from .title_phrases import company_named, occupation_nouns, organisation_name_heads, portfolio_words, title_lead
from .person_names import portfolio_goes_on
from .triggers import _lex, prep_object_read
from .vessels import is_vessel


def plural_nationality(tok: Token) -> str | None:
    """tok (Token): a word. RETURNS (str | None): the country a capitalized plural nationality names ("Georgians",
    "Serbians": a demonym with -s), else None."""
    if not tok.text[:1].isupper() or not tok.text.endswith("s") or tok.is_upper or len(tok) < 5:
        return None
    return resolve_country(tok.text[:-1]) if tok.text[:-1].lower() in lexicon().demonyms else None


@cache
def _feature_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``feature_nouns`` of ``names.json`` ("river", "lake", ...)."""
    return frozenset(load_data("names.json")["feature_nouns"]["words"])


def _listed_area(ent: Span) -> bool:
    """ent (Span): a PERSON entity. RETURNS (bool): it is conjoined with a place entity, the two modifying a plural area
    noun (``area_nouns`` of ``names.json``: "the Hodan and [Wadajir] districts")."""
    root = ent.root
    first = root.head if root.dep_ == "conj" else None
    while first is not None and first.dep_ == "conj":
        first = first.head
    return first is not None and first.ent_type_ in ("GPE", "LOC", "FAC") and first.dep_ in ("compound", "nmod", "amod") \
        and first.head.lower_ in frozenset(load_data("names.json")["area_nouns"]["words"])


@cache
def law_name_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``law_name_heads`` of ``names.json``: last words of a law's name ("Bill", "Act")."""
    return frozenset(load_data("names.json")["law_name_heads"]["words"])


def _law_name_end(ent: Span) -> bool:
    """ent (Span): a PERSON entity. RETURNS (bool): it is one of ``law_name_heads`` (``names.json``) right after a
    capitalized word or a closing bracket and before no capitalized word: the last word of a law's name ("the Data
    Protection (Amendment) Bill"), no person ("Bill Clinton" is)."""
    doc = ent.doc
    if len(ent) != 1 or ent[0].text not in law_name_heads() or ent.start == 0:
        return False
    before = doc[ent.start - 1]
    return (before.text == ")" or before.text[:1].isupper() and not before.is_sent_start) \
        and not (ent.end < len(doc) and doc[ent.end].text[:1].isupper())


@cache
def _never_person_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``never_person_words`` of ``names.json``, lower-cased."""
    return frozenset(w.lower() for w in load_data("names.json")["never_person_words"]["words"])


def person_entities(doc: Doc, lex: Lexicon) -> list[Span]:
    """Entities that name people: PERSON, a name after a person's title, and a given name plus surname the
    recognizer called something else ("the mayor of [Reading, Victoria Hughes]ORG": the part after the comma)."""
    found: list[Span] = _unlabelled_titled_names(doc, lex) + appointed_names(doc) + _arrested_names(doc)
    last: Span | None = None
    ents: list[Span] = []
    for ent in doc.ents:
        ents.extend(_cut_at_verb(_run_on_surname(_given_name_before(_without_conjunction(ent), lex), lex), lex))
    found.extend(_trigger_subject_names(doc, lex, ents + found))
    found.extend(_event_owner_names(doc, lex, ents + found))
    found.extend(_hyphenated_given_names(doc, lex, ents + found))
    found.extend(_partner_surnames(doc, lex, ents + found))
    found.extend(_surnames_told_again(doc, ents + found))
    found.extend(_full_names_of_surnames(doc, lex, ents + found))
    found.extend(_unlabelled_before_who(doc, ents + found))
    found.extend(_apposed_to_lower_title(doc, ents + found))
    for ent in ents:
        if ent.label_ == "PERSON" and last is not None and last.end == ent.start and found and found[-1] is last \
                and doc[ent.start].text[:1].isupper() and doc[ent.start].sent_start != 1:
            last = found[-1] = Span(doc, last.start, ent.end, label="PERSON")  # "[Samia Suluhu][Hassan]": one name
            continue
        if ent.label_ == "PERSON" and is_vessel(ent):
            last = None
            continue  # "[INS Vaitarna]PERSON will make a port call": a ship (see vessel_spans)
        if ent.label_ == "PERSON" and company_named(ent):
            last = None
            continue  # "[Okonjo Cement]PERSON will hold its annual general meeting": a company (organizations.py)
        if ent.label_ == "PERSON" and len(ent) == 1 and ent[0].lower_ in _never_person_words():
            last = None
            continue  # "[Turnout]PERSON was 55 percent": a common noun, never a person
        if ent.label_ == "PERSON" and _law_name_end(ent):
            last = None
            continue  # "the Data Protection (Amendment) [Bill]PERSON": the end of a law's name
        if ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].lower_ in _feature_nouns() \
                and (ent.root.dep_ == "compound" and ent.root.head.i == ent.end or resolve_place(ent.text) is not None):
            last = None
            continue  # "the waters of the [Teesta]PERSON river", "the [Nakhchivan]PERSON exclave" (the parser's
            # structure aside, a place the gazetteer knows): a place, no person
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" \
                and (area := resolve_place(ent.text)) is not None and area.kind in ("region", "site"):
            last = None
            continue  # "special representative for the [Sahel]PERSON": a region the gazetteer knows after "the", no
            # person (a person is never "the X"; "talks with Victoria" may be one)
        if ent.label_ == "PERSON" and _listed_area(ent):
            last = None
            continue  # "the Hodan and [Wadajir]PERSON districts of Mogadishu": a place listed with another
        if ent.label_ == "PERSON" and len(ent) == 1 and plural_nationality(ent[0]) is not None:
            last = None
            continue  # "[Georgians]PERSON protested": a people, never a person (see crowds)
        if ent.label_ == "PERSON" and acronym(ent):
            last = None
            continue  # "[JAXA]PERSON will launch a satellite": an acronym names an organization (see organizations)
        if ent.label_ == "PERSON" and country_named(ent):
            last = None
            continue  # "[Malawi]PERSON will hold a runoff": a country (see organizations)
        if ent.label_ == "PERSON" and _place_before_title(ent, lex):
            last = None
            continue  # "former [Tamaulipas]PERSON governor X": the state the office is of, no person
        if ent.label_ == "PERSON" and _nationality_before_title(ent, lex):
            last = None
            continue  # "[Kenyan Trade]PERSON Cabinet Secretary Miriam Chebet": a nationality and a portfolio
        last = ent if ent.label_ == "PERSON" else None
        if ent.label_ == "PERSON" or _titled_name(ent, lex) or _listed_with_people(ent):
            found.append(ent)
        elif ent.label_ in ("PRODUCT", "WORK_OF_ART"):
            found.extend(_after_name_title(ent, lex))  # "Sweden's [Crown Princess Louise]PRODUCT opened ..."
        elif ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP"):
            found.extend(_after_honorific(ent, lex) or _given_name_parts(ent, lex) or _after_name_title(ent, lex)
                         or _after_national_title(ent, lex)
                         or _after_leading_title(ent) or _after_portfolio(ent, lex) or _given_name_then_surname(ent, lex)
                         or _named_before_who(ent) or _after_lower_title(ent) or _given_a_title(ent)
                         or _after_minister_of(ent))
    return _joined_halves(found)


@cache
def _relative_name_blocks() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``relative_name_blocks`` and ``organisation_name_heads`` of ``titles.json``."""
    data = load_data("titles.json")
    return frozenset(data["relative_name_blocks"]) | frozenset(data["organisation_name_heads"])


def _named_before_who(ent: Span) -> list[Span]:
    """ent (Span): an entity labelled a body or place. RETURNS (list[Span]): the entity as a person's name when it is two
    or three capitalized words set off by a comma before "who" ("a rally led by [Mwila Banda]ORG, who urged the
    government to ..."), with no word of a body's name (``relative_name_blocks``) and no place the gazetteer knows;
    else nothing."""
    doc = ent.doc
    if not 2 <= len(ent) <= 3 or ent.end + 1 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ != "who":
        return []
    if any(not (t.is_alpha and t.is_title and t.pos_ == "PROPN") or t.text in _relative_name_blocks() for t in ent):
        return []
    if resolve_place(ent.text) is not None or resolve_country(ent.text) is not None:
        return []
    return [Span(doc, ent.start, ent.end, label="PERSON")]


def _unlabelled_before_who(doc: Doc, known: list[Span]) -> list[Span]:
    """doc (Doc): a parsed doc. known (list[Span]): names found already. RETURNS (list[Span]): one capitalized proper
    noun no entity covers, a clause's subject set off by a comma before "who" ("[Raman], who arrived in Aden on
    Wednesday, met ...": only a person takes "who", whatever place has that name); as PERSON spans."""
    taken = {i for span in known for i in range(span.start, span.end)}
    found: list[Span] = []
    for tok in doc:
        if tok.ent_type_ or tok.i in taken or tok.pos_ != "PROPN" or not (tok.is_alpha and tok.is_title) \
                or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i + 2 >= len(doc) \
                or doc[tok.i + 1].text != "," or doc[tok.i + 2].lower_ != "who" \
                or tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
            continue
        found.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))  # (a town's name may be a surname too: "Raman")
    return found


def _joined_halves(found: list[Span]) -> list[Span]:
    """found (list[Span]): person mentions. RETURNS (list[Span]): the same in the same order, two PERSON spans that touch
    with no word or mark between them made one ("his Tanzanian counterpart [Samia Suluhu][Hassan]": a name one rule
    found the start of and the recognizer the end of)."""
    after = {e.start: e for e in found if e.label_ == "PERSON" and e[0].text[:1].isupper() and not e[0].is_sent_start}
    joined = {id(e): after[e.end] for e in found if e.label_ == "PERSON" and e.end in after}
    tails = {id(t) for t in joined.values()}
    return [Span(e.doc, e.start, joined[id(e)].end, label="PERSON") if id(e) in joined else e
            for e in found if id(e) not in tails]


def _after_national_title(ent: Span, lex: Lexicon) -> list[Span]:
    """ "[Kazakh President Kassym-Jomart Tokayev]ORG": an entity that opens with a nationality and a capitalized title
    word ("President", "Foreign Minister") and ends in a name of two words or more (or one hyphenated word) that is no
    known place: the name, as a person (the title before it still tells who he is); a lower-case word the recognizer ran
    on at its end is left out."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3 or doc[ent.start].lower_ not in lex.demonyms:
        return []
    start = ent.start + 1
    while start < ent.end and doc[start].text[:1].isupper() and doc[start].lower_ in title_words():
        start += 1
    end = ent.end
    while end > start and (doc[end - 1].is_lower and doc[end - 1].is_alpha or doc[end - 1].tag_ == "POS"):
        end -= 1  # "[Kazakh President Kassym-Jomart Tokayev to]ORG Tashkent": a word the recognizer ran on into (or
        # the possessive ending: "[... Tokayev's]ORG state visit")
    name = doc[start:end]
    words = [t for t in name if t.text != "-"]
    if start == ent.start + 1 or not words or not (len(words) >= 2 or len(name) > len(words)) \
            or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words) \
            or resolve_place(name.text) is not None or resolve_country(name.text) is not None:
        return []
    return [Span(doc, name.start, name.end, label="PERSON")]



def _after_leading_title(ent: Span) -> list[Span]:
    """ "Helen Marsh and [Taoiseach Declan Fogarty]ORG": an organization entity that opens with capitalized title words
    ("Taoiseach", "Prime Minister") and ends in a name of two or three capitalized words (a family-name particle inside
    it may be lower-case: "[Sultan Haitham bin Tariq]ORG") that is no known place, ends
    in no organisation's head word and holds no word never in a person's name: the name, as a person (the title before
    it still tells who he is)."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3 or not doc[ent.start].text[:1].isupper():
        return []
    titles = lexicon().titles
    size = next((k for k in (3, 2, 1) if k < len(ent) - 1 and tuple(t.lower_ for t in ent[:k]) in titles), 0)
    start = ent.start + size
    name = doc[start : ent.end]
    if start == ent.start or not _plain_name(name):
        return []
    return [Span(doc, name.start, name.end, label="PERSON")]


def _plain_name(name: Span) -> bool:
    """name (Span): words read as a person's name. RETURNS (bool): two or three capitalized words (a family-name
    particle inside may be lower-case: "Haitham bin Tariq") that are no known place or country, end in no
    organisation's head word and hold no title word or word never in a person's name."""
    return 2 <= len(name) <= 3 \
        and all(t.is_alpha and (t.text[:1].isupper() or 0 < k < len(name) - 1 and t.lower_ in surname_particles())
                and not t.is_upper for k, t in enumerate(name)) \
        and resolve_place(name.text) is None and resolve_country(name.text) is None \
        and name[-1].text not in organisation_name_heads() and not any(t.lower_ in _never_person_words() for t in name) \
        and not any(t.lower_ in title_words() for t in name)


def _after_lower_title(ent: Span) -> list[Span]:
    """ "Mongolia's parliamentary chairman [Batbayar Dorj]ORG met ...": an organization entity that is a plain name
    (:func:`_plain_name`) right after a title noun written in lower case ("chairman", "minister"): the person the
    title describes."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 1:
        return []
    title = doc[ent.start - 1]
    if not title.is_lower or title.pos_ != "NOUN" or title.lower_ not in title_words() or not _plain_name(ent[:]):
        return []
    return [Span(doc, ent.start, ent.end, label="PERSON")]


def _apposed_to_lower_title(doc: Doc, known: list[Span]) -> list[Span]:
    """ "Congo's foreign minister, [Therese]NORP Mbala, is due to sign ...": a plain name (:func:`_plain_name`) set off
    by commas right after a title noun written in lower case ("minister", "president"), its words in no person's,
    organisation's or place's entity (a nationality the recognizer saw in a given name aside): the person the title
    describes.

    doc (Doc): a parsed doc. known (list[Span]): names found already. RETURNS (list[Span]): the PERSON spans."""
    taken = {i for span in known if span.label_ != "NORP" for i in range(span.start, span.end)}
    titles = title_words()
    out: list[Span] = []
    commas = (doc[int(i)] for i in numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings.add(",")))
    for comma in (t for t in commas if 0 < t.i and doc[t.i - 1].is_lower
                  and doc[t.i - 1].pos_ == "NOUN" and doc[t.i - 1].lower_ in titles):
        for end in (comma.i + 3, comma.i + 4):
            if end >= len(doc) or doc[end].text != ",":
                continue
            name = doc[comma.i + 1 : end]
            if _plain_name(name) and not any(t.i in taken or t.ent_type_ not in ("", "NORP") for t in name):
                out.append(Span(doc, name.start, name.end, label="PERSON"))
            break
    return out


def _given_a_title(ent: Span) -> list[Span]:
    """ "The tribunal declared [Sofía Arriaga]ORG president-elect", "parliament elected [Ana Ruiz]ORG speaker": an
    organization entity that is a plain name (:func:`_plain_name`) right after a verb that gives a post
    (``appointment_verbs`` and ``declaring_verbs`` of ``titles.json``) and right before a lower-case title word: the
    person given the post."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 1 or ent.end >= len(doc) or not _plain_name(ent[:]):
        return []
    verb, title = doc[ent.start - 1], doc[ent.end]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _post_giving_verbs() or not title.is_lower \
            or title.lower_ not in title_words():
        return []
    return [Span(doc, ent.start, ent.end, label="PERSON")]


@cache
def _post_giving_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``appointment_verbs`` and ``declaring_verbs`` of ``titles.json``."""
    data = load_data("titles.json")
    return frozenset(data["appointment_verbs"]) | frozenset(data["declaring_verbs"])


def _after_portfolio(ent: Span, lex: Lexicon) -> list[Span]:
    """ "Minister of Foreign Affairs and [Trade Winston Peters]ORG": an organization span right after an "and" inside a
    title's portfolio (``person_names.portfolio_goes_on``) whose portfolio words (``portfolio_words``) leave a
    name of two or three capitalized words that is no known place: the name, as a person."""
    doc = ent.doc
    if ent.label_ != "ORG" or not portfolio_goes_on(doc, ent.start, lex):
        return []
    start = ent.start
    while ent.end - start > 2 and doc[start].lower_ in portfolio_words() and doc[start].text[:1].isupper():
        start += 1
    name = doc[start : ent.end]
    if start == ent.start or not 2 <= len(name) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper
                                                                 for t in name) \
            or resolve_place(name.text) is not None or resolve_country(name.text) is not None:
        return []
    return [Span(doc, name.start, name.end, label="PERSON")]


def _after_minister_of(ent: Span) -> list[Span]:
    """ "Emirati Minister of [State for Foreign Trade Rashid Al Mansoori]ORG", "Nigeria's [Minister of Industry, Trade
    and Investment Chidi Nwosu]ORG", "Minister for [the Pacific Daniel Corrigan]ORG": an organization span that holds,
    or follows, a title word and "of" or "for", and ends in a
    plain name (:func:`_plain_name`) of no portfolio word after the portfolio's capitalized words (and their "and",
    "for", "of" and commas): the name, as a person."""
    doc = ent.doc
    if ent.label_ != "ORG":
        return []
    titles = title_words()
    of = next((t.i for t in doc[max(ent.start - 2, 0) : ent.end]
               if t.lower_ in ("of", "for") and t.i > 0 and doc[t.i - 1].lower_ in titles), None)
    if of is None:
        return []
    for size in (3, 2):
        name = doc[ent.end - size : ent.end]
        between = doc[of + 1 : name.start]
        if name.start > of + 1 and _plain_name(name) and not any(t.lower_ in portfolio_words() for t in name) \
                and doc[name.start - 1].lower_ != "the" \
                and all(t.text[:1].isupper() or t.lower_ in ("and", "for", "of", ",", "&", "the") for t in between):
            return [Span(doc, name.start, name.end, label="PERSON")]
    return []


def _arrested_names(doc: Doc) -> list[Span]:
    """ "Police arrested [Somchai Rattanakul] on Tuesday" ("Somchai" read as a place, the surname left unlabelled): two
    to four capitalized proper nouns as the object (or passive subject) of a verb of a ``state_agents`` family, not all
    labelled PERSON, that are no known place or country and end in no organisation's head word, are a person's name.
    RETURNS (list[Span]): those names as PERSON spans."""
    if not doc.has_annotation("DEP"):
        return []
    families = state_agent_families()
    found: list[Span] = []
    arr = doc.to_array([POS, DEP])
    deps = numpy.array([doc.vocab.strings.add(d) for d in ("dobj", "nsubjpass")], dtype="uint64")
    for i in numpy.flatnonzero((arr[:, 0] == PROPN) & numpy.isin(arr[:, 1], deps)):  # (no Python pass over every token)
        root = doc[int(i)]
        entry = _lex().verbs.get(root.head.lemma_.lower(), {})
        if root.head.pos_ != "VERB" or str(entry.get("action", "")) not in families or not prep_object_read(root.head, entry):
            continue  # (not "will hold their annual Security Consultative Meeting": "hold" detains only "in custody")
        start = proper_compound_start(root)
        while start < root.i and (doc[start].lower_ in occupation_nouns() or doc[start].lower_ in title_words()
                                  or not doc[start].ent_type_ and doc[start].is_sent_start
                                  and doc[start + 1].text in lexicon().given_names):
            start += 1  # "Journalist Rui Cossa was arrested": the job noun is no part of the name (a sentence's first
            # word before a given name; not "Nguyen Van Long was detained", a family name first)
        name = doc[start : root.i + 1]
        if not 2 <= len(name) <= 4 or all(t.ent_type_ == "PERSON" for t in name) or not all(
                t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in name):
            continue
        if resolve_place(name.text) is not None or resolve_country(name.text) is not None \
                or name[-1].text in organisation_name_heads() or any(t.lower_ in _never_person_words() for t in name):
            continue
        found.append(Span(doc, start, root.i + 1, label="PERSON"))
    return found


def _given_name_before(ent: Span, lex: Lexicon) -> Span:
    """ "President Mahamat [Idriss Deby]PERSON": a PERSON entity right after one unlabelled capitalized proper noun that
    follows a head title word ("President", "Minister") is the whole name (the word is a given name the recognizer left
    out); a word that is a title, an office noun ("Commissioner", "Executive"), a nationality or a place is not."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start < 2:
        return ent
    word, title = doc[ent.start - 1], doc[ent.start - 2]
    if word.ent_type_ or word.pos_ != "PROPN" or not word.is_alpha or not word.text[:1].isupper() or word.is_upper \
            or word.lower_ in title_words() or word.lower_ in lex.demonyms or resolve_place(word.text) is not None \
            or word.dep_ != "compound" or word.head.i < ent.start or not title.text[:1].isupper() \
            or title.lower_ not in lex.heads or word.lower_ in lex.heads or word.lower_.endswith(("er", "or", "ive", "ist")):
        # (a head title right before it, "President Mahamat"; not "Trade Commissioner", "Chief Executive")
        return ent
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


def _without_conjunction(ent: Span) -> Span:
    """ "The summit between [Lula and]PERSON Sanchez": an entity that runs on into the coordinating conjunction after
    its name ends before it (one that is nothing but the conjunction stays as it is)."""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].lower_ in ("and", "or", "&"):
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


def _place_before_title(ent: Span, lex: Lexicon) -> bool:
    """ent (Span): a PERSON entity. RETURNS (bool): it is a known region or city right before a title head ("former
    [Tamaulipas] governor", "[Olancho] mayor"): the place whose office the title names."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in lex.heads:
        return False
    place = resolve_place(ent.text)
    return place is not None and place.kind in ("region", "city")


def _nationality_before_title(ent: Span, lex: Lexicon) -> bool:
    """ "[Kenyan Trade]PERSON Cabinet Secretary X": a PERSON entity that opens with a nationality word and runs up to a
    title's head word ("Secretary", "Minister") is the title's first words, no name."""
    doc = ent.doc
    if ent[0].lower_ not in lex.demonyms:
        return False
    return any(doc[k].lower_ in lex.heads and doc[k].text[:1].isupper() for k in range(ent.end, min(ent.end + 3, len(doc))))


def _run_on_surname(ent: Span, lex: Lexicon) -> Span:
    """ "counterpart [Teresa Monteiro]PERSON Alves", "President [Brice Clotaire]PERSON Oligui Nguema": a PERSON entity
    whose last word is a compound of a capitalized, unlabelled proper noun after it (the head of the name, up to three
    words on, every word between a compound of it too) runs on to that word: the family name(s)."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc) or len(ent) < 2:
        return ent
    last = doc[ent.end - 1]
    head = last.head
    if last.dep_ != "compound" or not last.whitespace_ or not ent.end <= head.i <= ent.end + 2:
        return ent
    words = doc[ent.end : head.i + 1]
    for nxt in words:
        if nxt.ent_type_ or nxt.pos_ != "PROPN" or not nxt.is_alpha or not nxt.text[:1].isupper() or nxt.is_sent_start \
                or nxt.i != head.i and (nxt.dep_ != "compound" or nxt.head.i != head.i):
            return ent
        if nxt.lower_ in lex.heads or nxt.lower_ in lex.demonyms or resolve_country(nxt.text) is not None:
            return ent
        if resolve_place(nxt.text) is not None and last.lower_ not in surname_particles():
            return ent  # (but "Prime Minister [Leila Ben]PERSON Salem": a family name after its particle, whatever
            # town shares it)
    return Span(doc, ent.start, head.i + 1, label="PERSON")


def _cut_at_verb(ent: Span, lex: Lexicon) -> list[Span]:
    """ "[Iwaya met Modi]ORG", "Minister [Mendoza met Sommerfeld]PERSON": an entity the recognizer ran across a
    lower-case event verb is the names on either side of it; a side of capitalized words that is no known place or
    country is a person's name (PERSON), any other side keeps the entity's label."""
    doc = ent.doc
    cuts = [t.i for t in ent[1:-1] if t.pos_ in ("VERB", "AUX") and t.text[:1].islower() and t.lemma_ in lex.trigger_verbs
            and doc[t.i - 1].whitespace_]  # (not "Ahn Gyu-[back]": a word hyphened to the one before is the name's)
    if not cuts or ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return [ent]
    parts: list[Span] = []
    for start, end in zip([ent.start, *(c + 1 for c in cuts)], [*cuts, ent.end]):
        if start >= end:
            continue
        part = doc[start:end]
        person = all(t.is_alpha and t.text[:1].isupper() for t in part) and resolve_place(part.text) is None \
            and resolve_country(part.text) is None
        parts.append(Span(doc, start, end, label="PERSON" if person else ent.label_))
    return parts


def _trigger_subject_names(doc: Doc, lex: Lexicon, ents: list[Span]) -> list[Span]:
    """ "Gutierrez met Sommerfeld", "Sheikh Mohammed met Takaichi", "Mendoza met Sommerfeld": a capitalized proper
    noun (with its capitalized compounds) that is the subject of an event verb and that the recognizer missed or
    called a place it is not (no known country or place) is a person's name (a follow-up article's surname). A known
    city there is a person only when the verb's object is a person's name ("Porto will host Lyon" stays a club)."""
    if not doc.has_annotation("DEP"):
        return []
    persons = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    found: list[Span] = []
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i in persons or not tok.text[:1].isupper() or not tok.is_alpha \
                or tok.pos_ not in ("PROPN", "NOUN", "VERB") or tok.head.pos_ not in ("VERB", "AUX") \
                or tok.pos_ == "VERB" and not any(c.dep_ == "cc" for c in tok.children) \
                or not _tells_event(tok.head, lex) or _predicate_of_be(tok.head) \
                or tok.ent_type_ not in ("", "GPE", "PERSON", "NORP") and not (
                    tok.ent_type_ == "ORG" and _own_event(tok.head, lex) is not None and not tok.is_upper) \
                or tok.ent_type_ == "NORP" and not _misread_surname(tok):
            continue
        if tok.lower_ in lex.heads or tok.lower_ in title_words() or tok.text in lex.honorifics or tok.lower_ in lex.demonyms \
                or tok.lower_.endswith("s") and (tok.lower_[:-1] in lex.heads or tok.lower_[:-1] in title_words()) \
                or tok.lower_ in _state_agent_words() or tok.lower_ in people_nouns() \
                or tok.lower_ in _never_person_words() \
                or tok.lower_ in portfolio_words() and any(t.lower_ in lex.heads for t in doc[tok.i + 1 : tok.i + 5]) \
                or tok.lower_ in STOP_WORDS or tok.i == 0 and tok.pos_ == "NOUN" and not _proper_elsewhere(tok) \
                and not _surname_opening(tok, lex) \
                or tok.tag_ in ("NNS", "NNPS") and not (_proper_elsewhere(tok) and meets_named_person(tok)) \
                and not _named_plural_with_own_event(tok, lex) \
                or plural_nationality(tok) is not None \
                or any(c.dep_ in ("det", "poss") for c in tok.children) \
                or _plural_thing(tok) \
                or (tok.is_sent_start or tok.i > 0 and doc[tok.i - 1].text in ("-", "—", "–")) and len(
                    [c for c in tok.conjuncts if c.text[:1].islower() and c.pos_ == "NOUN"]) >= 2:
            continue  # "Their Majesties were welcomed": no name; "Tea, cement and pharmaceutical firms are expected
            # to join the trip": a common noun capitalized at the sentence's start, listed with others
        if tok.ent_type_ == "GPE" and (whole := next((e for e in doc.ents if e.start <= tok.i < e.end), None)) is not None \
                and len(whole) > 1 and resolve_place(whole.text) is not None:
            continue  # "[New Zealand]GPE will host the summit": the country, not a person called Zealand
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                and (doc[start - 1].ent_type_ in ("", "PERSON") or tok.ent_type_ == "NORP") \
                and not (tok.ent_type_ == "NORP" and (doc[start - 1].text in lex.honorifics
                                                      or doc[start - 1].lower_ in title_words())) \
                and doc[start - 1].i not in persons and doc[start - 1].lower_ not in lex.heads and doc[start - 1].lower_ not in lex.name_titles:
            start -= 1
        span = doc[start : tok.i + 1]
        if tok.ent_type_ == "NORP" and len(span) < 2:
            continue  # a people's word taken alone ("Labour will vote"): only a given name before it makes a person
        if is_vessel(span):
            continue  # "HMS Calder will call at Cam Ranh": a ship (see vessels)
        place = resolve_place(tok.text)
        if resolve_country(span.text) is not None and place is None or place is not None and place.kind != "city" \
                or place is not None and not meets_named_person(tok):
            continue
        found.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return found


def _plural_thing(tok: Token) -> bool:
    """tok (Token): a capitalized subject. RETURNS (bool): it is the plural of a thing an act opens, closes or acts on
    (a ``what_heads`` word of ``families.json``: "Schools were shut in Kumasi", "Bridges were reopened"), which the
    tagger reads as a name after a dateline."""
    return tok.lower_.endswith("s") and tok.text[1:].islower() and (tok.lower_ in _thing_words()
                                                                     or tok.lower_[:-1] in _thing_words())


@cache
def _thing_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): every ``what_heads`` word of ``families.json`` (lower case)."""
    heads = load_data("families.json")["what_heads"]
    return frozenset(w.lower() for words in heads.values() if isinstance(words, list) for w in words)


def _named_plural_with_own_event(tok: Token, lex: Lexicon) -> bool:
    """tok (Token): a capitalized subject the tagger reads as a plural noun. RETURNS (bool): it is a surname ending in
    -s all the same ("Carstairs has cancelled her trip to Fiji"): the recognizer names it (a place, a people or a
    person), the gazetteer knows no such place, and its verb acts on "her" or "his" event (:func:`_own_event`)."""
    return tok.ent_type_ in ("GPE", "NORP", "PERSON") and tok.is_title and resolve_place(tok.text) is None \
        and _own_event(tok.head, lex) is not None


def _title_word(tok: Token, lex: Lexicon) -> bool:
    """RETURNS (bool): the word is a title's head, a title word or an honorific ("President", "Minister", "Dr"): no
    part of a name."""
    return tok.lower_ in lex.heads or tok.lower_ in title_words() or tok.text in lex.honorifics


def _hyphenated_given_names(doc: Doc, lex: Lexicon, ents: list[Span]) -> list[Span]:
    """ "[Han Seung-min], South Korea's defence minister, will meet ...": a capitalized surname and a hyphenated given
    name whose second part is written in lower case (the way Korean names are romanized), left unlabelled by the
    recognizer (the surname may be a one-word entity of another kind: "[Han]NORP"), are a person's name, unless a word of it is a title, head word or honorific, the first two words name a
    known place ("New York-based"), or the lower-case part is one of ``hyphen_suffix_blocks`` of ``names.json``
    ("-based", "-led").

    doc (Doc): the parsed text. lex (Lexicon): the actor lexicon. ents (list[Span]): the names found so far.
    RETURNS (list[Span]): the new names, labelled PERSON."""
    taken = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    blocks = _hyphen_suffix_blocks()
    found: list[Span] = []
    for i in range(len(doc) - 3):
        words = doc[i : i + 4]
        first, given, dash, tail = words
        if dash.text != "-" or given.whitespace_ or dash.whitespace_ or not tail.is_alpha or not tail.is_lower \
                or tail.lower_ in blocks or len(tail) > 6 or any(t.i in taken or t.ent_iob_ != "O" for t in words[1:]) \
                or first.i in taken or first.ent_iob_ == "I" or first.ent_iob_ == "B" and doc[i + 1].ent_iob_ == "I" \
                or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.pos_ == "PROPN" for t in (first, given)) \
                or i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() \
                and doc[i - 1].lower_ not in lex.heads and doc[i - 1].lower_ not in title_words() \
                and doc[i - 1].text not in lex.honorifics \
                or any(_title_word(t, lex) for t in (first, given)) \
                or resolve_place(f"{first.text} {given.text}") is not None or resolve_place(first.text) is not None \
                or resolve_place(given.text) is not None:
            continue
        found.append(Span(doc, i, i + 4, label="PERSON"))
    return found


@cache
def _hyphen_suffix_blocks() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``hyphen_suffix_blocks`` of ``names.json``: lower-case words after a hyphen that make
    a compound adjective, no given name ("Seoul-based", "US-led")."""
    return frozenset(load_data("names.json")["hyphen_suffix_blocks"])


def _event_owner_names(doc: Doc, lex: Lexicon, ents: list[Span]) -> list[Span]:
    """ "[Marguerite Olande]'s planned visit to Goma was cancelled": two or three capitalized proper nouns the recognizer
    left unlabelled, the possessor ("'s") of an event noun, are a person's name, unless they name a known place or
    country or a word of them is a title, a head word or an honorific.

    doc (Doc): the parsed text. lex (Lexicon): the actor lexicon. ents (list[Span]): the names found so far.
    RETURNS (list[Span]): the new names, labelled PERSON."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    for tok in doc:
        if tok.dep_ != "poss" or tok.pos_ != "PROPN" or tok.ent_iob_ != "O" or tok.i in taken \
                or tok.head.pos_ != "NOUN" or tok.head.lower_ not in lex.trigger_words \
                or not any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in tok.children):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_iob_ == "O" and doc[start - 1].i not in taken:
            start -= 1
        span = doc[start : tok.i + 1]
        if not 2 <= len(span) <= 3 or any(not t.is_alpha or not t.text[:1].isupper() or t.is_upper
                                          or _title_word(t, lex)
                                          or t.lower_ in lex.demonyms for t in span) \
                or resolve_place(span.text) is not None or resolve_country(span.text) is not None \
                or any(resolve_place(t.text) is not None for t in span):
            continue
        found.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return found


def _predicate_of_be(verb: Token) -> bool:
    """verb (Token): the head of a subject. RETURNS (bool): it is "be" with a predicate noun or adjective ("Turnout in
    Sunday's election was 41 percent", "Attendance was low"): it says what the subject is, no one's presence or act."""
    return verb.lemma_ == "be" and any(c.dep_ == "attr" or c.dep_ == "acomp" and not any(
        g.dep_ in ("xcomp", "prep") for g in c.children) for c in verb.children)  # (not "X had been due to meet Y",
    # "is due in Lima")


def _misread_surname(tok: Token) -> bool:
    """tok (Token): a subject the recognizer calls a nationality or group (NORP). RETURNS (bool): it may be a surname
    all the same ("[Ararat]ORG [Mirzoyan]NORP will travel to Baku"): a singular capitalized proper noun, no known
    nationality, people's word or country, after a capitalized compound (checked by the caller)."""
    return tok.tag_ == "NNP" and tok.is_title and tok.lower_ not in lexicon().demonyms \
        and plural_nationality(tok) is None and resolve_country(tok.text) is None


@cache
def _state_agent_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``state_agents`` words of ``titles.json`` ("police", "authorities"): a capitalized
    one opening a sentence ("Police in Togo arrested ...") is no person's name."""
    return frozenset(load_data("titles.json")["state_agents"]["words"])


@cache
def state_agent_families() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``state_agents`` families of ``titles.json`` (arrest, charge): acts a state's
    unnamed agents do to people."""
    return frozenset(load_data("titles.json")["state_agents"]["families"])


def _proper_elsewhere(tok: Token) -> bool:
    """tok (Token): a capitalized word opening the text, tagged a common noun. RETURNS (bool): whether it is a proper
    name all the same: the gazetteer knows it ("Torres has postponed his visit": a town's name, a person's here when
    :func:`meets_named_person` says so), or the text writes it capitalized inside a sentence."""
    return resolve_place(tok.text) is not None or any(
        t.text == tok.text and not t.is_sent_start for t in tok.doc if t.i != tok.i)


def _tells_event(verb: Token, lex: Lexicon) -> bool:
    """verb (Token): the head of a subject. RETURNS (bool): whether its subject does an event: an event verb, a verb of
    "his" or "her" event (:func:`_own_event`) or a light verb of an event noun (:func:`_held_event`)."""
    return verb.lemma_ in lex.trigger_verbs or _own_event(verb, lex) is not None or _held_event(verb, lex)


def _surname_opening(tok: Token, lex: Lexicon) -> bool:
    """tok (Token): a capitalised singular noun opening the text, subject of a verb. RETURNS (bool): it reads as a
    surname told alone in a follow-up ("Ramdewar has cancelled his visit to Brunei"): the verb acts on "his" or "her"
    event (:func:`_own_event`), and the word is written nowhere in lower case (not "Illness", "Security")."""
    if tok.tag_ != "NN" or _own_event(tok.head, lex) is None:
        return False
    return not any(t.text == tok.lower_ for t in tok.doc)


def _owned_by_a_person(noun: Token) -> bool:
    """noun (Token): a noun. RETURNS (bool): whether "his" or "her" owns it ("her meeting", "his visit")."""
    return any(g.dep_ == "poss" and g.lower_ in ("his", "her") for g in noun.children)


def _own_event(verb: Token, lex: Lexicon) -> Token | None:
    """verb (Token): a verb. RETURNS (Token | None): its object when that is an event noun owned by a person's
    pronoun ("cancelled [her meeting] with Quiroga", "called off [his visit]"), else None."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in lex.trigger_words and _owned_by_a_person(c)),
                None)


def _surnames_told_again(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "President Jose Ramos-Horta ... [Ramos]GPE-Horta accepted an invitation": a hyphenated surname of a person named
    in full before (two or more words, the last hyphenated), told again on its own where the recognizer labelled it
    otherwise or cut it, and that the gazetteer does not know as a place, is that person's name again.

    doc (Doc): a tagged doc. ents (list[Span]): the entities so far. RETURNS (list[Span]): PERSON spans of such repeats."""
    persons = [e for e in ents if e.label_ == "PERSON" and len(e) >= 3]
    taken = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    found: list[Span] = []
    for person in persons:
        last = person.text.split()[-1] if person.text.split() else ""
        if "-" not in last.strip("-") or resolve_place(last) is not None:
            continue
        start = doc.text.find(last, person.end_char)
        while start >= 0:
            span = doc.char_span(start, start + len(last))
            end_ok = start + len(last) >= len(doc.text) or not doc.text[start + len(last)].isalnum()
            if span is not None and end_ok and (start == 0 or not doc.text[start - 1].isalnum()) \
                    and not any(i in taken for i in range(span.start, span.end)):
                found.append(Span(doc, span.start, span.end, label="PERSON"))
                taken.update(range(span.start, span.end))
            start = doc.text.find(last, start + len(last))
    return found


def _full_names_of_surnames(doc: Doc, lex: Lexicon, ents: list[Span]) -> list[Span]:
    """ "[Koffi Adjovi] withdrew from the race ... [Adjovi]PERSON met Soglo": two or three capitalized proper nouns the
    recognizer left unlabelled (or labelled an organization, when they are a plain name: :func:`_plain_name`), in one
    sentence, whose last word is a one-word person's name it labelled elsewhere in the doc, and that hold no title,
    heads or demonym word and are no known place, are that person's full name.

    doc (Doc): a tagged doc. lex (Lexicon): the actor lexicon. ents (list[Span]): the entities so far. RETURNS
    (list[Span]): PERSON spans of such full names."""
    surnames = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    taken = {i for e in ents for i in range(e.start, e.end)}
    found: list[Span] = [Span(doc, e.start, e.end, label="PERSON") for e in ents
                         if e.label_ == "ORG" and e[-1].text in surnames and _plain_name(e[:])]  # ("[Koffi Adjovi]ORG
    # plans to hold a rally ... [Adjovi]PERSON, a former finance minister")
    for tok in doc:
        if tok.text not in surnames or tok.i in taken or tok.ent_iob_ != "O":
            continue
        start = tok.i
        while start > tok.i - 2 and start > tok.sent.start and (w := doc[start - 1]).ent_iob_ == "O" and w.pos_ == "PROPN" \
                and w.is_alpha and w.text[:1].isupper() and not w.is_upper and w.lower_ not in lex.heads \
                and w.lower_ not in title_words() and w.lower_ not in lex.demonyms and w.i not in taken \
                and w.tag_ != "NNPS":  # ("High Commissioner for [Refugees] Sofia Lindgren": a plural, the portfolio)
            start -= 1
        name = doc[start : tok.i + 1]
        if start == tok.i or resolve_place(name.text) is not None or resolve_country(name.text) is not None:
            continue
        found.append(Span(doc, start, tok.i + 1, label="PERSON"))
        taken.update(range(start, tok.i + 1))
    return found


#: Families of a journey noun whose one-word possessor is a person ("Wibisono's visit").
_PERSONAL_TRIPS = frozenset({"visit", "travel", "arrive"})


def _partner_surnames(doc: Doc, lex: Lexicon, ents: list[Span]) -> list[Span]:
    """ "Torres cancelled her meeting with [Quiroga]GPE", "[Luis Quiroga]PERSON met [Torres]": one capitalized word the
    recognizer left unlabelled or called a place or an organisation, that the gazetteer does not know, is a person's
    name when a person meets it: the object of a person's event verb, or after "with" on an event noun a person's
    pronoun owns; so is the second of a person and a name that do an event together, and the one-word possessor of a
    journey noun ("Wibisono's visit to Prague"), and the two sides of an event noun's "between" ("the meeting between
    Ruiz and Castano")."""
    if not doc.has_annotation("DEP"):
        return []
    persons = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    found: list[Span] = []
    for tok in doc:
        if tok.i in persons or tok.pos_ != "PROPN" or not tok.is_alpha or not tok.text[:1].isupper() or tok.is_upper \
                or tok.ent_type_ not in ("", "GPE", "ORG") or tok.lower_ in lex.heads or tok.lower_ in title_words() \
                or tok.lower_ in lex.demonyms or any(c.dep_ in ("det", "poss", "amod") for c in tok.children) \
                or tok.dep_ == "compound" or resolve_place(tok.text) is not None or resolve_country(tok.text) is not None:
            continue
        start = tok.i
        if tok.dep_ == "conj":  # "Asante-Boateng": a name of hyphenated parts
            while start > 0 and doc[start - 1].head.i == tok.i and (doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper()
                                                                   or doc[start - 1].text == "-"):
                start -= 1
        titled = [c for c in tok.children if c.dep_ == "compound" and c.i < start]
        if titled and (tok.dep_ != "poss" or not _title_before(titled)) or start < tok.i and doc[start].text == "-":
            continue  # (a title before the name counts on a journey's possessor only: "President [Ruto]'s visit")
        head = tok.head
        if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in lex.trigger_verbs:
            met = any(c.dep_ == "nsubj" and c.i in persons for c in head.children)
        elif tok.dep_ == "conj" and head.dep_ == "nsubj" and head.i in persons and head.head.lemma_ in lex.trigger_verbs:
            met = True  # "[Tremblay] and [Asante-Boateng]ORG signed the treaty": the second signer is a person too
        elif tok.dep_ == "poss" and head.pos_ == "NOUN" and _lex().nouns.get(head.lower_, {}).get("action") in _PERSONAL_TRIPS \
                and tok.ent_type_ in ("", "ORG") and not acronym(Span(doc, start, tok.i + 1)):
            met = True  # "[Wibisono]ORG's visit to Prague was put off": a person's journey
        elif tok.dep_ == "pobj" and head.lower_ == "with" and head.head.lower_ in lex.trigger_words:
            met = _owned_by_a_person(head.head)
        elif tok.ent_type_ == "" and (tok.dep_ == "pobj" and head.lower_ == "between"
                                      and head.head.lower_ in lex.trigger_words
                                      and any(c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == ""
                                              for c in tok.children)
                                      or tok.dep_ == "conj" and head.dep_ == "pobj" and head.pos_ == "PROPN"
                                      and head.ent_type_ == "" and head.head.lower_ == "between"
                                      and head.head.head.lower_ in lex.trigger_words):
            met = True  # "The meeting between [Ruiz] and [Castano] in Geneva has been postponed": two people, named
            # by surname as a story told before named them (both unlabelled: "talks between [Hamas]ORG and
            # [Fatah]ORG" are bodies)
        else:
            continue
        if met:
            found.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return found


def _title_before(compounds: list[Token]) -> bool:
    """compounds (list[Token]): the compound words before a name. RETURNS (bool): whether they and their own modifiers
    are all title words or nationalities ("President", "Kenyan Foreign Minister"), no name of their own."""
    words = title_words()
    demonyms = lexicon().demonyms
    return all(g.lower_ in words or g.lower_ in demonyms or g.dep_ == "punct"
               for c in compounds for g in c.subtree)


def _held_event(verb: Token, lex: Lexicon) -> bool:
    """verb (Token): a verb. RETURNS (bool): whether it is a light verb (``light_verbs`` of ``triggers.json``) whose
    object is an event noun ("Forsythe [held talks] with ..."), or the length of one ("held about four hours of
    talks": ``length_frames``)."""
    return verb.lemma_.lower() in _lex().light and any(
        c.dep_ == "dobj" and (c.lower_ in lex.trigger_words or c.lower_ in _length_frames() and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in lex.trigger_words for g in p.children)
            for p in c.children)) for c in verb.children)


@cache
def _length_frames() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``length_frames`` of ``triggers.json`` ("hours", "days"): units that count out an
    event noun after "of" ("two days of talks")."""
    return frozenset(load_data("triggers.json")["length_frames"])


def meets_named_person(tok: Token) -> bool:
    """Whether ``tok`` is the subject of an event verb whose object the recognizer calls a person ("Mendoza met
    [Sommerfeld]PERSON"), or is joined by "and" to a name that is no place ("Torres and Quiroga met", "Torres and
    [Luis Quiroga]PERSON met"), or of a verb whose object is "his" or "her" event ("Torres cancelled her meeting"):
    then ``tok`` is a person too, even when a town has its name."""
    head = tok.head
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and _own_event(head, lexicon()) is not None:
        return True
    mates = [c for c in tok.children if c.dep_ == "conj"]
    paired = any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children) and any(
        m.pos_ == "PROPN" and m.text[:1].isupper() and m.is_alpha and not m.is_upper and m.ent_type_ in ("", "PERSON", "ORG")
        and resolve_place(m.text) is None and resolve_country(m.text) is None for m in mates)
    if paired and tok.dep_ == "pobj" and head.lower_ == "between" and head.head.lower_ in lexicon().trigger_words:
        return True  # "The talks between Torres and Vega have been moved": two sides of talks
    if tok.dep_ == "poss" and head.pos_ == "NOUN" and head.lower_ in lexicon().trigger_words \
            and head.lower_ not in lexicon().gatherings:
        return True  # "Torres' trip has been moved": a person's journey (a town holds a festival, it makes no trip)
    if tok.dep_ != "nsubj" or head.lemma_ not in lexicon().trigger_verbs or head.pos_ != "VERB":
        return False
    if paired:
        return True
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" and resolve_place(c.text) is None for c in head.children)


def _listed_with_people(ent: Span) -> bool:
    """ "Ghana's John Mahama, Nigeria's [Bola Tinubu]ORG and Senegal's Bassirou Diomaye Faye": two or three capitalized
    words the recognizer called an organization (or a building, a product, a work: "Norway's [Andreas Bjelland
    Eriksen]FAC"), after a country's possessive and conjoined with a person's name, are a person's name too."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") or not 2 <= len(ent) <= 3 or ent.start < 2 \
            or doc[ent.start - 1].text not in ("'s", "’s") \
            or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in ent):
        return False
    if resolve_country(doc[ent.start - 2].text) is None:
        return False
    last = ent[-1]
    mates = [last.head] if last.dep_ == "conj" else []
    mates += [c for c in last.children if c.dep_ == "conj"]
    return any(m.ent_type_ == "PERSON" for m in mates)


def _after_honorific(ent: Span, lex: Lexicon) -> list[Span]:
    """ "did not meet Mr [Mutharika]GPE": an entity of capitalized words right after an honorific (``honorifics`` of
    ``titles.json``: "Mr", "Ms", "Dr") is a person's name, whatever the recognizer called it."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].text not in lex.honorifics \
            or not all(t.is_alpha and t.text[:1].isupper() for t in ent):
        return []
    return [Span(doc, ent.start, ent.end, label="PERSON")]


def _after_name_title(ent: Span, lex: Lexicon) -> list[Span]:
    """ "[The Honourable Nadia Kerr]ORG": an entity that opens with a title always followed by a name (``name_titles``,
    after an optional "the") is that name, when the rest is capitalized words and no known place."""
    doc = ent.doc
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    size = next((k for k in (3, 2) if start + k < ent.end and " ".join(t.lower_ for t in doc[start : start + k]) in lex.name_titles), 1)
    if start + size >= ent.end or " ".join(t.lower_ for t in doc[start : start + size]) not in lex.name_titles \
            or not doc[start].text[:1].isupper():
        return []  # "[Field Marshal Asim Munir]ORG": a title of several words always followed by a name
    name = doc[start + size : ent.end]
    if not all(t.is_alpha and t.text[:1].isupper() for t in name) or resolve_place(name.text) is not None:
        return []
    return [Span(doc, name.start, name.end, label="PERSON")]


def _unlabelled_titled_names(doc: Doc, lex: Lexicon) -> list[Span]:
    """Names the recognizer left unlabelled after a title that always precedes a name ("King [Willem-Alexander]",
    "Queen [Maxima]", ``name_titles`` in ``titles.json``): the capitalized proper nouns that follow."""
    found: list[Span] = _names_after_title_of_country(doc, lex)
    for tok in doc:
        if not tok.text[:1].isupper():
            continue
        start = tok.i + 1
        if tok.lower_ not in lex.name_titles:
            # "the Asantehene, Otumfuo Osei Tutu II, at ...": a name set off by commas after "the" and a one-word title
            if not (tok.i > 0 and doc[tok.i - 1].lower_ == "the" and (tok.lower_,) in lex.titles and start + 2 < len(doc)
                    and doc[start].text == ","):
                continue
            start += 1
        end = start
        while end < len(doc) and doc[end].ent_iob_ == "O" and (
                doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].lower_ not in lex.heads
                or doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
                or end > start and _REGNAL.fullmatch(doc[end].text) is not None):  # "King Frederik X"
            end += 1
        if start > tok.i + 1 and (end - start < 2 or end >= len(doc) or doc[end].text != ","):
            continue
        if end > start and doc[end - 1].text != "-":
            found.append(Span(doc, start, end, label="PERSON"))
    return found + _names_after_national_title(doc, lex) + _names_after_plural_title(doc, lex) + _names_after_occupation(doc, lex) \
        + _unlabelled_given_names(doc, lex) + _names_after_country_possessive(doc) + _names_after_portfolio_title(doc, lex) \
        + _titled_subject_names(doc, lex)


def _titled_subject_names(doc: Doc, lex: Lexicon) -> list[Span]:
    """ "FORTALEZA, June 9 (Wire) - Mayor [Otavio Pinheiro] has called off ...": two or three capitalized proper nouns
    the recognizer left unlabelled right after a capitalized one-word title ("Mayor", "Governor"), the last of them a
    clause's subject, none a title word or an office's head, neither the whole nor its first word a known place: the
    titled person's name. RETURNS (list[Span]): those names as PERSON spans."""
    found: list[Span] = []
    for tok in doc:
        if not tok.text[:1].isupper() or (tok.lower_,) not in lex.titles or tok.ent_iob_ != "O" or tok.dep_ != "compound":
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" \
                and doc[end].is_alpha and doc[end].text[:1].isupper() and not _title_word(doc[end], lex):
            end += 1
        if 2 <= end - tok.i - 1 <= 3 and doc[end - 1].dep_ in ("nsubj", "nsubjpass") and doc[end - 1].i == tok.head.i \
                and resolve_place(doc[tok.i + 1 : end].text) is None and resolve_place(doc[tok.i + 1].text) is None:
            found.append(Span(doc, tok.i + 1, end, label="PERSON"))
    return found


@cache
def _portfolio_title_regex() -> "re.Pattern[str]":
    """RETURNS (re.Pattern[str]): the ``portfolio_titles`` of ``titles.json`` as whole words ("Minister")."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in load_data("titles.json")["portfolio_titles"]) + r")\b")


def _names_after_portfolio_title(doc: Doc, lex: Lexicon) -> list[Span]:
    """ "Economy Minister X and Trade Minister [Renata Alves] signed": two or three capitalized proper nouns the
    recognizer left unlabelled right after a capitalized portfolio word (``portfolio_words``) and its title word
    ("Minister", "Secretary"), ending before a word that is no capitalized name, no title word, place or country: the
    minister's name. RETURNS (list[Span]): those names as PERSON spans."""
    found: list[Span] = []
    for m in _portfolio_title_regex().finditer(doc_text(doc)):  # (no pass over every token)
        span = doc.char_span(m.start(), m.end())
        if span is None:
            continue
        tok = span[0]
        end = tok.i + 1
        if tok.i == 0 \
                or doc[tok.i - 1].lower_ not in portfolio_words() or not doc[tok.i - 1].text[:1].isupper():
            past = _past_portfolio_phrase(doc, tok.i + 1)  # "Uganda's Minister of State for Sports [Moses Okello]"
            if past is None:
                continue
            end = past
        first = end
        while end < len(doc) and end - first <= 2 and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" \
                and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_upper \
                and doc[end].lower_ not in title_words():
            end += 1
        name = doc[first:end]
        if 2 <= len(name) <= 3 and (end == len(doc) or not doc[end].text[:1].isupper()) \
                and resolve_place(name.text) is None and resolve_country(name.text) is None:
            found.append(Span(doc, name.start, name.end, label="PERSON"))
    return found


def _past_portfolio_phrase(doc: Doc, k: int) -> int | None:
    """doc (Doc): the doc. k (int): the index right after a title word ("Minister").
    RETURNS (int | None): the index after its "of"/"for" portfolio phrase of capitalized portfolio words, "State" or
    places ("of State for Sports", "for the Pacific"), when there is one; else None."""
    told = False
    while k < len(doc) and doc[k].lower_ in ("of", "for"):
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        words = 0
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].ent_type_ != "PERSON" and (
                doc[k].lower_ in portfolio_words() or doc[k].lower_ == "state" or resolve_place(doc[k].text) is not None):
            k, words = k + 1, words + 1
        if not words:
            return None
        told = True
        while k < len(doc) and doc[k].lower_ in ("and", "&") and k + 1 < len(doc) and doc[k + 1].text[:1].isupper() \
                and doc[k + 1].lower_ in portfolio_words():
            k += 2
    return k if told else None


@cache
def _name_leading_nouns() -> frozenset[str]:
    return frozenset(load_data("titles.json")["name_leading_nouns"])


@cache
def _building_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): capitalized words that make a name after a given name a building's or an
    organisation's ("Victoria Hall", "Grace Church"): ``venue_heads`` and ``building_heads`` of ``places.json`` and the
    organisation name heads."""
    places = load_data("places.json")
    return organisation_name_heads() | frozenset(places["venue_heads"]) | frozenset(places["building_heads"])


def _unlabelled_given_names(doc: Doc, lex: Lexicon) -> list[Span]:
    """ "Foreign Minister [Ana Torres] of Peru", "[Ana Torres] and Luis Quiroga met": a known given name the recognizer
    left unlabelled, followed by one or two capitalized proper nouns it left unlabelled too, is a person's name, unless
    the whole is a known place or a word after the given name heads a title, an organisation or a building ("Victoria
    Hall", "Grace Church")."""
    found: list[Span] = []
    blocked = _building_words()
    for tok in doc:
        if tok.text not in lex.given_names or tok.ent_iob_ != "O" or tok.pos_ != "PROPN" \
                or tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text[:1].isupper() \
                and doc[tok.i - 1].lower_ not in lex.heads and (doc[tok.i - 1].lower_,) not in lex.titles:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 2 and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" \
                and doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].is_upper \
                and doc[end].lower_ not in lex.heads and doc[end].text not in blocked and doc[end].lower_ not in title_words():
            end += 1
        if end > tok.i + 1 and resolve_place(doc[tok.i : end].text) is None and resolve_country(doc[tok.i : end].text) is None:
            found.append(Span(doc, tok.i, end, label="PERSON"))
    return found


def _names_after_occupation(doc: Doc, lex: Lexicon) -> list[Span]:
    """ "acquitted former land official [Azman Rashid] of laundering", "property developer [Lim Wei Jie]": two to four
    capitalized proper nouns the recognizer left unlabelled right after a lower-case job noun (``occupation_nouns``)
    and before a word that is no proper noun are a person's name, unless they are a known place or end in an
    organisation's head word ("developer Evergrande Group" stays a company)."""
    found: list[Span] = []
    nouns = occupation_nouns()
    for tok in doc[:-2]:
        if tok.lower_ not in nouns or not tok.text.islower() or tok.pos_ != "NOUN":
            continue
        start = end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].text[:1].isupper() and not doc[end].is_upper and doc[end].lower_ not in lex.heads \
                and doc[end].lower_ not in lex.demonyms and not doc[end].is_sent_start:
            end += 1
        if not 2 <= end - start <= 4 or end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].ent_iob_ != "O"
                                                               and doc[end].text[:1].isupper()):
            continue
        name = doc[start:end]
        if resolve_place(name.text) is not None or resolve_country(name.text) is not None \
                or any(resolve_place(t.text) is not None for t in name) or name[-1].text in organisation_name_heads():
            continue
        found.append(Span(doc, start, end, label="PERSON"))
    return found


def _names_after_plural_title(doc: Doc, lex: Lexicon) -> list[Span]:
    """ "talks between Presidents [Xi Jinping] and Joe Biden", "Foreign Ministers [Arif Wicaksono] and Sok Vannarith":
    capitalized proper nouns the recognizer left unlabelled right after a capitalized plural title (a known title with
    its last word in the plural) and before "and" or a comma are a person's name (two words or more; one before "and")."""
    found: list[Span] = []
    for tok in doc[:-2]:
        if not (tok.text[:1].isupper() and tok.lower_.endswith("s") and tok.tag_ in ("NNPS", "NNS", "NNP")):
            continue
        single = tok.lower_[:-1]
        if not any(tuple(t.lower_ for t in doc[tok.i - size + 1 : tok.i]) + (single,) in lex.titles
                   and all(t.text[:1].isupper() for t in doc[tok.i - size + 1 : tok.i + 1])
                   for size in range(1, min(lex.max_len, tok.i + 1) + 1)):
            continue
        start = tok.i + 1
        for _ in range(4):  # "Presidents A, B and C"
            end = start
            while end < len(doc) and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                    and doc[end].text[:1].isupper() and doc[end].lower_ not in lex.heads \
                    and doc[end].lower_ not in lex.gatherings and resolve_place(doc[end].text) is None:
                end += 1
            last = start > tok.i + 1 and doc[start - 1].lower_ == "and"
            if not (end - start >= 2 or end - start == 1 and end < len(doc) and doc[end].lower_ == "and") \
                    or not last and (end >= len(doc) or doc[end].lower_ not in ("and", ",")) \
                    or last and end < len(doc) and doc[end].pos_ == "PROPN":
                break  # (never a part of a name: "Samia Suluhu [Hassan]PERSON", "Meeting Plus")
            found.append(Span(doc, start, end, label="PERSON"))
            if last or end + 1 >= len(doc):
                break
            start = end + 1
    return found


def _names_after_national_title(doc: Doc, lex: Lexicon) -> list[Span]:
    """ "Swedish Prime Minister [Anders Holmqvist]", "Swedish PM [Anders Holmqvist]": two or more capitalized proper nouns
    the recognizer left unlabelled right after a nationality and a known title are a person's name."""
    found: list[Span] = []
    for tok in doc:
        if not (tok.ent_type_ == "NORP" or tok.lower_ in lex.demonyms) or not tok.text[:1].isupper():
            continue
        start = next((tok.i + 1 + size for size in range(lex.max_len, 0, -1) if tok.i + 1 + size <= len(doc)
                      and tuple(t.lower_ for t in doc[tok.i + 1 : tok.i + 1 + size]) in lex.titles
                      and all(t.text[:1].isupper() for t in doc[tok.i + 1 : tok.i + 1 + size])), None)
        if start is None:
            continue
        end = start
        while end < len(doc) and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].text[:1].isupper() and doc[end].lower_ not in lex.heads and resolve_place(doc[end].text) is None:
            end += 1
        if end - start >= 2:
            found.append(Span(doc, start, end, label="PERSON"))
    return found


def _names_after_country_possessive(doc: Doc) -> list[Span]:
    """ "Brazilian President X and Uruguay's [Yamandú Orsi] signed": two or three capitalized proper nouns the recognizer
    left unlabelled right after a country's possessive are a person's name, when none is a title or organization word,
    the run is no place and its last word names no thing (is no compound of a noun after it: "Uruguay's Frente Amplio
    party")."""
    found: list[Span] = []
    words = title_words() | {w.lower() for w in organisation_name_heads()}
    for ent in doc.ents:
        tok = ent[-1]
        if ent.label_ != "GPE" or tok.i + 3 >= len(doc) or doc[tok.i + 1].tag_ != "POS" or resolve_country(ent.text) is None:
            continue
        start = end = tok.i + 2
        while end < len(doc) and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].text[:1].isupper() and doc[end].lower_ not in words:
            end += 1
        if 2 <= end - start <= 3 and doc[end - 1].dep_ != "compound" and (end == len(doc) or doc[end].pos_ != "PROPN") \
                and resolve_place(doc[start:end].text) is None:
            found.append(Span(doc, start, end, label="PERSON"))
        elif (named := _misread_name_after(doc[start], words)) is not None:
            found.append(named)
    return found


def _misread_name_after(first: Token, words: frozenset[str]) -> Span | None:
    """first (Token): the word after a country's possessive. RETURNS (Span | None): the entity it opens, when the
    recognizer called a hyphenated name a building or a work ("Namibia's [Netumbo Nandi-Ndaitwah]FAC met"): three or
    four capitalized words counting each part of the hyphenated one, no title, organisation or building word, no known
    place, not a compound of a noun after it; as a PERSON span."""
    doc = first.doc
    ent = next((e for e in doc.ents if e.start == first.i and e.label_ in ("FAC", "WORK_OF_ART", "PRODUCT")), None)
    if ent is None or "-" not in ent.text or doc[ent.end - 1].dep_ == "compound":
        return None
    parts = [t for t in ent if t.text != "-"]
    if not 3 <= len(parts) <= 4 or any(not t.is_alpha or not t.text[:1].isupper() or t.lower_ in words
                                       or t.text in _building_words() for t in parts):
        return None
    if resolve_place(ent.text) is not None:
        return None
    return Span(doc, ent.start, ent.end, label="PERSON")


#: A regnal number after a monarch's name ("Frederik X", "Osei Tutu II").
_REGNAL = re.compile(r"[IVX]{1,5}")


def _names_after_title_of_country(doc: Doc, lex: Lexicon) -> list[Span]:
    """ "received President of Uzbekistan Timur Rashidov": the capitalized proper nouns right after a title and "of" a
    country, which the recognizer often leaves unlabelled or joins to the country, are a person's name."""
    found: list[Span] = []
    for tok in doc[:-3]:
        if tok.lower_ not in lex.heads or not tok.text[:1].isupper() or doc[tok.i + 1].lower_ != "of":
            continue
        for size in (3, 2, 1):
            start = tok.i + 2 + size
            if start >= len(doc) or not all(t.text[:1].isupper() for t in doc[tok.i + 2 : start]) \
                    or resolve_country(doc[tok.i + 2 : start].text) is None:
                continue
            end = start
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha \
                    and doc[end].lower_ not in lex.heads and doc[end].ent_type_ in ("", "PERSON", "ORG") and not doc[end].is_sent_start:
                end += 1
            if end > start and resolve_place(doc[start:end].text) is None:
                found.append(Span(doc, start, end, label="PERSON"))
            break
    return found


def _given_name_then_surname(ent: Span, lex: Lexicon) -> list[Span]:
    """ "his Chilean counterpart Isabel [Fuentes]ORG": a one-word organization entity right after an unlabelled, capitalized
    known given name that is a compound of it is that person's surname; the two words are the person's name (no known
    place, no word of a title)."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1 or ent.start < 1:
        return []
    given, word = doc[ent.start - 1], ent[0]
    if given.ent_type_ or given.text not in lex.given_names or given.dep_ != "compound" or given.head.i != word.i \
            or not word.is_alpha or not word.text[:1].isupper() or word.is_upper or word.lower_ in title_words() \
            or resolve_place(word.text) is not None:
        return []
    return [Span(doc, given.i, ent.end, label="PERSON")]


def _given_name_parts(ent: Span, lex: Lexicon) -> list[Span]:
    """Comma-separated parts of an entity that are a known given name and one or two capitalized words, not a place."""
    doc = ent.doc
    parts: list[Span] = []
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        if i < ent.end and doc[i].text != ",":
            continue
        part = doc[start:i]
        start = i + 1
        if not 2 <= len(part) <= 3 or part[0].text not in lex.given_names or any(t.text in _building_words() for t in part):
            continue  # ("[Victoria Hall]FAC": a building)
        if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in part) or resolve_place(part.text) is not None:
            continue
        parts.append(Span(doc, part.start, part.end, label="PERSON"))
    return parts


def place_name(ent: Span, word: str, lex: Lexicon) -> bool:
    """Whether a one-word PERSON entity is a town's name rather than a person's: the gazetteer knows it as a city
    or country, and it is no given name and no word of a longer person name in the article ("Porto", "Lyon")."""
    if word in lex.given_names or any(t.text == word for e in ent.doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e):
        return False
    place = resolve_place(word)
    listed = word in load_data("places.json")["city_aliases"]  # "Jeju" for Jeju City
    return place is not None and place.kind in ("city", "country") and (place.name == word or listed)  # not "Lai" for Laï


def capitalized_modifier(ent: Span, tok: Token, lex: Lexicon) -> bool:
    """Whether a one-word PERSON entity is a common word capitalized only because it opens a sentence and modifies a
    common noun ("[Riot] police", "[Border] guards"): no given name, and the word is in no other name in the article."""
    if not tok.is_sent_start or tok.dep_ != "compound" or tok.head.pos_ != "NOUN" or not tok.head.is_lower:
        return False
    if tok.text in lex.given_names or tok.head.lower_ in lex.heads:
        return False
    return not any(t.text == tok.text for e in ent.doc.ents if e.label_ == "PERSON" and e.start != ent.start for t in e)


#: Words of address always followed by a name, which names keep ("Sheikh Mohammed"): a mislabelled entity right after
#: one ("Sheikh [Tamim]NORP") is a person.
_NAME_PREFIXES = frozenset({"sheikh", "sheikha"})


def _titled_name(ent: Span, lex: Lexicon) -> bool:
    """An entity the recognizer mislabelled that follows a person's title: "President [Kassym-Jomart Tokayev]ORG"."""
    if ent.label_ == "LOC" and ent.start > 0 and 2 <= len(ent) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in ent) \
            and ent.doc[ent.start - 1].lower_ in lex.heads and ent.doc[ent.start - 1].text[:1].isupper() \
            and resolve_place(ent.text) is None and resolve_country(ent.text) is None:
        return True  # "Brazilian President [Luiza Prado]LOC": two capitalized words after a title, no place known
    if ent.label_ not in ("ORG", "GPE", "NORP") or ent.start == 0 or not all(t.text[:1].isupper() or t.text == "-" for t in ent):
        return False
    if (ent.doc[ent.start - 1].lower_ in lex.heads or ent.doc[ent.start - 1].lower_ in _NAME_PREFIXES) \
            and ent.doc[ent.start - 1].text[:1].isupper() and resolve_country(ent.text) is None:
        return True  # ("Sheikh [Tamim]NORP": a name after a word that always precedes one)
    if ent.label_ in ("ORG", "GPE") and 2 <= len(ent) <= 3 and all(t.is_alpha for t in ent) \
            and ent.doc[ent.start - 1].text in _name_leading_nouns() and resolve_place(ent.text) is None \
            and resolve_country(ent.text) is None:
        return True  # "will host his Kosovo counterpart [Arben Krasniqi]ORG", "[Yamandú Orsi]GPE": a person's relation,
        # then the name
    root = ent.root
    if ent.label_ == "ORG" and 2 <= len(ent) <= 3 and all(t.is_alpha and not t.is_upper for t in ent) \
            and ent.doc[ent.start - 1].text == "," and root.dep_ == "appos" and root.head.lower_ in lex.heads \
            and root.head.i == ent.start - 2 and resolve_place(ent.text) is None:
        return True  # "Thailand's commerce minister, [Sirirat Chaiyaporn]ORG,": a name set off after a title noun
    if ent.label_ == "ORG" and 2 <= len(ent) <= 4 and any(t.text == "-" for t in ent) and resolve_place(ent.text) is None \
            and any(c.dep_ == "appos" and c.i >= ent.end and (c.lower_ in lex.heads or c.lower_ in occupation_nouns() or c.lower_ == "chief")
                    and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in root.children):
        return True  # "Police arrested [Jean-Paul Ekane]ORG, a former customs chief": a hyphenated given name, then who he is
    # "Head of [State Kassym-Jomart Tokayev]ORG": the end of a title begun before it, then a name of two words or more
    m = title_lead(ent.doc, ent.start, ent.end, lex)
    return 0 < m and ent.end - ent.start - m >= 2 and any(
        ent.start - k >= 0 and ent.doc[ent.start - k].text[:1].isupper()
        and tuple(t.lower_ for t in ent.doc[ent.start - k : ent.start + m]) in lex.titles for k in range(1, lex.max_len))
