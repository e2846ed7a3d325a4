// Moved to ui/history/diff.ts with the rest of a record's history. Kept here only for
// electron/core/audit/words.test.ts, which imports it by this path.
export * from '../ui/history/diff';
