// The list's columns. Names show all scripts: passport name, then native script and katakana beneath.
import type { TFunction } from 'i18next';
import type { DataTableColumn } from 'mantine-datatable';
import { Link } from 'react-router-dom';
import type { Language } from '../../../../shared/settings/schema';
import { TRAINEE_STATUSES, type TraineeSummary } from '../../../../shared/trainees/schema';
import { fyLabel } from '../../i18n/format';
import { SortHeader } from '../../ui/lists/SortHeader';
import type { Sort } from './listParams';

interface Labels {
  country: (code: string) => string;
  field: (id: number) => string;
}

export interface SortState {
  sort: Sort;
  dir: 'asc' | 'desc';
  onSort: (sort: Sort, dir: 'asc' | 'desc') => void;
}

export function traineeColumns(
  t: TFunction,
  lang: Language,
  labels: Labels,
  s: SortState,
): DataTableColumn<TraineeSummary>[] {
  const title = (key: string, sort: Sort) => (
    <SortHeader label={t(key)} sort={sort} current={s.sort} dir={s.dir} onSort={s.onSort} />
  );
  // Looked up once per render of the table, not once per row.
  const demo = t('trainee.demo');
  const archived = t('trainee.archived');
  const statusLabel = Object.fromEntries(TRAINEE_STATUSES.map((st) => [st, t(`trainee.status.${st}`)]));
  return [
    { accessor: 'ref', title: title('trainee.field.ref', 'ref'), width: 112, noWrap: true },
    {
      accessor: 'fullName',
      title: title('trainee.field.name', 'name'),
      render: (r) => (
        <div className="tl-name">
          <div className="tl-name-line">
            <Link to={`/trainees/${r.id}`} className="tl-link row-link">
              {r.fullName}
            </Link>
            {r.isDemo && (
              <span className="tl-demo" data-testid="demo-badge">
                {demo}
              </span>
            )}
          </div>
          {r.nativeName && <div className="tl-sub">{r.nativeName}</div>}
          {r.katakanaName && (
            <div className="tl-kana" lang="ja">
              {r.katakanaName}
            </div>
          )}
        </div>
      ),
    },
    {
      accessor: 'country',
      title: title('trainee.field.country', 'country'),
      width: 105,
      render: (r) => labels.country(r.country),
    },
    { accessor: 'homeGovernment', title: title('trainee.field.govColumn', 'homeGovernment'), width: 190 },
    { accessor: 'fieldId', title: t('trainee.field.fieldColumn'), width: 130, render: (r) => labels.field(r.fieldId) },
    {
      accessor: 'fiscalYear',
      title: title('trainee.field.fyColumn', 'fiscalYear'),
      noWrap: true,
      width: 82,
      render: (r) => fyLabel(r.fiscalYear, lang, true),
    },
    {
      accessor: 'status',
      title: title('trainee.field.status', 'status'),
      width: 178,
      render: (r) => (
        <>
          <span className="tl-status" data-status={r.status}>
            {statusLabel[r.status]}
          </span>
          {r.archived && <span className="tl-archived">{archived}</span>}
        </>
      ),
    },
  ];
}
