// Countries and fields of training: fetched once, shared by lists, forms and settings.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Country, Field } from '../../../shared/reference/schema';
import type { Language } from '../../../shared/settings/schema';
import { useLang } from '../i18n/format';
import { api } from './client';

export const referenceKeys = { countries: ['countries'] as const, fields: ['fields'] as const };

export const countriesQuery = queryOptions({
  queryKey: referenceKeys.countries,
  queryFn: () => api().call('reference.countries.list', {}),
  staleTime: 60_000,
});

export const fieldsQuery = queryOptions({
  queryKey: referenceKeys.fields,
  queryFn: () => api().call('reference.fields.list', {}),
  staleTime: 60_000,
});

export const useCountries = () => useQuery(countriesQuery);
export const useFields = () => useQuery(fieldsQuery);

export const nameOf = (item: { nameEn: string; nameJa: string }, lang: Language) =>
  lang === 'ja' ? item.nameJa || item.nameEn : item.nameEn;

/** Label look-ups for tables; unknown codes show as themselves rather than vanish. */
export function useReferenceLabels() {
  const lang = useLang();
  const countries = useCountries().data;
  const fields = useFields().data;
  // Stable between renders, so tables that depend on it only re-render when the lists change.
  return useMemo(() => {
    const countryMap = new Map((countries ?? []).map((c) => [c.code, c]));
    const fieldMap = new Map((fields ?? []).map((f) => [f.id, f]));
    return {
      country: (code: string) => {
        const c = countryMap.get(code);
        return c ? nameOf(c, lang) : code;
      },
      field: (id: number) => {
        const f = fieldMap.get(id);
        return f ? nameOf(f, lang) : `#${id}`;
      },
    };
  }, [countries, fields, lang]);
}

/** The words an entry answers to in a searchable select: both languages' names ("タイ" finds Thailand). */
const keywords = (item: { nameEn: string; nameJa: string }) => `${item.nameEn} ${item.nameJa}`;

/** Select options: active entries, plus the current value even if it was deactivated since (filters: all). */
export function countryOptions(countries: Country[], lang: Language, current?: string | null | 'all') {
  return countries
    .filter((c) => c.active || c.code === current || current === 'all')
    .map((c) => ({ value: c.code, label: nameOf(c, lang), keywords: `${keywords(c)} ${c.code}` }));
}

export function fieldOptions(fields: Field[], lang: Language, current?: number | null | 'all') {
  return fields
    .filter((f) => f.active || f.id === current || current === 'all')
    .map((f) => ({ value: String(f.id), label: nameOf(f, lang), keywords: keywords(f) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}
