-- Sitrep store schema, PostgreSQL dialect. Keep in step with ../sqlite/V1__schema.sql: same tables, same columns.
-- Dates are ISO-8601 text (YYYY-MM-DD), which sorts as dates do.

CREATE TABLE articles (
  article_pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- ingest order
  id         TEXT NOT NULL,
  text_hash  TEXT NOT NULL,                      -- SHA-256 of the text (UTF-8), hex
  text       TEXT NOT NULL,
  published  TEXT,
  title      TEXT,
  source     TEXT,
  url        TEXT,
  lang       TEXT,
  UNIQUE (id, text_hash)
);

-- The extract output object of CONTRACT.md for the article, as JSON text.
CREATE TABLE extractions (
  article_pk BIGINT PRIMARY KEY REFERENCES articles (article_pk),
  json       TEXT NOT NULL
);

CREATE TABLE events (
  event_pk             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_pk           BIGINT NOT NULL REFERENCES articles (article_pk),
  idx                  INTEGER NOT NULL,          -- index into the extract object's "events"
  type                 TEXT NOT NULL,             -- PLOVER event type
  mode                 TEXT,
  cameo                TEXT,
  goldstein            DOUBLE PRECISION,
  acled_event_type     TEXT,
  acled_sub_event_type TEXT,
  modality             TEXT,
  actor_name           TEXT,
  actor_country        TEXT,
  actor_sector         TEXT,
  actor_countries      TEXT,                      -- all actors' countries, space-separated, sorted
  recipient_name       TEXT,
  recipient_country    TEXT,
  recipient_sector     TEXT,
  recipient_countries  TEXT,
  place_name           TEXT,
  place_country        TEXT,
  place_admin1         TEXT,
  place_feature_code   TEXT,
  lat                  DOUBLE PRECISION,
  lon                  DOUBLE PRECISION,
  date_value           TEXT,                      -- as extracted: YYYY-MM-DD, YYYY-MM, YYYY or start/end
  date_start           TEXT,                      -- first day the value covers (publication date when no time)
  date_end             TEXT,                      -- last day, inclusive
  trigger_text         TEXT,
  trigger_start        INTEGER,
  trigger_end          INTEGER,
  confidence           DOUBLE PRECISION,
  reported_by          INTEGER,                   -- index into "statements", or NULL
  cluster_id           BIGINT,                   -- cross-article event id: the smallest event_pk of the cluster
  UNIQUE (article_pk, idx)
);
CREATE INDEX events_type_date ON events (type, date_start);
CREATE INDEX events_cluster ON events (cluster_id);
CREATE INDEX events_country ON events (place_country);

CREATE TABLE statements (
  statement_pk    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_pk      BIGINT NOT NULL REFERENCES articles (article_pk),
  idx             INTEGER NOT NULL,               -- index into the extract object's "statements"
  stance          TEXT,
  direct          INTEGER,                        -- 1 direct quote, 0 reported speech
  speaker_name    TEXT,
  speaker_country TEXT,
  speaker_sector  TEXT,
  cue_text        TEXT,
  cue_start       INTEGER,
  cue_end         INTEGER,
  content_text    TEXT,                           -- content spans joined by " ... "
  medium_text     TEXT,
  target_name     TEXT,
  target_country  TEXT,
  UNIQUE (article_pk, idx)
);
CREATE INDEX statements_speaker ON statements (speaker_name);

CREATE TABLE clusters (
  cluster_id BIGINT PRIMARY KEY,
  type       TEXT NOT NULL,
  date_start TEXT,
  date_end   TEXT,
  lat        DOUBLE PRECISION,
  lon        DOUBLE PRECISION,
  country    TEXT,
  size       INTEGER NOT NULL
);

-- Full-text search over title and text.
ALTER TABLE articles ADD COLUMN tsv tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
