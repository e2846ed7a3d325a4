// Label/value pairs laid out as a form: two pairs per line (or one, `wide`).
import type { ReactNode } from 'react';

export type Fact = [label: string, value: ReactNode];

export function Facts({ facts, wide = false }: { facts: Fact[]; wide?: boolean }) {
  return (
    <dl className={wide ? 'pd-facts pd-facts-wide' : 'pd-facts'}>
      {facts.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value === null || value === undefined || value === '' ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  );
}
