"""The actor and place tables of :class:`~dateline.store.sqlite.SQLiteStore`: which stored
actor a mention names (by alias, by name parts, by initials, or the holder of an office
named without a name), the aliases and dated titles recorded with it, and the places seen
with their aliases. Name matching itself is :mod:`dateline.store.identity`.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

from ..extract.bodies import body_title_forms
from ..model import ActorInfo, ActorRef, Article, PlaceRef
from . import queries as q
from .codec import dumps, iso, parse_iso
from .identity import (abbreviates, bare, company_short, equivalent_titles, generic_offices, group_short, initials,
                       lone_name, match_actor, name_key, names_office, office_name)
from .sqlite_connection import SQLiteConnection

__all__ = ["SQLiteActors", "OFFICE_MEMORY_DAYS"]


#: How far back a title seen with a person lets an unnamed office ("Poland's prime minister")
#: stand for that person.
OFFICE_MEMORY_DAYS = 365


def _name_like(alias: str, name: str) -> bool:
    """RETURNS (bool): True when a mention's words can name an actor across articles: they
    share a word with its name ("Hegseth", "Lula") or are an acronym ("MBS"); a pronoun,
    a title or a group noun the mention resolved through ("his", "Minister", "leaders") is no name."""
    words = set(name_key(alias).split())
    return bool(words & set(name_key(name).split())) or (alias.isupper() and len(alias.replace(".", "")) >= 2)


def _defined_initials(actor: ActorRef, text: str) -> str | None:
    """RETURNS (str | None): the initials an article defines for a body right after its name ("the Central American
    Integration System (SICA)": "SICA", whatever language they are the initials of); None for anything else."""
    if actor.kind != "org" or len(actor.name.split()) < 2:
        return None
    at = text.find(f"{actor.name} (")
    if at < 0:
        return None
    inside = text[at + len(actor.name) + 2 : at + len(actor.name) + 12].split(")", 1)
    short = inside[0] if len(inside) == 2 else ""
    return short if 2 <= len(short) <= 8 and short.replace("-", "").isalpha() and short.isupper() else None




class SQLiteActors(SQLiteConnection):
    """Actors and places of the store (see :class:`SQLiteConnection` for opening it)."""

    def _actor_candidates(self, name: str, kind: str) -> tuple[dict[str, set[int]], dict[int, str]]:
        """The aliases and people that could match a name, looked up by index (not a scan)."""
        key = name_key(name)
        aliases = {key: {int(r["actor_id"]) for r in self._rows(q.ACTORS_BY_ALIAS, (key,))}}
        people: dict[int, str] = {}
        if kind == "person" and key:
            tokens = key.split()
            first, last = tokens[0], tokens[-1]
            for r in self._rows(q.PEOPLE_BY_NAME_PART, (first, bare(last), first, bare(last))):  # (keys kept without an
                # Arabic article: "Sisi" finds "Abdel Fattah al-Sisi")
                people[int(r["id"])] = r["name"]
        return aliases, people

    def _office_holder(self, actor: ActorRef, article: Article, avoid: frozenset[int] = frozenset()) -> int | None:
        """The stored person an office named without a name stands for ("Poland's prime
        minister met ..." is stored by the extractor as "Prime Minister of Poland"; "the
        Indonesian minister" is a Foreign Minister of Indonesia): the one person seen with
        that title, or a longer one ending with it, and that country in the :data:`OFFICE_MEMORY_DAYS` up to the
        article's day (never later, so nothing leaks); failing that, the one person seen with exactly that title
        and no country (whose own country is unknown or the office's); for an office named by its title alone (a
        body's head), the one person seen with that title and no country; None when nobody or several were. ``avoid``:
        ids the office cannot stand for (an event's actor, for "his Cambodian counterpart": another person)."""
        if not (actor.kind == "person" and actor.title and article.published):
            return None
        since = article.published - timedelta(days=OFFICE_MEMORY_DAYS)
        if not actor.country and actor.name == actor.title:
            # a body's head named by the title alone ("The Secretary-General has cancelled ..."): the one person seen
            # with that title, however hyphened, and no country
            held = {int(r["actor_id"]) for title in dict.fromkeys([actor.title, actor.title.replace("-", " "),
                                                                   actor.title.replace(" ", "-"),
                                                                   *body_title_forms(actor.title)])
                    for r in self._rows(q.TITLE_HOLDERS_UNPLACED, {"title": title, "country": None,
                                                                   "day": iso(article.published), "since": iso(since),
                                                                   "office": actor.name})
                    if int(r["actor_id"]) not in avoid}
            return held.pop() if len(held) == 1 else None
        if not actor.country and actor.name.lower().startswith(f"{actor.title.lower()} of "):
            # an office of a see or a body ("Archbishop of Canterbury"): the one person titled so in an
            # article that writes the office's name
            rows = [r for r in self._rows(q.OFFICE_PHRASE_HOLDERS, {"title": actor.title, "office": actor.name,
                                                                    "day": iso(article.published), "since": iso(since)})
                    if int(r["actor_id"]) not in avoid]
            return int(rows[0]["actor_id"]) if len(rows) == 1 else None
        if actor.country and actor.name.lower().startswith(f"{actor.title.lower()} of ") \
                and actor.name != office_name(actor.title, actor.country):
            # an office of a region or city of a country ("Cebu's governor": Governor of Cebu City): the one person
            # seen with that title and country in an article that writes the title with the place's first word
            local = actor.name[len(actor.title) + 4:].split()[0]
            held = {int(r["actor_id"]) for r in self._rows(q.LOCAL_TITLE_HOLDERS, {
                "title": actor.title, "country": actor.country, "local": local, "day": iso(article.published),
                "since": iso(since), "office": actor.name}) if int(r["actor_id"]) not in avoid}
            return held.pop() if len(held) == 1 else None
        if not actor.country or actor.name != office_name(actor.title, actor.country):
            return None
        if actor.title.lower() in generic_offices():  # "the leaders of Ethiopia and Somalia": the one president or
            # prime minister of each seen, whichever title
            held = {int(r["actor_id"]) for title in equivalent_titles(actor.title) for r in self._rows(q.TITLE_HOLDERS, {
                "title": title, "country": actor.country, "day": iso(article.published), "since": iso(since),
                "office": actor.name}) if int(r["actor_id"]) not in avoid}
            return held.pop() if len(held) == 1 else None
        for title in (actor.title, *equivalent_titles(actor.title)):  # ("India's foreign minister": the External
            # Affairs Minister seen, when no Foreign Minister of India was)
            params = {"title": title, "country": actor.country, "day": iso(article.published), "since": iso(since),
                      "office": actor.name}
            rows = [r for r in self._rows(q.TITLE_HOLDERS, params) if int(r["actor_id"]) not in avoid]
            if not rows:
                # the one person seen with exactly that title and no country ("Trade Minister Kim Tae-yong"), the
                # one of the office's own country first ("Tetsuya Morikawa" of Japan before a minister of unknown country)
                rows = [r for r in self._rows(q.TITLE_HOLDERS_UNPLACED, params) if int(r["actor_id"]) not in avoid]
                own = [r for r in rows if r["country"] == actor.country]
                rows = own if len(own) == 1 else rows
            if rows:
                return int(rows[0]["actor_id"]) if len(rows) == 1 else None
        return None

    def _actor_id(self, actor: ActorRef, article: Article, text_alias: str | None,
                  avoid: frozenset[int] = frozenset()) -> int:
        """The stored actor a mention names, stored first when new; its aliases and title are
        recorded (inside the caller's transaction).

        actor (ActorRef): the mention as extracted. article (Article): the article it is in.
        text_alias (str | None): the mention's words in the text, kept as an alias when they
            can name the actor across articles. avoid (frozenset[int]): ids an office named without a name cannot
            stand for (see :meth:`_office_holder`).
        RETURNS (int): the actor's id.
        """
        holder = self._office_holder(actor, article, avoid)
        if holder is not None:
            # the office's holder: no alias for the office (holders change), the title is recorded
            self.conn.execute(q.INSERT_TITLE, (holder, actor.title, actor.country, article.id, iso(article.published)))
            return holder
        aliases, people = self._actor_candidates(actor.name, actor.kind)
        found = match_actor(actor.name, actor.kind, aliases, people)
        if found is not None and actor.kind == "person" and actor.country and len(actor.name.split()) == 1:
            other = self._rows(q.ACTOR_BY_ID, (found,))[0]
            if other["country"] and other["country"] != actor.country and len(str(other["name"]).split()) > 1:
                found = None  # "King Hussein" of Jordan is no "Saddam Hussein" of Iraq: a lone surname of another state
        parts = name_key(actor.name).split() or [""]
        if found is None:
            # an alias shared by several actors ("Archbishop") is ambiguous, but the actor stored
            # under exactly this name is this one: never insert a second row with its name
            same = self.conn.execute(q.ACTOR_BY_NAME, (actor.name,)).fetchone()
            found = int(same[0]) if same is not None else None
        if found is None and actor.kind == "org":
            found = self._body_by_initials(actor.name)
        if found is None and actor.kind == "org" and actor.country:
            found = self._national_body(actor)
        if found is None and lone_name(actor):
            # "held talks with [Popsoi]ORG": a lone name the recognizer took for a body is the one stored person of
            # that surname ("Mihai Popsoi"), when there is exactly one
            found = match_actor(actor.name, "person", {}, self._actor_candidates(actor.name, "person")[1])
        short = group_short(actor.name) if actor.kind == "group" else company_short(actor.name) if actor.kind == "org" \
            else None
        if found is None and short is not None:
            # "the main opposition party" after "the opposition", "Ashcombe Group" after "Ashcombe": one group
            found = match_actor(short, actor.kind, self._actor_candidates(short, actor.kind)[0], {})
        if found is None:
            cur = self.conn.execute(q.INSERT_ACTOR, (actor.name, actor.kind, actor.country, parts[0], bare(parts[-1])))
            found = int(cur.lastrowid or 0)
        else:
            stored = self._rows(q.ACTOR_BY_ID, (found,))[0]
            # a fuller name replaces a surname-only one ("Hegseth" -> "Pete Hegseth"), a body's
            # name its initials ("EU" -> "European Union")
            if len(actor.name.split()) > len(stored["name"].split()) and actor.kind in ("person", "org"):
                clash = self.conn.execute(q.ACTOR_BY_NAME, (actor.name,)).fetchone()
                if clash is None:
                    self.conn.execute(q.RENAME_ACTOR, (actor.name, parts[0], bare(parts[-1]), found))
            if actor.country and not stored["country"]:
                self.conn.execute(q.SET_ACTOR_COUNTRY, (actor.country, found))
        if text_alias and actor.kind != "country" and actor.country and name_key(text_alias) == name_key(actor.country):
            text_alias = None  # "Indonesia" in "Indonesia's parliament" names the state, never its body
        for alias in {actor.name, text_alias if text_alias and _name_like(text_alias, actor.name) else actor.name,
                      short or actor.name, _defined_initials(actor, article.text) or actor.name}:
            # "opposition" names the "opposition party" stored first; "(SICA)" after a body's name is its initials
            self.conn.execute(q.INSERT_ALIAS, (name_key(alias), found, iso(article.published)))
        if actor.title:
            self.conn.execute(q.INSERT_TITLE, (found, actor.title, actor.country, article.id, iso(article.published)))
        return found

    def _national_body(self, actor: ActorRef) -> int | None:
        """RETURNS (int | None): the stored body of the same country named with one word more or less in front ("Irish
        Labour Party" and "Labour Party", both of Ireland: one party), None when there is none."""
        words = actor.name.split()
        shorter = " ".join(words[1:]) if len(words) > 2 else None
        for row in self._rows(q.NATIONAL_BODIES, (actor.country, shorter, f"% {actor.name}")):
            if row["name"] == shorter or row["name"].split()[1:] == words:
                return int(row["id"])
        return None

    def _body_by_initials(self, name: str) -> int | None:
        """RETURNS (int | None): the one stored body that ``name`` names by its initials or
        whose initials ``name`` is ("EU" and "European Union"), not by the same spelling; None
        when none or several."""
        mine = initials(name)
        if mine is None:
            return None
        found = [int(r["id"]) for r in self._rows(q.BODIES) if r["name"] != name and (
            initials(r["name"]) == mine and (len(r["name"].split()) > 1) != (len(name.split()) > 1)
            or abbreviates(name, r["name"]) or abbreviates(r["name"], name))]  # ("COSATU" and "Congress of South
        # African Trade Unions": letters of each word, two of the first)
        return found[0] if len(found) == 1 else None

    def _as_holder(self, ref: ActorRef, actor_id: int) -> ActorRef:
        """RETURNS (ActorRef): ``ref`` under its stored actor's name when ``ref`` names an office
        ("Foreign Minister of Japan") the store resolved to a named holder, or is a lone name the recognizer took for a
        body that the store resolved to a person ("talks with [Popsoi]ORG": Mihai Popsoi, a person); else ``ref``."""
        lone = lone_name(ref)
        if not names_office(ref) and not lone:
            return ref
        rows = self._rows(q.ACTOR_BY_ID, (actor_id,))
        if not rows or rows[0]["name"] == ref.name:
            return ref
        if lone:
            return replace(ref, name=str(rows[0]["name"]), kind="person") if rows[0]["kind"] == "person" else ref
        return replace(ref, name=str(rows[0]["name"]))

    def _save_place(self, place: PlaceRef, text: str) -> None:
        """Store a place (or update it) with its name and surface form as aliases.

        place (PlaceRef): the place. text (str): the article's text (for the surface form).
        """
        self.conn.execute(
            q.UPSERT_PLACE,
            (place.name, place.kind, place.country, place.lat, place.lon, dumps(list(place.within))),
        )
        self.conn.execute(q.INSERT_PLACE_ALIAS, (name_key(place.name), place.name))
        if 0 <= place.start < place.end <= len(text):
            surface = text[place.start : place.end]
            self.conn.execute(q.INSERT_PLACE_ALIAS, (name_key(surface.removeprefix("the ")), place.name))

    def actors(self, as_of: date | None = None) -> list[ActorInfo]:
        """as_of (date | None): only aliases first seen in articles published by this day
        (and those of undated articles); None: all.
        RETURNS (list[ActorInfo]): every actor with aliases and dated titles."""
        out = []
        day = iso(as_of)
        for r in self._rows(q.ALL_ACTORS):
            aliases = tuple(a["alias"] for a in self._rows(q.ALIASES_OF, (r["id"], day, day)))
            titles = tuple(
                (t["title"], parse_iso(t["first"]), parse_iso(t["last"])) for t in self._rows(q.TITLES_OF, (r["id"],))
            )
            out.append(ActorInfo(r["id"], r["name"], r["kind"], r["country"], aliases, titles))
        return out

    def places(self) -> list[PlaceRef]:
        """RETURNS (list[PlaceRef]): every place seen, with containment."""
        return [
            PlaceRef(r["name"], r["kind"], r["country"], r["lat"], r["lon"], tuple(json.loads(r["within"])))
            for r in self._rows(q.ALL_PLACES)
        ]
