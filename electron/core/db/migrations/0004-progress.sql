-- 0004: progress through the placement: entries on a trainee's record (monthly reports, evaluations,
-- milestones, incidents, notes), their attachments, and the evaluation criteria and rating scale,
-- which are editable settings. What is due (reports, evaluations, expiring documents) is derived from
-- these and the placements; nothing about it is stored.

CREATE TABLE progress_entries (
  id INTEGER PRIMARY KEY,
  trainee_id INTEGER NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('monthly_report', 'evaluation', 'milestone', 'incident', 'note')),
  entry_date TEXT NOT NULL,
  author TEXT NOT NULL,
  title TEXT,
  body TEXT,
  -- A monthly report covers month `placement_month` (1 = the first) of one placement.
  placement_id INTEGER REFERENCES placements (id),
  placement_month INTEGER CHECK (placement_month BETWEEN 1 AND 24),
  -- An evaluation is a mid-term or final one, by the host supervisor or CLAIR staff.
  evaluation_stage TEXT CHECK (evaluation_stage IN ('mid_term', 'final', 'other')),
  evaluator_role TEXT CHECK (evaluator_role IN ('host_supervisor', 'clair_staff')),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((kind = 'monthly_report') = (placement_id IS NOT NULL AND placement_month IS NOT NULL)),
  CHECK ((kind = 'evaluation') = (evaluation_stage IS NOT NULL AND evaluator_role IS NOT NULL))
) STRICT;

CREATE INDEX progress_trainee ON progress_entries (trainee_id, entry_date, id);
-- What satisfies a due item: a live monthly report for a placement month, a live evaluation of a stage.
CREATE INDEX progress_reports ON progress_entries (placement_id, placement_month)
  WHERE deleted = 0 AND kind = 'monthly_report';
CREATE INDEX progress_evaluations ON progress_entries (trainee_id, evaluation_stage)
  WHERE deleted = 0 AND kind = 'evaluation';
CREATE INDEX progress_demo ON progress_entries (is_demo) WHERE is_demo = 1;

CREATE TABLE progress_attachments (
  id INTEGER PRIMARY KEY,
  entry_id INTEGER NOT NULL REFERENCES progress_entries (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size > 0),
  sha256 TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;

CREATE INDEX progress_attachments_entry ON progress_attachments (entry_id, id);

CREATE TABLE evaluation_criteria (
  id INTEGER PRIMARY KEY,
  name_en TEXT NOT NULL UNIQUE,
  name_ja TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  sort_order INTEGER NOT NULL DEFAULT 100
) STRICT;

INSERT INTO evaluation_criteria (name_en, name_ja, sort_order) VALUES
  ('Attitude', '勤務態度', 1),
  ('Japanese language', '日本語', 2),
  ('Technical learning', '専門分野の習得', 3),
  ('Communication', 'コミュニケーション', 4),
  ('Overall', '総合評価', 5);

-- The rating scale: one row per level. A level in use by a rating cannot be removed.
CREATE TABLE evaluation_scale (
  score INTEGER PRIMARY KEY CHECK (score BETWEEN 1 AND 10),
  label_en TEXT NOT NULL,
  label_ja TEXT NOT NULL
) STRICT;

INSERT INTO evaluation_scale (score, label_en, label_ja) VALUES
  (1, 'Unsatisfactory', '不十分'),
  (2, 'Needs improvement', '要努力'),
  (3, 'Satisfactory', '良好'),
  (4, 'Good', '優良'),
  (5, 'Excellent', '秀逸');

CREATE TABLE evaluation_ratings (
  entry_id INTEGER NOT NULL REFERENCES progress_entries (id) ON DELETE CASCADE,
  criterion_id INTEGER NOT NULL REFERENCES evaluation_criteria (id),
  score INTEGER NOT NULL REFERENCES evaluation_scale (score),
  comment TEXT,
  PRIMARY KEY (entry_id, criterion_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX evaluation_ratings_score ON evaluation_ratings (score);
CREATE INDEX evaluation_ratings_criterion ON evaluation_ratings (criterion_id);

-- The document checks of the Needs-attention page read active trainees' expiry dates.
CREATE INDEX trainees_active ON trainees (status, archived) WHERE archived = 0;
