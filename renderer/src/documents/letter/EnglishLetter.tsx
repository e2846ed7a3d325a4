// An English business letter: the letterhead, number and date top right, the addressee block,
// "Dear …,", the subject in bold, the paragraphs, the particulars as a two-column list, "Yours
// sincerely," and the signatory.
import { OrgNames } from '../../ui/print/Letterhead';
import type { LetterViewProps } from './LetterPrintPage';
import { Lines, Paragraphs, Particulars, ReissueMark } from './parts';

export function OrgHead({ t }: Pick<LetterViewProps, 't'>) {
  return (
    <header className="pd-letterhead lt-head">
      <OrgNames t={t} />
    </header>
  );
}

/** The addressee's first line as given: "Mr Somchai Srisuk", "The Mayor, Cebu City". */
const firstLine = (addressee: string) => addressee.split(/\r?\n/)[0]?.trim() ?? '';

/** A person is addressed with a title (the addressees offered give one when the gender is known). */
const PERSON = /^(Mr|Ms|Mrs|Miss|Mx|Dr|Prof)\.?\s/;

/**
 * The salutation above the subject, and the paragraphs after it. Wording that opens with its own
 * ("Dear colleagues,") keeps it; otherwise a person is greeted by name ("Dear Mr Somchai Srisuk,")
 * and an office as "Dear Sir or Madam,".
 */
function opening(letter: LetterViewProps['letter'], t: LetterViewProps['t']): [string, string[]] {
  const [first, ...rest] = letter.paragraphs;
  if (first && /^dear\b/i.test(first.trim())) return [first.trim(), rest];
  const name = firstLine(letter.addressee);
  const dear = PERSON.test(name) ? t('documents.letter.dear', { name }) : t('documents.letter.dearOffice');
  return [dear, letter.paragraphs];
}

export function EnglishLetter({ letter, t, date }: LetterViewProps) {
  const [dear, paragraphs] = opening(letter, t);
  return (
    <article className="lt-letter lt-en" data-testid="letter" data-kind={letter.kind}>
      <OrgHead t={t} />
      <div className="lt-meta">
        <div data-testid="letter-number">
          <ReissueMark letter={letter} t={t} />
          {t('documents.letter.ourRef', { number: letter.number })}
        </div>
        <div data-testid="letter-date">{date(letter.issuedOn)}</div>
      </div>
      <div className="lt-addressee" data-testid="letter-addressee">
        <Lines text={letter.addressee} />
      </div>
      <p className="lt-dear">{dear}</p>
      <h1 className="lt-subject">{letter.subject}</h1>
      <Paragraphs paragraphs={paragraphs} className="lt-body" />
      <Particulars letter={letter} date={date} t={t} className="lt-particulars" />
      <div className="lt-closing">
        <p>{t('documents.letter.yours')}</p>
        <div className="lt-signature-space" />
        <div className="lt-sign-name">{letter.sender.name}</div>
        <div>{letter.sender.title}</div>
        <div>{t('reports.doc.orgEnFull')}</div>
      </div>
    </article>
  );
}
