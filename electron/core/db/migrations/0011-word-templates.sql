-- 0011: the office's own Word templates (shared/templates/schema.ts), filled for one trainee or a cohort.
-- The file's bytes are kept in the database, so a backup holds them and a restore brings them back.
-- `placeholders_json` is the list of placeholders the template uses, read from it when it was added and
-- checked then against the list for its kind of record (shared/templates/placeholders.ts).
CREATE TABLE word_templates (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  -- What kind of record it is filled from; a cohort merge fills it once per trainee of a fiscal year.
  record_kind TEXT NOT NULL CHECK (record_kind IN ('trainee')),
  file_name TEXT NOT NULL,
  data BLOB NOT NULL,
  size INTEGER NOT NULL CHECK (size > 0),
  placeholders_json TEXT NOT NULL CHECK (json_valid(placeholders_json)),
  -- When (an ISO timestamp in UTC) and by whom it was added.
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL
) STRICT;
