// "Export": a list as CSV or Excel, with column headings in either language (the UI language first).
// The caller says how to make the file (a contract call that returns its bytes); this saves it.
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/settings/schema';
import { useLang } from '../../i18n/format';
import { notifyError } from '../../i18n/notify';
import { downloadFile } from './download';

export type ExportFormat = 'csv' | 'xlsx';
export interface ExportedFile {
  fileName: string;
  mime: string;
  data: string;
}

export function ExportMenu({
  make,
  testId = 'export',
  label,
}: {
  /** Makes the file, e.g. `(format, language) => api().call('exports.trainees', { format, language, query })`. */
  make: (format: ExportFormat, language: Language) => Promise<ExportedFile>;
  /** data-testid of the button; the items are `export-csv-en`, `export-xlsx-ja` … */
  testId?: string;
  /** The button's text; "Export" by default. */
  label?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const languages: Language[] = lang === 'ja' ? ['ja', 'en'] : ['en', 'ja'];

  const run = async (format: ExportFormat, language: Language) => {
    setBusy(true);
    try {
      const file = await make(format, language);
      downloadFile(file);
      notifications.show({ color: 'teal', message: t('export.done', { file: file.fileName }), autoClose: 4000 });
    } catch (error) {
      notifyError(error, t('export.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    // No initial-focus placeholder: Mantine puts it inside role="menu" as a focusable
    // role="presentation" element, which axe rightly reports; focus goes to the first item instead.
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="default"
          loading={busy}
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          data-testid={testId}
        >
          {label ?? t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {languages.map((language) => (
          // A labelled group: a menu may hold items and groups of items, not loose text.
          // biome-ignore lint/a11y/useSemanticElements: a <fieldset> is not allowed inside role="menu".
          <div key={language} role="group" aria-labelledby={`export-${language}-label`}>
            <Menu.Label id={`export-${language}-label`}>
              {t(language === 'en' ? 'export.headingsEn' : 'export.headingsJa')}
            </Menu.Label>
            <Menu.Item
              leftSection={<IconFileTypeCsv size={16} aria-hidden />}
              onClick={() => void run('csv', language)}
              data-testid={`export-csv-${language}`}
            >
              {t('export.csv')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              onClick={() => void run('xlsx', language)}
              data-testid={`export-xlsx-${language}`}
            >
              {t('export.xlsx')}
            </Menu.Item>
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
