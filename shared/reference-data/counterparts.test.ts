import { describe, expect, test } from 'vitest';
import { checkCounterparts } from './counterparts';

const csv = (...rows: string[]) => ['country,counterpart', ...rows].join('\r\n');

describe('checkCounterparts', () => {
  test('one counterpart per country, any known name of the country', () => {
    const r = checkCounterparts(
      csv('Lao PDR,Ministry of Home Affairs', 'Viet Nam,"International Cooperation Department, MOHA"'),
    );
    expect(r.findings).toEqual([]);
    expect(r.rows[1]?.values.counterpart).toBe('International Cooperation Department, MOHA');
  });

  test('a second counterpart for a country, an unknown country, missing values: all found, no row lost', () => {
    const r = checkCounterparts(
      csv('Laos,Ministry of Home Affairs', 'Laos,Another agency', 'Atlantis,Ministry', ',Ministry', 'Brunei,'),
    );
    expect(r.rows).toHaveLength(5);
    expect(r.findings.map((f) => [f.line, f.code, f.severity, f.column])).toEqual([
      [3, 'counterpart_duplicate_country', 'warning', 'country'],
      [4, 'country_unknown', 'error', 'country'],
      [5, 'value_missing', 'error', 'country'],
      [6, 'value_missing', 'error', 'counterpart'],
    ]);
    expect(r.findings[0]?.params).toEqual({ country: 'Laos', firstLine: 2 });
    expect(r.summary).toMatchObject({ rows: 5, rowsWithFindings: 4, findings: { error: 3, warning: 1, info: 0 } });
  });

  test('the same country under two names is still one country', () => {
    const r = checkCounterparts(csv('Myanmar,GAD', 'Burma,GAD'));
    expect(r.findings.map((f) => f.code)).toEqual(['counterpart_duplicate_country']);
  });
});
