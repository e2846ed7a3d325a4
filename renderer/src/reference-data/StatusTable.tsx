// What the app holds of each reference file: when it was imported and by whom, the rows stored, and
// whether the shipped file is still the one imported.
import { Badge, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferenceImportResult, ReferenceStatus } from '../../../shared/reference-data/import-schema';
import { formatTimestamp } from '../i18n/format';

export function StatusTable({ status }: { status: ReferenceStatus }) {
  const { t } = useTranslation();
  return (
    <Table className="rd-table" withTableBorder maw={860} data-testid="rd-status">
      <caption>
        <VisuallyHidden>{t('referenceData.status.caption')}</VisuallyHidden>
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('referenceData.status.col.file')}</Table.Th>
          <Table.Th scope="col">{t('referenceData.status.col.imported')}</Table.Th>
          <Table.Th scope="col" className="rd-num">
            {t('referenceData.status.col.stored')}
          </Table.Th>
          <Table.Th scope="col">{t('referenceData.status.col.current')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {status.files.map((f) => (
          <Table.Tr key={f.file} data-file={f.file}>
            <Table.Th scope="row" fw={500}>
              {t(`referenceData.file.${f.file}`)}
              <div className="rd-file-name">{t(`referenceData.file.${f.file}File`)}</div>
            </Table.Th>
            <Table.Td>
              {f.lastImportAt
                ? t(f.lastImportBy ? 'referenceData.status.importedAt' : 'referenceData.status.importedAtNoOne', {
                    at: formatTimestamp(f.lastImportAt),
                    by: f.lastImportBy,
                  })
                : t('referenceData.status.never')}
            </Table.Td>
            <Table.Td className="rd-num">{f.stored}</Table.Td>
            <Table.Td>
              {!f.lastImportAt ? (
                t('referenceData.status.notImported')
              ) : f.current ? (
                <Badge size="sm" variant="outline" color="teal.9">
                  {t('referenceData.status.current')}
                </Badge>
              ) : (
                <Badge size="sm" variant="outline" color="#9c3d00">
                  {t('referenceData.status.outdated')}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const COUNTS = ['created', 'present', 'excluded', 'changed', 'conflicts'] as const;

export function ImportResult({ result }: { result: ReferenceImportResult }) {
  const { t } = useTranslation();
  return (
    <Table className="rd-table" withTableBorder maw={860} data-testid="rd-result">
      <caption>
        <VisuallyHidden>{t('referenceData.import.caption')}</VisuallyHidden>
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('referenceData.status.col.file')}</Table.Th>
          {COUNTS.map((c) => (
            <Table.Th key={c} scope="col" className="rd-num">
              {t(`referenceData.import.col.${c}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.files.map((f) => (
          <Table.Tr key={f.file} data-file={f.file}>
            <Table.Th scope="row" fw={500}>
              {t(`referenceData.file.${f.file}`)}
            </Table.Th>
            {COUNTS.map((c) => (
              <Table.Td key={c} className="rd-num" data-count={c}>
                {f[c]}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
