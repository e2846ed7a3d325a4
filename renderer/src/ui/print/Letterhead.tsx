// The top of a report's first page: CLAIR Singapore in English and Japanese on the left, the
// reference and print date on the right, a rule, then the document's title and programme, centred.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/** CLAIR Singapore in English and Japanese, and the full English name: the head of every document. */
export function OrgNames({ t }: { t: TFunction }) {
  return (
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
  );
}

export function Letterhead({
  t,
  title,
  subject,
  date,
  programme = true,
}: {
  t: TFunction;
  title: string;
  /** The LGOTP line under the title; off for a document of both programmes (the register). */
  programme?: boolean;
  /** What the report is about (a trainee's ref, a fiscal year, a host), beside the print date. */
  subject?: ReactNode;
  date: string;
}) {
  return (
    <header>
      <div className="pd-letterhead">
        <OrgNames t={t} />
        <div className="pd-doc-meta">
          {subject && <div>{subject}</div>}
          <div>{t('reports.doc.printed', { date })}</div>
        </div>
      </div>
      <div className="pd-title">
        <h1>{title}</h1>
        {programme && <div className="pd-title-sub">{t('reports.doc.programme')}</div>}
      </div>
    </header>
  );
}
