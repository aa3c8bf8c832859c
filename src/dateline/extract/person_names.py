"""A person's mention: the name's own tokens, its title and country, and what else the article tells of it.

:func:`name_tokens` trims titles, honorifics and possessives off a name span and extends it over
particles and hyphens; :func:`person` gives the name its title and country; :func:`conjoined_surnames`
finds bare names conjoined with a named person; :func:`genders` tells each person's gender.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from spacy.tokens import Doc, Span

from ..model import ActorRef
from .actor_lexicon import Lexicon, lexicon, title_words
from .actor_mentions import Named, SUBJECT_DEPS, conj_subject
from .appointments import appointment
from .nlp import load_data
from .places import is_demonym, resolve_country, resolve_place
from .title_phrases import (
    TitleInfo, given_name_first, occupation_nouns, parse_title, portfolio_after, portfolio_titles, portfolio_words, prefix_start, title_initials, title_lead, title_right_before,
)


#: Dashes that end a dateline, after which a sentence's first word is capitalized.
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})

#: Roman numerals a post may carry after its title ("Defence Minister II", Brunei's second defence minister).
_TITLE_NUMERALS = frozenset({"II", "III", "IV"})


def name_tokens(span: Span) -> tuple[int, int]:
    """Trim honorifics, titles, possessives and trigger words off an entity span."""
    lex = lexicon()
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text in lex.honorifics or doc[start].lower_ in lex.heads
                           and not given_name_first(doc, start)
                           or doc[start].lower_ == "the" and start + 1 < end and doc[start + 1].text in lex.honorifics):
        start += 1  # "[The Honourable Nadia Kerr]ORG"
    while end - start > 2 and doc[start].text[:1].isupper() and doc[start].lower_ in occupation_nouns() \
            and (doc[start].is_sent_start or start > 0 and doc[start - 1].text in _DASHES):
        start += 1  # "NAIROBI (Wire) - [Singer Amara Wanjiku] will perform": a job noun capitalized to open a sentence
    for size in (2, 1):
        if end - start > size + 2 and doc[start + size].lower_ in lex.heads and doc[start + size].text[:1].isupper() \
                and (place := resolve_place(doc[start : start + size].text)) is not None and place.kind == "city":
            start += size  # "[Eugene Mayor Colleen Marsh]PERSON": the mayor's city, no part of her name
            break
    while end - start > 1 and (m := title_lead(doc, start, end, lex)):
        start += m  # "Head of [State Kassym-Jomart Tokayev]", "[Danish King Frederik]": the title is no part of the name
    k = start
    while k < end - 2 and k - start < 2 and doc[k].text[:1].isupper() and doc[k].lower_ in portfolio_words():
        k += 1
    if k > start and doc[k].text in portfolio_titles():
        start = k + 1  # "Nigeria's [Petroleum Minister Tunde Adeyemi]PERSON": the portfolio's title, read before the name
    if end - start > 2 and doc[start].text in _TITLE_NUMERALS and start > 0 and doc[start - 1].lower_ in lex.heads:
        start += 1  # "Defence Minister [II Halbi Mohammad Yussof]": the numeral is the post's ("Minister II")
    if portfolio_goes_on(doc, span.start, lex):
        while end - start > 2 and doc[start].lower_ in portfolio_words() and doc[start].text[:1].isupper():
            start += 1  # "Minister of Foreign Affairs and [Trade Winston Peters]": the portfolio's last words
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or (
            doc[end - 1].lower_ in lex.trigger_words or end - start > 1 and doc[end - 1].lower_.removesuffix("s")
            in lex.trigger_words) and not (end - start > 1 and doc[end - 2].text == "-" and not doc[end - 2].whitespace_)):
        # (not "Ahn Gyu-[back]": a word hyphened to the name is part of it)
        end -= 1  # "President [Sissoko Leaves]PERSON for ...": a headline's verb
    while end - start > 1 and doc[end - 1].is_punct and doc[end - 1].text not in (")", "]"):
        end -= 1  # "including the organiser, [Kwabena Asante.]PERSON": the sentence's full stop the recognizer took in
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "PART", "DET", "CCONJ"):
        end -= 1  # "sentenced [Ko Min Thant to]PERSON three years": a function word the recognizer ran on into
    for k in range(start + 2, end - 1):
        if doc[k].lower_ == "of" and (place := resolve_place(doc[k + 1 : end].text)) is not None \
                and place.kind == "country":
            end = k  # "alongside [Semi Ratu of Fiji]PERSON": the country is the person's, not part of the name
            break
    for k in range(start + 1, end - 1):
        if doc[k].text in ("'s", "’s") and resolve_country(doc[start:k].text) is not None:
            start = k + 1  # "[Papua New Guinea's James Marape]PERSON": the country is the person's, not part of the name
            break
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in lex.heads:
        for size in (3, 2, 1):  # "President of [Bolivia Luis Arce]PERSON": the country is the title's, not the name's
            if end - start > size and resolve_country(doc[start : start + size].text) is not None:
                start += size
                break
    if span.start == start and _lost_first_name(doc, start, lex):
        start -= 1  # "Prime Minister [Do] Van Khiem": a short first name the recognizer read as a common word
    while start == span.start and start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper() \
            and doc[start - 2].lower_ not in lex.heads:
        start -= 2  # "arrested Jean-[Baptiste Kossi]": the first half of a hyphenated given name the recognizer cut
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2  # hyphenated given names the entity recognizer cut: "Moon Jae-in"
    if end - start == 1 and end + 2 < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha \
            and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_ \
            and doc[end + 2].is_alpha and doc[end + 2].text.islower() and doc[end - 1].whitespace_:
        end += 3  # "President [Kim] Do-hyun": a hyphenated given name after the family name the recognizer left out
    return start, _through_particles(doc, start, end, lex.particles)


def portfolio_goes_on(doc: Doc, start: int, lex: Lexicon) -> bool:
    """doc (Doc): the text. start (int): where a name span begins. RETURNS (bool): the span follows an "and" inside a
    title's "of"/"for" portfolio ("Minister of Foreign Affairs and [Trade Winston Peters]", "Minister for Foreign Affairs
    and [International Cooperation X]"): its first words may still be the portfolio's."""
    k = start - 1
    if k < 2 or doc[k].lower_ not in ("and", "&"):
        return False
    k -= 1
    while k > 0 and (doc[k].text[:1].isupper() or doc[k].lower_ in ("and", "&", ",")) and doc[k].lower_ not in ("of", "for"):
        k -= 1
    return doc[k].lower_ in ("of", "for") and k > 0 and (doc[k - 1].lower_ in lex.heads or doc[k - 1].lower_ == "ministry")


def _lost_first_name(doc: Doc, start: int, lex: Lexicon) -> bool:
    """ "Vietnamese Prime Minister Do Van Khiem", "President Le Minh": a capitalized word of up to three letters between a
    person's title and the name the recognizer found ("Do", "Le", "To", "An" read as English words) is the name's first
    word (not a title word, an honorific or a nationality)."""
    if start < 2:
        return False
    tok, title = doc[start - 1], doc[start - 2]
    if not (tok.is_alpha and len(tok.text) <= 3 and tok.text[:1].isupper() and tok.text[1:].islower()) or tok.ent_iob_ != "O":
        return False
    if tok.lower_ in lex.heads or tok.text in lex.honorifics or tok.lower_ in title_words() or tok.lower_ in lex.demonyms:
        return False
    return title.text[:1].isupper() and (title.lower_ in lex.heads or title.lower_ in title_words()) and not title.is_sent_start


def _through_particles(doc: Doc, start: int, end: int, particles: frozenset[str]) -> int:
    """End of a name the recognizer cut at a particle: "Ursula von [der Leyen]", "Lula [da Silva]"."""
    last = end
    while last > start + 1 and doc[last - 1].lower_ in particles:
        last -= 1  # "Ursula von": the particle waits for its surname
    j = last
    while j < len(doc) and doc[j].lower_ in particles and doc[j].sent_start != 1:
        j += 1
    if j > last and j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and doc[j].sent_start != 1:
        return j + 1
    return end


def person(doc: Doc, start: int, end: int) -> ActorRef:
    """A person mention with the title and country the text gives the name.

    doc (Doc): the doc.
    start (int): the name's first token.
    end (int): the token after its last.
    RETURNS (ActorRef): the person, with title and country (each None when the text gives none).
    """
    prefix = prefix_start(doc, start, end)
    if prefix == start and start >= 4 and doc[start - 1].text == ")" and doc[start - 3].text == "(" and doc[start - 2].text.isupper() \
            and title_initials(doc[prefix_start(doc, start - 3, start - 3):start - 3].text) == doc[start - 2].text:
        prefix = prefix_start(doc, start - 3, start - 3)  # "External Affairs Minister (EAM) Rakesh Varadan"
        info0 = parse_title(doc[prefix : start - 3].text)
        if info0.title:
            name = doc[start:end].text.replace("’", "'")
            return ActorRef(name, "person", info0.title, info0.country, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    if prefix >= 2 and prefix < start and doc[prefix - 1].lower_ == "of" and doc[prefix - 2].lower_ in lexicon().heads \
            and doc[prefix - 2].text[:1].isupper() and resolve_country(doc[prefix:start].text) is not None:
        prefix -= 2  # "President of Uzbekistan Timur Rashidov": the title and its country before the name
    info = parse_title(doc[prefix:start].text) if prefix < start else TitleInfo(None, None)
    if not info.title:
        info = title_right_before(doc, start) or info  # "[Head of State] Kassym-Jomart Tokayev": a parse broken by the name
    root = doc[start:end].root
    if not info.title and doc.has_annotation("DEP"):
        for child in root.children:
            if child.dep_ == "appos":
                got = parse_title(doc[child.left_edge.i : child.right_edge.i + 1].text)
                if got.title:  # "When Narendra Modi [last set foot in Argentina]appos": no title, so no country either
                    info = got
                break
    if not (info.title and info.country) and doc.has_annotation("DEP") and root.dep_ == "appos" and root.head.i < start:
        head = root.head  # "Iraq's prime minister-designate, Hamid al-Rubaie": the name stands for the title phrase before it
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.lower_ in lexicon().heads:
            head = head.head.head  # "The U.S. special envoy for Sudan, X": the envoy's, not Sudan's
        first = max([head.left_edge.i, *(c.right_edge.i + 1 for c in head.children if c.dep_ == "poss"
                                          and c.ent_type_ == "PERSON")])  # (not "Prime Minister X's spokeswoman, Y":
        # the possessor's title is not hers)
        phrase = doc[first : head.i + 1]
        if (of := next((c for c in head.children if c.dep_ == "prep" and c.i == head.i + 1), None)) is not None \
                and of.right_edge.i < start and (portfolio_after(doc[first : of.right_edge.i + 1].text) or of.lower_ == "of"
                                                 and resolve_country(doc[of.i + 1 : of.right_edge.i + 1].text) is not None):
            phrase = doc[first : of.right_edge.i + 1]  # "Nigeria's Minister of Health, Olumide Bankole": the Health
            # Minister; "The Emir of Qatar, Sheikh Khalid ...": the emir of Qatar, over the honorific before the name
        if phrase.end <= start and not any(t.dep_ == "cc" or t.lower_ == "and" for t in doc[phrase.end : start]):
            got = parse_title(phrase.text)  # "Pakistan's army chief, Field Marshal Asim Munir": the office and its country
            if not info.title or got.title and got.country:  # over the rank before the name
                info = TitleInfo(got.title or info.title, got.country or info.country)
    if info.title and not info.country and doc.has_annotation("DEP"):
        for prep in root.children:  # "President Nurlan Abenov of Kazakhstan": the country after the name
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == end:
                country = next((resolve_country(g.text) for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
                info = TitleInfo(info.title, country)
    if (not info.title or not info.country) and doc.has_annotation("DEP") and (given := appointment(root)) is not None:
        got = parse_title(given[0].text)  # "was elected prime minister by Japan's parliament": the body's country
        info = TitleInfo(info.title or got.title, info.country or got.country or (parse_title(given[1].text).country if given[1] else None))
    if info.title and not info.country and (own := own_state_of(info.title)) is not None:
        info = TitleInfo(info.title, own)  # "Pope Gregory XVII": the Vatican's, as "the pope" is
    name = doc[start:end].text.replace("’", "'")
    return ActorRef(name, "person", info.title, info.country, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def own_state_of(title: str) -> str | None:
    """title (str): a title ("Pope", "the pope" without its article). RETURNS (str | None): the one state whose office it
    is (``own_state_titles`` of ``titles.json``: the Pope is the Vatican's wherever the dateline is), else None."""
    table: dict[str, str] = load_data("titles.json")["own_state_titles"]
    return table.get(title.lower())


def genders(doc: Doc, named: list[Named], lex: Lexicon) -> dict[str, str]:
    """Each person's gender, when a mention tells it: an honorific or gendered title word before the name or in
    its apposition ("Mrs", "Queen", "spokeswoman"), else the given name ("Elina" female, "Petteri" male).

    RETURNS (dict[str, str]): person name -> "female" or "male"; people of unknown gender are absent.
    """
    found: dict[str, str] = {}
    for n in named:
        if n.ref.kind != "person" or n.ref.name in found:
            continue
        words = [t.lower_ for t in doc[max(0, prefix_start(doc, n.start, n.end) - 1) : n.start]]
        words += (n.ref.title or "").lower().split()
        gender = next((lex.gender_words[w] for w in reversed(words) if w in lex.gender_words), None)
        if gender is None and len(n.ref.name.split()) > 1:
            first = n.ref.name.split()[0]
            gender = lex.given_names.get(first) or lex.given_names.get(_plain(first))  # ("Lucía" as "Lucia")
        if gender is not None:
            found[n.ref.name] = gender
    return found


def _plain(word: str) -> str:
    """word (str): a name. RETURNS (str): it without accents ("Lucía" -> "Lucia")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _group_word(word: str) -> bool:
    """word (str): a word the recognizer called a nationality or group. RETURNS (bool): it reads as one: a nationality
    adjective (``demonyms.json`` or formed regularly), a word in capitals or one ending as such adjectives do
    ("Kurdish", "Congolese"); False for a word that is likely a surname ("Corvalan")."""
    return is_demonym(word) or word.isupper() or word.lower().endswith(("ish", "ese", "ic", "ist", "ists", "s"))


def conjoined_surnames(doc: Doc, named: list[Named], taken: set[int]) -> list[Named]:
    """ "Costa and Takaichi spoke by phone": a bare name conjoined with a named person as a subject is a person too.

    The recognizer often calls such a lone surname a place or an organization; one the gazetteer
    knows as a place or country stays out.
    """
    if not doc.has_annotation("DEP"):
        return []
    heads = {n.end - 1: n for n in named if n.ref.kind == "person"}
    found: list[Named] = []
    for i, n in heads.items():
        tok = doc[i]
        if conj_subject(tok):
            others = [tok.head]
        elif tok.dep_ in SUBJECT_DEPS:
            others = [c for c in tok.children if c.dep_ == "conj"]
        else:
            continue
        for other in others:
            if other.i in taken or other.i in heads or other.pos_ != "PROPN" or not other.text[:1].isupper() \
                    or other.lower_ in title_words() or other.lower_ in portfolio_words():
                continue  # "X and Turkish [President] Y": a bare title word is never a person; nor is a portfolio
                # ("[Science] and Technology Minister X")
            if other.ent_type_ == "DATE" or other.ent_type_ == "NORP" and _group_word(other.text) \
                    or any(c.dep_ == "compound" for c in other.children):
                continue  # (a "GPE" the gazetteer does not know is a surname: "Witkoff and Araqchi held talks", and so
                # is a "NORP" no nationality is called: "Corvalan and Peruvian President Dina Ochoa signed")
            if resolve_place(other.text) is not None or resolve_country(other.text) is not None:
                continue
            found.append(Named(other.i, other.i + 1, person(doc, other.i, other.i + 1)))
            taken.add(other.i)
    return found
