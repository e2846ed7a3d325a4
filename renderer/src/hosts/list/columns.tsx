// The directory's columns. The name reads in the UI language first with the other language beneath;
// the last column shows today's trainees against the capacity, red when the host is over it.
import type { TFunction } from 'i18next';
import type { DataTableColumn } from 'mantine-datatable';
import { Link } from 'react-router-dom';
import { HOST_KINDS, type HostSummary } from '../../../../shared/hosts/schema';
import type { Language } from '../../../../shared/settings/schema';
import { SortHeader } from '../../ui/lists/SortHeader';
import { prefectureName } from '../../ui/prefectures';
import { namesOf } from '../labels';
import type { HostSort } from './listParams';

export interface SortState {
  sort: HostSort;
  dir: 'asc' | 'desc';
  onSort: (sort: HostSort, dir: 'asc' | 'desc') => void;
}

export function UsageCell({ current, capacity, t }: { current: number; capacity: number; t: TFunction }) {
  const over = current > capacity;
  const share = capacity > 0 ? Math.min(1, current / capacity) : current > 0 ? 1 : 0;
  return (
    <div className="hl-usage" data-over={over || undefined} data-testid="host-usage">
      <span className="hl-usage-text">{t('hosts.usage', { current, capacity })}</span>
      <span className="hl-usage-bar" aria-hidden>
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      {over && <span className="hl-over">{t('hosts.over')}</span>}
    </div>
  );
}

export function hostColumns(
  t: TFunction,
  lang: Language,
  fieldLabel: (id: number) => string,
  s: SortState,
): DataTableColumn<HostSummary>[] {
  const title = (key: string, sort: HostSort) => (
    <SortHeader label={t(key)} sort={sort} current={s.sort} dir={s.dir} onSort={s.onSort} />
  );
  // Looked up once per render of the table, not once per row.
  const demo = t('hosts.demo');
  const inactive = t('hosts.inactive');
  const kindLabel = Object.fromEntries(HOST_KINDS.map((k) => [k, t(`hosts.kind.${k}`)]));
  return [
    {
      accessor: 'nameEn',
      title: title('hosts.field.name', 'name'),
      render: (r) => {
        const [first, second] = namesOf(r, lang);
        return (
          <div className="hl-name">
            <div className="hl-name-line">
              <Link to={`/hosts/${r.id}`} className="hl-link row-link" lang={first.lang}>
                {first.text}
              </Link>
              {!r.active && <span className="hl-inactive">{inactive}</span>}
              {r.isDemo && <span className="hl-demo">{demo}</span>}
            </div>
            <div className="hl-kana" lang={second.lang}>
              {second.text}
            </div>
          </div>
        );
      },
    },
    { accessor: 'kind', title: title('hosts.field.kind', 'kind'), width: 170, render: (r) => kindLabel[r.kind] },
    {
      accessor: 'prefecture',
      title: title('hosts.field.prefecture', 'prefecture'),
      width: 110,
      render: (r) => prefectureName(r.prefecture, lang),
    },
    {
      accessor: 'fieldIds',
      title: t('hosts.field.fieldsColumn'),
      width: 230,
      render: (r) => <div className="hl-fields">{r.fieldIds.map(fieldLabel).join(', ')}</div>,
    },
    {
      accessor: 'capacity',
      title: title('hosts.field.traineesColumn', 'capacity'),
      // Wide enough for the heading and its sort mark in Japanese (現在の研修員 / 受入可能人数), the longer.
      width: 240,
      render: (r) => <UsageCell current={r.currentTrainees} capacity={r.capacity} t={t} />,
    },
  ];
}
