-- Sitrep store schema, SQLite dialect. Keep in step with ../postgresql/V1__schema.sql: same tables, same columns.
-- Dates are ISO-8601 text (YYYY-MM-DD), which sorts as dates do.

CREATE TABLE articles (
  article_pk INTEGER PRIMARY KEY AUTOINCREMENT,  -- ingest order
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
  article_pk INTEGER PRIMARY KEY REFERENCES articles (article_pk),
  json       TEXT NOT NULL
);

CREATE TABLE events (
  event_pk             INTEGER PRIMARY KEY AUTOINCREMENT,
  article_pk           INTEGER NOT NULL REFERENCES articles (article_pk),
  idx                  INTEGER NOT NULL,          -- index into the extract object's "events"
  type                 TEXT NOT NULL,             -- PLOVER event type
  mode                 TEXT,
  cameo                TEXT,
  goldstein            REAL,
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
  lat                  REAL,
  lon                  REAL,
  date_value           TEXT,                      -- as extracted: YYYY-MM-DD, YYYY-MM, YYYY or start/end
  date_start           TEXT,                      -- first day the value covers (publication date when no time)
  date_end             TEXT,                      -- last day, inclusive
  trigger_text         TEXT,
  trigger_start        INTEGER,
  trigger_end          INTEGER,
  confidence           REAL,
  reported_by          INTEGER,                   -- index into "statements", or NULL
  cluster_id           INTEGER,                   -- cross-article event id: the smallest event_pk of the cluster
  UNIQUE (article_pk, idx)
);
CREATE INDEX events_type_date ON events (type, date_start);
CREATE INDEX events_cluster ON events (cluster_id);
CREATE INDEX events_country ON events (place_country);

CREATE TABLE statements (
  statement_pk    INTEGER PRIMARY KEY AUTOINCREMENT,
  article_pk      INTEGER NOT NULL REFERENCES articles (article_pk),
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
  cluster_id INTEGER PRIMARY KEY,
  type       TEXT NOT NULL,
  date_start TEXT,
  date_end   TEXT,
  lat        REAL,
  lon        REAL,
  country    TEXT,
  size       INTEGER NOT NULL
);

-- Full-text search over title and text; rows are written by the store in the same transaction as the article.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'article_pk',
  tokenize = 'porter unicode61');
