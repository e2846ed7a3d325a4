// One trainee's row: name and reference (a link to the trainee), the introductory month, each live
// placement as a bar (red for an overlap or over capacity, an amber edge for a warning nobody
// accepted, a marker for warnings accepted with a reason) and the departure day.
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { CohortTimeline } from '../../../../shared/placements/schema';
import type { Language } from '../../../../shared/settings/schema';
import { hostName, shortLabel } from '../text';
import type { Scale } from './scale';

export type Row = CohortTimeline['rows'][number];
export type Bar = Row['placements'][number];

/** Overlaps and over-capacity are conflicts (red) even when accepted; other warnings are amber. */
const CONFLICTS = new Set(['trainee_overlap', 'capacity_exceeded']);

export const isConflict = (p: Bar) => p.flags.some((f) => CONFLICTS.has(f));
export const unaccepted = (p: Bar) => p.flags.filter((f) => !p.overrides.includes(f));

export const barHost = (p: Bar, lang: Language) => hostName({ nameEn: p.hostNameEn, nameJa: p.hostNameJa }, lang);

/** The programme-length flags of a row that no placement of it accepted. */
export const rowWarnings = (row: Row) => row.flags.filter((f) => !row.placements.some((p) => p.overrides.includes(f)));

/** The words a bar stands for: its accessible name and the tooltip's first lines. */
export function barWords(t: TFunction, p: Bar, lang: Language): string[] {
  const lines = [t('timeline.barLabel', { host: barHost(p, lang), start: p.start, end: p.end })];
  const open = unaccepted(p);
  if (open.length) lines.push(t('timeline.flags', { flags: open.map((f) => shortLabel(t, f)).join(', ') }));
  if (p.overrides.length) {
    lines.push(t('timeline.acceptedFlags', { flags: p.overrides.map((f) => shortLabel(t, f)).join(', ') }));
  }
  return lines;
}

interface Props {
  row: Row;
  index: number;
  scale: Scale;
  intro: { left: number; width: number } | null;
  introLabel: string;
  lang: Language;
  t: TFunction;
}

export const TimelineRow = memo(function TimelineRow({ row, index, scale, intro, introLabel, lang, t }: Props) {
  const href = `#/trainees/${row.traineeId}`;
  const programme = rowWarnings(row);
  return (
    <div className="tline-row" data-testid="timeline-row" data-trainee={row.traineeId}>
      <div className="tline-name">
        <a href={href} title={row.nativeName ? `${row.fullName} · ${row.nativeName}` : row.fullName}>
          {row.fullName}
        </a>
        <span className="tline-ref">{row.ref}</span>
        {programme.length > 0 && (
          <span
            className="tline-row-flag"
            role="img"
            aria-label={t('timeline.rowFlags', { flags: programme.map((f) => shortLabel(t, f)).join(', ') })}
            title={t('timeline.rowFlags', { flags: programme.map((f) => shortLabel(t, f)).join(', ') })}
            data-testid="timeline-row-flag"
          >
            ⚠
          </span>
        )}
      </div>
      <div className="tline-track">
        {intro && (
          <div
            className="tline-intro"
            style={{ left: `${intro.left}%`, width: `${intro.width}%` }}
            title={introLabel}
          />
        )}
        {row.placements.map((p, i) => {
          const { left, width } = scale.span(p.start, p.end);
          const conflict = isConflict(p);
          const warn = !conflict && unaccepted(p).length > 0;
          return (
            <a
              key={p.id}
              className="tline-bar"
              href={href}
              style={{ left: `${left}%`, width: `${width}%` }}
              aria-label={barWords(t, p, lang).join('. ')}
              data-row={index}
              data-bar={i}
              data-conflict={conflict || undefined}
              data-warn={warn || undefined}
              data-accepted={p.overrides.length > 0 || undefined}
              data-testid="timeline-bar"
            >
              {p.overrides.length > 0 && (
                <span className="tline-mark" aria-hidden>
                  !
                </span>
              )}
              <span className="tline-bar-text" aria-hidden>
                {barHost(p, lang)}
              </span>
            </a>
          );
        })}
        {row.departureDate && row.departureDate >= scale.start && row.departureDate < scale.end && (
          <div className="tline-departure" style={{ left: `${scale.at(row.departureDate)}%` }} />
        )}
      </div>
    </div>
  );
});
