// #/templates: the office's own Word templates. Add one, see the placeholders it may use, fill it for a
// trainee or a cohort, remove it.
import { Button, Code, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../shared/templates/schema';
import { api } from '../api/client';
import { formatTimestamp } from '../i18n/format';
import { notifyError, notifySaved } from '../i18n/notify';
import { PageHeader } from '../ui/lists/PageHeader';
import { PageSection as Section } from '../ui/PageSection';
import { AddTemplate } from './AddTemplate';
import { GeneratePanel } from './GeneratePanel';
import { PlaceholderTable } from './PlaceholderTable';
import { useInvalidateTemplates, useTemplates } from './queries';

function TemplateRows({ templates }: { templates: Template[] }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateTemplates();
  const remove = (template: Template) =>
    modals.openConfirmModal({
      title: t('templates.remove.title'),
      children: <Text size="sm">{t('templates.remove.text', { name: template.name })}</Text>,
      labels: { confirm: t('templates.remove.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red.8' },
      onConfirm: async () => {
        try {
          await api().call('templates.remove', { id: template.id });
          await invalidate();
          notifySaved(t('templates.remove.done', { name: template.name }));
        } catch (error) {
          notifyError(error);
        }
      },
    });
  return (
    <Table striped withTableBorder data-testid="template-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('templates.list.name')}</Table.Th>
          <Table.Th>{t('templates.list.file')}</Table.Th>
          <Table.Th>{t('templates.list.uses')}</Table.Th>
          <Table.Th>{t('templates.list.added')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {templates.map((tpl) => (
          <Table.Tr key={tpl.id}>
            <Table.Td>{tpl.name}</Table.Td>
            <Table.Td>{tpl.fileName}</Table.Td>
            <Table.Td>
              <Text size="xs">
                {tpl.placeholders.map((p) => (
                  <Code key={p} mr={4}>{`{${p}}`}</Code>
                ))}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">
                {t('templates.list.addedBy', { at: formatTimestamp(tpl.addedAt), by: tpl.addedBy })}
              </Text>
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="subtle" color="red.8" onClick={() => remove(tpl)}>
                {t('templates.remove.button')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function TemplatesPage() {
  const { t } = useTranslation();
  const templates = useTemplates().data ?? [];
  return (
    <Stack gap="md">
      <PageHeader title={t('templates.title')} subtitle={t('templates.intro')} />
      <Section id="templates-add" title={t('templates.add.title')}>
        <AddTemplate />
      </Section>
      <Section id="templates-list" title={t('templates.list.title')}>
        {templates.length > 0 ? (
          <TemplateRows templates={templates} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('templates.list.empty')}
          </Text>
        )}
      </Section>
      {templates.length > 0 && (
        <Section id="templates-generate" title={t('templates.generate.title')}>
          <GeneratePanel templates={templates} />
        </Section>
      )}
      <Section id="templates-placeholders" title={t('templates.placeholders.title')}>
        <Text size="sm">{t('templates.placeholders.hint')}</Text>
        <PlaceholderTable kind="trainee" />
      </Section>
    </Stack>
  );
}
