-- Indexes for the dashboard's counts (StoreSummaries): the timeline groups events by day and type, and the stance
-- chart groups a speaker's statements by article; both read these indexes alone, without the rows.
CREATE INDEX events_dates_type ON events (date_start, date_end, type);
CREATE INDEX statements_speaker_article ON statements (speaker_name, article_pk, stance);
