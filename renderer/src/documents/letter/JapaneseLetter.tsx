// A Japanese 公用文: 文書番号 and the date top right, the addressee with their honorific top left, the
// sender (office, title, name, seal) under the date, the subject centred, the body, then 記, the
// items numbered, and 以上.
import type { LetterViewProps } from './LetterPrintPage';
import { itemLabel, itemValue, JapaneseSender, Lines, ReissueMark } from './parts';

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const fullWidth = (n: number) => String(n).replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d);

export function JapaneseLetter({ letter, t, date }: LetterViewProps) {
  return (
    <article className="lt-letter lt-ja" data-testid="letter" data-kind={letter.kind}>
      <div className="lt-meta">
        <div data-testid="letter-number">
          <ReissueMark letter={letter} t={t} />
          {letter.number}
        </div>
        <div data-testid="letter-date">{date(letter.issuedOn)}</div>
      </div>
      <div className="lt-addressee" data-testid="letter-addressee">
        <Lines text={letter.addressee} />
      </div>
      <JapaneseSender letter={letter} t={t} className="lt-sender" />
      <h1 className="lt-subject">{letter.subject}</h1>
      <div className="lt-body lt-body-ja">
        {letter.paragraphs.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of one issued letter, never reordered.
          <p key={i}>{p}</p>
        ))}
      </div>
      {letter.items.length > 0 && (
        <section className="lt-ki">
          <div className="lt-ki-head">{t('documents.letter.ki')}</div>
          <ol className="lt-ki-items">
            {letter.items.map((item, i) => (
              <li key={item.key}>
                <span className="lt-ki-n">{fullWidth(i + 1)}</span>
                <span className="lt-ki-label">{itemLabel(item, t)}</span>
                <span className="lt-ki-value">{itemValue(item, date, t)}</span>
              </li>
            ))}
          </ol>
          <div className="lt-ijo">{t('documents.letter.ijo')}</div>
        </section>
      )}
    </article>
  );
}
