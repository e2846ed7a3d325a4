// The frame of every print view. On screen: a toolbar (back, the labels' language, show sensitive
// numbers where the report has any, Print…, and Save as PDF in Electron) above the document on an A4
// sheet; in print only the document, with the page number, print date and title on every page (the
// @page rules). `ready` + decoded images + loaded fonts set data-print-ready="true" on <html>, which
// PDF generation (tests, benchmarks) waits for.
import './print.css';
import { Alert, Button, Group, SegmentedControl, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { todayIso } from '../../../../shared/fiscal-year';
import type { Language } from '../../../../shared/settings/schema';
import { api } from '../../api/client';
import { i18next } from '../../i18n';
import { errorText } from '../../i18n/messages';
import { notifyError } from '../../i18n/notify';
import { preloadFonts } from './fonts';
import { usePrintOptions } from './options';
import { pageRules } from './pageRules';

export interface PrintFrameProps {
  /** Document title (also the suggested PDF file name, and the header of every page). */
  title: string;
  /** True once the document's data has loaded. */
  ready: boolean;
  /** Whether the toolbar offers "show passport and residence-card numbers". */
  hasSensitive?: boolean;
  /** A failed load: shown instead of the document. */
  error?: unknown;
  /** The day printed in the footer (default: today on this computer). */
  printDate?: string;
  /** A document issued in one language (a letter) offers no language switch. */
  fixedLanguage?: boolean;
  children: ReactNode;
}

/** Marks the page ready for PDF generation once the data is there, images decoded and fonts loaded. */
function usePrintReady(ready: boolean, key: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` (language, sensitive, title, the visit) re-arms the wait: a changed document must lay out and load its fonts again.
  useEffect(() => {
    const html = document.documentElement;
    html.setAttribute('data-print-ready', 'false');
    if (!ready) return;
    let live = true;
    void (async () => {
      // One frame so the committed document is laid out and its fonts requested before we wait on them.
      // The marks let the benchmark say where the time went.
      performance.mark('print:data');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      performance.mark('print:laid-out');
      // Images and fonts in parallel: each can take a frame or two.
      await Promise.all([
        Promise.all(Array.from(document.images, (img) => img.decode().catch(() => undefined))).then(() =>
          performance.mark('print:images'),
        ),
        document.fonts.ready.then(() => performance.mark('print:fonts')),
      ]);
      if (live) html.setAttribute('data-print-ready', 'true');
    })();
    return () => {
      live = false;
      html.removeAttribute('data-print-ready');
    };
  }, [ready, key]);
}

/** Every string of the reports in `lang` (its Japanese glyphs are what the labels need). */
function labelText(lang: Language): string {
  const bundle = i18next.getResourceBundle(lang, 'translation') as Record<string, unknown> | undefined;
  const flatten = (v: unknown): string =>
    typeof v === 'string' ? v : v && typeof v === 'object' ? Object.values(v).map(flatten).join('') : '';
  return flatten(bundle?.reports) + flatten((bundle?.trainee as Record<string, unknown> | undefined)?.field);
}

/** The page's title while the print view is open: browsers offer it as the PDF's file name. */
function useDocumentTitle(title: string): void {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}

export function safeFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\0]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned || 'report').slice(0, 180);
}

function Toolbar({
  title,
  hasSensitive,
  fixedLanguage,
}: {
  title: string;
  hasSensitive: boolean;
  fixedLanguage: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = usePrintOptions();
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null);
  const electron = api().transport.kind === 'ipc';

  const back = () => {
    if (window.history.length > 1) navigate(-1);
    else navigate('/');
  };

  const print = async () => {
    if (!electron) {
      window.print();
      return;
    }
    setBusy('print');
    try {
      await api().call('reports.print.dialog', { fileName: safeFileName(title) });
    } catch (error) {
      notifyError(error, t('reports.toolbar.printFailed'));
    } finally {
      setBusy(null);
    }
  };

  const savePdf = async () => {
    setBusy('pdf');
    try {
      const result = await api().call('reports.print.savePdf', { fileName: `${safeFileName(title)}.pdf` });
      if (result.done && result.name) {
        notifications.show({
          color: 'teal',
          message: t('reports.toolbar.saved', { name: result.name }),
          autoClose: 5000,
          closeButtonProps: { 'aria-label': t('common.close') },
        });
      }
    } catch (error) {
      notifyError(error, t('reports.toolbar.saveFailed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <header className="print-toolbar" data-testid="print-toolbar">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="wrap">
          <Button
            variant="subtle"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
            onClick={back}
            data-testid="print-back"
          >
            {t('reports.toolbar.back')}
          </Button>
          {!fixedLanguage && (
            <SegmentedControl
              aria-label={t('reports.toolbar.language')}
              value={options.lang}
              onChange={(value) => options.setLang(value as Language)}
              data={[
                { value: 'en', label: 'English' },
                { value: 'ja', label: '日本語' },
              ]}
              data-testid="print-language"
            />
          )}
          {hasSensitive && (
            <Switch
              label={t('reports.toolbar.showSensitive')}
              checked={options.showSensitive}
              onChange={(event) => options.setShowSensitive(event.currentTarget.checked)}
              data-testid="print-sensitive"
            />
          )}
        </Group>
        <Group gap="sm">
          <Button
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => void print()}
            loading={busy === 'print'}
            disabled={busy !== null}
            data-testid="print-print"
          >
            {t('reports.toolbar.print')}
          </Button>
          {electron && (
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
              onClick={() => void savePdf()}
              loading={busy === 'pdf'}
              disabled={busy !== null}
              data-testid="print-save-pdf"
            >
              {t('reports.toolbar.savePdf')}
            </Button>
          )}
        </Group>
      </Group>
    </header>
  );
}

export function PrintFrame({
  title,
  ready,
  hasSensitive = false,
  error,
  printDate,
  fixedLanguage = false,
  children,
}: PrintFrameProps) {
  const { t: uiT } = useTranslation();
  const { lang, showSensitive, t } = usePrintOptions();
  const date = printDate ?? todayIso();
  useEffect(() => preloadFonts(labelText(lang)), [lang]);
  // Every navigation re-arms the wait: a warm print page shown the next report (reports/warm.ts).
  const { key: visit } = useLocation();
  usePrintReady(ready && !error, `${lang}|${showSensitive}|${title}|${visit}`);
  useDocumentTitle(title);
  const rules = pageRules({
    headerRight: title,
    footerLeft: t('reports.page.footer', { date }),
    pageNumber: t('reports.page.number'),
  });

  return (
    <div className="print-view">
      <style>{rules}</style>
      <Toolbar title={title} hasSensitive={hasSensitive} fixedLanguage={fixedLanguage} />
      <main className="print-sheet" aria-busy={!ready && !error}>
        {error ? (
          <Alert color="red" title={uiT('reports.toolbar.loadFailed')} className="print-screen-only">
            {errorText(uiT, error)}
          </Alert>
        ) : (
          <div className="print-doc" lang={lang} data-testid="print-doc">
            {children}
            {/* The footer's words in the page too (never shown): their glyphs load with the document's
                fonts before data-print-ready, so the page-margin boxes never wait on a font. */}
            <span className="print-font-warmup" aria-hidden>
              {t('reports.page.footer', { date })} {t('reports.page.number')} 0123456789
            </span>
          </div>
        )}
      </main>
    </div>
  );
}
