// What an import would store once a person has decided on its findings: printed values, with the
// accepted suggestions and typed values applied. Every row comes back — excluded ones marked, not
// removed — and a finding nobody decided on leaves its row as printed.
import type { Decision, Finding, RawRow, StoredRow } from './schema';

/**
 * A decision applies to every row its finding covers (a whole year block, say). The last decision on
 * a finding wins; decisions on unknown findings, and edits of columns the file does not have, are
 * ignored. "accept" on a finding without a suggestion keeps the row as printed.
 */
export function applyDecisions(rows: RawRow[], findings: Finding[], decisions: Decision[]): StoredRow[] {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const decided = new Map<string, Decision>();
  for (const d of decisions) if (byId.has(d.findingId)) decided.set(d.findingId, d);

  const onLine = new Map<number, Finding[]>();
  for (const f of findings) for (const line of new Set(f.lines)) onLine.set(line, [...(onLine.get(line) ?? []), f]);

  return rows.map((row) => {
    const stored: StoredRow = {
      line: row.line,
      key: row.key,
      values: { ...row.values },
      printed: { ...row.values },
      changes: [],
      pending: [],
      blocking: [],
      excluded: false,
    };
    for (const f of onLine.get(row.line) ?? []) {
      const d = decided.get(f.id);
      if (!d) {
        stored.pending.push(f.id);
        if (f.severity === 'error') stored.blocking.push(f.id);
        continue;
      }
      const set = (column: string, to: string) => {
        if (!(column in stored.values)) return;
        const from = stored.values[column] as string;
        if (from === to) return;
        stored.values[column] = to;
        stored.changes.push({ column, from, to, findingId: f.id });
      };
      if (d.choice === 'accept' && f.suggestion) set(f.suggestion.column, f.suggestion.value);
      else if (d.choice === 'edit') set(d.column, d.value);
      else if (d.choice === 'exclude') stored.excluded = true;
    }
    return stored;
  });
}

/** The same choice for many findings at once ("accept every suggestion"), as decisions. */
export function decideAll(
  findings: Finding[],
  choice: 'accept' | 'keep' | 'exclude',
  which: (f: Finding) => boolean = () => true,
): Decision[] {
  return findings.filter(which).map((f) => ({ findingId: f.id, choice }));
}
