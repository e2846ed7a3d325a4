-- 0009: the duplicate check finds trainees born on the same day and compares their names by a key
-- that folds look-alike letters and zero-width characters (shared/text/twins.ts). That key is computed
-- in code, so the candidates are found by date of birth: a handful of rows instead of a scan.
CREATE INDEX trainees_birth ON trainees (date_of_birth);
