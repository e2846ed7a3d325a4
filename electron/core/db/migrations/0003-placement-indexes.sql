-- 0003: indexes for placements.
-- Which live placements share a day with a period (suggestions, the timeline's capacity check): a seek
-- on the last day reads only placements ending on or after the period's first day, instead of every
-- live placement (placements_host leads with the host, so a period across all hosts scanned it whole).
CREATE INDEX placements_period ON placements (end_date, start_date, host_id) WHERE cancelled = 0;

-- Deleting a trainee (ON DELETE CASCADE) or a host looks placements up by trainee_id / host_id, and
-- a partial index cannot answer that: without these every deletion read the whole table (about
-- 12 ms per trainee at 100,000 placements). They also serve lists that include cancelled placements.
CREATE INDEX placements_trainee_all ON placements (trainee_id);
CREATE INDEX placements_host_all ON placements (host_id);
