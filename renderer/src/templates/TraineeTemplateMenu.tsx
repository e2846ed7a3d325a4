// On a trainee's page, beside Print: fill one of the office's Word templates for this trainee, save it, and
// say the number it took in the documents register.
import { Button, Menu } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/format';
import { notifyError, notifySaved } from '../i18n/notify';
import { useGenerateAndSave, useTemplates } from './queries';
import { recordedText } from './recorded';

export function TraineeTemplateMenu({ traineeId }: { traineeId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const templates = useTemplates().data ?? [];
  const [busy, setBusy] = useState(false);
  const generateAndSave = useGenerateAndSave();
  if (templates.length === 0) return null;
  const generate = async (templateId: number) => {
    setBusy(true);
    try {
      const made = await generateAndSave({ templateId, traineeId });
      notifySaved(recordedText(t, made.issued, lang));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={busy} leftSection={<IconFileTypeDocx size={16} aria-hidden />}>
          {t('templates.traineeMenu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {templates.map((tpl) => (
          <Menu.Item key={tpl.id} onClick={() => void generate(tpl.id)}>
            {tpl.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
