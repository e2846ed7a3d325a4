// #/documents: the register of documents issued (文書管理簿). Search by number, addressee or record,
// fiscal year and kind filters and the sorting in the URL; a letter reprinted, or reissued after a
// confirm and printed; print and export what the filters keep.
import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPrinter } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { DOCUMENT_KINDS, type RegisterEntry } from '../../../shared/documents/schema';
import { api } from '../api/client';
import { sortedRows, useListSearch, useListUrl } from '../app/useListUrl';
import { fyLabel, useLang } from '../i18n/format';
import { notifyError, notifySaved } from '../i18n/notify';
import { ExportMenu } from '../ui/exports/ExportMenu';
import { SearchableSelect } from '../ui/forms/SearchableSelect';
import { ListPage } from '../ui/lists/ListPage';
import { SearchBox } from '../ui/lists/SearchBox';
import { kindText, numberOf } from './labels';
import { letterPrintPath } from './letter/queries';
import { DEFAULT_STATE, hasFilters, parseRegisterState, toFilterQuery, toQuery, toSearchParams } from './listParams';
import { useRefreshDocuments, useRegister, useRegisterFacets } from './queries';
import { RegisterTable } from './RegisterTable';

export function RegisterPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useListUrl(parseRegisterState, toSearchParams, DEFAULT_STATE);
  const { state, update } = list;
  const query = useRegister(toQuery(state));
  const years = useRegisterFacets().data?.fiscalYears ?? [];
  const onSearch = useListSearch(list);
  const refresh = useRefreshDocuments();
  const navigate = useNavigate();

  const onReissue = useCallback(
    (entry: RegisterEntry) => {
      const number = numberOf(entry, lang);
      modals.openConfirmModal({
        title: t('documents.reissueTitle', { number }),
        children: <Text size="sm">{t('documents.reissuePrint', { number })}</Text>,
        labels: { confirm: t('documents.reissue'), cancel: t('common.cancel') },
        confirmProps: { 'data-testid': 'confirm-reissue' },
        closeButtonProps: { 'aria-label': t('common.cancel') },
        onConfirm: async () => {
          try {
            const reissued = await api().call('documents.reissue', { id: entry.id as number });
            await refresh();
            notifySaved(t('documents.reissuedNotice', { number }));
            navigate(letterPrintPath(reissued));
          } catch (error) {
            notifyError(error);
          }
        },
      });
    },
    [t, lang, refresh, navigate],
  );

  const printParams = new URLSearchParams(list.params);
  printParams.delete('page');
  printParams.set('lang', lang);
  const data = query.data;
  return (
    <ListPage
      title={t('documents.title')}
      intro={t('documents.intro')}
      count={data ? t('documents.count', { count: data.total }) : null}
      countTestId="document-count"
      fetching={query.isFetching}
      actions={
        <>
          <Button
            component={Link}
            to={`/print/documents?${printParams.toString()}`}
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            data-testid="register-print"
          >
            {t('documents.print')}
          </Button>
          <ExportMenu
            testId="register-export"
            make={(format, language) =>
              api().call('exports.documents', { format, language, query: toFilterQuery(state) })
            }
          />
        </>
      }
      filters={
        <>
          <SearchBox
            committed={state.q}
            label={t('documents.search')}
            placeholder={t('documents.searchPlaceholder')}
            testId="register-search"
            onSearch={onSearch}
          />
          <SearchableSelect
            label={t('documents.col.fiscalYear')}
            placeholder={t('list.all')}
            data={years.map((y) => ({ value: String(y), label: fyLabel(y, lang, true) }))}
            value={state.fiscalYear === null ? null : String(state.fiscalYear)}
            onChange={(v) => update({ fiscalYear: v ? Number(v) : null })}
            clearable
            w={140}
            data-testid="register-fy"
          />
          <SearchableSelect
            label={t('documents.col.kind')}
            placeholder={t('list.all')}
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: kindText(t, k) }))}
            value={state.kind}
            onChange={(v) => update({ kind: (v as RegisterEntry['kind'] | null) ?? null })}
            clearable
            w={240}
            data-testid="register-kind"
          />
        </>
      }
      filtered={hasFilters(state)}
      onClear={list.clearFilters}
    >
      <div data-testid="register-list" data-query={list.params.toString()} aria-busy={query.isFetching}>
        <RegisterTable {...sortedRows(list, query, hasFilters(state))} onReissue={onReissue} />
      </div>
    </ListPage>
  );
}
