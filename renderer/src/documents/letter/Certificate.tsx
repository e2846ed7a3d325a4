// The certificate of completion (修了証書), centred in a frame in either language: the number, the
// title large, the trainee's name large, the one-sentence body, the particulars, the date and who signs.
import { OrgHead } from './EnglishLetter';
import type { LetterViewProps } from './LetterPrintPage';
import { itemLabel, itemValue, Lines, ReissueMark, Seal } from './parts';

export function Certificate({ letter, t, date }: LetterViewProps) {
  const ja = letter.language === 'ja';
  return (
    <article className={`lt-certificate ${ja ? 'lt-ja' : 'lt-en'}`} data-testid="letter" data-kind={letter.kind}>
      <OrgHead t={t} />
      <div className="lt-meta">
        <div data-testid="letter-number">
          <ReissueMark letter={letter} t={t} />
          {ja ? letter.number : t('documents.letter.certificateNo', { number: letter.number })}
        </div>
      </div>
      <h1 className="lt-cert-title">{letter.subject}</h1>
      <div className="lt-cert-name" data-testid="letter-addressee">
        <Lines text={letter.addressee} />
      </div>
      <div className="lt-cert-body">
        {letter.paragraphs.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of one issued letter, never reordered.
          <p key={i}>{p}</p>
        ))}
      </div>
      {letter.items.length > 0 && (
        <dl className="lt-cert-items">
          {letter.items.map((item) => (
            <div key={item.key}>
              <dt>{itemLabel(item, t)}</dt>
              <dd>{itemValue(item, date, t)}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="lt-cert-date" data-testid="letter-date">
        {date(letter.issuedOn)}
      </div>
      {ja ? (
        <div className="lt-cert-sign">
          <div>{t('reports.doc.orgJa')}</div>
          <div className="lt-sender-name">
            <span>
              {letter.sender.title}　{letter.sender.name}
            </span>
            <Seal letter={letter} t={t} />
          </div>
        </div>
      ) : (
        <div className="lt-cert-sign lt-cert-sign-en">
          <div className="lt-sign-name">{letter.sender.name}</div>
          <div>{letter.sender.title}</div>
          <div>{t('reports.doc.orgEnFull')}</div>
        </div>
      )}
    </article>
  );
}
