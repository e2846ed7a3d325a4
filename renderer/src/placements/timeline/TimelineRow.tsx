// One trainee's row: name and reference (a link to the trainee), the introductory month, each live
// placement as a bar (red for an overlap or an over-capacity nobody accepted, an amber edge for another
// warning nobody accepted, a marker for warnings accepted with a reason) and the departure day.
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { CohortTimeline } from '../../../../shared/placements/schema';
import type { Language } from '../../../../shared/settings/schema';
import { hostName, shortLabel } from '../text';
import type { Scale } from './scale';

export type Row = CohortTimeline['rows'][number];
export type Bar = Row['placements'][number];

/** Overlaps and over-capacity nobody accepted are conflicts (red); other warnings are amber. */
const CONFLICTS = new Set(['trainee_overlap', 'capacity_exceeded']);

/** The bar's flags nobody accepted with a reason (over capacity may be accepted by another bar's placement). */
export const unaccepted = (p: Bar) => p.flags.filter((f) => !p.accepted.some((a) => a.code === f));
export const isConflict = (p: Bar) => unaccepted(p).some((f) => CONFLICTS.has(f));
const acceptedCodes = (p: Bar) => [...new Set(p.accepted.map((a) => a.code))];
/** The reasons recorded for the bar's accepted flags, each once. */
export const acceptedReasons = (p: Bar) => [...new Set(p.accepted.map((a) => a.reason))];

export const barHost = (p: Bar, lang: Language) => hostName({ nameEn: p.hostNameEn, nameJa: p.hostNameJa }, lang);

/** The programme-length flags of a row that no placement of it accepted. */
export const rowWarnings = (row: Row) => row.flags.filter((f) => !row.placements.some((p) => p.overrides.includes(f)));

/**
 * The words for bars: a bar's accessible name and the tooltip's lines. Built once per language from
 * templates with markers, so 800 bars cost string replacements rather than 2,400 translations.
 */
export function barWording(t: TFunction, lang: Language) {
  const label = t('timeline.barLabel', { host: '\u0001', start: '\u0002', end: '\u0003' });
  const open = t('timeline.flags', { flags: '\u0001' });
  const accepted = t('timeline.acceptedFlags', { flags: '\u0001' });
  const reason = t('timeline.reason', { reason: '\u0001' });
  const shorts = new Map<string, string>();
  const short = (code: string) => {
    let text = shorts.get(code);
    if (text === undefined) {
      text = shortLabel(t, code);
      shorts.set(code, text);
    }
    return text;
  };
  const list = (codes: string[]) => codes.map(short).join(', ');
  return (p: Bar): string[] => {
    const lines = [label.replace('\u0001', barHost(p, lang)).replace('\u0002', p.start).replace('\u0003', p.end)];
    const waiting = unaccepted(p);
    if (waiting.length) lines.push(open.replace('\u0001', list(waiting)));
    if (p.accepted.length) {
      lines.push(accepted.replace('\u0001', list(acceptedCodes(p))));
      for (const r of acceptedReasons(p)) lines.push(reason.replace('\u0001', r));
    }
    return lines;
  };
}

export type BarWording = ReturnType<typeof barWording>;

interface Props {
  row: Row;
  index: number;
  scale: Scale;
  words: BarWording;
  rowFlagText: (codes: string[]) => string;
  lang: Language;
}

// Few elements per row (the introductory month and the departure day are drawn by the track's CSS),
// because a 400-row cohort is 400 times whatever one row costs.
export const TimelineRow = memo(function TimelineRow({ row, index, scale, words, rowFlagText, lang }: Props) {
  const href = `#/trainees/${row.traineeId}`;
  const programme = rowWarnings(row);
  const departure =
    row.departureDate && row.departureDate >= scale.start && row.departureDate < scale.end
      ? scale.at(row.departureDate)
      : null;
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
            aria-label={rowFlagText(programme)}
            title={rowFlagText(programme)}
            data-testid="timeline-row-flag"
          >
            ⚠
          </span>
        )}
      </div>
      <div
        className="tline-track"
        data-departure={departure === null ? undefined : true}
        style={departure === null ? undefined : ({ '--tline-dep': `${departure}%` } as React.CSSProperties)}
      >
        {row.placements.map((p, i) => {
          const { left, width } = scale.span(p.start, p.end);
          const conflict = isConflict(p);
          return (
            <a
              key={p.id}
              className="tline-bar"
              href={href}
              style={{ left: `${left}%`, width: `${width}%` }}
              aria-label={words(p).join('. ')}
              data-row={index}
              data-bar={i}
              data-conflict={conflict || undefined}
              data-warn={(!conflict && unaccepted(p).length > 0) || undefined}
              data-accepted={p.accepted.length > 0 || undefined}
              data-testid="timeline-bar"
            >
              {barHost(p, lang)}
            </a>
          );
        })}
      </div>
    </div>
  );
});
