-- 0007: drafts, the values of a form not yet saved (shared/drafts/schema.ts). The renderer saves a
-- dirty form's values every few seconds, so typed work survives the app being killed; reopening the
-- form offers them back. One draft per form and record: `record_key` is 'new', a record id, or a
-- compound such as '12:new'.
--
-- Drafts are not records, so they are NOT audited and belong to no record's history: the audit log
-- says what changed in the records and who changed them, and a draft changes nothing until it is saved
-- through the record's own channel, which is audited then. Logging a save every few seconds would also
-- bury the real changes. For the same reason a draft write does not count as a change of the data
-- (drafts/service.ts writes through Db.runQuietly: no daily or quit backup is set off by it).
CREATE TABLE drafts (
  form TEXT NOT NULL,
  record_key TEXT NOT NULL,
  -- The form's values as JSON text (at most 256 KiB, checked at the boundary).
  values_json TEXT NOT NULL CHECK (json_valid(values_json)),
  -- The version of the record the edits started from; NULL for a new record.
  base_version INTEGER CHECK (base_version IS NULL OR base_version > 0),
  -- When it was last saved: an ISO timestamp in UTC (toISOString()).
  saved_at TEXT NOT NULL,
  PRIMARY KEY (form, record_key)
) STRICT;
