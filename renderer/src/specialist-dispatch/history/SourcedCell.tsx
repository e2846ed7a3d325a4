// One count of the history tables, reference figure and app figure told apart (sourced.ts), on screen
// and in print alike.
import type { TFunction } from 'i18next';
import '../dispatch.css';
import { type Sourced, sourcedParts, sourcedWords } from './sourced';

export function SourcedValue({ c, t }: { c: Sourced; t: TFunction }) {
  const parts = sourcedParts(c);
  const empty = c.reference === 0 && c.app === 0;
  return (
    <span
      className={`dp-sourced${empty ? ' dp-zero' : ''}`}
      title={sourcedWords(t, c)}
      data-ref={c.reference}
      data-app={c.app}
    >
      {parts.reference && <span className="dp-ref">{parts.reference}</span>}
      {parts.app && <span className="dp-app">{parts.app}</span>}
    </span>
  );
}

export function SourcedLegend({ t }: { t: TFunction }) {
  return (
    <p className="dp-legend" data-testid="history-legend">
      <span>
        <span className="dp-swatch-ref" aria-hidden />
        <span className="dp-ref">3</span> {t('dispatch.history.legendReference')}
      </span>
      <span>
        <span className="dp-swatch-app" aria-hidden />
        <span className="dp-app">+ 1</span> {t('dispatch.history.legendApp')}
      </span>
    </p>
  );
}
