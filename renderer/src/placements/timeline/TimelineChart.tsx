// The chart: a sticky axis (fiscal years, months, today), a sticky name column, one row per trainee,
// and a single tooltip for every bar (one element instead of one per bar keeps 400 rows light). The
// reasons recorded with accepted warnings come with the timeline, in the bar's words.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf } from '../../../../shared/fiscal-year';
import type { CohortTimeline } from '../../../../shared/placements/schema';
import { fyLabel, useLang } from '../../i18n/format';
import { afterNextPaint } from '../../ui/afterPaint';
import { durationText, shortLabel } from '../text';
import { buildScale, type Scale } from './scale';
import { type Bar, type BarWording, barWording, type Row, TimelineRow } from './TimelineRow';
import './timeline.css';

interface Tip {
  row: Row;
  bar: Bar;
  x: number;
  y: number;
}

function Axis({ scale, today }: { scale: Scale; today: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const monthName = useMemo(
    () => new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { month: 'short' }),
    [lang],
  );
  const showToday = today >= scale.start && today < scale.end;
  return (
    <div className="tline-head">
      <div className="tline-corner">{t('timeline.trainee')}</div>
      <div className="tline-axis" aria-hidden>
        <span className="tline-fy" style={{ left: 0 }}>
          {fyLabel(fiscalYearOf(scale.start), lang, true)}
        </span>
        {scale.fyStarts.map((f) => (
          <span key={f.fy} className="tline-fy" style={{ left: `${f.left}%` }}>
            {fyLabel(f.fy, lang, true)}
          </span>
        ))}
        {scale.months.map((m) => (
          <span key={m.start} className="tline-month" style={{ left: `${m.left}%`, width: `${m.width}%` }}>
            {m.month === 1 && lang === 'ja' ? `${m.year}年` : ''}
            {monthName.format(new Date(Date.UTC(m.year, m.month - 1, 15)))}
            {m.month === 1 && lang !== 'ja' ? ` ${m.year}` : ''}
          </span>
        ))}
        {showToday && (
          <span
            className="tline-today-label"
            style={{ left: `${scale.at(today)}%` }}
            data-testid="timeline-today-label"
          >
            {t('timeline.today')}
          </span>
        )}
      </div>
    </div>
  );
}

function Lines({ scale, today }: { scale: Scale; today: string }) {
  const showToday = today >= scale.start && today < scale.end;
  return (
    <div className="tline-lines" aria-hidden>
      {scale.months.map((m) => (
        <div key={m.start} className="tline-vline" style={{ left: `${m.left}%` }} />
      ))}
      {scale.fyStarts.map((f) => (
        <div key={f.fy} className="tline-vline tline-vline-fy" style={{ left: `${f.left}%` }} />
      ))}
      {showToday && (
        <div
          className="tline-vline tline-vline-today"
          style={{ left: `${scale.at(today)}%` }}
          data-testid="timeline-today"
        />
      )}
    </div>
  );
}

function Tooltip({ tip, words }: { tip: Tip; words: BarWording }) {
  const { t } = useTranslation();
  const { row, bar } = tip;
  const lines = words(bar);
  const left = Math.min(tip.x + 14, window.innerWidth - 360);
  // Near the bottom of the window the tip opens upwards.
  const place = tip.y > window.innerHeight - 160 ? { bottom: window.innerHeight - tip.y + 12 } : { top: tip.y + 16 };
  return (
    <div className="tline-tip" role="tooltip" style={{ left, ...place }} data-testid="timeline-tip">
      <strong>
        {row.fullName} ({row.ref})
      </strong>
      <div>
        {lines[0]} ({durationText(t, bar.start, bar.end)})
      </div>
      {lines.slice(1).map((l) => (
        <div key={l}>{l}</div>
      ))}
    </div>
  );
}

/** Rows drawn in the first frame: more than a tall window shows, so the first paint is complete. */
const FIRST_ROWS = 40;

/**
 * False for the first frame of a chart, then true: a large cohort paints the rows in view first and
 * the rest one frame later (the frame in between lets the browser paint).
 */
function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => afterNextPaint(() => setDone(true)), []);
  return done;
}

export function TimelineChart({ data, rows }: { data: CohortTimeline; rows: Row[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const scale = useMemo(() => buildScale(data.range), [data.range]);
  const [tip, setTip] = useState<Tip | null>(null);
  const painted = useAfterFirstPaint();
  const shown = painted ? rows : rows.slice(0, FIRST_ROWS);
  const cohort = data.cohort;
  const intro = cohort ? scale.span(cohort.introStart, cohort.introEnd) : null;
  // Stable between renders, so moving the tooltip does not re-render the (memoised) rows.
  const words = useMemo(() => barWording(t, lang), [t, lang]);
  const rowFlagText = useMemo(() => {
    const text = (codes: string[]) => t('timeline.rowFlags', { flags: codes.map((c) => shortLabel(t, c)).join(', ') });
    return text;
  }, [t]);

  // One listener for every bar: find the bar under the pointer (or focused) from its data attributes.
  const show = (target: EventTarget, x?: number, y?: number) => {
    const el = target instanceof Element ? target.closest<HTMLElement>('.tline-bar') : null;
    const row = el ? rows[Number(el.dataset.row)] : undefined;
    const bar = row?.placements[Number(el?.dataset.bar)];
    if (!el || !row || !bar) return setTip(null);
    const box = el.getBoundingClientRect();
    setTip({ row, bar, x: x ?? box.left, y: y ?? box.bottom - 10 });
  };

  return (
    <section
      className="tline"
      data-testid="timeline"
      // The introductory month is the same for every row: the tracks draw it from these.
      data-intro={intro ? true : undefined}
      style={
        intro
          ? ({
              '--tline-intro-left': `${intro.left}%`,
              '--tline-intro-width': `${intro.width}%`,
            } as React.CSSProperties)
          : undefined
      }
      aria-label={t('timeline.title')}
      onMouseOver={(e) => show(e.target, e.clientX, e.clientY)}
      // Functional updates: a mouseover and a mousemove arrive in one task, and the move must not
      // bring back the bar the render before showed.
      onMouseMove={(e) => {
        const { clientX: x, clientY: y } = e;
        setTip((old) => old && { ...old, x, y });
      }}
      onMouseLeave={() => setTip(null)}
      onFocus={(e) => show(e.target)}
      onBlur={() => setTip(null)}
      onScroll={() => setTip(null)}
    >
      <div className="tline-inner">
        <Axis scale={scale} today={data.today} />
        <div style={{ position: 'relative' }}>
          <Lines scale={scale} today={data.today} />
          {shown.map((row, i) => (
            <TimelineRow
              key={row.traineeId}
              row={row}
              index={i}
              scale={scale}
              words={words}
              rowFlagText={rowFlagText}
              lang={lang}
            />
          ))}
        </div>
      </div>
      {tip && <Tooltip tip={tip} words={words} />}
    </section>
  );
}
