// An English business letter: the letterhead, number and date top right, the addressee block,
// "Dear …,", the subject in bold, the paragraphs, the particulars as a two-column list, "Yours
// sincerely," and the signatory.
import type { LetterViewProps } from './LetterPrintPage';
import { itemLabel, itemValue, Lines, ReissueMark } from './parts';

export function OrgHead({ t }: Pick<LetterViewProps, 't'>) {
  return (
    <header className="pd-letterhead lt-head">
      <div>
        <div className="pd-org-en" lang="en">
          {t('reports.doc.orgEn')}
        </div>
        <div className="pd-org-ja" lang="ja">
          {t('reports.doc.orgJa')}
        </div>
        <div className="pd-org-sub" lang="en">
          {t('reports.doc.orgEnFull')}
        </div>
      </div>
    </header>
  );
}

/** "Dear Mr Somchai Srisuk,": the addressee's first line as given. */
const salutation = (addressee: string) => addressee.split(/\r?\n/)[0]?.trim() ?? '';

/**
 * The salutation above the subject, and the paragraphs after it. The wording may open with its own
 * ("Dear Sir or Madam,"): that one is used; otherwise the addressee is greeted by name.
 */
function opening(letter: LetterViewProps['letter'], t: LetterViewProps['t']): [string, string[]] {
  const [first, ...rest] = letter.paragraphs;
  if (first && /^dear\b/i.test(first.trim())) return [first.trim(), rest];
  return [t('documents.letter.dear', { name: salutation(letter.addressee) }), letter.paragraphs];
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
      <div className="lt-body">
        {paragraphs.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of one issued letter, never reordered.
          <p key={i}>{p}</p>
        ))}
      </div>
      {letter.items.length > 0 && (
        <dl className="lt-particulars">
          {letter.items.map((item) => (
            <div key={item.key}>
              <dt>{itemLabel(item, t)}</dt>
              <dd>{itemValue(item, date, t)}</dd>
            </div>
          ))}
        </dl>
      )}
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
