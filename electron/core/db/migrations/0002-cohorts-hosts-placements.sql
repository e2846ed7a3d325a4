-- 0002: the LGOTP workflow. Cohorts (one per fiscal year) with the introductory month, its sessions
-- and attendance; the trainee's status history; host institutions; placements of trainees at hosts.
-- A trainee's cohort is the cohort of its intake fiscal year: derived, never stored twice.

CREATE TABLE cohorts (
  id INTEGER PRIMARY KEY,
  fiscal_year INTEGER NOT NULL UNIQUE,
  intro_start TEXT NOT NULL,
  intro_end TEXT NOT NULL,
  programme_start TEXT NOT NULL,
  programme_end TEXT NOT NULL,
  notes TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (intro_end >= intro_start),
  CHECK (programme_end >= programme_start)
) STRICT;

CREATE TABLE intro_sessions (
  id INTEGER PRIMARY KEY,
  cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  title TEXT NOT NULL,
  topic TEXT,
  venue TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX intro_sessions_cohort ON intro_sessions (cohort_id, date);

CREATE TABLE attendance (
  session_id INTEGER NOT NULL REFERENCES intro_sessions (id) ON DELETE CASCADE,
  trainee_id INTEGER NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
  mark TEXT NOT NULL CHECK (mark IN ('present', 'late', 'excused', 'absent')),
  note TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (session_id, trainee_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX attendance_trainee ON attendance (trainee_id, session_id);

-- Each lifecycle step of a trainee, with its date and reason (trainees.status holds the latest).
CREATE TABLE status_changes (
  id INTEGER PRIMARY KEY,
  trainee_id INTEGER NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
  from_status TEXT,
  to_status TEXT NOT NULL CHECK (to_status IN ('applicant', 'accepted', 'introductory', 'on_placement', 'completed', 'withdrawn')),
  effective_date TEXT NOT NULL,
  reason TEXT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;

CREATE INDEX status_changes_trainee ON status_changes (trainee_id, id);

CREATE TABLE hosts (
  id INTEGER PRIMARY KEY,
  name_en TEXT NOT NULL,
  name_ja TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('prefecture', 'city', 'town', 'village', 'special_ward', 'related_organisation')),
  -- JIS X 0401 prefecture code: 1 Hokkaido … 47 Okinawa (names in shared/hosts/prefectures.ts).
  prefecture INTEGER NOT NULL CHECK (prefecture BETWEEN 1 AND 47),
  address TEXT,
  capacity INTEGER NOT NULL CHECK (capacity >= 0),
  notes TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  search_key TEXT NOT NULL,
  name_key TEXT NOT NULL
) STRICT;

CREATE INDEX hosts_name ON hosts (active, name_key);
CREATE INDEX hosts_prefecture ON hosts (prefecture, name_key);
CREATE INDEX hosts_demo ON hosts (is_demo) WHERE is_demo = 1;

CREATE TABLE host_contacts (
  id INTEGER PRIMARY KEY,
  host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  department TEXT,
  title TEXT,
  email TEXT,
  phone TEXT,
  position INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX host_contacts_host ON host_contacts (host_id, position);

CREATE TABLE host_fields (
  host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
  field_id INTEGER NOT NULL REFERENCES fields (id),
  PRIMARY KEY (host_id, field_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX host_fields_field ON host_fields (field_id, host_id);

CREATE TABLE placements (
  id INTEGER PRIMARY KEY,
  trainee_id INTEGER NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
  host_id INTEGER NOT NULL REFERENCES hosts (id),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  supervisor TEXT,
  notes TEXT,
  cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  cancel_reason TEXT,
  -- The warnings a person accepted (JSON array of warning codes) and the reason they gave.
  overrides TEXT NOT NULL DEFAULT '[]',
  override_reason TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (end_date >= start_date)
) STRICT;

-- Queries on live placements must say `cancelled = 0` to use these.
CREATE INDEX placements_trainee ON placements (trainee_id, start_date) WHERE cancelled = 0;
CREATE INDEX placements_host ON placements (host_id, start_date, end_date) WHERE cancelled = 0;
