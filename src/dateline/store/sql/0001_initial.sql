-- Dateline schema, version 1. Articles, what was extracted from them, actors,
-- places, events and the reports (evidence) that make them, questions.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    title TEXT,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    published TEXT,
    published_text TEXT,
    anchor_source TEXT NOT NULL,
    dateline_city TEXT,
    dateline_text TEXT,
    dateline_start INTEGER NOT NULL DEFAULT 0,
    dateline_end INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE extractions (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    sentences TEXT NOT NULL,
    times TEXT NOT NULL,
    actors TEXT NOT NULL,
    places TEXT NOT NULL
);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    country TEXT,
    first_key TEXT NOT NULL DEFAULT '',
    last_key TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actors_first ON actors (first_key);
CREATE INDEX actors_last ON actors (last_key);

CREATE TABLE actor_aliases (
    alias TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    PRIMARY KEY (alias, actor_id)
);

CREATE TABLE actor_titles (
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    title TEXT NOT NULL,
    country TEXT,
    article_id TEXT NOT NULL REFERENCES articles (id),
    published TEXT,
    PRIMARY KEY (actor_id, title, article_id)
);

CREATE TABLE places (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    country TEXT,
    lat REAL,
    lon REAL,
    within TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE place_aliases (
    alias TEXT NOT NULL,
    name TEXT NOT NULL REFERENCES places (name),
    PRIMARY KEY (alias, name)
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    family TEXT NOT NULL
);
CREATE INDEX events_actor ON events (actor_id, family);

-- one row per sentence that reports an event: the evidence, and what it says
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id),
    article_id TEXT NOT NULL REFERENCES articles (id),
    seq INTEGER NOT NULL,
    published TEXT,
    body TEXT NOT NULL
);
CREATE INDEX reports_event ON reports (event_id);
CREATE INDEX reports_event_published ON reports (event_id, published);
CREATE INDEX reports_article ON reports (article_id);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE,
    close TEXT,
    created TEXT NOT NULL
);

CREATE TABLE question_states (
    id INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questions (id),
    as_of TEXT NOT NULL,
    recorded TEXT NOT NULL,
    state TEXT NOT NULL
);
CREATE INDEX question_states_q ON question_states (question_id, id);
