-- The history screen filters the whole log by person, kind of record, action and time, newest first.
-- Each filter gets an index whose order is also the list's order (id = newest first), so a page of a
-- large log is an index walk, not a sort; the existing (entity, entity_id, id) serves one record.
CREATE INDEX audit_actor ON audit_log (actor, id);
CREATE INDEX audit_kind ON audit_log (entity, id);
CREATE INDEX audit_action ON audit_log (action, id);
CREATE INDEX audit_at ON audit_log (at);
