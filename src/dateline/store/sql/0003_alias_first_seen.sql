-- The publication day of the first article that named an actor by each alias, so that
-- an answer "as of" a day only uses the names known by then (no leakage). NULL: not
-- known (an undated article, or a database made before this migration); such aliases
-- count on every day.
ALTER TABLE actor_aliases ADD COLUMN published TEXT;
