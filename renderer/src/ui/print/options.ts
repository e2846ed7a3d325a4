// The choices a print view is printed with, kept in the URL (`#/print/trainee/12?lang=ja&sensitive=1`)
// so a reload, a bookmark or the PDF benchmark opens the same document. The labels' language is the
// print's own, independent of the UI language: `t` is fixed to it.
import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Language } from '../../../../shared/settings/schema';
import { currentLanguage, i18next } from '../../i18n';

export interface PrintOptions {
  /** The language of the document's labels (?lang=en|ja; the UI language when absent). */
  lang: Language;
  /** Show passport and residence-card numbers in full (?sensitive=1). */
  showSensitive: boolean;
  /** i18next's t fixed to `lang`, for every label in the document. */
  t: TFunction;
  setLang(lang: Language): void;
  setShowSensitive(show: boolean): void;
}

export function parsePrintParams(
  params: URLSearchParams,
  uiLang: Language,
): { lang: Language; showSensitive: boolean } {
  const lang = params.get('lang');
  return {
    lang: lang === 'ja' || lang === 'en' ? lang : uiLang,
    showSensitive: params.get('sensitive') === '1',
  };
}

export function usePrintOptions(): PrintOptions {
  const [params, setParams] = useSearchParams();
  const { lang, showSensitive } = parsePrintParams(params, currentLanguage());
  // Replace, not push: the toolbar's Back leaves the print view rather than stepping through choices.
  const update = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === null) next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const t = useMemo(() => i18next.getFixedT(lang), [lang]);
  return {
    lang,
    showSensitive,
    t,
    setLang: (l) => update('lang', l),
    setShowSensitive: (show) => update('sensitive', show ? '1' : null),
  };
}
