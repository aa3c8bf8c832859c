-- An article a later version replaces ("(Corrects day of meeting ...)"): from the day
-- the new version was published ('published'), the old one's reports no longer count.
CREATE TABLE superseded (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    by_article TEXT NOT NULL REFERENCES articles (id),
    published TEXT
);

-- Articles that say they are a new version of a story, so that an older version
-- arriving later is compared with them only (not with every article of the week).
CREATE TABLE revisions (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    published TEXT
);
CREATE INDEX revisions_published ON revisions (published);
