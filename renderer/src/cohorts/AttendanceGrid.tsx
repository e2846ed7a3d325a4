// The attendance grid: a row per trainee with their completion first, then a column per session. It is
// one stop for Tab; arrow keys move between cells, P/L/E/A set a mark, Delete clears it, Enter opens
// the choices. Keys are handled once for the whole table rather than by each of the cells.
import { memo, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Session } from '../../../shared/cohorts/schema';
import { StatusBadge } from '../ui/StatusBadge';
import { percent } from './CohortSummary';
import { CompletionBadge } from './CompletionBadge';
import { MarkCell } from './MarkCell';
import { type Mark, markForKey } from './marks';
import type { GridTrainee } from './queries';
import './attendance.css';

export const isParticipant = (status: string) => status !== 'applicant' && status !== 'withdrawn';

interface Props {
  trainees: GridTrainee[];
  sessions: Session[];
  labelledBy: string;
  header: (session: Session, index: number) => React.ReactNode;
  onSet: (trainee: GridTrainee, col: number, mark: Mark) => void;
}

type Pos = { r: number; c: number };
const cellAt = (p: Pos) =>
  document.querySelector<HTMLElement>(p.c < 0 ? `[data-name="${p.r}"]` : `[data-cell="${p.r}:${p.c}"]`);
/** After a menu closes its cell is drawn anew: focus it once it is there. */
const focusCellLater = (p: Pos) => requestAnimationFrame(() => cellAt(p)?.focus());

export function AttendanceGrid({ trainees, sessions, labelledBy, header, onSet }: Props) {
  const [active, setActive] = useState<Pos>({ r: 0, c: 0 });
  const [menu, setMenu] = useState<Pos | null>(null);
  const rows = trainees.length;
  const cols = sessions.length;

  const posOf = (target: EventTarget): Pos | null => {
    const el = target as HTMLElement;
    const cell = el.closest<HTMLElement>('[data-cell]')?.dataset.cell;
    if (cell) {
      const [r, c] = cell.split(':').map(Number) as [number, number];
      return { r, c };
    }
    const name = el.closest<HTMLElement>('[data-name]')?.dataset.name;
    return name === undefined ? null : { r: Number(name), c: -1 };
  };

  const move = (p: Pos) => {
    const next = { r: Math.max(0, Math.min(rows - 1, p.r)), c: Math.max(-1, Math.min(cols - 1, p.c)) };
    setActive(next);
    // At once, not after the next paint: a fast typist's next key must reach the new cell.
    cellAt(next)?.focus();
  };

  // The latest rows and menu, read by callbacks that stay the same object so rows are not redrawn.
  const latest = useRef({ trainees, onSet, menu });
  latest.current = { trainees, onSet, menu };

  const pick = useCallback((p: Pos, mark: Mark) => {
    const trainee = latest.current.trainees[p.r];
    if (trainee && p.c >= 0 && (trainee.cells[p.c]?.mark ?? null) !== mark) latest.current.onSet(trainee, p.c, mark);
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const p = posOf(e.target);
    if (!p || e.altKey || e.ctrlKey || e.metaKey) return;
    const to: Record<string, Pos> = {
      ArrowUp: { r: p.r - 1, c: p.c },
      ArrowDown: { r: p.r + 1, c: p.c },
      ArrowLeft: { r: p.r, c: p.c - 1 },
      ArrowRight: { r: p.r, c: p.c + 1 },
      Home: { r: p.r, c: 0 },
      End: { r: p.r, c: cols - 1 },
      PageUp: { r: p.r - 10, c: p.c },
      PageDown: { r: p.r + 10, c: p.c },
    };
    const target = to[e.key];
    if (target) {
      e.preventDefault();
      move(target);
      return;
    }
    if (p.c < 0) return; // on a name: Enter follows the link
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      setActive(p);
      setMenu(p);
      return;
    }
    const mark = markForKey(e.nativeEvent);
    if (mark !== undefined) {
      e.preventDefault();
      pick(p, mark);
    }
  };

  const onClick = (e: React.MouseEvent) => {
    const p = posOf(e.target);
    if (!p || p.c < 0) return;
    setActive(p);
    setMenu((m) => (m && m.r === p.r && m.c === p.c ? null : p));
  };

  const closeMenu = useCallback(() => {
    const m = latest.current.menu;
    setMenu(null);
    if (m) focusCellLater(m);
  }, []);
  const pickFromMenu = useCallback(
    (mark: Mark) => {
      const m = latest.current.menu;
      setMenu(null);
      if (m) {
        pick(m, mark);
        focusCellLater(m);
      }
    },
    [pick],
  );

  return (
    <div className="att-scroll">
      <table
        className="att-table"
        aria-labelledby={labelledBy}
        data-testid="attendance-grid"
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        <thead>
          <Header sessions={sessions} header={header} />
        </thead>
        <tbody>
          {trainees.map((tr, r) => (
            <Row
              key={tr.id}
              trainee={tr}
              r={r}
              sessions={sessions}
              activeCol={active.r === r || (r === 0 && active.r >= rows) ? active.c : null}
              menuCol={menu?.r === r ? menu.c : null}
              onPick={pickFromMenu}
              onCloseMenu={closeMenu}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Header({ sessions, header }: Pick<Props, 'sessions' | 'header'>) {
  const { t } = useTranslation();
  return (
    <tr>
      <th className="att-name" scope="col">
        {t('attendance.trainee')}
      </th>
      <th scope="col">{t('attendance.attended')}</th>
      <th scope="col" className="att-divider">
        {t('attendance.completion')}
      </th>
      {sessions.map((s, i) => (
        <th key={s.id} scope="col" className="att-session">
          {header(s, i)}
        </th>
      ))}
    </tr>
  );
}

interface RowProps {
  trainee: GridTrainee;
  r: number;
  sessions: Session[];
  /** The column that takes Tab focus when it is in this row; null when it is elsewhere. */
  activeCol: number | null;
  menuCol: number | null;
  onPick: (mark: Mark) => void;
  onCloseMenu: () => void;
}

// Rows re-render only when their trainee, focus or menu changes: marking one cell redraws one row.
const Row = memo(function Row({ trainee: tr, r, sessions, activeCol, menuCol, onPick, onCloseMenu }: RowProps) {
  const { t } = useTranslation();
  const taking = isParticipant(tr.status);
  const c = tr.completion;
  return (
    <tr className={taking ? undefined : 'att-row-out'} data-testid="attendance-row" data-ref={tr.ref}>
      <th scope="row" className="att-name">
        <Link to={`/trainees/${tr.id}`} className="att-link" data-name={r} tabIndex={activeCol === -1 ? 0 : -1}>
          {tr.fullName}
        </Link>
        <div className="att-sub">
          {tr.ref}
          {!taking && ` · ${t('attendance.notTakingPart')}`}
        </div>
        {!taking && <StatusBadge status={tr.status} />}
      </th>
      {/* Completion is judged only for trainees taking part; for the others it would say nothing. */}
      <td data-testid="attendance-rate" className="att-nowrap">
        {taking ? percent(c.rate) : '—'}
        {taking && <div className="att-sub">{t('attendance.ofHeld', { attended: c.attended, held: c.held })}</div>}
      </td>
      <td data-testid="attendance-completion" className="att-nowrap att-divider">
        {taking ? <CompletionBadge state={c.state} /> : '—'}
      </td>
      {sessions.map((s, col) => {
        const mark = tr.cells[col]?.mark ?? null;
        return (
          <td key={s.id}>
            <MarkCell
              r={r}
              c={col}
              mark={mark}
              label={t('attendance.cellLabel', {
                name: tr.fullName,
                session: `${s.date} ${s.title}`,
                mark: mark ? t(`attendance.mark.${mark}`) : t('attendance.none'),
              })}
              tabbable={activeCol === col}
              menuOpen={menuCol === col}
              onPick={onPick}
              onCloseMenu={onCloseMenu}
            />
          </td>
        );
      })}
    </tr>
  );
});
