-- 0001: the first schema. Countries and fields are editable vocabularies; trainees carry
-- precomputed search and sort keys (made in the core) so lists stay fast at 50,000 records.

PRAGMA application_id = 1129072978; -- 'CLAR'

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE countries (
  code TEXT PRIMARY KEY CHECK (length(code) = 2),
  name_en TEXT NOT NULL,
  name_ja TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  sort_order INTEGER NOT NULL DEFAULT 100
) STRICT;

INSERT INTO countries (code, name_en, name_ja, sort_order) VALUES
  ('BN', 'Brunei', 'ブルネイ', 1),
  ('KH', 'Cambodia', 'カンボジア', 2),
  ('ID', 'Indonesia', 'インドネシア', 3),
  ('LA', 'Laos', 'ラオス', 4),
  ('MY', 'Malaysia', 'マレーシア', 5),
  ('MM', 'Myanmar', 'ミャンマー', 6),
  ('PH', 'Philippines', 'フィリピン', 7),
  ('SG', 'Singapore', 'シンガポール', 8),
  ('TH', 'Thailand', 'タイ', 9),
  ('TL', 'Timor-Leste', '東ティモール', 10),
  ('VN', 'Vietnam', 'ベトナム', 11),
  ('IN', 'India', 'インド', 20);

CREATE TABLE fields (
  id INTEGER PRIMARY KEY,
  name_en TEXT NOT NULL UNIQUE,
  name_ja TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

-- The fields named in the source text.
INSERT INTO fields (name_en, name_ja) VALUES
  ('General administration', '一般行政'),
  ('Environment', '環境'),
  ('Agriculture', '農業'),
  ('Education', '教育'),
  ('Tourism', '観光'),
  ('Economic exchange', '経済交流');

CREATE TABLE ref_counters (
  fiscal_year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

CREATE TABLE trainees (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL,
  family_name TEXT,
  given_name TEXT,
  native_name TEXT,
  katakana_name TEXT,
  preferred_name TEXT,
  gender TEXT NOT NULL CHECK (gender IN ('female', 'male', 'x')),
  date_of_birth TEXT NOT NULL,
  country TEXT NOT NULL REFERENCES countries (code),
  home_government TEXT NOT NULL,
  department TEXT,
  position TEXT,
  field_id INTEGER NOT NULL REFERENCES fields (id),
  japanese_level TEXT NOT NULL CHECK (japanese_level IN ('none', 'N5', 'N4', 'N3', 'N2', 'N1')),
  email TEXT,
  phone TEXT,
  emergency_contact_name TEXT,
  emergency_contact_relation TEXT,
  emergency_contact_phone TEXT,
  passport_number TEXT,
  passport_expiry TEXT,
  residence_card_number TEXT,
  residence_card_expiry TEXT,
  arrival_date TEXT,
  departure_date TEXT,
  fiscal_year INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('applicant', 'accepted', 'introductory', 'on_placement', 'completed', 'withdrawn')),
  notes TEXT,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- Derived keys, written by the core (see shared/text/normalize.ts).
  search_key TEXT NOT NULL,
  ref_key TEXT NOT NULL,
  name_key TEXT NOT NULL,
  gov_key TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX trainees_passport ON trainees (passport_number) WHERE passport_number IS NOT NULL;
-- One index per list sort, in the list's full order (sort key, ref_key, id), followed by the filter
-- columns: any sorted, filtered page (deep pages included) is one walk of one index, with the
-- filters checked in the index and only the page's own rows read from the table.
CREATE INDEX trainees_ref ON trainees (archived, ref_key, id, fiscal_year, country, status, field_id);
CREATE INDEX trainees_name ON trainees (archived, name_key, ref_key, id, fiscal_year, country, status, field_id);
CREATE INDEX trainees_gov ON trainees (archived, gov_key, ref_key, id, fiscal_year, country, status, field_id);
CREATE INDEX trainees_fy ON trainees (archived, fiscal_year, ref_key, id, country, status, field_id);
CREATE INDEX trainees_country ON trainees (archived, country, ref_key, id, fiscal_year, status, field_id);
CREATE INDEX trainees_status ON trainees (archived, status, ref_key, id, fiscal_year, country, field_id);
CREATE INDEX trainees_updated ON trainees (archived, updated_at, ref_key, id, fiscal_year, country, status, field_id);
CREATE INDEX trainees_field ON trainees (field_id);
-- The narrowest index to count a page's total (and the facets' counts) from.
CREATE INDEX trainees_archived ON trainees (archived);
-- Search words shorter than a trigram scan this (much smaller) index instead of the table.
CREATE INDEX trainees_search ON trainees (archived, search_key);
CREATE INDEX trainees_dup ON trainees (name_key, date_of_birth);
CREATE INDEX trainees_demo ON trainees (is_demo) WHERE is_demo = 1;

-- Substring search in any script: a trigram index over the search key.
CREATE VIRTUAL TABLE trainee_fts USING fts5 (
  search_key,
  content = 'trainees',
  content_rowid = 'id',
  tokenize = 'trigram'
);

CREATE TRIGGER trainees_fts_insert AFTER INSERT ON trainees BEGIN
  INSERT INTO trainee_fts (rowid, search_key) VALUES (new.id, new.search_key);
END;
CREATE TRIGGER trainees_fts_delete AFTER DELETE ON trainees BEGIN
  INSERT INTO trainee_fts (trainee_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key);
END;
CREATE TRIGGER trainees_fts_update AFTER UPDATE OF search_key ON trainees BEGIN
  INSERT INTO trainee_fts (trainee_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key);
  INSERT INTO trainee_fts (rowid, search_key) VALUES (new.id, new.search_key);
END;

CREATE TABLE trainee_photos (
  trainee_id INTEGER PRIMARY KEY REFERENCES trainees (id) ON DELETE CASCADE,
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  data BLOB NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
) STRICT;

CREATE INDEX audit_entity ON audit_log (entity, entity_id, id);
