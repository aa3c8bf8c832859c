"""Match a question's actor phrase to a stored actor.

The phrase is read against every stored actor's name, aliases and dated titles (``the US
defence secretary`` -> Pete Hegseth), a country's other names, demonyms and organs (``the
Portuguese parliament``) and a country's groups (``Kenyan teachers``). Also: the actors as known
on a day, and the persons a bare surname or a bare title could name. Title, qualifier and organ
words come from the extractor's lexicons and ``data/question.json``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Sequence

from ..model import ActorInfo, EventRecord
from ..store.base import Store
from ..store.identity import abbreviates, bare, initials
from .phrase_words import contains, mentions_name, phrase_tokens, singular
from .question import load_data

__all__ = ["match_actor", "namesakes", "title_namesakes", "actors_as_of", "only_country_words", "crowd_word"]


@cache
def _qualifiers() -> dict[str, str]:
    """Words naming a title's country ("romanian", "south korean", "us") -> country: the
    extractor's demonyms and short names, with ``title_qualifiers`` of ``data/question.json`` on top."""
    from ..extract.nlp import load_data as extract_data

    out = {k: v for k, v in extract_data("demonyms.json").items() if not k.startswith("_")}
    out.update({v.lower(): v for v in list(out.values())})  # "the president of Romania"
    out.update(load_data("question")["title_qualifiers"])
    return out


@cache
def _qualifier_pattern() -> "re.Pattern[str]":
    """Any word of :func:`_qualifiers`, longest first, as a whole word."""
    alternation = "|".join(re.escape(q) for q in sorted(_qualifiers(), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w.])")


@cache
def _office_words() -> frozenset[str]:
    """Words of offices: the extractor's title heads and title words (``titles.json``), with
    ``office_words`` of ``data/question.json`` ("director", "chief"), lower case."""
    from ..extract.nlp import load_data as extract_data

    titles = extract_data("titles.json")
    found = {w for t in titles["titles"] for w in phrase_tokens(t.replace("-", " "))} | set(titles["heads"])
    return frozenset(found | set(load_data("question")["office_words"]))


@cache
def _body_pattern() -> "re.Pattern[str]":
    """Any ``body_qualifiers`` name of ``data/question.json`` (hyphens as spaces), longest first, as whole words."""
    names = [" ".join(n.replace("-", " ").split()) for n in load_data("question")["body_qualifiers"]]
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w.])")


def only_country_words(text: str) -> bool:
    """text (str): lower-case words. RETURNS (bool): True when they are only words naming a
    title's country (:func:`_qualifiers`: "chilean", "south korean", "romania"), or none."""
    return not _qualifier_pattern().sub(" ", text).split()


@cache
def _member_words() -> frozenset[str]:
    """RETURNS: the words of ``whose_nouns`` of ``data/question.json`` ("foreign ministers", "leaders", "heads of
    state"): plural people nouns that, after a body's name, are its members."""
    return frozenset(w for n in load_data("question")["whose_nouns"] for w in phrase_tokens(n))


def _title_match(phrase: list[str], title: str, country: str | None) -> tuple[int, int] | None:
    """How well a phrase is the title plus words naming the actor's country.

    phrase (list[str]): the phrase's tokens. title (str): a stored title. country (str | None): the actor's.
    RETURNS (tuple[int, int] | None): (title words, 1 when the country words were checked
        against the actor's country or there are none, 0 when the actor's country is
        unknown); None when the phrase is not that title, or has words that are neither
        the title's nor a country's ("vice" left over from "vice president" is no match for "President").
    """
    ttoks = [p for t in phrase_tokens(title) for p in t.split("-")]  # "Secretary-General" = "secretary general"
    phrase = [p for t in phrase for p in t.split("-")]
    if not ttoks or ("former" in ttoks and "former" not in phrase):
        return None
    head, of, body = title.lower().partition(" of ")
    if of and not set(ttoks) <= set(phrase):
        # "President of the European Commission" asked as "the Commission president": the office's
        # head word and some of its body's words, nothing else
        htoks = [p for t in phrase_tokens(head) for p in t.split("-")]
        btoks = {p for t in phrase_tokens(body) for p in t.split("-")}
        rest = [w for w in phrase if w not in htoks]
        if htoks and set(htoks) <= set(phrase) and rest and set(rest) <= btoks:
            return len(htoks) + len(rest), 1
        return None
    if not set(ttoks) <= set(phrase):
        return None
    rest = [w for w in phrase if w not in ttoks]
    if not rest:
        return len(ttoks), 1
    qualifiers = _qualifiers()
    text = " ".join(rest)
    if _body_pattern().search(text) is not None and not _body_pattern().sub(" ", text).split():
        return len(ttoks), 0  # "the UN Secretary-General": the body's office, whatever the holder's country
    named: set[str] = set()
    own = re.compile(rf"(?<![\w.]){re.escape(country.lower())}(?![\w.])") if country else None
    if own is not None and country and own.search(text):
        named.add(country)  # "the president of Ghana": the actor's own country, demonym or not
        text = own.sub(" ", text)
    named |= {qualifiers[m.group(0)] for m in _qualifier_pattern().finditer(text)}
    left = _qualifier_pattern().sub(" ", text)
    if left.split() or not named:
        return None
    if country is None:
        return len(ttoks), 0
    return (len(ttoks), 1) if country in named else None


#: Regnal numerals (lower case): the last word of "Frederik X", "Osei Tutu II", never a surname.
_REGNAL = frozenset(
    a + b for a in ("", "x", "xx") for b in ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix") if a + b)


def _body_forms(name: str) -> tuple[str, ...]:
    """name (str): a stored body's name. RETURNS (tuple[str, ...]): its other written forms ("ASEAN" of "Association of
    Southeast Asian Nations"; :func:`dateline.extract.bodies.body_forms`)."""
    from ..extract.bodies import body_forms

    return body_forms(name)


def _legislature_aliases(name: str) -> tuple[str, ...]:
    """name (str): a stored body's name. RETURNS (tuple[str, ...]): a legislature's own names for it ("seimas" of
    "Parliament of Lithuania"; :func:`dateline.extract.bodies.legislature_aliases`)."""
    from ..extract.bodies import legislature_aliases

    return legislature_aliases(name)


def _organ_state(phrase: str) -> str | None:
    """phrase (str): a question's actor. RETURNS (str | None): the state a nationality and a state organ name stand for
    when the phrase asks of the organ's ships ("Indian Navy warships": ``vessel_nouns`` of the extractor's ``names.json``),
    as the extractor keeps them (:func:`dateline.extract.organizations.national_organ`); else None."""
    from ..extract.nlp import load_data
    from ..extract.organizations import national_organ

    ships = frozenset(load_data("names.json")["vessel_nouns"])
    words = re.sub(r"^(?:the|The)\s+", "", phrase.strip()).split()
    told = len(words)
    while len(words) > 2 and words[-1].lower().removesuffix("s") in ships:
        words.pop()
    return national_organ(" ".join(words)) if 2 <= len(words) < told else None  # (only its ships: "the Peruvian
    # parliament" is asked as the body the store keeps)


def match_actor(phrase: str, actors: Sequence[ActorInfo], as_of: date | None = None) -> ActorInfo | None:
    """Find the stored actor a phrase names, by name, alias or title.

    phrase (str): e.g. ``US Defence Secretary Hegseth`` or ``the US defence secretary``.
    actors (Sequence[ActorInfo]): the store's actors.
    as_of (date | None): titles first seen after this day do not count.
    RETURNS (ActorInfo | None): the best match: longest name or alias found in the
        phrase (persons first, then the one named last, the head of the phrase); else
        an actor holding a title the phrase states (the most recently seen); else None.
    """
    agency = _named_agencies().get(re.sub(r"^(?:the|The)\s+", "", phrase.strip()))
    phrase = agency or _organ_state(phrase) or phrase  # "JAXA", "the Indian Space Research Organisation", "Indian Navy
    # warships": the state, as the extractor keeps it
    toks = phrase_tokens(phrase)
    best: tuple[tuple[int, int, int], ActorInfo] | None = None
    matched: list[str] = []  # the words of the name the best actor was found by
    asked_state = leading_country(toks)[0]
    for actor in actors:
        if actor.kind == "group" and actor.country and asked_state and asked_state != actor.country:
            continue  # "Honduran nurses" are not Fiji's nurses
        names = [phrase_tokens(n) for n in (actor.name, *actor.aliases)]
        office = actor.kind == "person" and bool(actor.country) and actor.name.endswith(f" of {actor.country}")
        if office:
            pass  # "President of Kazakhstan" (an office the extractor kept without a name): never by "Kazakhstan" alone
        elif actor.kind == "person" and len(names[0]) > 1 and names[0][-1] in _REGNAL:
            names.append(names[0][:-1])  # a regnal name without its numeral ("Osei Tutu" of "Osei Tutu II"), never "II"
        elif actor.kind == "org" and len(caps := [w for w in actor.name.split() if w[:1].isupper()]) > 1:
            names.append(["".join(w[0] for w in caps).lower()])  # its initials ("EU" of "European Union")
            names += [[w.lower()] for w in phrase.split() if abbreviates(w, actor.name)]  # "COSATU" of "Congress of
            # South African Trade Unions"
            names += [phrase_tokens(n) for n in _legislature_aliases(actor.name)]  # "the Seimas" of "Parliament of Lithuania"
        elif actor.kind == "org" and (short := initials(actor.name)) is not None and short == actor.name.replace(".", ""):
            names += _spelled_out(phrase, short)  # "the European Union" asked of a body stored as "EU"
        elif actor.kind == "person" and len(names[0]) > 1:
            names.append(names[0][-1:])  # the surname alone ("Hegseth")
            if bare(names[0][-1]) != names[0][-1]:
                names.append([bare(names[0][-1])])  # without its article ("Sisi" of "Abdel Fattah al-Sisi")
            # a capitalised middle name of a long name alone ("Lula" of "Luiz Inacio Lula da Silva")
            names += [phrase_tokens(w) for w in actor.name.split()[1:-1] if w[:1].isupper() and len(w) > 2]
        if actor.kind == "org":
            names += [phrase_tokens(n) for n in _body_forms(actor.name)]  # "ASEAN", "G20" of the body's name
        family = names[0][:1] if actor.kind == "person" and len(names[0]) > 1 and not office else None
        for ntoks in names + ([family] if family else []):
            end = contains(toks, ntoks)
            if end and ntoks is family and end != len(toks):
                continue  # a family name written first ("President Lee", "Xi"), only as the phrase's last word
            if end:
                key = (len(ntoks), 1 if actor.kind == "person" else 0, end)
                if best is None or key > best[0]:
                    best, matched = (key, actor), ntoks
    if best is not None and best[1].kind == "person":
        return best[1]
    titled: list[tuple[tuple[int, int], date, ActorInfo]] = []
    for actor in actors:
        for title, first, last in actor.titles:
            if as_of is not None and first is not None and first > as_of:
                continue
            fit = _title_match(toks, title, actor.country)
            if fit is not None:
                titled.append((fit, last or first or date.min, actor))
    if not titled:
        own = {w for n in (best[1].name, *best[1].aliases) for w in phrase_tokens(n)} | set(matched) if best is not None else set()
        rest = set(toks) - own
        members = _member_words()
        if best is not None and best[1].kind in ("org", "group") and rest and (
                rest <= members and any(w.endswith("s") for w in rest)
                or toks[-1] in members and toks[-1].endswith("s") and not rest & set(load_data("question")["office_words"])):
            return best[1]  # "the GCC foreign ministers", "SICA leaders", "APEC trade ministers": the body's members,
            # the body met
        if best is not None and best[1].kind == "country" and rest <= _organ_words() \
                and not any(a.kind == "org" and a.country == best[1].name and rest & set(phrase_tokens(a.name))
                            for a in actors):
            return best[1]  # "Sudan's army": the state, as the extractor stores a state's organ (no such organ of it
            # stored under its own name)
        if best is not None and rest & _office_words():
            return None  # "the IMF managing director" with no holder on record is not the IMF itself
        if best is not None:
            return best[1]  # a country or body named outright
        return _bloc_members(toks, actors) or _state_stand_in(toks, actors) or _lone_legislature(toks, actors)
    titled.sort(key=lambda t: (t[0], t[1]))
    return titled[-1][2]  # "the president of Romania" is the person, not Romania


def _bloc_members(toks: list[str], actors: Sequence[ActorInfo]) -> ActorInfo | None:
    """toks (list[str]): a phrase's words. actors (Sequence[ActorInfo]): the store's actors. RETURNS (ActorInfo | None):
    the one stored bloc whose name is the phrase's words before a plural members' word and then a bloc noun
    (``bloc_nouns`` of ``data/question.json``: "East African leaders" for the "East African Community", "Arab leaders"
    for the "Arab League"), else None."""
    if len(toks) < 2 or toks[-1] not in _member_words() or not toks[-1].endswith("s"):
        return None
    blocs = frozenset(load_data("question")["bloc_nouns"])
    found = [a for a in actors if a.kind == "org" and (words := phrase_tokens(a.name))[:-1] == toks[:-1]
             and words[-1] in blocs]
    return found[0] if len(found) == 1 else None


@cache
def _named_agencies() -> dict[str, str]:
    """RETURNS (dict[str, str]): a state's agency by its own name or initials -> the state (the extractor's
    ``named_state_agencies`` of ``titles.json``: "JAXA" -> "Japan")."""
    from ..extract.nlp import load_data as extract_data

    return dict(extract_data("titles.json")["named_state_agencies"])


@cache
def _organ_phrases() -> frozenset[str]:
    """The extractor's two-word organs of a state ("space agency", "coast guard": ``state_organs`` of ``titles.json``),
    which name the state itself."""
    from ..extract.nlp import load_data as extract_data

    return frozenset(p for p in extract_data("titles.json")["state_organs"] if " " in p)


def _spelled_out(phrase: str, short: str) -> list[list[str]]:
    """The runs of capitalised words in a phrase whose initials are a body's ("European Union" for "EU").
    RETURNS (list[list[str]]): their tokens, as names to look for in the phrase."""
    words = phrase.split()
    out = []
    for k in range(len(words)):
        for j in range(k + 2, min(len(words), k + 7) + 1):
            if words[k][:1].isupper() and words[j - 1][:1].isupper() and initials(" ".join(words[k:j])) == short:
                out.append(phrase_tokens(" ".join(words[k:j])))
    return out


@cache
def _organ_words() -> frozenset[str]:
    """Words of a state's organs that the extractor stores as the state itself ("parliament",
    "government", "lawmakers"): ``state_organs`` of ``titles.json`` and ``body_nouns`` of ``families.json``."""
    from ..extract.nlp import load_data as extract_data

    organs = extract_data("titles.json")["state_organs"] + extract_data("families.json")["body_nouns"]
    return frozenset(w for o in organs for w in phrase_tokens(o))


@cache
def _crowd_words() -> frozenset[str]:
    """The words for a crowd as such, any group's ("protesters", "demonstrators", "crowds"):
    the extractor's ``crowd_names`` (``families.json``), both sides, and ``crowd_words`` of
    ``data/question.json``."""
    from ..extract.nlp import load_data as extract_data

    names: dict[str, str] = extract_data("families.json")["crowd_names"]
    return frozenset(w.lower() for pair in names.items() for w in pair) | set(load_data("question")["crowd_words"])


def crowd_word(name: str) -> bool:
    """name (str): an actor's name. RETURNS (bool): True when it names a crowd as such
    ("protesters", "people", "crowds"), no one a forecaster names."""
    return " ".join(phrase_tokens(name)) in _crowd_words()


def _state_stand_in(toks: list[str], actors: Sequence[ActorInfo]) -> ActorInfo | None:
    """The stored body, group or country a phrase names by another name, by an organ or by a group of it.

    toks (list[str]): the phrase's tokens ("britain"; "portuguese", "parliament"; "kenyan", "teachers").
    actors (Sequence[ActorInfo]): the store's actors.
    RETURNS (ActorInfo | None): for a country's other name or demonym ("Britain", "UK": the
        extractor's ``country_aliases`` and demonyms) followed by nothing or by organ words only,
        the stored organ ("Parliament of Portugal") when the store has it, else the country
        itself (as the extractor stores "the Portuguese parliament" when it keeps no organ);
        followed by other words, the one stored group of that country whose name holds them
        ("Kenyan teachers": the "teachers' union" of Kenya); None otherwise.
    """
    country, rest = leading_country(toks)
    if country is None:
        return None
    if rest and set(rest) <= set(load_data("question")["voter_words"]):
        return next((a for a in actors if a.kind == "country" and a.name == country), None)  # "Moldovan voters": the
        # country's vote, as the extractor keeps it
    if set(rest) & _legislature_words():  # "Ecuador's National Assembly": its legislature
        rest = [t for t in rest if t not in load_data("question")["legislature_qualifiers"]]
    if all(t in _organ_words() for t in rest):
        ctoks = phrase_tokens(country)
        organ = None
        for a in actors:
            n = phrase_tokens(a.name)
            if rest and a.kind == "org" and (n[-len(ctoks):] == ctoks and _same_organ(n[:-len(ctoks)], rest)
                                            or a.country == country and _same_organ(n, rest)):
                organ = a  # "Parliament of Portugal"; a "Congress" whose country is Peru
                break
        return organ or next((a for a in actors if a.kind == "country" and a.name == country), None)
    wanted = singular(set(rest))
    groups = [a for a in actors if a.kind != "country" and a.country == country
              and wanted <= singular(set(phrase_tokens(a.name)))]
    if not groups and len(wanted) == 1:  # "Nigerian workers": the Nigerian unions (``group_equivalents``)
        others = {w for same in load_data("question")["group_equivalents"] if wanted <= set(same) for w in same} - wanted
        groups = [a for a in actors if a.kind != "country" and a.country == country
                  and others & singular(set(phrase_tokens(a.name)))]
    if not groups and rest and " ".join(rest[-2:]) in _organ_phrases():
        # "the Philippine Space Agency": a named organ of the state, stored as the state (as the extractor does)
        return next((a for a in actors if a.kind == "country" and a.name == country), None)
    return groups[0] if len(groups) == 1 else None


def _lone_legislature(toks: list[str], actors: Sequence[ActorInfo]) -> ActorInfo | None:
    """toks (list[str]): a phrase's tokens. actors (Sequence[ActorInfo]): the store's actors.
    RETURNS (ActorInfo | None): for a legislature named with no state ("the House", "the House of Commons",
        "parliament": legislature words and ``legislature_qualifiers`` only, none of a state's own name for its
        legislature such as "the Knesset"), the one stored legislature (an org named "<body word> of <state>"; a
        Senate only for a Senate or upper house asked, never for another chamber); None when the store holds none or
        several."""
    from ..extract.bodies import national_names
    from ..extract.nlp import load_data as extract_data

    words = _legislature_words() | {w for n in national_names() for w in n.split()}
    qualifiers = set(load_data("question")["legislature_qualifiers"])
    own = {w for n in extract_data("families.json")["legislature_names"] for w in n.split()}  # ("the Knesset" is
    # Israel's own, never another state's parliament)
    if not toks or not set(toks) & _legislature_words() or not set(toks) <= words | qualifiers or set(toks) & own:
        return None
    upper = bool({"senate", "senators", "upper"} & set(toks))  # ("the Senate" is no answer of the House's)
    bodies = [a for a in actors if a.kind == "org" and a.country and " of " in a.name
              and a.name.split(" of ")[0].lower() in _legislature_words()
              and (a.name.split(" of ")[0].lower() == "senate") == upper]
    return bodies[0] if len(bodies) == 1 else None


def _same_organ(stored: list[str], asked: list[str]) -> bool:
    """RETURNS (bool): True when two organ names are one organ: a shared word ("government"),
    or both legislatures (``body_nouns`` of ``families.json``: "Congress" asked, "Parliament"
    stored, as the extractor names a legislature)."""
    if not stored or not asked:
        return False
    legislature = _legislature_words()
    return bool(set(stored) & set(asked)) or bool(set(stored) & legislature and set(asked) & legislature)


@cache
def _legislature_words() -> frozenset[str]:
    """The extractor's words for a legislature (``body_nouns`` of ``families.json``)."""
    from ..extract.nlp import load_data as extract_data

    return frozenset(extract_data("families.json")["body_nouns"])


def leading_country(toks: list[str]) -> tuple[str | None, list[str]]:
    """RETURNS (tuple): the country the longest leading words name (a demonym, a country's
    name or other name) and the words after them; (None, toks) when they name none."""
    from ..extract.places import resolve_place

    for n in range(len(toks), 0, -1):
        named = " ".join(toks[:n])
        country = _qualifiers().get(named)
        if country is None:
            place = resolve_place(" ".join(w.capitalize() for w in toks[:n]))
            country = place.name if place is not None and place.kind == "country" else None
        if country is not None:
            return country, toks[n:]
    return None, toks


def namesakes(phrase: str, actors: Sequence[ActorInfo]) -> list[ActorInfo]:
    """The persons a phrase could name by surname alone ("Wekesa" for Daniel and Grace Wekesa).

    phrase (str): the question's actor words. actors (Sequence[ActorInfo]): the store's actors.
    RETURNS (list[ActorInfo]): every person whose surname the phrase holds, when the phrase
        holds none of their full names or longer aliases; empty otherwise. A person stored by post ("Defence Minister
        of Egypt") has no surname.
    """
    toks = phrase_tokens(phrase)
    persons = [a for a in actors if a.kind == "person" and len(phrase_tokens(a.name)) > 1
               and "of" not in a.name.split()]  # "Leader of Egypt", a title-holder named by post: "Egypt" is no surname
    if any(contains(toks, phrase_tokens(n)) for a in persons for n in (a.name, *a.aliases) if len(phrase_tokens(n)) > 1):
        return []
    return [a for a in persons if contains(toks, phrase_tokens(a.name)[-1:])]


def title_namesakes(phrase: str, actors: Sequence[ActorInfo], as_of: date | None = None) -> list[ActorInfo]:
    """The persons a bare title could name ("the prime minister" with several prime ministers
    on record): every holder of the title the phrase states, when the phrase is that title
    and nothing else (no name, no country); empty otherwise.

    phrase (str): the question's actor words. actors (Sequence[ActorInfo]): the store's actors.
    as_of (date | None): titles first seen after this day do not count.
    RETURNS (list[ActorInfo]): the holders, when more than one; else [].
    """
    toks = [p for t in phrase_tokens(phrase) for p in t.split("-")]
    holders = []
    for actor in actors:
        if actor.kind != "person":
            continue
        for title, first, _last in actor.titles:
            if as_of is not None and first is not None and first > as_of:
                continue
            ttoks = [p for t in phrase_tokens(title) for p in t.split("-")]
            if ttoks and sorted(ttoks) == sorted(toks):
                holders.append(actor)
                break
    return holders if len(holders) > 1 else []


def actors_as_of(store: Store, as_of: date) -> list[ActorInfo]:
    """The store's actors as known on a day, so that a later article leaks nothing.

    An actor counts when an event known on ``as_of`` names it (as actor or counterpart), or a person signed for
    their state (a state's event of ``signer_families`` whose sentence names them before its trigger: :func:`signed_by`);
    its country is the one those events give (None when they give none), and its titles
    are those first seen by ``as_of``, last seen no later than ``as_of``.

    store (Store): the store. as_of (date): the day.
    RETURNS (list[ActorInfo]): those actors, in the store's order.
    """
    seen: dict[str, str | None] = {}
    events = store.events(as_of=as_of)
    for event in events:
        for ref in (event.actor, *event.counterparts):
            if ref.name and not seen.get(ref.name):
                seen[ref.name] = ref.country
    signers = frozenset(load_data("question")["signer_families"])
    signings = [e for e in events if e.actor.kind == "country" and e.action in signers]
    out = []
    for actor in store.actors(as_of=as_of):
        if actor.name not in seen and actor.kind == "person" and actor.country is not None and any(
                e.actor.name == actor.country and signed_by(e, actor.name) for e in signings):
            seen[actor.name] = actor.country  # "New Zealand Trade Minister X signed the accord", stored as the states'
            # signing: X is known as its signer
        if actor.name not in seen:
            continue
        titles = tuple(
            (title, first, min(last, as_of) if last is not None else None)
            for title, first, last in actor.titles
            if first is None or first <= as_of
        )
        out.append(replace(actor, country=seen[actor.name], titles=titles))
    return out


def signed_by(event: EventRecord, name: str) -> bool:
    """event (EventRecord): a state's event. name (str): a person's name.
    RETURNS (bool): a sentence of the event names the person (by surname) before its trigger: the doer ("Trade Minister
    X signed the accord"), not a teller after it ("will sign ..., Trade Minister X said")."""
    surname = name.split()[-1]
    for ev in event.evidence:
        if ev.trigger_start < ev.start:
            continue
        if mentions_name(ev.sentence[: ev.trigger_start - ev.start], surname):
            return True
    return False
