"""Named SQL statements of the SQLite backend, apart from the logic that runs them."""

FIND_DUPLICATE = "SELECT id FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1"
SAME_TEXT = "SELECT id FROM articles WHERE content_hash = ? LIMIT 1"
SAME_URL_OTHER_TEXT = "SELECT id, text, published FROM articles WHERE url = ? AND content_hash <> ? LIMIT 1"
CLEAR_URL = "UPDATE articles SET url = NULL WHERE id = ?"
UNDATED_SAME_TEXT = "SELECT id FROM articles WHERE content_hash = ? AND published IS NULL LIMIT 1"
DELETE_ARTICLE_REPORTS = "DELETE FROM reports WHERE article_id = ?"
DELETE_ARTICLE_TITLES = "DELETE FROM actor_titles WHERE article_id = ?"
DELETE_EXTRACTION = "DELETE FROM extractions WHERE article_id = ?"
DELETE_ARTICLE = "DELETE FROM articles WHERE id = ?"
NEXT_SEQ = "SELECT COALESCE(MAX(seq), 0) + 1 FROM articles"
INSERT_ARTICLE = (
    "INSERT INTO articles (id, seq, content_hash, url, title, text, source, kind, published, "
    "published_text, anchor_source, dateline_city, dateline_text, dateline_start, dateline_end, "
    "warnings, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_EXTRACTION = "INSERT INTO extractions (article_id, sentences, times, actors, places) VALUES (?, ?, ?, ?, ?)"
ALL_ARTICLES = "SELECT * FROM articles ORDER BY COALESCE(published, '9999-12-31'), seq"
ARTICLES_BETWEEN = "SELECT * FROM articles WHERE published BETWEEN ? AND ? ORDER BY published, seq"
ARTICLE_BY_ID = "SELECT * FROM articles WHERE id = ?"
ARTICLE_BY_PREFIX = "SELECT * FROM articles WHERE substr(id, 1, ?) = ? LIMIT 2"
EXTRACTION = "SELECT * FROM extractions WHERE article_id = ?"
REPORTS_OF_ARTICLE = "SELECT body FROM reports WHERE article_id = ? ORDER BY id"

ACTORS_BY_ALIAS = "SELECT actor_id FROM actor_aliases WHERE alias = ?"
PEOPLE_BY_NAME_PART = (
    "SELECT id, name FROM actors WHERE kind = 'person' AND (first_key IN (?, ?) OR last_key IN (?, ?))"
)
INSERT_ACTOR = "INSERT INTO actors (name, kind, country, first_key, last_key) VALUES (?, ?, ?, ?, ?)"
ACTOR_BY_ID = "SELECT * FROM actors WHERE id = ?"
ACTOR_BY_NAME = "SELECT id FROM actors WHERE name = ?"
ACTOR_ROW_BY_NAME = "SELECT * FROM actors WHERE name = ?"
NATIONAL_BODIES = ("SELECT id, name FROM actors WHERE kind = 'org' AND country = ? AND (name = ? OR name LIKE ?) "
                   "ORDER BY id")
COUNTRY_ACTOR_BY_NAME = "SELECT id FROM actors WHERE name = ? AND kind = 'country'"
PERSON_COUNTRY_BY_NAME = "SELECT country FROM actors WHERE name = ? AND kind = 'person' AND country IS NOT NULL"

#: Bodies (organisations), to find one by its initials.
BODIES = "SELECT id, name FROM actors WHERE kind = 'org' ORDER BY id"
RENAME_ACTOR = "UPDATE actors SET name = ?, first_key = ?, last_key = ? WHERE id = ?"
SET_ACTOR_COUNTRY = "UPDATE actors SET country = ? WHERE id = ?"
INSERT_ALIAS = (
    "INSERT INTO actor_aliases (alias, actor_id, published) VALUES (?, ?, ?) ON CONFLICT (alias, actor_id) DO UPDATE "
    "SET published = CASE WHEN actor_aliases.published IS NULL OR excluded.published IS NULL THEN NULL "
    "ELSE MIN(actor_aliases.published, excluded.published) END"
)
INSERT_TITLE = (
    "INSERT OR IGNORE INTO actor_titles (actor_id, title, country, article_id, published) VALUES (?, ?, ?, ?, ?)"
)
TITLE_HOLDERS = (
    "SELECT t.actor_id AS actor_id, MAX(t.published) AS last FROM actor_titles t JOIN actors a ON a.id = t.actor_id "
    "WHERE (lower(t.title) = lower(:title) OR lower(t.title) LIKE '% ' || lower(:title)) AND t.country = :country "
    "AND t.published IS NOT NULL AND t.published <= :day "
    "AND t.published >= :since AND a.name != :office GROUP BY t.actor_id ORDER BY last DESC"
)
#: the holders of a title seen with no country ("Trade Minister Kim Tae-yong" in a Seoul dispatch), whose
#: own country is unknown or the office's: used only when no holder with the country was seen
TITLE_HOLDERS_UNPLACED = (
    "SELECT t.actor_id AS actor_id, a.country AS country, MAX(t.published) AS last FROM actor_titles t "
    "JOIN actors a ON a.id = t.actor_id "
    "WHERE lower(t.title) = lower(:title) AND t.country IS NULL AND (a.country IS NULL OR a.country = :country) "
    "AND a.kind = 'person' AND t.published IS NOT NULL AND t.published <= :day "
    "AND t.published >= :since AND a.name != :office GROUP BY t.actor_id ORDER BY last DESC"
)
#: the persons seen with a title in an article that writes the office phrase ("Archbishop of Canterbury Sarah
#: Mullally" for the office "Archbishop of Canterbury")
OFFICE_PHRASE_HOLDERS = (
    "SELECT t.actor_id AS actor_id, MAX(t.published) AS last FROM actor_titles t JOIN actors a ON a.id = t.actor_id "
    "JOIN articles r ON r.id = t.article_id WHERE lower(t.title) = lower(:title) AND a.kind = 'person' "
    "AND a.name != :office AND t.published IS NOT NULL AND t.published <= :day AND t.published >= :since "
    "AND instr(lower(r.text), lower(:office)) > 0 GROUP BY t.actor_id ORDER BY last DESC"
)
#: the persons seen with a title and country in an article that writes the title with the local place it is of
#: ("Cebu Governor Marisol Abad", "the Governor of Cebu") for a local office ("Governor of Cebu City")
LOCAL_TITLE_HOLDERS = (
    "SELECT t.actor_id AS actor_id, MAX(t.published) AS last FROM actor_titles t JOIN actors a ON a.id = t.actor_id "
    "JOIN articles r ON r.id = t.article_id WHERE lower(t.title) = lower(:title) AND t.country = :country "
    "AND a.kind = 'person' AND a.name != :office AND t.published IS NOT NULL AND t.published <= :day "
    "AND t.published >= :since AND (instr(lower(r.text), lower(:local || ' ' || :title)) > 0 "
    "OR instr(lower(r.text), lower(:title || ' of ' || :local)) > 0) GROUP BY t.actor_id ORDER BY last DESC"
)
ALL_ACTORS = "SELECT * FROM actors ORDER BY name"
ALIASES_OF = (
    "SELECT alias FROM actor_aliases WHERE actor_id = ? AND (? IS NULL OR published IS NULL OR published <= ?) "
    "ORDER BY alias"
)
TITLES_OF = (
    "SELECT title, MIN(published) AS first, MAX(published) AS last FROM actor_titles "
    "WHERE actor_id = ? GROUP BY title ORDER BY first"
)
ACTOR_OF_EVENT = "SELECT a.name, a.kind, a.country FROM events e JOIN actors a ON a.id = e.actor_id WHERE e.id = ?"

UPSERT_PLACE = (
    "INSERT INTO places (name, kind, country, lat, lon, within) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (name) DO NOTHING"
)
INSERT_PLACE_ALIAS = "INSERT OR IGNORE INTO place_aliases (alias, name) VALUES (?, ?)"
ALL_PLACES = "SELECT * FROM places ORDER BY name"
PLACE_BY_ALIAS = "SELECT name FROM place_aliases WHERE alias = ?"

#: Candidate events of a new report: same actor and family, reported within the merge
#: horizon, and nothing cached that rules them out (date window, place, counterparts; see
#: merge.same_event). Events without a cache (fold NULL) are always candidates. With a date
#: window, events of known date are found through the (actor, family, day_end) index (an
#: uncached event has day_end NULL too).
_FITS = (
    "(:place IS NULL OR place IS NULL OR place = :place "
    "OR (place_kind != 'country' AND instr(:place_path, '|' || place || '|') > 0) "
    "OR (:place_kind != 'country' AND instr(place_path, '|' || :place || '|') > 0)) "
    "AND (:people IS NULL OR people = '' OR {people})"
)
_RECENT = (
    "EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id "
    "AND (r.published IS NULL OR :since IS NULL OR r.published >= :since))"
)
#: One event's cached fold state.
EVENT_FOLD = "SELECT fold FROM events WHERE id = ?"
EVENTS_OF_ACTOR = (
    "SELECT id, fold FROM events e WHERE actor_id = :actor AND family IN ({families}) "
    "AND (fold IS NULL OR (" + _FITS + ")) AND " + _RECENT
)
EVENTS_OF_ACTOR_NEAR = (
    "SELECT id, fold FROM events e WHERE actor_id = :actor AND family IN ({families}) "
    "AND day_end IS NULL AND (fold IS NULL OR (" + _FITS + ")) AND " + _RECENT + " "
    "UNION ALL "
    "SELECT id, fold FROM events e WHERE actor_id = :actor AND family IN ({families}) "
    "AND day_end >= :lo AND day_start <= :hi AND fold IS NOT NULL AND " + _FITS + " AND " + _RECENT + " "
    "ORDER BY id"
)
#: Events of a family, of another actor, whose counterparts hold a name (``|name|``): the plans that name it as their
#: other side.
EVENTS_NAMING_PARTNER = (
    "SELECT id, fold, actor_id FROM events e WHERE family IN ({families}) AND actor_id != :actor "
    "AND instr(people, :probe) > 0 AND " + _RECENT + " ORDER BY id"
)
#: The people of a country the store knows (their leaders and ministers) with events of some families, oldest first.
PERSONS_OF_COUNTRY = (
    "SELECT id, name, country FROM actors WHERE kind = 'person' AND country = :country "
    "AND EXISTS (SELECT 1 FROM events e WHERE e.actor_id = actors.id AND e.family IN ({families})) ORDER BY id"
)
#: People of no known country with events of some families (a state's act may be one of theirs, told of the state).
PERSONS_OF_NO_COUNTRY = (
    "SELECT id, name, country FROM actors WHERE kind = 'person' AND country IS NULL "
    "AND EXISTS (SELECT 1 FROM events e WHERE e.actor_id = actors.id AND e.family IN ({families})) ORDER BY id"
)
#: Events of some families, of any actor, at a place (the same, inside it, or containing it: ``_FITS`` with no people).
EVENTS_AT_PLACE = (
    "SELECT id, fold, actor_id FROM events e WHERE family IN ({families}) AND place IS NOT NULL "
    "AND (place = :place OR (place_kind != 'country' AND instr(:place_path, '|' || place || '|') > 0) "
    "OR (:place_kind != 'country' AND instr(place_path, '|' || :place || '|') > 0)) AND " + _RECENT + " ORDER BY id"
)
#: Events of some families whose days reach into a span (a story reference's candidates, :mod:`.story_plans`).
EVENTS_OF_FAMILIES_NEAR = (
    "SELECT id, fold, actor_id FROM events e WHERE family IN ({families}) AND day_start IS NOT NULL "
    "AND day_start <= :hi AND day_end >= :lo AND " + _RECENT + " ORDER BY id"
)
#: The organizations of a country the store knows (its parliament, its courts) with events of some families, oldest first.
ORGS_OF_COUNTRY = (
    "SELECT id, name, country FROM actors WHERE kind = 'org' AND country = :country "
    "AND EXISTS (SELECT 1 FROM events e WHERE e.actor_id = actors.id AND e.family IN ({families})) ORDER BY id"
)
#: Group actors (crowds, unions) other than one, oldest first.
GROUP_ACTORS = "SELECT id, name, country, kind FROM actors WHERE kind IN ('group', 'org') AND id != :actor ORDER BY id"
SET_EVENT_FOLD = (
    "UPDATE events SET fold = ?, day_start = ?, day_end = ?, place = ?, place_kind = ?, place_path = ?, "
    "people = ? WHERE id = ?"
)
#: Events of the actors whose name, alias or (by the day, if given) title contains a
#: pattern; the actors are found first, so titles seen in many articles do not multiply rows.
EVENTS_OF_ACTOR_LIKE = (
    "SELECT id FROM events WHERE actor_id IN ("
    "SELECT id FROM actors WHERE lower(name) LIKE :pattern ESCAPE '\\' "
    "UNION SELECT actor_id FROM actor_aliases WHERE alias LIKE :pattern ESCAPE '\\' "
    "UNION SELECT actor_id FROM actor_titles WHERE lower(title) LIKE :pattern ESCAPE '\\' "
    "AND (:as_of IS NULL OR published <= :as_of)) ORDER BY id"
)
EVENTS_OF_ARTICLE = "SELECT DISTINCT event_id FROM reports WHERE article_id = ? ORDER BY event_id"
ALL_EVENTS = "SELECT id FROM events ORDER BY id"
INSERT_EVENT = "INSERT INTO events (actor_id, family) VALUES (?, ?)"
INSERT_REPORT = "INSERT INTO reports (event_id, article_id, seq, published, body) VALUES (?, ?, ?, ?, ?)"
REPORTS_OF_EVENTS = "SELECT event_id, seq, body FROM reports WHERE event_id IN ({marks})"
REPORTS_AS_OF = " AND published IS NOT NULL AND published <= ?"
# reports of articles a later version replaced by the as-of day (all of them when it is NULL)
REPORTS_NOT_SUPERSEDED = (
    " AND article_id NOT IN (SELECT article_id FROM superseded WHERE ? IS NULL OR published IS NULL OR published <= ?)"
)
#: {probes}: "instr(text, ?) > 0" joined by OR, one per sentence looked for
ARTICLES_HOLDING = (
    "SELECT id, text, published FROM articles WHERE id != ? AND published IS NOT NULL "
    "AND published >= ? AND published <= ? AND ({probes})"
)
REVISIONS_PUBLISHED_BETWEEN = (
    "SELECT a.id, a.text, a.published FROM revisions r JOIN articles a ON a.id = r.article_id "
    "WHERE r.article_id != ? AND r.published >= ? AND r.published <= ?"
)
INSERT_REVISION = "INSERT OR IGNORE INTO revisions (article_id, published) VALUES (?, ?)"
INSERT_SUPERSEDED = "INSERT OR IGNORE INTO superseded (article_id, by_article, published) VALUES (?, ?, ?)"
EVENTS_OF_ARTICLE_REPORTS = "SELECT DISTINCT event_id FROM reports WHERE article_id = ?"
RETIRE_EVENT = "UPDATE events SET family = '', fold = NULL WHERE id = ?"

QUESTION_BY_TEXT = "SELECT id FROM questions WHERE text = ?"
QUESTION_BY_ID = "SELECT * FROM questions WHERE id = ?"
SET_QUESTION_CLOSE = "UPDATE questions SET close = ? WHERE id = ?"
INSERT_QUESTION = "INSERT INTO questions (text, close, created) VALUES (?, ?, ?)"
ALL_QUESTIONS = "SELECT * FROM questions ORDER BY id"
LATEST_STATE = "SELECT state FROM question_states WHERE question_id = ? ORDER BY id DESC LIMIT 1"
INSERT_STATE = "INSERT INTO question_states (question_id, as_of, recorded, state) VALUES (?, ?, ?, ?)"
STATES_OF = "SELECT as_of, recorded, state FROM question_states WHERE question_id = ? ORDER BY id"
