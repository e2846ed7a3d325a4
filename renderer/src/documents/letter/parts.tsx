// Pieces the three letter layouts share: the items' values, the reissue mark, the seal.
import type { TFunction } from 'i18next';
import type { Letter, LetterItem } from '../../../../shared/documents/letters';

/** An item's value: its text, a date, or a period, dated as the letter dates. */
export function itemValue(item: LetterItem, date: (iso: string | null) => string, t: TFunction): string {
  if (item.date && item.until) return t('documents.letter.period', { from: date(item.date), until: date(item.until) });
  if (item.date) return date(item.date);
  return item.text?.trim() || '—';
}

export const itemLabel = (item: LetterItem, t: TFunction) => t(`documents.letter.item.${item.key}`);

export function ReissueMark({ letter, t }: { letter: Letter; t: TFunction }) {
  if (letter.entry.reissue === 0) return null;
  return (
    <span className="lt-reissue" data-testid="letter-reissue">
      {t('documents.letter.reissued')}
    </span>
  );
}

/** The box the official seal is pressed into, or 公印省略 where it is left off (Japanese letters). */
export function Seal({ letter, t }: { letter: Letter; t: TFunction }) {
  return letter.seal === 'box' ? (
    <span className="lt-seal" role="img" aria-label={t('documents.letter.sealLabel')}>
      {t('documents.letter.seal')}
    </span>
  ) : (
    <span className="lt-seal-omitted">{t('documents.letter.sealOmitted')}</span>
  );
}

/** The addressee as given; a line break in it starts a line of the address. */
export function Lines({ text }: { text: string }) {
  return (
    <>
      {text.split(/\r?\n/).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fixed text, never reordered.
        <div key={i}>{line}</div>
      ))}
    </>
  );
}

/** The body, one paragraph per blank-line-separated part of the wording. */
export function Paragraphs({ paragraphs, className }: { paragraphs: string[]; className: string }) {
  return (
    <div className={className}>
      {paragraphs.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of one issued letter, never reordered.
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

/** The particulars as label and value pairs (the English letter's list, the certificate's facts). */
export function Particulars({
  letter,
  date,
  t,
  className,
}: {
  letter: Letter;
  date: (iso: string | null) => string;
  t: TFunction;
  className: string;
}) {
  if (letter.items.length === 0) return null;
  return (
    <dl className={className}>
      {letter.items.map((item) => (
        <div key={item.key}>
          <dt>{itemLabel(item, t)}</dt>
          <dd>{itemValue(item, date, t)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The Japanese sender: the office, then title and name with the seal box or 公印省略 beside them. */
export function JapaneseSender({ letter, t, className }: { letter: Letter; t: TFunction; className: string }) {
  return (
    <div className={className}>
      <div>{t('reports.doc.orgJa')}</div>
      <div className="lt-sender-name">
        <span>
          {letter.sender.title}　{letter.sender.name}
        </span>
        <Seal letter={letter} t={t} />
      </div>
    </div>
  );
}
