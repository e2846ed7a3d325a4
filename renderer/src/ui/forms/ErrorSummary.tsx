// After a failed save, every problem in one list at the top, each naming its field; a click moves
// focus to the field. Screen readers hear the list as it appears.
import { Alert, Anchor, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  id: string;
  text: string;
}

export function ErrorSummary({ items }: { items: SummaryItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert
      color="red"
      icon={<IconAlertCircle aria-hidden />}
      title={t('form.errorsTitle', { count: items.length })}
      data-testid="form-errors"
    >
      <List size="sm" spacing={4}>
        {items.map((item) => (
          <List.Item key={item.id}>
            <Anchor
              href={`#${item.id}`}
              c="red.9"
              size="sm"
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(item.id);
                field?.focus({ preventScroll: true });
                // Centred, so neither the header nor a sticky save bar covers it.
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {item.text}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
