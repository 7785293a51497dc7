-- Indexes for the server. The event listing's order (dated first, by first day, then key) read from an index, so a
-- page of a large listing stops after its rows instead of sorting every match; the dashboard's counts
-- (StoreSummaries): the timeline groups events by day and type (in the index order, reading the end day from it too),
-- the stance chart a speaker's statements by article,
-- both from these indexes alone, without the rows.
CREATE INDEX events_listing ON events ((date_start IS NULL), date_start, event_pk);
CREATE INDEX events_dates_type ON events (date_start, type, date_end);
CREATE INDEX statements_speaker_article ON statements (speaker_name, article_pk, stance);
