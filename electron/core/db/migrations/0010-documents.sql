-- 0010: the register of documents issued (文書管理簿, shared/documents/schema.ts). A number is one
-- kind's sequence within a fiscal year; a reissue is a new row under the same number (reissue 1, 2 …)
-- and the first issue's row stays. Numbers are also written to a journal in the data folder before
-- the issue commits (documents/journal.ts), so a restore of an older backup never gives one again.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('acceptance', 'placementRequest', 'placementNotice', 'completionCertificate',
    'progressCover', 'dispatchAcknowledgement', 'dispatchRequest', 'agreementSummary', 'merge')),
  fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2100),
  seq INTEGER NOT NULL CHECK (seq > 0),
  -- 0 for the first issue, then 1, 2 … for each reissue (再発行) of the same number.
  reissue INTEGER NOT NULL DEFAULT 0 CHECK (reissue >= 0),
  number_en TEXT NOT NULL,
  number_ja TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  addressee TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  -- The record as it was named when issued: the register still says it if the record goes.
  record_label TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('en', 'ja')),
  issued_by TEXT NOT NULL,
  -- Number, addressee and record folded for search (shared/text/normalize.ts searchKey).
  search_key TEXT NOT NULL,
  UNIQUE (kind, fiscal_year, seq, reissue)
) STRICT;

CREATE INDEX documents_issued ON documents (issued_on);
CREATE INDEX documents_record ON documents (record_type, record_id);
