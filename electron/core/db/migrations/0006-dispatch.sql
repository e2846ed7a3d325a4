-- 0006: the Specialist Dispatch Project (counterparts, the field-of-expertise vocabulary, specialists,
-- requests with their recorded workflow, dispatches) and CLAIR's historical reference data (past
-- dispatch projects, the accepted-trainee table's facts) with a log of what was imported from where.

-- One counterpart agency per country, through which that country's requests come.
CREATE TABLE counterparts (
  id INTEGER PRIMARY KEY,
  country_code TEXT NOT NULL UNIQUE REFERENCES countries (code),
  name TEXT NOT NULL,
  contact_name TEXT,
  email TEXT,
  phone TEXT,
  address TEXT,
  notes TEXT,
  -- The reference file's row key when the record came from it (importing again finds it).
  source_key TEXT UNIQUE,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Fields of expertise: an editable vocabulary seeded with the source's fields. A group lets matching
-- call two fields related; aliases are other correct spellings (never misspellings).
CREATE TABLE expertise_fields (
  id INTEGER PRIMARY KEY,
  seed_key TEXT UNIQUE,
  name_en TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name_ja TEXT NOT NULL,
  field_group TEXT NOT NULL CHECK (field_group IN ('safety', 'water', 'environment', 'health', 'welfare',
    'agriculture', 'commerce', 'tourism', 'culture', 'urban', 'education', 'administration')),
  aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  sort_order INTEGER NOT NULL DEFAULT 100
) STRICT;

-- Kept equal to SEED_FIELDS (shared/specialist-dispatch/vocabulary.ts) by a test.
INSERT INTO expertise_fields (seed_key, name_en, name_ja, field_group, aliases, sort_order) VALUES
  ('fire_disaster_prevention', 'Fire and Disaster Prevention', '消防・防災', 'safety', '[]', 1),
  ('firefighting_rescue', 'Firefighting and Rescue', '消防・救助', 'safety', '["Fire Fighting","Firefighting","Fire Fighting and Rescue"]', 2),
  ('disaster_management', 'Disaster Management and Prevention', '防災・危機管理', 'safety', '["Disaster Prevention","Disaster Management","Disaster Prevention and Management"]', 3),
  ('water_supply_sewerage', 'Water Supply and Sewerage', '上下水道', 'water', '["Water Supply and Sewerage Management","Water Supply and Sewage Management","Water Supply and Sewage"]', 4),
  ('sewerage', 'Sewerage Management', '下水道', 'water', '["Sewerage","Sewage Management"]', 5),
  ('solid_waste', 'Solid Waste Management', '廃棄物処理', 'environment', '["Waste Management"]', 6),
  ('environmental_conservation', 'Environmental Conservation', '環境保全', 'environment', '["Environment Conservation","Environmental Protection"]', 7),
  ('public_health_sanitation', 'Public Health and Sanitation', '公衆衛生', 'health', '["Health and Sanitation","Public Health","Public Health Management"]', 8),
  ('health_social_welfare', 'Health and Social Welfare', '保健・福祉', 'welfare', '["Health and Welfare"]', 9),
  ('social_welfare', 'Social Welfare', '社会福祉', 'welfare', '["Welfare"]', 10),
  ('agriculture', 'Agriculture', '農業', 'agriculture', '[]', 11),
  ('agriculture_commerce', 'Agriculture and Commerce', '農業・商業', 'agriculture', '["Agriculture and Trade"]', 12),
  ('markets_food_courts', 'Management of Markets and Food Courts', '市場・フードコート管理', 'commerce', '["Market and Food Court Management","Markets and Food Courts"]', 13),
  ('tourism_promotion', 'Tourism Promotion', '観光振興', 'tourism', '["Tourism","Tourism Development"]', 14),
  ('intangible_cultural_assets', 'Preservation of Intangible Cultural Assets', '無形文化財の保護', 'culture', '["Preservation of Intangible Cultural Heritage","Intangible Cultural Assets"]', 15),
  ('urban_planning', 'Urban Planning', '都市計画', 'urban', '["City Planning","Town Planning"]', 16),
  ('education', 'Education', '教育', 'education', '[]', 17),
  ('japanese_language', 'Japanese Language', '日本語教育', 'education', '["Japanese Language Education","Japanese Language Teaching"]', 18),
  ('local_administration', 'Local Administration', '地方行政', 'administration', '["Local Government Administration"]', 19);

-- The pool of Japanese local-government officials (retirees included) who may be dispatched.
CREATE TABLE specialists (
  id INTEGER PRIMARY KEY,
  name_en TEXT NOT NULL,
  name_ja TEXT,
  name_key TEXT NOT NULL,
  -- Both names and the home government, folded like name_key (hiragana as katakana …) for search.
  search_text TEXT NOT NULL DEFAULT '',
  home_government TEXT NOT NULL,
  prefecture INTEGER CHECK (prefecture BETWEEN 1 AND 47),
  position TEXT,
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  email TEXT,
  phone TEXT,
  notes TEXT,
  -- BCP 47 codes, a JSON array.
  languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages) AND json_type(languages) = 'array'),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX specialists_name ON specialists (name_key, id);

CREATE TABLE specialist_fields (
  specialist_id INTEGER NOT NULL REFERENCES specialists (id) ON DELETE CASCADE,
  field_id INTEGER NOT NULL REFERENCES expertise_fields (id),
  PRIMARY KEY (specialist_id, field_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX specialist_fields_field ON specialist_fields (field_id, specialist_id);

-- Periods a specialist said they are free (inclusive); none recorded means not known.
CREATE TABLE specialist_availability (
  id INTEGER PRIMARY KEY,
  specialist_id INTEGER NOT NULL REFERENCES specialists (id) ON DELETE CASCADE,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  note TEXT,
  CHECK (end_date >= start_date)
) STRICT;

CREATE INDEX specialist_availability_specialist ON specialist_availability (specialist_id, start_date);

-- A request from an overseas local government, through its country's counterpart.
CREATE TABLE dispatch_requests (
  id INTEGER PRIMARY KEY,
  -- "SD-FY2027-003": numbered within the fiscal year.
  reference TEXT NOT NULL UNIQUE,
  fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2100),
  country_code TEXT NOT NULL REFERENCES countries (code),
  counterpart_id INTEGER REFERENCES counterparts (id),
  requesting_government TEXT NOT NULL,
  field_id INTEGER NOT NULL REFERENCES expertise_fields (id),
  summary TEXT NOT NULL,
  wished_start TEXT,
  wished_end TEXT,
  contact_name TEXT,
  contact_email TEXT,
  contact_phone TEXT,
  received_on TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'received' CHECK (state IN ('received', 'under_review', 'approved', 'declined',
    'specialist_matched', 'agreement_signed', 'dispatched', 'completed', 'cancelled')),
  state_changed_on TEXT NOT NULL,
  -- Why it was declined or cancelled.
  reason TEXT,
  -- The outcome report, once completed.
  outcome TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (wished_end IS NULL OR wished_start IS NULL OR wished_end >= wished_start)
) STRICT;

CREATE INDEX dispatch_requests_state ON dispatch_requests (state, fiscal_year);
CREATE INDEX dispatch_requests_year ON dispatch_requests (fiscal_year, country_code);
CREATE INDEX dispatch_requests_field ON dispatch_requests (field_id);

-- Every move of a request, in order: the workflow's record.
CREATE TABLE request_transitions (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES dispatch_requests (id) ON DELETE CASCADE,
  from_state TEXT,
  to_state TEXT NOT NULL,
  on_date TEXT NOT NULL,
  note TEXT,
  actor TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;

CREATE INDEX request_transitions_request ON request_transitions (request_id, id);

-- A specialist sent for a request, with the dates and the cost arrangements noted.
CREATE TABLE dispatches (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES dispatch_requests (id) ON DELETE CASCADE,
  specialist_id INTEGER NOT NULL REFERENCES specialists (id),
  start_date TEXT,
  end_date TEXT,
  cost_notes TEXT,
  cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (request_id, specialist_id),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
) STRICT;

CREATE INDEX dispatches_specialist ON dispatches (specialist_id, start_date) WHERE cancelled = 0;

-- Matching keeps the active specialists in memory (dispatch/match.ts); this stamp moves whenever a table
-- it is read from changes, and only then is the pool read again.
CREATE TABLE match_pool_stamp (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  n INTEGER NOT NULL
) STRICT;

INSERT INTO match_pool_stamp (id, n) VALUES (1, 0);

CREATE TRIGGER specialists_insert_stamp AFTER INSERT ON specialists BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER specialists_update_stamp AFTER UPDATE ON specialists BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER specialists_delete_stamp AFTER DELETE ON specialists BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER specialist_fields_insert_stamp AFTER INSERT ON specialist_fields BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER specialist_fields_update_stamp AFTER UPDATE ON specialist_fields BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER specialist_fields_delete_stamp AFTER DELETE ON specialist_fields BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER specialist_availability_insert_stamp AFTER INSERT ON specialist_availability BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER specialist_availability_update_stamp AFTER UPDATE ON specialist_availability BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER specialist_availability_delete_stamp AFTER DELETE ON specialist_availability BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER dispatches_insert_stamp AFTER INSERT ON dispatches BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER dispatches_update_stamp AFTER UPDATE ON dispatches BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER dispatches_delete_stamp AFTER DELETE ON dispatches BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER dispatch_requests_match_stamp
AFTER UPDATE OF country_code, field_id, wished_start, wished_end ON dispatch_requests BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

CREATE TRIGGER dispatch_requests_delete_stamp AFTER DELETE ON dispatch_requests BEGIN
  UPDATE match_pool_stamp SET n = n + 1;
END;

-- What was imported from CLAIR's reference files, when, by whom, and with which decisions.
CREATE TABLE reference_imports (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL CHECK (file IN ('counterparts', 'dispatch_projects', 'accepted_trainees')),
  content_hash TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  rows_created INTEGER NOT NULL,
  rows_present INTEGER NOT NULL,
  rows_excluded INTEGER NOT NULL,
  -- The findings as shown and the decisions taken on them (JSON), so the record says why a value differs.
  findings TEXT NOT NULL DEFAULT '[]',
  decisions TEXT NOT NULL DEFAULT '[]'
) STRICT;

CREATE INDEX reference_imports_file ON reference_imports (file, id);

-- The past dispatch projects, one per row of the file: the values stored (after decisions) beside
-- the row as printed.
CREATE TABLE past_dispatch_projects (
  id INTEGER PRIMARY KEY,
  row_key TEXT NOT NULL UNIQUE,
  import_id INTEGER NOT NULL REFERENCES reference_imports (id),
  source_line INTEGER NOT NULL,
  fiscal_year INTEGER NOT NULL,
  country TEXT NOT NULL,
  country_code TEXT REFERENCES countries (code),
  locality TEXT NOT NULL,
  area_of_expertise TEXT NOT NULL,
  field_id INTEGER REFERENCES expertise_fields (id),
  printed TEXT NOT NULL CHECK (json_valid(printed)),
  changes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes))
) STRICT;

CREATE INDEX past_dispatch_projects_year ON past_dispatch_projects (fiscal_year, country_code);

-- The accepted-trainee table's certain figures, exactly as printed.
CREATE TABLE historical_trainee_facts (
  id INTEGER PRIMARY KEY,
  fact_key TEXT NOT NULL UNIQUE,
  import_id INTEGER NOT NULL REFERENCES reference_imports (id),
  country TEXT,
  country_code TEXT REFERENCES countries (code),
  period_kind TEXT NOT NULL CHECK (period_kind IN ('range', 'year', 'all')),
  from_year INTEGER,
  to_year INTEGER,
  label TEXT NOT NULL,
  value INTEGER NOT NULL,
  source_line INTEGER NOT NULL,
  certainty TEXT NOT NULL CHECK (certainty IN ('certain', 'contradicted'))
) STRICT;

-- Figures of the table whose year column was lost: kept, with the columns they could belong to.
CREATE TABLE historical_unplaced_figures (
  id INTEGER PRIMARY KEY,
  figure_key TEXT NOT NULL UNIQUE,
  import_id INTEGER NOT NULL REFERENCES reference_imports (id),
  country TEXT NOT NULL,
  country_code TEXT REFERENCES countries (code),
  source_line INTEGER NOT NULL,
  position INTEGER NOT NULL,
  value INTEGER NOT NULL,
  candidates TEXT NOT NULL CHECK (json_valid(candidates))
) STRICT;
