// The filters above the directory (prefecture, field, kind). Memoised: typing in the search box or a
// new page of rows does not re-render them.
import { Select } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostKind } from '../../../../shared/hosts/schema';
import { fieldOptions, useFields } from '../../api/reference';
import { useLang } from '../../i18n/format';
import { SearchableSelect } from '../../ui/forms/SearchableSelect';
import { prefectureOptions } from '../../ui/prefectures';
import { kindOptions } from '../labels';
import type { HostListState } from './listParams';

interface Props {
  prefecture: number | null;
  field: number | null;
  kind: HostKind | null;
  onChange: (patch: Partial<HostListState>) => void;
}

const num = (v: string | null) => (v ? Number(v) : null);

export const HostFilters = memo(function HostFilters({ prefecture, field, kind, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const fields = useFields().data ?? [];
  return (
    <>
      <SearchableSelect
        label={t('hosts.field.prefecture')}
        placeholder={t('list.all')}
        data={prefectureOptions(lang)}
        value={prefecture === null ? null : String(prefecture)}
        onChange={(v) => onChange({ prefecture: num(v) })}
        clearable
        w={160}
      />
      <SearchableSelect
        label={t('hosts.field.fieldsColumn')}
        placeholder={t('list.all')}
        data={fieldOptions(fields, lang, field)}
        value={field === null ? null : String(field)}
        onChange={(v) => onChange({ field: num(v) })}
        clearable
        w={190}
      />
      <Select
        label={t('hosts.field.kind')}
        placeholder={t('list.all')}
        data={kindOptions(t)}
        value={kind}
        onChange={(v) => onChange({ kind: v as HostKind | null })}
        clearable
        w={190}
      />
    </>
  );
});
