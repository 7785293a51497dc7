-- Names in each event's evidence: the lower-case words of the entities in its sentence and of its actors and
-- recipients, space-separated, minus the titles in sitrep/store/name-stopwords.txt. The clusterer compares them.
-- Rows stored before this migration keep NULL: they cluster on place and actors alone. Keep in step with
-- ../postgresql/V2__event_names.sql.
ALTER TABLE events ADD COLUMN names TEXT;
