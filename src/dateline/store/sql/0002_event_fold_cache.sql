-- Cache of each event's folded state, so that a new report is matched and folded
-- in one step instead of re-folding every report of every candidate event.
-- Derived data: fold NULL means "recompute from the reports" (databases made
-- before this migration fill it on first use). The other columns copy what the
-- candidate search needs from the folded state: the current date's first and
-- last day (NULL when unknown), the place's name, kind and containing places
-- ('|A|B|'), and the counterparts' names ('|A|B|', '' when none).
ALTER TABLE events ADD COLUMN fold TEXT;
ALTER TABLE events ADD COLUMN day_start TEXT;
ALTER TABLE events ADD COLUMN day_end TEXT;
ALTER TABLE events ADD COLUMN place TEXT;
ALTER TABLE events ADD COLUMN place_kind TEXT;
ALTER TABLE events ADD COLUMN place_path TEXT;
ALTER TABLE events ADD COLUMN people TEXT;
CREATE INDEX events_actor_day ON events (actor_id, family, day_end);
