// The certificate of completion (修了証書), centred in a frame in either language: the number, the
// title large, the trainee's name large, the one-sentence body, the particulars, the date and who signs.
import { OrgHead } from './EnglishLetter';
import type { LetterViewProps } from './LetterPrintPage';
import { JapaneseSender, Lines, Paragraphs, Particulars, ReissueMark } from './parts';

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
      <Paragraphs paragraphs={letter.paragraphs} className="lt-cert-body" />
      <Particulars letter={letter} date={date} t={t} className="lt-cert-items" />
      <div className="lt-cert-date" data-testid="letter-date">
        {date(letter.issuedOn)}
      </div>
      {ja ? (
        <JapaneseSender letter={letter} t={t} className="lt-cert-sign" />
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
